#include "PowerTreeModel.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "PowerBand.h"
#include "TextFormat.h"

namespace pod {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }

QString kindLabel(PowerNodeKind kind) {
    switch (kind) {
    case PowerNodeKind::Utility: return QObject::tr("utility");
    case PowerNodeKind::Generator: return QObject::tr("generator");
    case PowerNodeKind::Ups: return QObject::tr("UPS");
    case PowerNodeKind::Switchboard: return QObject::tr("switchboard");
    case PowerNodeKind::Rpp: return QObject::tr("RPP");
    case PowerNodeKind::FloorPdu: return QObject::tr("floor PDU");
    case PowerNodeKind::Busway: return QObject::tr("busway");
    }
    return {};
}

QString detailOf(const PowerNode& n, const ProjectSettings& settings) {
    if (isSource(n.kind)) return q(fmtGrouped(n.capacityKw, 0)) + " kW";
    if (n.kind == PowerNodeKind::Ups) {
        QString out = QString::number(n.modules) + " × " + q(fmtGrouped(n.moduleKw, 0)) + " kW, " + q(n.redundancy);
        if (n.efficiency < 1) out += ", " + q(fmtGrouped(n.efficiency * 100, 1)) + QObject::tr(" % efficient");
        return out;
    }
    return q(fmtGrouped(n.voltageV, 0)) + " V " + (n.phases == 3 ? QObject::tr("3-phase") : QObject::tr("1-phase")) + " " +
           q(fmtGrouped(n.ratingA, 0)) + " A " + QObject::tr("at %1 %").arg(q(fmtGrouped(deratingPercent(n, settings), 0)));
}

QString phaseTextOf(const NodeFlow& f) {
    if (!isDistribution(f.node->kind) || !f.alive) return {};
    const auto amps = f.phaseCurrentA();
    auto a = [](double v) { return q(fmtGrouped(v, 1)) + " A"; };
    if (f.node->phases != 3) return a(amps[0] + amps[1] + amps[2]);
    return "L1 " + a(amps[0]) + " · L2 " + a(amps[1]) + " · L3 " + a(amps[2]);
}
}  // namespace

QString powerPercentText(double fraction) {
    const double pct = fraction * 100;
    return q(fmtGrouped(pct, pct < 10 ? 1 : 0)) + " %";
}

std::vector<PowerTreeRow> powerTreeRows(const PowerFlow& flow, const PowerChain& chain, const ProjectSettings& settings,
                                        const std::set<std::string>& failed, double warningFraction) {
    // Children of each node: the nodes whose first upstream it is, in chain order.
    // Ids hashed, not PowerChain::node (a scan per node: quadratic, 3,728 × 3,728 compares on the campus).
    std::unordered_set<std::string_view> ids;
    for (const auto& n : chain.nodes) ids.insert(n.id);
    std::unordered_map<std::string_view, std::vector<const NodeFlow*>> children;
    std::vector<const NodeFlow*> roots;
    for (const NodeFlow& f : flow.nodes) {
        if (f.node->from.empty() || !ids.count(f.node->from.front())) roots.push_back(&f);
        else children[f.node->from.front()].push_back(&f);
    }
    std::vector<PowerTreeRow> rows;
    rows.reserve(flow.nodes.size());
    auto visit = [&](auto&& self, const NodeFlow& f, int depth) -> void {
        const PowerNode& n = *f.node;
        PowerTreeRow r;
        r.id = q(n.id);
        r.name = q(n.name.empty() ? n.id : n.name);
        r.kind = powerNodeKindKey(n.kind);
        r.kindLabel = kindLabel(n.kind);
        r.detail = detailOf(n, settings);
        if (!n.from.empty()) {
            r.upstream = QObject::tr("from %1").arg(q(n.from.front()));
            for (std::size_t i = 1; i < n.from.size(); ++i) r.upstream += QObject::tr(", else %1").arg(q(n.from[i]));
        }
        r.depth = depth;
        r.failed = failed.count(n.id) > 0;
        r.alive = f.alive;
        r.loadW = f.loadW;
        r.capacityW = f.capacityW;
        r.fraction = f.alive ? f.fraction() : 0;
        r.overloaded = f.alive && f.loadW > f.capacityW;
        r.band = f.alive && f.loadW > 0 ? int(f.capacityW > 0 ? loadBand(r.fraction, warningFraction) : LoadBand::Over) : 0;
        r.loadText = f.alive ? q(fmtKw(f.loadW)) + QObject::tr(" of ") + q(fmtKw(f.capacityW)) : QObject::tr("no power");
        r.percentText = f.alive && f.capacityW > 0 ? powerPercentText(r.fraction) : QString();
        r.phaseText = phaseTextOf(f);
        r.racks = int(f.racks.size());
        r.carriedBy = q(f.carriedBy);
        rows.push_back(std::move(r));
        if (auto it = children.find(n.id); it != children.end())
            for (const NodeFlow* c : it->second) self(self, *c, depth + 1);
    };
    for (const NodeFlow* root : roots) visit(visit, *root, 0);
    return rows;
}

int PowerTreeModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

QVariant PowerTreeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const PowerTreeRow& r = rows_[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case IdRole: return r.id;
    case NameRole: return r.name;
    case KindRole: return r.kind;
    case KindLabelRole: return r.kindLabel;
    case DetailRole: return r.detail;
    case UpstreamRole: return r.upstream;
    case DepthRole: return r.depth;
    case FailedRole: return r.failed;
    case AliveRole: return r.alive;
    case OverloadedRole: return r.overloaded;
    case LoadWRole: return r.loadW;
    case CapacityWRole: return r.capacityW;
    case FractionRole: return r.fraction;
    case BandRole: return r.band;
    case LoadTextRole: return r.loadText;
    case PercentTextRole: return r.percentText;
    case PhaseTextRole: return r.phaseText;
    case RacksRole: return r.racks;
    case CarriedByRole: return r.carriedBy;
    }
    return {};
}

QHash<int, QByteArray> PowerTreeModel::roleNames() const {
    return {{IdRole, "nodeId"},         {NameRole, "name"},         {KindRole, "kind"},           {KindLabelRole, "kindLabel"},
            {DetailRole, "detail"},     {UpstreamRole, "upstream"}, {DepthRole, "depth"},         {FailedRole, "failed"},
            {AliveRole, "alive"},       {OverloadedRole, "overloaded"}, {LoadWRole, "loadW"},     {CapacityWRole, "capacityW"},
            {FractionRole, "fraction"}, {BandRole, "band"},         {LoadTextRole, "loadText"},   {PercentTextRole, "percentText"},
            {PhaseTextRole, "phaseText"}, {RacksRole, "racks"},     {CarriedByRole, "carriedBy"}};
}

void PowerTreeModel::setRows(std::vector<PowerTreeRow> rows) {
    bool same = rows.size() == rows_.size();
    for (std::size_t i = 0; same && i < rows.size(); ++i) same = rows[i].id == rows_[i].id;
    if (same) {
        rows_ = std::move(rows);
        if (!rows_.empty()) emit dataChanged(index(0), index(int(rows_.size()) - 1));
        return;
    }
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges) emit countChanged();
}

const PowerTreeRow* PowerTreeModel::row(const QString& id) const {
    for (const auto& r : rows_)
        if (r.id == id) return &r;
    return nullptr;
}

QVariantMap PowerTreeModel::get(const QString& id) const {
    QVariantMap out;
    for (int i = 0; i < rowCount(); ++i) {
        if (rows_[std::size_t(i)].id != id) continue;
        const auto names = roleNames();
        for (auto it = names.begin(); it != names.end(); ++it) out.insert(QString::fromUtf8(it.value()), data(index(i), it.key()));
    }
    return out;
}

}  // namespace pod
