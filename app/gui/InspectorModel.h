#pragma once
// The inspector of the current selection: a map QML lays out — kind (none | rack | device | many), id,
// title, editable fields ({key, label, value, editor}) and totals rows ({label, value}).
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace pod {

class Document;
class SelectionModel;

class InspectorModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Planner.inspector is the inspector")
    Q_PROPERTY(QVariantMap info READ info NOTIFY changed)
public:
    InspectorModel(const Document& document, const SelectionModel& selection, QObject* parent = nullptr);
    QVariantMap info() const;  // computed when read: a selection change costs nothing until shown

signals:
    void changed();

private:
    const Document& document_;
    const SelectionModel& selection_;
};

}  // namespace pod
