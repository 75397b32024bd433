#include "TotalsModel.h"

#include "Document.h"
#include "HallScope.h"
#include "HallSums.h"
#include "Rule.h"
#include "TextFormat.h"
#include "Totals.h"

namespace pod {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
QVariantMap row(const QString& label, const std::string& value) { return {{"label", label}, {"value", q(value)}}; }

}  // namespace

TotalsModel::TotalsModel(const Document& document, const HallScope& scope, QObject* parent)
    : QObject(parent), document_(document), scope_(scope) {
    cableRecount_.setSingleShot(true);
    cableRecount_.setInterval(250);
    connect(&cableRecount_, &QTimer::timeout, this, [this] {
        countHallCables();
        updateRows();
    });
}

void TotalsModel::rebuild() {
    const std::string& hall = scope_.hallKey();
    if (hall.empty()) {
        cablesHall_.clear();
        cableRecount_.stop();
    } else if (hall != cablesHall_) {
        countHallCables();
    } else {
        cableRecount_.start();
    }
    updateRows();
    const auto& found = document_.checker().violations();
    int errors = countSeverity(found, Severity::Error), warnings = countSeverity(found, Severity::Warning);
    int notes = countSeverity(found, Severity::Info);
    statusText_ = tr("%1 errors, %2 warnings, %3 notes").arg(errors).arg(warnings).arg(notes);
    emit checked();
}

void TotalsModel::countHallCables() {
    cablesHall_ = scope_.hallKey();
    hallCables_ = hallCablesByMedium(document_.project(), document_.checker().cabling(), cablesHall_);
}

void TotalsModel::updateRows() {
    const std::string& hall = scope_.hallKey();
    const ProjectTotals hallSums = hall.empty() ? ProjectTotals() : hallTotals(document_.project(), document_.checker().totals(), hall);
    const ProjectTotals& t = hall.empty() ? document_.checker().totals() : hallSums;
    const Aggregate& s = t.sum;
    QVariantList totals;
    totals << row(tr("Racks"), std::to_string(t.racks)) << row(tr("GPUs"), std::to_string(s.gpus))
            << row(tr("GPU memory"), fmtGrouped(s.gpuMemoryGb, 0) + " GB");
    for (Precision p : kPrecisions)
        if (auto v = s.flops.get(p)) totals << row(QString::fromUtf8(precisionLabel(p).data()), fmtThroughput(p, *v));
    totals << row(tr("Storage"), fmtGrouped(s.storageRawTb, 1) + " TB raw · " + fmtGrouped(s.storageUsableTb, 1) + " TB usable")
            << row(tr("IT power (max)"), fmtKw(s.maxW)) << row(tr("Facility power"), fmtKw(t.facilityW()) + " (PUE " + fmtFixed(t.pue, 2) + ")")
            << row(tr("Heat"), fmtGrouped(s.heatBtuPerHour(), 0) + " BTU/h");
    if (s.heatLiquidW > 0) totals << row(tr("Heat liquid / air"), fmtKw(s.heatLiquidW) + " / " + fmtKw(s.heatAirW));
    totals << row(tr("Weight"), fmtGrouped(t.totalWeightKg(), 0) + " kg")
            << row(tr("Floor"), fmtGrouped(t.footprintM2, 1) + " m² racks · " + fmtGrouped(t.roomAreaM2, 0) + " m² room")
            << row(tr("Rack units"), fmtU(t.uUsed) + " / " + std::to_string(t.uCapacity) + " U");
    for (const auto& [medium, total] : hall.empty() ? document_.checker().cablesByMedium() : hallCables_) {
        const CableMedium* m = document_.catalog().medium(medium);
        totals << row(tr("Cables: %1").arg(m ? q(m->medium).toUpper() : tr("none reaches")),
                       std::to_string(total.count) + " · " + fmtGrouped(double(total.lengthMm) / 1000.0, 0) + " m");
    }
    if (totals != rows_) {
        rows_ = std::move(totals);
        emit rowsChanged();
    }
}

}  // namespace pod
