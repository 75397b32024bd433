#include "InspectorModel.h"

#include <cmath>

#include "Cooling.h"
#include "Document.h"
#include "FloorScene.h"
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
// A cooling unit: what it is, where, and its figures from the cooling report (model/Cooling.h): capacity,
// load, %, flow, the racks it serves and its group's N-1 margin.
QVariantMap coolingUnitInfo(const Project& p, const Catalog& catalog, const CoolingUnit& unit) {
    const CoolingReport report = computeCooling(p, catalog);
    const CoolingUnitSpec* spec = coolingUnitSpec(catalog, unit.catalogId);
    QVariantList fields;
    fields << field("name", QObject::tr("Name"), q(unit.name.empty() ? unit.id : unit.name))
           << field("model", QObject::tr("Model"), spec ? q(coolingUnitModelName(catalog, unit.catalogId)) : q(unit.catalogId));
    if (spec)
        fields << field("type", QObject::tr("Type"), coolingUnitTypeLabel(spec->type))
               << field("medium", QObject::tr("Medium"), spec->medium == CoolingMedium::Liquid ? QObject::tr("liquid (coolant loop)") : QObject::tr("air"));
    fields << field("position", QObject::tr("Position"),
                    unit.position ? q(fmtGrouped(double(unit.position->x)) + ", " + fmtGrouped(double(unit.position->y)) + " mm")
                                  : QObject::tr("beside its racks (automatic)"));
    QVariantList totals;
    for (const UnitLoad& load : report.units) {
        if (load.unit->id != unit.id) continue;
        totals << row(QObject::tr("Capacity"), fmtKw(load.capacityW)) << row(QObject::tr("Load"), fmtKw(load.loadW))
               << row(QObject::tr("Load %"), fmtGrouped(load.fraction() * 100, 1) + " %");
        if (load.spec->medium == CoolingMedium::Liquid)
            totals << row(QObject::tr("Coolant flow"), fmtGrouped(load.flowLpm, 0) + " L/min at ΔT " + fmtGrouped(coolantDeltaTK(p.settings), 0) + " K");
        else
            totals << row(QObject::tr("Air flow"), fmtGrouped(load.flowCfm, 0) + " CFM at ΔT " + fmtGrouped(airDeltaTF(p.settings), 0) + " °F");
        std::string names;
        for (const auto& id : load.racks) {
            const Rack* r = p.rack(id);
            names += (names.empty() ? "" : ", ") + (r && !r->name.empty() ? r->name : id);
        }
        totals << row(QObject::tr("Racks served (%1)").arg(load.racks.size()), names.empty() ? "none" : names);
        if (load.group < report.groups.size()) {
            const UnitGroup& g = report.groups[load.group];
            const double margin = g.capacityWithoutLargestW() - g.loadW;
            totals << row(QObject::tr("Group (%1 units)").arg(g.units.size()), fmtKw(g.loadW) + " of " + fmtKw(g.capacityW))
                   << row(margin >= 0 ? QObject::tr("N-1 margin") : QObject::tr("N-1 short by"),
                          fmtKw(std::abs(margin)) + " (" + fmtKw(g.capacityWithoutLargestW()) + " without " +
                              (report.units[g.largest].unit->name.empty() ? report.units[g.largest].unit->id : report.units[g.largest].unit->name) + ")");
        }
    }
    return {{"kind", "cooling"}, {"id", q(unit.id)}, {"title", QObject::tr("Cooling unit %1").arg(q(unit.name.empty() ? unit.id : unit.name))},
            {"fields", fields}, {"totals", totals}};
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
               << field("feeds", tr("Feeds"), feeds, "text");
        // With a power chain: where each feed hangs (node and phase), edited in place (edit::setRackFeed).
        if (!p.powerChain.empty())
            for (const auto& f : r->feeds) {
                auto node = r->feedFrom.find(f);
                auto phase = r->feedPhase.find(f);
                QVariantMap feedField = field("feed:" + q(f), tr("Feed %1 from").arg(q(f)), node == r->feedFrom.end() ? QString() : q(node->second), "feed");
                feedField.insert("feed", q(f));
                feedField.insert("phase", phase == r->feedPhase.end() ? QString() : q(phase->second));
                fields << feedField;
            }
        fields
               << field("position", tr("Position"), q(fmtGrouped(double(r->position.x)) + ", " + fmtGrouped(double(r->position.y)) + " mm, " +
                                                      std::to_string(r->rotation) + "°"));
        QVariantList totals;
        for (const auto& t : document_.checker().totals().perRack)
            if (t.rackId == id) {
                totals = aggregateRows(t.sum);
                totals << row(tr("Weight"), fmtGrouped(t.totalWeightKg(), 1) + " / " + fmtGrouped(m ? m->maxLoadKg : 0, 0) + " kg")
                       << row(tr("U free"), fmtU(t.uFree()));
                // The heat map's figures: liquid and air kW (also without cold plates: 0 kW liquid) and kW/m².
                if (t.sum.heatLiquidW <= 0) totals << row(tr("Heat to liquid / air"), fmtKw(0) + " / " + fmtKw(t.sum.heatAirW));
                if (m) {
                    FloorRack f = floorRack(*r, m, &t, powerWarningFraction(p.settings));
                    totals << row(tr("Heat density"), fmtGrouped(f.kwPerM2(), 1) + " kW/m² (" + fmtGrouped(f.footprintM2, 2) + " m²)");
                }
                QString units = coolingUnitsOf(p, id);
                totals << row(tr("Cooling units"), units.isEmpty() ? tr("none").toStdString() : units.toStdString());
            }
        return {{"kind", "rack"}, {"id", q(id)}, {"title", tr("Rack %1").arg(q(r->name))}, {"fields", fields}, {"totals", totals}};
    }
    if (const CoolingUnit* u = p.coolingUnit(id)) return coolingUnitInfo(p, document_.catalog(), *u);
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
