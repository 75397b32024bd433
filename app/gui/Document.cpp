#include "Document.h"

#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>
#include <set>

#include "LayoutEditCommand.h"
#include "Placement.h"
#include "ProjectFile.h"
#include "Rule.h"
#include "ScenarioEditCommand.h"
#include "Scenarios.h"

namespace pod {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
}  // namespace

Project emptyProject() {
    Project p;
    p.meta.name = "Untitled pod";
    p.room.name = "Room";
    p.room.outline = {{0, 0}, {12000, 0}, {12000, 8000}, {0, 8000}};
    p.room.powerCapacityW = 500000;
    p.room.coolingCapacityW = 500000;
    p.room.floorLoadKgM2 = 1200;
    p.room.pue = 1.3;
    return p;
}

Document::Document(const Catalog& catalog, QObject* parent)
    : QObject(parent), catalog_(catalog), engine_(RuleEngine::standard()), checker_(engine_, catalog) {
    project_ = emptyProject();
    checker_.reset(project_);
}

bool Document::load(const QString& path, QString* error) {
    ProjectResult result = ProjectFile::load(path.toStdString(), catalog_);
    if (auto* e = std::get_if<LoadError>(&result)) {
        if (error) *error = q(e->message());
        return false;
    }
    reset(std::get<Project>(std::move(result)), path);
    return true;
}

void Document::reset(Project project, const QString& path) {
    project_ = std::move(project);
    checker_.reset(project_);
    undo_.clear();
    filePath_ = path;
    unsaved_ = false;
    emit projectReset();
    emit filePathChanged();
    emit modifiedChanged();
}

void Document::resetUnsaved(Project project, const QString& path) {
    reset(std::move(project), path);
    unsaved_ = true;
    emit modifiedChanged();
}

bool Document::save(const QString& path, QString* error) {
    QSaveFile file(path);
    std::string text = ProjectFile::serialize(project_);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = tr("Cannot save %1: %2. The previous file is unchanged.").arg(path, file.errorString());
        return false;
    }
    file.write(text.data(), qint64(text.size()));
    if (!file.commit()) {
        if (error) *error = tr("Cannot save %1: %2. The previous file is unchanged.").arg(path, file.errorString());
        return false;
    }
    undo_.setClean();
    unsaved_ = false;
    emit modifiedChanged();
    if (filePath_ != path) {
        filePath_ = path;
        emit filePathChanged();
    }
    return true;
}

void Document::applyChange(const LayoutChange& change, bool forward) {
    change.apply(project_.layout, forward);
    checker_.update(project_, change.edit(forward));
    emit layoutChanged(change, forward);
}

QString Document::push(const QString& text, LayoutChange change, int mergeId) {
    if (change.empty()) return {};
    undo_.push(new LayoutEditCommand(this, text, std::move(change), mergeId));
    return {};
}

QString Document::editAll(const QString& text, const std::function<QString()>& body) {
    undo_.beginMacro(text);
    const QString error = body();
    undo_.endMacro();
    if (error.isEmpty()) return {};
    // Roll back: the macro (just pushed, on top) is undone and, being obsolete, deleted from the stack.
    if (undo_.index() > 0) {
        const_cast<QUndoCommand*>(undo_.command(undo_.index() - 1))->setObsolete(true);
        undo_.undo();
    }
    return error;
}

std::optional<std::size_t> Document::rackIndex(const std::string& id) const {
    for (std::size_t i = 0; i < project_.layout.racks.size(); ++i)
        if (project_.layout.racks[i].id == id) return i;
    return std::nullopt;
}

std::optional<std::size_t> Document::deviceIndex(const std::string& id) const {
    for (std::size_t i = 0; i < project_.layout.devices.size(); ++i)
        if (project_.layout.devices[i].id == id) return i;
    return std::nullopt;
}

QString Document::addDevice(const std::string& catalogId, const std::string& rackId, double u, Face face, std::string* newId) {
    std::string problem = placementProblem(project_, catalog_, catalogId, rackId, u, face);
    if (!problem.empty()) return q(problem);
    const Equipment* e = catalog_.equipment(catalogId);
    Device d;
    d.id = uniqueId(project_, "dev-");
    d.catalogId = catalogId;
    d.rack = rackId;
    d.u = e->uHeight == 0 ? 0 : u;
    d.face = face;
    d.name = e->model;
    if (newId) *newId = d.id;
    LayoutChange c;
    c.devices.push_back({project_.layout.devices.size(), std::nullopt, d});
    return push(tr("Add %1").arg(q(e->model)), std::move(c));
}

QString Document::moveDevice(const std::string& deviceId, const std::string& rackId, double u, Face face) {
    auto i = deviceIndex(deviceId);
    if (!i) return tr("no device \"%1\"").arg(q(deviceId));
    const Device& before = project_.layout.devices[*i];
    std::string problem = placementProblem(project_, catalog_, before.catalogId, rackId, u, face, deviceId);
    if (!problem.empty()) return q(problem);
    Device after = before;
    after.rack = rackId;
    after.u = before.u == 0 ? 0 : u;
    after.face = face;
    if (after.rack == before.rack && after.u == before.u && after.face == before.face) return {};
    LayoutChange c;
    c.devices.push_back({*i, before, after});
    return push(tr("Move %1").arg(q(deviceLabel(before))), std::move(c));
}

QString Document::setDeviceFace(const std::string& deviceId, Face face) {
    auto i = deviceIndex(deviceId);
    if (!i) return tr("no device \"%1\"").arg(q(deviceId));
    const Device& d = project_.layout.devices[*i];
    return moveDevice(deviceId, d.rack, d.u, face);
}

QString Document::renameItem(const std::string& id, const std::string& name) {
    LayoutChange c;
    if (auto r = rackIndex(id)) {
        Rack after = project_.layout.racks[*r];
        if (after.name == name) return {};
        after.name = name;
        c.racks.push_back({*r, project_.layout.racks[*r], after});
    } else if (auto d = deviceIndex(id)) {
        Device after = project_.layout.devices[*d];
        if (after.name == name) return {};
        after.name = name;
        c.devices.push_back({*d, project_.layout.devices[*d], after});
    } else {
        return tr("nothing named \"%1\"").arg(q(id));
    }
    return push(tr("Rename to %1").arg(q(name)), std::move(c));
}

QString Document::removeItems(const std::vector<std::string>& ids) {
    LayoutChange c;
    std::set<std::string> racks, devices;
    for (const auto& id : ids) {
        if (rackIndex(id)) racks.insert(id);
        else if (deviceIndex(id)) devices.insert(id);
    }
    for (std::size_t i = 0; i < project_.layout.devices.size(); ++i) {
        const Device& d = project_.layout.devices[i];
        if (devices.count(d.id) || racks.count(d.rack)) c.devices.push_back({i, d, std::nullopt});
    }
    for (std::size_t i = 0; i < project_.layout.racks.size(); ++i)
        if (racks.count(project_.layout.racks[i].id)) c.racks.push_back({i, project_.layout.racks[i], std::nullopt});
    if (c.empty()) return tr("nothing selected to delete");
    // Switches leaving the layout leave the network plan too: that is not a layout edit, so refuse.
    for (const auto& ch : c.devices)
        for (const auto& f : project_.layout.network.fabrics)
            for (const auto* list : {&f.leaves, &f.spines})
                if (std::find(list->begin(), list->end(), ch.before->id) != list->end())
                    return tr("%1 is a %2 switch of fabric %3; remove it from the network plan first")
                        .arg(q(deviceLabel(*ch.before)), list == &f.leaves ? tr("leaf") : tr("spine"), q(f.id));
    return push(tr("Delete %n item(s)", "", int(c.racks.size() + c.devices.size())), std::move(c));
}

QString Document::moveRack(const std::string& rackId, Point position, int dragId) {
    auto i = rackIndex(rackId);
    if (!i) return tr("no rack \"%1\"").arg(q(rackId));
    Rack after = project_.layout.racks[*i];
    after.position = position;
    if (after.position == project_.layout.racks[*i].position) return {};
    LayoutChange c;
    c.racks.push_back({*i, project_.layout.racks[*i], after});
    return push(tr("Move rack %1").arg(q(after.name)), std::move(c), dragId > 0 ? 1000 + dragId : -1);
}

QString Document::rotateRack(const std::string& rackId) {
    auto i = rackIndex(rackId);
    if (!i) return tr("no rack \"%1\"").arg(q(rackId));
    Rack after = project_.layout.racks[*i];
    after.rotation = (after.rotation + 90) % 360;
    LayoutChange c;
    c.racks.push_back({*i, project_.layout.racks[*i], after});
    return push(tr("Rotate rack %1").arg(q(after.name)), std::move(c));
}

QString Document::duplicateRack(const std::string& rackId, std::string* newId) {
    auto i = rackIndex(rackId);
    if (!i) return tr("no rack \"%1\"").arg(q(rackId));
    const Rack& source = project_.layout.racks[*i];
    const RackModel* model = catalog_.rack(source.model);
    Rack copy = source;
    copy.id = uniqueId(project_, "rack-");
    copy.name = source.name + " copy";
    bool sideways = source.rotation == 90 || source.rotation == 270;
    std::int64_t step = model ? (sideways ? model->depthMm : model->widthMm) : 800;
    copy.position.x += sideways ? 0 : step;
    copy.position.y += sideways ? step : 0;
    LayoutChange c;
    c.racks.push_back({project_.layout.racks.size(), std::nullopt, copy});
    Project scratch;  // ids must be unique against the devices being added too
    scratch.layout = project_.layout;
    scratch.layout.racks.push_back(copy);
    std::size_t at = project_.layout.devices.size();
    for (const auto& d : project_.layout.devices) {
        if (d.rack != source.id) continue;
        Device dc = d;
        dc.id = uniqueId(scratch, "dev-");
        dc.rack = copy.id;
        scratch.layout.devices.push_back(dc);
        c.devices.push_back({at++, std::nullopt, dc});
    }
    if (newId) *newId = copy.id;
    return push(tr("Duplicate rack %1").arg(q(source.name)), std::move(c));
}

QString Document::addRack(const std::string& modelId, Point position, std::string* newId, const Rack* like) {
    const RackModel* model = catalog_.rack(modelId);
    if (!model) return tr("\"%1\" is not a rack model").arg(q(modelId));
    Rack r;
    r.id = uniqueId(project_, "rack-");
    r.name = "R" + std::to_string(project_.layout.racks.size() + 1);
    r.model = modelId;
    r.position = position;
    r.cooling = catalog_.coolingOptions().count("cooling-contained-air") ? "cooling-contained-air"
                                                                         : catalog_.coolingOptions().begin()->first;
    r.powerBudgetW = 15000;
    r.feeds = {"A", "B"};
    if (like) {  // joins like's row: same row, orientation, aisle, cooling, budget and feeds
        r.row = like->row;
        r.rotation = like->rotation;
        r.frontAisle = like->frontAisle;
        r.cooling = like->cooling;
        r.powerBudgetW = like->powerBudgetW;
        r.feeds = like->feeds;
        if (!r.row.empty()) {  // "A11" after A01…A10, when free
            int inRow = 0;
            std::set<std::string> names;
            for (const auto& other : project_.layout.racks) {
                names.insert(other.name);
                if (other.row == r.row) ++inRow;
            }
            char buf[16];
            std::snprintf(buf, sizeof buf, "%02d", inRow + 1);
            if (!names.count(r.row + buf)) r.name = r.row + buf;
        }
    }
    if (newId) *newId = r.id;
    LayoutChange c;
    c.racks.push_back({project_.layout.racks.size(), std::nullopt, r});
    return push(tr("Add rack %1").arg(q(r.name)), std::move(c));
}

QString Document::setRackCooling(const std::string& rackId, const std::string& coolingId) {
    auto i = rackIndex(rackId);
    if (!i) return tr("no rack \"%1\"").arg(q(rackId));
    if (!catalog_.cooling(coolingId)) return tr("\"%1\" is not a cooling option").arg(q(coolingId));
    Rack after = project_.layout.racks[*i];
    if (after.cooling == coolingId) return {};
    after.cooling = coolingId;
    LayoutChange c;
    c.racks.push_back({*i, project_.layout.racks[*i], after});
    return push(tr("Change cooling of %1").arg(q(after.name)), std::move(c));
}

QString Document::setRackBudget(const std::string& rackId, double watts) {
    auto i = rackIndex(rackId);
    if (!i) return tr("no rack \"%1\"").arg(q(rackId));
    if (!(watts >= 0) || watts > 1e8) return tr("a power budget is between 0 and 100,000 kW");
    Rack after = project_.layout.racks[*i];
    if (after.powerBudgetW == watts) return {};
    after.powerBudgetW = watts;
    LayoutChange c;
    c.racks.push_back({*i, project_.layout.racks[*i], after});
    return push(tr("Change power budget of %1").arg(q(after.name)), std::move(c));
}

QString Document::setRackFeeds(const std::string& rackId, const std::vector<std::string>& feeds) {
    auto i = rackIndex(rackId);
    if (!i) return tr("no rack \"%1\"").arg(q(rackId));
    Rack after = project_.layout.racks[*i];
    if (after.feeds == feeds) return {};
    after.feeds = feeds;
    LayoutChange c;
    c.racks.push_back({*i, project_.layout.racks[*i], after});
    return push(tr("Change feeds of %1").arg(q(after.name)), std::move(c));
}

QString Document::duplicateScenario(const std::string& name) {
    Project after = project_;
    if (std::string problem = pod::duplicateActiveScenario(after, name); !problem.empty()) return q(problem);
    ScenarioState before{project_.scenarioName, {}, project_.scenarios};
    undo_.push(new ScenarioEditCommand(this, tr("Duplicate scenario as %1").arg(q(name)), std::move(before),
                                       {after.scenarioName, {}, std::move(after.scenarios)}, false));
    return {};
}

QString Document::switchScenario(const std::string& name) {
    if (name == project_.scenarioName) return {};
    Project after = project_;
    if (std::string problem = pod::switchScenario(after, name); !problem.empty()) return q(problem);
    ScenarioState before{project_.scenarioName, project_.layout, project_.scenarios};
    undo_.push(new ScenarioEditCommand(this, tr("Switch to scenario %1").arg(q(name)), std::move(before),
                                       {after.scenarioName, std::move(after.layout), std::move(after.scenarios)}, true));
    return {};
}

void Document::applyScenarios(const ScenarioState& state, bool replacesLayout) {
    project_.scenarioName = state.activeName;
    project_.scenarios = state.stored;
    if (replacesLayout) {
        project_.layout = state.layout;
        checker_.reset(project_);
        emit projectReset();
    }
    emit scenariosChanged();
}

}  // namespace pod
