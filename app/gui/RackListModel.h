#pragma once
// The racks of the open project for QML: one row per rack with its devices laid out by U.
// Figures arrive pre-formatted from model/ so QML does no arithmetic about watts or FLOPS.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include "Catalog.h"
#include "Project.h"
#include "Totals.h"

namespace pod {

class RackListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Racks come from the Planner")
public:
    enum Role {
        RackIdRole = Qt::UserRole + 1,
        NameRole,
        ModelNameRole,
        UHeightRole,
        PowerTextRole,
        PowerFractionRole,  // max draw / budget, for colouring
        GpusRole,
        DevicesRole,  // list of {name, kind, u, height, face, model}
    };
    explicit RackListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(const Project& project, const Catalog& catalog, const ProjectTotals& totals);

private:
    struct Row {
        QString id, name, modelName, powerText;
        int uHeight = 0;
        double powerFraction = 0;
        int gpus = 0;
        QVariantList devices;
    };
    QList<Row> rows_;
};

}  // namespace pod
