#pragma once
// The racks of the open project for QML, one row per rack: floor footprint, elevation contents and
// figures (formatted in model/, so QML does no arithmetic about watts or FLOPS). Edits update only the
// rows they touched; rack insertions and removals insert and remove rows.
#include <QAbstractListModel>
#include <QSet>
#include <QtQml/qqmlregistration.h>

#include <vector>

#include "Document.h"
#include "FloorScene.h"

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
        DevicesRole,        // list of {id, name, kind, model, u, height, face, fullDepth, kw}
        XRole, YRole,       // footprint centre, mm
        WidthRole, DepthRole,  // footprint extent along x and y after rotation, mm
        RotationRole,
        RowRole,
        ErrorsRole, WarningsRole,
        SelectedRole,
        SummaryRole,        // one line: kW / budget · cooling · weight / rating · U free
    };
    explicit RackListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setDocument(const Document* document) { document_ = document; }
    void resetAll();
    void applyChange(const LayoutChange& change, bool forward, bool violationsChanged = true);
    void setSelection(const QSet<QString>& selection);
    int rowOf(const QString& rackId) const;

    // The row as the views read it (FloorCanvas paints straight from these; no QVariant per rack).
    struct Row {
        std::string key;  // the rack id as the model stores it (compared without converting)
        QString id, name, modelName, powerText, row, summary;
        QString hall;  // the hall the rack stands in (Rack::hall; "" without halls)
        int uHeight = 0, rotation = 0, gpus = 0, errors = 0, warnings = 0;
        double powerFraction = 0, x = 0, y = 0, width = 0, depth = 0;
        FloorRack floor;  // footprint, front edge and power band as every floor renderer draws them
    };
    const Row& rowAt(int i) const { return rows_[i]; }
    bool isSelected(int i) const { return selection_.contains(rows_[i].id); }

private:
    Row build(const Rack& rack, const RackTotals* totals) const;
    Row build(std::size_t rackIndex) const;
    // The rack's devices for its elevation, made when a view asks (only shown racks do): a list of maps for every
    // device of every rack was most of the window's memory with a campus (545,000 devices).
    QVariantList devicesOf(const Row& row) const;
    const RackTotals* totalsOf(std::size_t rackIndex) const;
    void refreshViolationCounts();

    const Document* document_ = nullptr;
    QList<Row> rows_;
    QSet<QString> selection_;
    // rowOf's index, made again on the first lookup after rows came or went (a scan of a campus's 36,864 racks cost
    // each selection ~1 ms per caller).
    mutable QHash<QString, int> rowOfId_;
    mutable bool rowIndexValid_ = false;
};

}  // namespace pod
