#include "CompareController.h"

#include <QFileInfo>
#include <QQmlEngine>
#include <QUrl>

#include <unordered_map>

#include "Compare.h"
#include "CostCompare.h"
#include "Geometry.h"
#include "Planner.h"
#include "PlannerApp.h"
#include "ProjectFile.h"
#include "Rule.h"
#include "Scenarios.h"
#include "TextFormat.h"
#include "Totals.h"

namespace pod {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
QString localPath(const QString& pathOrUrl) {
    QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

// The front elevation of the first rack that holds a GPU node (CompareController::gpuRackA).
QVariantMap firstGpuRack(const Project& project, const Catalog& catalog, const ProjectTotals& totals) {
    std::unordered_map<std::string, std::vector<const Device*>> byRack;
    for (const auto& d : project.layout.devices) byRack[d.rack].push_back(&d);
    int gpuRacks = 0;
    std::size_t first = project.layout.racks.size();
    for (std::size_t i = 0; i < project.layout.racks.size(); ++i)
        if (classifyRack(byRack[project.layout.racks[i].id], catalog) == RackRole::Gpu && ++gpuRacks == 1) first = i;
    if (first == project.layout.racks.size()) return {};
    const Rack& rack = project.layout.racks[first];
    const RackModel* model = catalog.rack(rack.model);
    QVariantList devices;
    int nodes = 0;
    double equipmentU = 0, blankU = 0;
    for (const Device* d : byRack[rack.id]) {
        const Equipment* e = catalog.equipment(d->catalogId);
        if (!e) continue;
        nodes += e->kind == EquipmentKind::GpuNode;
        (e->kind == EquipmentKind::Blank ? blankU : equipmentU) += e->uHeight;
        devices.append(QVariantMap{{"id", q(d->id)},
                                   {"name", q(deviceLabel(*d))},
                                   {"kind", q(std::string(kindKey(e->kind)))},
                                   {"model", q(e->vendor + " " + e->model)},
                                   {"u", d->u},
                                   {"height", e->uHeight},
                                   {"face", QString(d->face == Face::Rear ? "rear" : "front")},
                                   {"fullDepth", e->fullDepth},
                                   {"kw", e->maxW > 0 ? q(fmtKw(e->maxW)) : QString()}});
    }
    QString summary = nodes == 1 ? CompareController::tr("1 GPU node") : CompareController::tr("%1 GPU nodes").arg(nodes);
    if (first < totals.perRack.size()) {
        const RackTotals& t = totals.perRack[first];
        summary += q(" · " + fmtKw(t.sum.maxW) + " of " + fmtKw(rack.powerBudgetW) + " budget\n" + fmtU(equipmentU) + " U equipment · " +
                     fmtU(blankU) + " U blanks · " + fmtU(t.uFree()) + " U free");
    }
    return {{"id", q(rack.id)},
            {"name", q(rack.name.empty() ? rack.id : rack.name)},
            {"modelName", model ? q(model->vendor + " " + model->model) : q(rack.model)},
            {"uHeight", model ? model->uHeight : 48},
            {"summary", summary},
            {"gpuRacks", gpuRacks},
            {"devices", devices}};
}
}  // namespace

CompareController::CompareController(Planner* planner, QObject* parent) : QObject(parent), planner_(planner) {
    if (!planner_) return;
    Document* doc = planner_->document();
    connect(doc, &Document::scenariosChanged, this, &CompareController::scenariosChanged);
    connect(doc, &Document::projectReset, this, &CompareController::scenariosChanged);
}

CompareController* CompareController::create(QQmlEngine* engine, QJSEngine*) { return cppOwned(&PlannerApp::of(engine).compare()); }

void CompareController::startInView(const QString& a, const QString& b) { startInView_ = compareFiles(a, b).isEmpty(); }

QStringList CompareController::scenarios() const {
    QStringList out;
    if (!planner_) return out;
    for (const auto& name : scenarioNames(planner_->document()->project())) out << (name.empty() ? tr("(unnamed layout)") : q(name));
    return out;
}

QString CompareController::suggestedScenarioName() const {
    if (!planner_) return {};
    const Project& p = planner_->document()->project();
    const std::string base = (p.scenarioName.empty() ? defaultScenarioName(p) : p.scenarioName) + " copy";
    std::string name = base;
    for (int n = 2; !scenarioNameProblem(p, name).empty(); ++n) name = base + " " + std::to_string(n);
    return q(name);
}

QString CompareController::report(const QString& error) {
    if (error_ != error) {
        error_ = error;
        emit errorChanged();
    }
    return error;
}

std::optional<Project> CompareController::loadFile(const QString& path, QString* error) const {
    ProjectResult loaded = ProjectFile::load(localPath(path).toStdString(), planner_->catalog());
    if (auto* e = std::get_if<LoadError>(&loaded)) {
        *error = q(e->message());
        return std::nullopt;
    }
    return std::get<Project>(std::move(loaded));
}

std::optional<Project> CompareController::openScenario(int index, QString* error) const {
    const Project& p = planner_->document()->project();
    const auto names = scenarioNames(p);
    if (index < 0 || std::size_t(index) >= names.size()) {
        *error = tr("no scenario %1 (the project has %2)").arg(index).arg(names.size());
        return std::nullopt;
    }
    auto copy = withActiveScenario(p, names[std::size_t(index)]);
    if (!copy) *error = tr("no scenario named \"%1\"").arg(q(names[std::size_t(index)]));
    return copy;
}

CompareController::Side CompareController::describe(const Project& project, const QString& detail) const {
    Side side;
    side.title = project.meta.name.empty() ? tr("Untitled") : q(project.meta.name);
    side.detail = detail;
    const Catalog& catalog = planner_->catalog();
    const ProjectTotals totals = computeTotals(project, catalog);
    // The floor as every renderer draws it; the racks list and the room extent are read off it.
    side.floor = floorScene(project, catalog, totals);
    const auto& racks = project.layout.racks;
    std::size_t k = 0;  // floor racks are the project's racks with a known model, in project order
    for (std::size_t i = 0; i < racks.size() && k < side.floor.racks.size(); ++i) {
        const FloorRack& r = side.floor.racks[k];
        if (r.id != q(racks[i].id)) continue;
        ++k;
        const double maxW = i < totals.perRack.size() ? totals.perRack[i].sum.maxW : 0.0;
        side.racks.append(QVariantMap{{"id", r.id},
                                      {"name", r.name},
                                      {"x", r.box.x()},
                                      {"y", r.box.y()},
                                      {"width", r.box.width()},
                                      {"depth", r.box.height()},
                                      {"powerText", q(fmtKw(maxW))},
                                      {"powerFraction", std::max(0.0, r.powerFraction)}});
    }
    side.room = side.floor.bounds();
    side.gpuRack = firstGpuRack(project, catalog, totals);
    return side;
}

QString CompareController::run(const Project& a, const QString& detailA, const Project& b, const QString& detailB) {
    const Catalog& catalog = planner_->catalog();
    // The side titles above the table already name each project and scenario: the table keeps the figures
    // (and the headings between them), not those two text rows.
    std::vector<CompareRow> rows = compareRows(summarize(a, catalog), summarize(b, catalog));
    // Cost rows when the open project names a price book (settings.price_book; File → Price book…).
    for (auto& r : projectCostRows(planner_->document()->project(), planner_->filePath().toStdString(), a, b, catalog)) rows.push_back(std::move(r));
    std::erase_if(rows, [](const CompareRow& r) { return r.diff.empty() && !(r.a.empty() && r.b.empty()); });
    table_.setRows(std::move(rows));
    sides_[0] = describe(a, detailA);
    sides_[1] = describe(b, detailB);
    for (int s = 0; s < 2; ++s) floors_[s].set(std::move(sides_[s].floor), sides_[s].gpuRack.value("id").toString());
    emit compared();
    return report({});
}

QString CompareController::compareScenarios(int a, int b) {
    if (!planner_) return report(tr("no open project"));
    QString error;
    auto pa = openScenario(a, &error);
    if (!pa) return report(error);
    auto pb = openScenario(b, &error);
    if (!pb) return report(error);
    source_ = Source::Scenarios;
    scenarioA_ = a, scenarioB_ = b;
    const QStringList names = scenarios();
    return run(*pa, tr("Scenario: %1").arg(names.value(a)), *pb, tr("Scenario: %1").arg(names.value(b)));
}

QString CompareController::compareWithFile(const QString& pathOrUrl) {
    withFileSwapped_ = false;
    return runWithFile(pathOrUrl);
}

QString CompareController::runWithFile(const QString& pathOrUrl) {
    if (!planner_) return report(tr("no open project"));
    QString error;
    auto file = loadFile(pathOrUrl, &error);
    if (!file) return report(error);
    source_ = Source::WithFile;
    fileB_ = pathOrUrl;
    const Project& open = planner_->document()->project();
    const QString openName = planner_->filePath().isEmpty() ? tr("open project") : QFileInfo(planner_->filePath()).fileName();
    const QString openDetail = tr("%1 · %2").arg(openName, q(open.scenarioName));
    const QString fileDetail = tr("%1 · %2").arg(QFileInfo(localPath(pathOrUrl)).fileName(), q(file->scenarioName));
    return withFileSwapped_ ? run(*file, fileDetail, open, openDetail) : run(open, openDetail, *file, fileDetail);
}

QString CompareController::compareFiles(const QString& a, const QString& b) {
    if (!planner_) return report(tr("no open project"));
    QString error;
    auto pa = loadFile(a, &error);
    if (!pa) return report(error);
    auto pb = loadFile(b, &error);
    if (!pb) return report(error);
    source_ = Source::Files;
    fileA_ = a, fileB_ = b;
    return run(*pa, tr("%1 · %2").arg(QFileInfo(localPath(a)).fileName(), q(pa->scenarioName)), *pb,
               tr("%1 · %2").arg(QFileInfo(localPath(b)).fileName(), q(pb->scenarioName)));
}

QString CompareController::refresh() {
    switch (source_) {
    case Source::None: return report({});
    case Source::Scenarios: return compareScenarios(scenarioA_, scenarioB_);
    case Source::WithFile: return runWithFile(fileB_);
    case Source::Files: return compareFiles(fileA_, fileB_);
    }
    return {};
}

QString CompareController::swapSides() {
    switch (source_) {
    case Source::None: return report(tr("nothing to swap: compare two scenarios first"));
    case Source::Scenarios: return compareScenarios(scenarioB_, scenarioA_);
    case Source::WithFile: withFileSwapped_ = !withFileSwapped_; return runWithFile(fileB_);
    case Source::Files: return compareFiles(fileB_, fileA_);
    }
    return {};
}

void CompareController::clear() {
    source_ = Source::None;
    table_.setRows({});
    sides_[0] = sides_[1] = Side{};
    for (FloorSnapshot& f : floors_) f.clear();
    emit compared();
    report({});
}

QString CompareController::duplicateScenario(const QString& name) {
    if (!planner_) return report(tr("no open project"));
    return report(planner_->document()->duplicateScenario(name.toStdString()));
}

QString CompareController::switchScenario(int index) {
    if (!planner_) return report(tr("no open project"));
    const auto names = scenarioNames(planner_->document()->project());
    if (index < 0 || std::size_t(index) >= names.size()) return report(tr("no scenario %1").arg(index));
    return report(planner_->document()->switchScenario(names[std::size_t(index)]));
}

}  // namespace pod
