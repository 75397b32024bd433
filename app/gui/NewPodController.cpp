#include "NewPodController.h"

#include <QQmlEngine>

#include "Planner.h"
#include "PlannerApp.h"
#include "PowerBand.h"
#include "generator/Sizing.h"

namespace pod {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
QVariantMap choice(const QString& id, const QString& label) { return {{"id", id}, {"label", label}}; }
}  // namespace

NewPodController::NewPodController(Planner* planner, QObject* parent) : QObject(parent), planner_(planner) {}

NewPodController* NewPodController::create(QQmlEngine* engine, QJSEngine*) { return cppOwned(&PlannerApp::of(engine).newPod()); }

QVariantList NewPodController::nodeModels() const {
    QVariantList out;
    if (!planner_) return out;
    for (const auto& [id, e] : planner_->catalog().equipmentEntries())
        if (e.kind == EquipmentKind::GpuNode) out << choice(q(id), q(e.vendor + " " + e.model));
    return out;
}

QVariantList NewPodController::rackModels() const {
    QVariantList out;
    if (!planner_) return out;
    for (const auto& [id, r] : planner_->catalog().racks())
        out << choice(q(id), q(r.vendor + " " + r.model + " (" + std::to_string(r.uHeight) + "U)"));
    return out;
}

QVariantList NewPodController::coolingOptions() const {
    QVariantList out{choice({}, tr("Cheapest that covers each rack"))};
    if (!planner_) return out;
    for (const auto& [id, c] : planner_->catalog().coolingOptions()) out << choice(q(id), q(c.model));
    return out;
}

QVariantList NewPodController::fabrics() const {
    return {choice({}, tr("By the node's port speed")), choice("ndr", tr("InfiniBand NDR (QM9700)")),
            choice("hdr", tr("InfiniBand HDR (QM8700)")), choice("edr", tr("InfiniBand EDR (SB7800)")),
            choice("roce", tr("RoCE Ethernet (SN5600)"))};
}

QString NewPodController::automaticBudgetText() const {
    return tr("automatic: load ≤ %1, in %2 kW steps")
        .arg(QString::fromStdString(warningLineText(powerWarningFraction(std::optional<double>{}))))
        .arg(kBudgetStepW / 1000.0);
}

QString NewPodController::defaultNode() const {
    return planner_ && planner_->catalog().equipment("nvidia-dgx-h100") ? QStringLiteral("nvidia-dgx-h100") : QString();
}

QString NewPodController::defaultRack() const { return q(GeneratorOptions{}.rackId); }

GeneratorOptions NewPodController::toOptions(const QVariantMap& m) const {
    GeneratorOptions o;
    o.nodeId = m.value("node").toString().toStdString();
    o.nodes = m.value("nodes").toInt();
    o.perRack = m.value("perRack").toInt();
    if (m.contains("rack") && !m.value("rack").toString().isEmpty()) o.rackId = m.value("rack").toString().toStdString();
    o.coolingId = m.value("cooling").toString().toStdString();
    if (double kw = m.value("budgetKw").toDouble(); kw > 0) o.budgetKw = kw;
    o.fabric = m.value("fabric").toString().toStdString();
    return o;
}

QString NewPodController::preview(const QVariantMap& options) const {
    if (!planner_) return {};
    GeneratorResult r = generatePod(toOptions(options), planner_->catalog());
    if (auto* e = std::get_if<GeneratorError>(&r)) return tr("Cannot generate: %1").arg(q(e->message));
    return q(std::get<GeneratedPod>(r).project.meta.description);
}

QString NewPodController::generate(const QVariantMap& options) {
    if (!planner_) return tr("no planner");
    GeneratorResult r = generatePod(toOptions(options), planner_->catalog());
    if (auto* e = std::get_if<GeneratorError>(&r)) return q(e->message);
    planner_->document()->resetUnsaved(std::get<GeneratedPod>(std::move(r)).project, {});
    return {};
}

}  // namespace pod
