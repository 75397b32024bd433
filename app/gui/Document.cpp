#include "Document.h"

#include <QDir>

#include <QFileInfo>
#include <QSaveFile>

#include "Edits.h"
#include "LayoutEditCommand.h"
#include "ProjectDefaults.h"
#include "ProjectFile.h"
#include "Rule.h"
#include "ScenarioEditCommand.h"
#include "SettingsEditCommand.h"
#include "Scenarios.h"

namespace pod {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
}  // namespace

Document::Document(const Catalog& catalog, QObject* parent)
    : QObject(parent), catalog_(catalog), engine_(RuleEngine::standard()), checker_(engine_, catalog) {
    project_ = defaults::emptyProject();
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
    emit projectReplaced();
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

QString Document::push(edit::Proposal proposal, std::string* newId, int mergeId) {
    if (proposal.refused()) return q(proposal.error);
    if (newId) *newId = proposal.newId;
    return push(q(proposal.text), std::move(proposal.change), mergeId);
}

QString Document::addDevice(const std::string& catalogId, const std::string& rackId, double u, Face face, std::string* newId) {
    return push(edit::addDevice(project_, catalog_, catalogId, rackId, u, face), newId);
}

QString Document::moveDevice(const std::string& deviceId, const std::string& rackId, double u, Face face) {
    return push(edit::moveDevice(project_, catalog_, deviceId, rackId, u, face));
}

QString Document::setDeviceFace(const std::string& deviceId, Face face) {
    return push(edit::setDeviceFace(project_, catalog_, deviceId, face));
}

QString Document::renameItem(const std::string& id, const std::string& name) { return push(edit::rename(project_, id, name)); }

QString Document::removeItems(const std::vector<std::string>& ids) { return push(edit::remove(project_, ids)); }

QString Document::moveRack(const std::string& rackId, Point position, int dragId) {
    return push(edit::moveRack(project_, rackId, position), nullptr, dragId > 0 ? 1000 + dragId : -1);
}

QString Document::rotateRack(const std::string& rackId) { return push(edit::rotateRack(project_, rackId)); }

QString Document::duplicateRack(const std::string& rackId, std::string* newId) {
    return push(edit::duplicateRack(project_, catalog_, rackId), newId);
}

QString Document::addRack(const std::string& modelId, Point position, std::string* newId, const Rack* like) {
    return push(edit::addRack(project_, catalog_, modelId, position, like), newId);
}

QString Document::setRackCooling(const std::string& rackId, const std::string& coolingId) {
    return push(edit::setRackCooling(project_, catalog_, rackId, coolingId));
}

QString Document::setRackBudget(const std::string& rackId, double watts) { return push(edit::setRackBudget(project_, rackId, watts)); }

QString Document::setRackFeeds(const std::string& rackId, const std::vector<std::string>& feeds) {
    return push(edit::setRackFeeds(project_, rackId, feeds));
}

QString Document::setRackFeed(const std::string& rackId, const std::string& feed, const std::string& nodeId, const std::string& phase) {
    return push(edit::setRackFeed(project_, rackId, feed, nodeId, phase));
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

QString Document::setPriceBook(const QString& path) {
    ProjectSettings after = project_.settings;
    if (path.isEmpty()) {
        after.priceBook.reset();
    } else {
        const QFileInfo book(path);
        if (!book.isFile()) return QStringLiteral("%1 is not a file").arg(path);
        const QString base = filePath_.isEmpty() ? QString() : QFileInfo(filePath_).absolutePath();
        after.priceBook = (base.isEmpty() ? book.absoluteFilePath() : QDir(base).relativeFilePath(book.absoluteFilePath())).toStdString();
    }
    if (after.priceBook == project_.settings.priceBook) return {};
    undo_.push(new SettingsEditCommand(this, path.isEmpty() ? tr("Clear price book") : tr("Set price book"), project_.settings, after));
    return {};
}

QString Document::priceBookPath() const {
    if (!project_.settings.priceBook) return {};
    const QString book = QString::fromStdString(*project_.settings.priceBook);
    if (QFileInfo(book).isAbsolute() || filePath_.isEmpty()) return book;
    return QDir(QFileInfo(filePath_).absolutePath()).filePath(book);
}

void Document::applySettings(const ProjectSettings& settings) {
    project_.settings = settings;
    emit settingsChanged();
}

}  // namespace pod
