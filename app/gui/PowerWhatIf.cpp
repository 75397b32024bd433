#include "PowerWhatIf.h"

#include <QPainter>
#include <QQmlEngine>

#include "Document.h"
#include "Planner.h"
#include "PlannerApp.h"
#include "PowerBand.h"

namespace pod {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }

// "2 racks dark (R1, R2)": names while there are few.
QString darkText(const Project& p, const std::vector<std::string>& racks) {
    QString out = racks.size() == 1 ? QObject::tr("1 rack dark") : QObject::tr("%1 racks dark").arg(racks.size());
    if (racks.empty() || racks.size() > 6) return out;
    QStringList names;
    for (const auto& id : racks) {
        const Rack* r = p.rack(id);
        names << q(r && !r->name.empty() ? r->name : id);
    }
    return out + " (" + names.join(", ") + ")";
}
}  // namespace

PowerWhatIf::PowerWhatIf(Document& document, QObject* parent) : QObject(parent), document_(document) {
    connect(&document_, &Document::layoutChanged, this, [this] { recompute(); });
    connect(&document_, &Document::scenariosChanged, this, [this] { recompute(); });
    // Another project: its chain may not have the failed nodes.
    connect(&document_, &Document::projectReset, this, [this] {
        failed_.clear();
        recompute();
    });
    recompute();
}

PowerWhatIf* PowerWhatIf::create(QQmlEngine* engine, QJSEngine*) {
    // One per engine, owned by it (the document outlives it).
    return new PowerWhatIf(*PlannerApp::of(engine).planner().document(), engine);
}

bool PowerWhatIf::hasChain() const { return !document_.project().powerChain.empty(); }

QStringList PowerWhatIf::failed() const {
    QStringList out;
    for (const auto& n : document_.project().powerChain.nodes)
        if (failed_.count(n.id)) out << q(n.id);
    return out;
}

QStringList PowerWhatIf::darkRacks() const {
    QStringList out;
    for (const auto& id : result_.outcome.darkRacks) out << q(id);
    return out;
}

QStringList PowerWhatIf::overloadedRacks() const {
    QStringList out;
    if (overloaded_.isEmpty()) return out;  // the floor asks on every frame: no QString per rack for nothing
    for (const auto& r : document_.project().layout.racks)
        if (overloaded_.contains(q(r.id))) out << q(r.id);
    return out;
}

void PowerWhatIf::setFailed(const QString& nodeId, bool failed) {
    const std::string id = nodeId.toStdString();
    if (!document_.project().powerChain.node(id) || failed == bool(failed_.count(id))) return;
    if (failed) failed_.insert(id);
    else failed_.erase(id);
    recompute();
}

void PowerWhatIf::clear() {
    if (failed_.empty()) return;
    failed_.clear();
    recompute();
}

void PowerWhatIf::recompute() {
    const Project& p = document_.project();
    // Failed ids the chain no longer has (an undone chain edit) are dropped.
    std::erase_if(failed_, [&](const std::string& id) { return !p.powerChain.node(id); });
    PowerFailure failure;
    failure.nodes = failed_;
    std::string label;
    for (const auto& n : p.powerChain.nodes)
        if (failed_.count(n.id)) label += (label.empty() ? "" : ",") + n.id;
    // Nothing failed: the checker's unfailed flow, which its power rules derived for this edit already (or it makes
    // once from the devices by rack it holds). Deriving it again here on every edit was most of a campus edit's frame
    // (rack inputs by a catalog lookup per device, then the flow: ~120 of ~320 ms).
    const CheckContext* context = document_.checker().context();
    const bool unfailed = !p.powerChain.empty() && failed_.empty() && context;
    result_ = WhatIfResult{};
    if (unfailed) result_.outcome = outcomeOf(context->powerFlow(), label);
    else if (!p.powerChain.empty()) result_ = whatIf(p, document_.catalog(), failure, label);
    nodes_.setRows(powerTreeRows(unfailed ? context->powerFlow() : result_.power, p.powerChain, p.settings, failed_,
                                 powerWarningFraction(p.settings)));

    dark_.clear();
    overloaded_.clear();
    for (const auto& id : result_.outcome.darkRacks) dark_.insert(q(id));
    for (const auto& o : result_.outcome.overloads)
        for (const auto& id : o.racks) overloaded_.insert(q(id));

    if (p.powerChain.empty()) {
        summary_ = tr("No power chain in this project");
    } else {
        summary_ = (label.empty() ? tr("Normal operation") : q(label).replace(",", ", ") + tr(" failed")) + ": " +
                   darkText(p, result_.outcome.darkRacks) + ", ";
        QStringList over;
        for (const auto& o : result_.outcome.overloads) over << q(o.node) + tr(" at ") + powerPercentText(o.fraction());
        const auto& o = result_.outcome;
        if (!over.isEmpty()) summary_ += over.join(", ");
        else if (o.worstFraction <= 0 || o.worstNode.empty()) summary_ += tr("no load on the chain");
        else summary_ += (o.darkRacks.empty() ? tr("all carried, highest ") : tr("no node over capacity, highest ")) + q(o.worstNode) +
                         tr(" at ") + powerPercentText(o.worstFraction);
    }
    emit changed();
}

QVariantList PowerWhatIf::feedNodeOptions() const {
    QVariantList out{QVariantMap{{"id", QString()}, {"name", tr("(not on the chain)")}}};
    for (const auto& n : document_.project().powerChain.nodes) {
        if (isSource(n.kind)) continue;
        const QString kind = q(powerNodeKindKey(n.kind));
        out << QVariantMap{{"id", q(n.id)}, {"name", n.name.empty() || n.name == n.id ? q(n.id) + " · " + kind : q(n.id) + " · " + q(n.name)}};
    }
    return out;
}

QVariantList PowerWhatIf::phaseOptions() const {
    QVariantList out{QVariantMap{{"id", QString()}, {"name", tr("3-phase")}}};
    for (const char* ph : {"L1", "L2", "L3", "L1-L2", "L2-L3", "L3-L1"}) out << QVariantMap{{"id", ph}, {"name", ph}};
    return out;
}

QString PowerWhatIf::setRackFeed(const QString& rackId, const QString& feed, const QString& nodeId, const QString& phase) {
    return document_.setRackFeed(rackId.toStdString(), feed.toStdString(), nodeId.toStdString(), phase.toStdString());
}

QVariantMap PowerWhatIf::rackFeed(const QString& rackId, const QString& feed) const {
    const Rack* r = document_.project().rack(rackId.toStdString());
    if (!r) return {};
    auto get = [&](const std::map<std::string, std::string>& m) {
        auto it = m.find(feed.toStdString());
        return it == m.end() ? QString() : q(it->second);
    };
    return {{"node", get(r->feedFrom)}, {"phase", get(r->feedPhase)}};
}

QColor darkRackFill() { return QColor("#616161"); }
QColor overloadedRackOutline() { return QColor("#c62828"); }
QColor PowerWhatIf::darkFill() const { return darkRackFill(); }
QColor PowerWhatIf::overloadOutline() const { return overloadedRackOutline(); }

void paintPowerWhatIf(QPainter* p, const PowerWhatIf& whatIf, const std::function<QRectF(const QString&)>& rectOf) {
    const QStringList racks = whatIf.overloadedRacks();
    if (racks.isEmpty()) return;
    p->save();
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(overloadedRackOutline(), 3));
    for (const QString& id : racks)
        if (QRectF r = rectOf(id); !r.isEmpty()) p->drawRect(r.adjusted(-1.5, -1.5, 1.5, 1.5));
    p->restore();
}

}  // namespace pod
