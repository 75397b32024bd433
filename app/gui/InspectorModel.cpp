#include "InspectorModel.h"

#include "Cooling.h"
#include "Document.h"
#include "Rule.h"
#include "SelectionModel.h"
#include "TextFormat.h"
#include "Totals.h"

namespace pod {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
QVariantMap row(const QString& label, const std::string& value) { return {{"label", label}, {"value", q(value)}}; }
QVariantMap field(const QString& key, const QString& label, const QVariant& value, const QString& editor = {}) {
    return {{"key", key}, {"label", label}, {"value", value}, {"editor", editor}};
}

QVariantList aggregateRows(const Aggregate& s) {
    QVariantList out;
    out << row(QObject::tr("GPUs"), std::to_string(s.gpus)) << row(QObject::tr("GPU memory"), fmtGrouped(s.gpuMemoryGb, 0) + " GB");
    for (Precision p : kPrecisions)
        if (auto v = s.flops.get(p)) out << row(QString::fromUtf8(precisionLabel(p).data()), fmtThroughput(p, *v));
    out << row(QObject::tr("IT power (max)"), fmtKw(s.maxW)) << row(QObject::tr("Heat"), fmtGrouped(s.heatBtuPerHour(), 0) + " BTU/h");
    if (s.heatLiquidW > 0)
        out << row(QObject::tr("Heat to liquid / air"), fmtKw(s.heatLiquidW) + " / " + fmtKw(s.heatAirW));
    if (s.storageRawTb > 0)
        out << row(QObject::tr("Storage"), fmtGrouped(s.storageRawTb, 1) + " TB raw, " + fmtGrouped(s.storageUsableTb, 1) + " TB usable");
    return out;
}
// The cooling units that serve rack `rackId` (by id or by its row), by name: "CDU-1, CDU-2".
QString coolingUnitsOf(const Project& p, const std::string& rackId) {
    QString out;
    for (const auto& unit : p.layout.coolingUnits)
        for (const auto& served : servedRacks(unit, p.layout))
            if (served == rackId) {
                out += (out.isEmpty() ? "" : ", ") + q(unit.name.empty() ? unit.id : unit.name);
                break;
            }
    return out;
}
}  // namespace

InspectorModel::InspectorModel(const Document& document, const SelectionModel& selection, QObject* parent)
    : QObject(parent), document_(document), selection_(selection) {}

QVariantMap InspectorModel::info() const {
    const Project& p = document_.project();
    if (selection_.set().size() != 1) {
        if (selection_.set().isEmpty()) return {{"kind", "none"}, {"title", tr("Nothing selected")}};
        // Several racks: their combined totals.
        Aggregate sum;
        for (const auto& t : document_.checker().totals().perRack)
            if (selection_.contains(q(t.rackId))) sum.addAggregate(t.sum);
        return {{"kind", "many"}, {"title", tr("%1 items selected").arg(selection_.set().size())}, {"fields", QVariantList{}},
                {"totals", aggregateRows(sum)}};
    }
    const std::string id = selection_.set().begin()->toStdString();
    if (const Rack* r = p.rack(id)) {
        const RackModel* m = document_.catalog().rack(r->model);
        QString feeds;
        for (const auto& f : r->feeds) feeds += (feeds.isEmpty() ? "" : ",") + q(f);
        QVariantList fields;
        fields << field("name", tr("Name"), q(r->name), "text")
               << field("model", tr("Model"), m ? q(m->vendor + " " + m->model) : q(r->model))
               << field("cooling", tr("Cooling"), q(r->cooling), "cooling")
               << field("budget", tr("Power budget (kW)"), r->powerBudgetW / 1000.0, "number")
               << field("feeds", tr("Feeds"), feeds, "text")
               << field("position", tr("Position"), q(fmtGrouped(double(r->position.x)) + ", " + fmtGrouped(double(r->position.y)) + " mm, " +
                                                      std::to_string(r->rotation) + "°"));
        QVariantList totals;
        for (const auto& t : document_.checker().totals().perRack)
            if (t.rackId == id) {
                totals = aggregateRows(t.sum);
                totals << row(tr("Weight"), fmtGrouped(t.totalWeightKg(), 1) + " / " + fmtGrouped(m ? m->maxLoadKg : 0, 0) + " kg")
                       << row(tr("U free"), fmtU(t.uFree()));
                if (QString units = coolingUnitsOf(p, id); !units.isEmpty()) totals << row(tr("Cooling units"), units.toStdString());
            }
        return {{"kind", "rack"}, {"id", q(id)}, {"title", tr("Rack %1").arg(q(r->name))}, {"fields", fields}, {"totals", totals}};
    }
    if (const Device* d = p.device(id)) {
        const Equipment* e = document_.catalog().equipment(d->catalogId);
        QVariantList fields;
        fields << field("name", tr("Name"), q(deviceLabel(*d)), "text")
               << field("catalog", tr("Model"), e ? q(e->vendor + " " + e->model) : q(d->catalogId))
               << field("face", tr("Face"), d->face == Face::Rear ? "rear" : "front", "face")
               << field("where", tr("Position"), q((p.rack(d->rack) ? p.rack(d->rack)->name : d->rack) + " U" + fmtU(d->u)));
        if (e && !e->unverified.empty()) {
            QString list;
            for (const auto& f : e->unverified) list += (list.isEmpty() ? "" : ", ") + q(f);
            fields << field("unverified", tr("Unverified figures"), list);
        }
        Aggregate one;
        if (e) one.addDevice(*e, document_.catalog());
        return {{"kind", "device"}, {"id", q(id)}, {"title", q(deviceLabel(*d))}, {"fields", fields}, {"totals", aggregateRows(one)}};
    }
    return {{"kind", "none"}, {"title", tr("Nothing selected")}};
}

}  // namespace pod
