#pragma once
// The power view's rows: the project's power chain (model/power/PowerChain.h) as a tree from the sources
// down — each node under its first upstream node, depth-first in chain order — with the figures of a
// power flow (model/power/PowerFlow.h: normal operation, or the what-if's after failures) already
// formatted: load of capacity and %, the load band (model/PowerBand.h, the project's warning line), phase
// currents of distribution nodes, racks carried. PowerWhatIf owns it and refills it after every change.
#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <set>
#include <string>
#include <vector>

#include "PowerFlow.h"

namespace pod {

struct PowerTreeRow {
    QString id, name;      // name: the node's name, else its id
    QString kind;          // "ups", "busway", … (powerNodeKindKey)
    QString kindLabel;     // "UPS", "busway", "floor PDU", …
    QString detail;        // "1 × 15 kW, 2N", "415 V 3-phase 400 A at 80 %", "2,000 kW"
    QString upstream;      // "from UPS-A" (", else UPS-C" for a transfer switch); "" for sources
    int depth = 0;         // 0: a source
    bool failed = false;   // failed in the what-if
    bool alive = true;     // carried (a failed node, or one with no live upstream, is dead)
    bool overloaded = false;
    double loadW = 0, capacityW = 0, fraction = 0;
    int band = 0;          // LoadBand as an int: 0 none (dead or idle), 1 ok, 2 above the line, 3 over capacity
    QString loadText;      // "10.2 kW of 15.0 kW"; "no power" when dead
    QString percentText;   // "68 %"
    QString phaseText;     // "L1 14.2 A · L2 14.2 A · L3 14.2 A" (distribution nodes)
    int racks = 0;         // racks with a live feed through the node
    QString carriedBy;     // the upstream node carrying it now
};

// Rows for `flow` of `chain` (failed: the what-if's failed node ids), banded against `warningFraction`.
std::vector<PowerTreeRow> powerTreeRows(const PowerFlow& flow, const PowerChain& chain, const ProjectSettings& settings,
                                        const std::set<std::string>& failed, double warningFraction);
// "68 %", "136 %", "0.5 %": whole percent from 10 % up, one decimal below.
QString powerPercentText(double fraction);

class PowerTreeModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PowerWhatIf.nodes is the power chain")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1, NameRole, KindRole, KindLabelRole, DetailRole, UpstreamRole, DepthRole, FailedRole, AliveRole,
        OverloadedRole, LoadWRole, CapacityWRole, FractionRole, BandRole, LoadTextRole, PercentTextRole, PhaseTextRole, RacksRole,
        CarriedByRole
    };

    explicit PowerTreeModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Same nodes in the same order: dataChanged; otherwise the rows are replaced.
    void setRows(std::vector<PowerTreeRow> rows);
    const std::vector<PowerTreeRow>& rows() const { return rows_; }
    const PowerTreeRow* row(const QString& id) const;
    // A row as a map of its role names (tests, QML); empty when there is no such node.
    Q_INVOKABLE QVariantMap get(const QString& id) const;

signals:
    void countChanged();

private:
    std::vector<PowerTreeRow> rows_;
};

}  // namespace pod
