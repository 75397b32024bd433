#include "Planner.h"

#include <QFileInfo>
#include <QQmlEngine>

#include "ProjectFile.h"
#include "RuleEngine.h"
#include "TextFormat.h"
#include "Totals.h"

namespace pod {

namespace {
Planner* s_instance = nullptr;

QString q(const std::string& s) { return QString::fromStdString(s); }

QVariantMap totalsRow(const QString& label, const std::string& value) { return {{"label", label}, {"value", q(value)}}; }
}  // namespace

Planner::Planner(Catalog catalog, QObject* parent) : QObject(parent), catalog_(std::move(catalog)) {}

Planner* Planner::create(QQmlEngine*, QJSEngine*) {
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

void Planner::setInstance(Planner* planner) { s_instance = planner; }

QString Planner::title() const {
    QString name = project_.meta.name.empty() ? QFileInfo(filePath_).fileName() : q(project_.meta.name);
    return name.isEmpty() ? QStringLiteral("Pod Planner") : name + QStringLiteral(" — Pod Planner");
}

bool Planner::openFile(const QString& path) {
    ProjectResult result = ProjectFile::load(path.toStdString(), catalog_);
    if (auto* error = std::get_if<LoadError>(&result)) {
        lastError_ = q(error->message());
        emit lastErrorChanged();
        return false;
    }
    project_ = std::get<Project>(std::move(result));
    filePath_ = path;
    if (!lastError_.isEmpty()) {
        lastError_.clear();
        emit lastErrorChanged();
    }
    refresh();
    return true;
}

void Planner::refresh() {
    ProjectTotals t = computeTotals(project_, catalog_);
    racks_.reset(project_, catalog_, t);
    const Aggregate& s = t.sum;
    totals_.clear();
    totals_ << totalsRow(tr("Racks"), std::to_string(t.racks)) << totalsRow(tr("GPUs"), std::to_string(s.gpus))
            << totalsRow(tr("GPU memory"), fmtGrouped(s.gpuMemoryGb, 0) + " GB");
    for (Precision p : kPrecisions)
        if (auto v = s.flops.get(p)) totals_ << totalsRow(QString::fromUtf8(precisionLabel(p).data()), fmtThroughput(p, *v));
    totals_ << totalsRow(tr("IT power (max)"), fmtKw(s.maxW))
            << totalsRow(tr("Facility power"), fmtKw(t.facilityW()))
            << totalsRow(tr("Heat"), fmtGrouped(s.heatBtuPerHour(), 0) + " BTU/h")
            << totalsRow(tr("Weight"), fmtGrouped(t.totalWeightKg(), 0) + " kg")
            << totalsRow(tr("Storage raw"), fmtGrouped(s.storageRawTb, 1) + " TB")
            << totalsRow(tr("Rack units"), fmtU(t.uUsed) + " / " + std::to_string(t.uCapacity) + " U");
    std::vector<Violation> found = RuleEngine::standard().checkAll(project_, catalog_);
    violations_.clear();
    for (const auto& v : found)
        violations_ << QVariantMap{{"rule", q(v.ruleId)}, {"severity", QString::fromUtf8(severityKey(v.severity).data())},
                                   {"message", q(v.message)}};
    statusText_ = tr("%1 errors, %2 warnings").arg(countSeverity(found, Severity::Error)).arg(countSeverity(found, Severity::Warning));
    emit projectChanged();
}

}  // namespace pod
