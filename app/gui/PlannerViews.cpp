// What the Planner shows: totals rows, violations, status line, inspector fields and room geometry.
// All figures are formatted here from model/ values; QML only lays them out.
#include <algorithm>
#include "Planner.h"

#include "Geometry.h"
#include "PowerBand.h"
#include "Rule.h"
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
    if (s.storageRawTb > 0)
        out << row(QObject::tr("Storage"), fmtGrouped(s.storageRawTb, 1) + " TB raw, " + fmtGrouped(s.storageUsableTb, 1) + " TB usable");
    return out;
}
}  // namespace

void Planner::rebuildViews() {
    const ProjectTotals& t = document_.checker().totals();
    const Aggregate& s = t.sum;
    QVariantList totals;
    totals << row(tr("Racks"), std::to_string(t.racks)) << row(tr("GPUs"), std::to_string(s.gpus))
            << row(tr("GPU memory"), fmtGrouped(s.gpuMemoryGb, 0) + " GB");
    for (Precision p : kPrecisions)
        if (auto v = s.flops.get(p)) totals << row(QString::fromUtf8(precisionLabel(p).data()), fmtThroughput(p, *v));
    totals << row(tr("Storage"), fmtGrouped(s.storageRawTb, 1) + " TB raw · " + fmtGrouped(s.storageUsableTb, 1) + " TB usable")
            << row(tr("IT power (max)"), fmtKw(s.maxW)) << row(tr("Facility power"), fmtKw(t.facilityW()) + " (PUE " + fmtFixed(t.pue, 2) + ")")
            << row(tr("Heat"), fmtGrouped(s.heatBtuPerHour(), 0) + " BTU/h")
            << row(tr("Weight"), fmtGrouped(t.totalWeightKg(), 0) + " kg")
            << row(tr("Floor"), fmtGrouped(t.footprintM2, 1) + " m² racks · " + fmtGrouped(t.roomAreaM2, 0) + " m² room")
            << row(tr("Rack units"), fmtU(t.uUsed) + " / " + std::to_string(t.uCapacity) + " U");
    for (const auto& [medium, total] : document_.checker().cablesByMedium()) {
        const CableMedium* m = catalog_.medium(medium);
        totals << row(tr("Cables: %1").arg(m ? q(m->medium).toUpper() : tr("none reaches")),
                       std::to_string(total.count) + " · " + fmtGrouped(double(total.lengthMm) / 1000.0, 0) + " m");
    }
    if (totals != totals_) {
        totals_ = std::move(totals);
        emit totalsChanged();
    }
    const auto& found = document_.checker().violations();
    int errors = countSeverity(found, Severity::Error), warnings = countSeverity(found, Severity::Warning);
    int notes = countSeverity(found, Severity::Info);
    statusText_ = tr("%1 errors, %2 warnings, %3 notes").arg(errors).arg(warnings).arg(notes);
    emit checked();
}

QVariantMap Planner::inspector() const {
    const Project& p = document_.project();
    if (selection_.size() != 1) {
        if (selection_.isEmpty()) return {{"kind", "none"}, {"title", tr("Nothing selected")}};
        // Several racks: their combined totals.
        Aggregate sum;
        for (const auto& t : document_.checker().totals().perRack)
            if (selection_.contains(q(t.rackId))) sum.addAggregate(t.sum);
        return {{"kind", "many"}, {"title", tr("%1 items selected").arg(selection_.size())}, {"fields", QVariantList{}},
                {"totals", aggregateRows(sum)}};
    }
    const std::string id = selection_.begin()->toStdString();
    if (const Rack* r = p.rack(id)) {
        const RackModel* m = catalog_.rack(r->model);
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
            }
        return {{"kind", "rack"}, {"id", q(id)}, {"title", tr("Rack %1").arg(q(r->name))}, {"fields", fields}, {"totals", totals}};
    }
    if (const Device* d = p.device(id)) {
        const Equipment* e = catalog_.equipment(d->catalogId);
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
        if (e) one.addDevice(*e, catalog_);
        return {{"kind", "device"}, {"id", q(id)}, {"title", q(deviceLabel(*d))}, {"fields", fields}, {"totals", aggregateRows(one)}};
    }
    return {{"kind", "none"}, {"title", tr("Nothing selected")}};
}

QVariantList Planner::roomOutline() const {
    QVariantList points;
    for (const auto& pt : document_.project().room.outline) points << QPointF(double(pt.x), double(pt.y));
    return points;
}

QVariantList Planner::keepouts() const {
    QVariantList list;
    for (const auto& k : document_.project().room.keepouts) {
        QVariantList points;
        for (const auto& pt : k.outline) points << QPointF(double(pt.x), double(pt.y));
        list << QVariantMap{{"id", q(k.id)}, {"name", q(k.name.empty() ? k.id : k.name)}, {"kind", q(k.kind)}, {"points", points}};
    }
    return list;
}

double Planner::powerWarningFraction() const { return pod::powerWarningFraction(document_.project().settings); }
int Planner::loadBand(double fraction) const { return int(pod::loadBand(fraction, powerWarningFraction())); }
QString Planner::powerWarningText() const { return QString::fromStdString(warningLineText(powerWarningFraction())); }

QRectF Planner::roomBounds() const {
    const auto& outline = document_.project().room.outline;
    if (outline.empty()) return {};
    double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
    for (const auto& pt : outline) {
        x0 = std::min(x0, double(pt.x));
        y0 = std::min(y0, double(pt.y));
        x1 = std::max(x1, double(pt.x));
        y1 = std::max(y1, double(pt.y));
    }
    return QRectF(x0, y0, x1 - x0, y1 - y0);
}

QVariantList Planner::coolingOptions() const {
    QVariantList list;
    for (const auto& [id, c] : catalog_.coolingOptions())
        list << QVariantMap{{"id", q(id)}, {"name", q(c.model + " (" + fmtGrouped(c.airKw, 0) + " kW air" +
                                                      (c.liquidKw > 0 ? ", " + fmtGrouped(c.liquidKw, 0) + " kW liquid" : "") + ")")}};
    return list;
}

}  // namespace pod
