#pragma once
// What is selected: rack and device ids of the open document. QML reads `ids`, `racks` (the racks
// that are selected or hold a selected device, for the elevation strip) and `revision` (bumped on every
// change: bindings that call contains() read it to re-evaluate; converting `ids` to a JS array per
// binding is O(selected) each, and a whole hall selected took 50 s that way).
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace pod {

class Document;

class SelectionModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Planner.selection is the selection")
    Q_PROPERTY(QStringList ids READ ids NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(QStringList racks READ racks NOTIFY racksChanged)
public:
    explicit SelectionModel(const Document& document, QObject* parent = nullptr);

    QStringList ids() const { return QStringList(ids_.begin(), ids_.end()); }
    const QSet<QString>& set() const { return ids_; }
    int count() const { return int(ids_.size()); }
    int revision() const { return revision_; }
    QStringList racks() const { return racks_; }

    Q_INVOKABLE bool contains(const QString& id) const { return ids_.contains(id); }
    // `additive`: toggles `id` in the selection (Ctrl+click); else `id` alone ("" clears).
    Q_INVOKABLE void select(const QString& id, bool additive = false);
    Q_INVOKABLE void selectMany(const QStringList& ids);
    Q_INVOKABLE void clear() { select({}); }

    // Selected racks (not racks of selected devices), in project order.
    QStringList selectedRackIds() const;
    // The document was replaced: nothing is selected.
    void reset();
    // After an edit: deleted items leave the selection; a selected device may have moved to another rack.
    void prune();

signals:
    void changed();
    void racksChanged();

private:
    void set(QSet<QString> ids);
    void updateRacks();

    const Document& document_;
    QSet<QString> ids_;
    int revision_ = 0;
    QStringList racks_;  // computed once per change, read by several bindings
};

}  // namespace pod
