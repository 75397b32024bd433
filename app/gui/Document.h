#pragma once
// The open project: owns the Project, its undo stack and the incremental checker. A thin adapter from the
// model's edits (model/edit/Edits.h: each verb's refusals, defaults and change) to QUndoStack: a layout
// edit becomes a LayoutEditCommand, a scenario edit (model/Scenarios.h) a ScenarioEditCommand; several at
// once form one all-or-nothing macro (editAll). Views listen to `layoutChanged` and update only what changed.
#include <QObject>
#include <QString>
#include <QUndoStack>

#include <functional>

#include "Catalog.h"
#include "IncrementalChecker.h"
#include "Edits.h"
#include "LayoutChange.h"
#include "Project.h"
#include "RuleEngine.h"

namespace pod {

struct ScenarioState;

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(const Catalog& catalog, QObject* parent = nullptr);

    const Project& project() const { return project_; }
    const Catalog& catalog() const { return catalog_; }
    const RuleEngine& engine() const { return engine_; }
    const IncrementalChecker& checker() const { return checker_; }
    QUndoStack* undoStack() { return &undo_; }
    const QUndoStack* undoStack() const { return &undo_; }
    QString filePath() const { return filePath_; }
    // Unsaved: an edit since the last save, or a project that never came from its file (restored, generated).
    bool isModified() const { return unsaved_ || !undo_.isClean(); }

    // Replaces the project (open/new); clears undo history. Errors name file, JSON path and reason.
    bool load(const QString& path, QString* error);
    void reset(Project project, const QString& path);
    // Like reset, but the project counts as unsaved until the next save (recovered or generated work).
    void resetUnsaved(Project project, const QString& path);
    // Atomic save (QSaveFile): on failure the previous file is intact and `error` says why.
    bool save(const QString& path, QString* error);

    // Edits. Each returns "" on success or the reason it was refused (nothing changes then).
    QString addDevice(const std::string& catalogId, const std::string& rackId, double u, Face face, std::string* newId = nullptr);
    QString moveDevice(const std::string& deviceId, const std::string& rackId, double u, Face face);
    QString setDeviceFace(const std::string& deviceId, Face face);
    QString renameItem(const std::string& id, const std::string& name);
    QString removeItems(const std::vector<std::string>& ids);
    // A rack drag: every call with the same `dragId` (> 0) merges into one undo step.
    QString moveRack(const std::string& rackId, Point position, int dragId = -1);
    QString rotateRack(const std::string& rackId);
    QString duplicateRack(const std::string& rackId, std::string* newId = nullptr);
    // `like`: a rack whose row the new one joins (row, rotation, aisle, cooling, budget, feeds; named next in the row).
    QString addRack(const std::string& modelId, Point position, std::string* newId = nullptr, const Rack* like = nullptr);
    QString setRackCooling(const std::string& rackId, const std::string& coolingId);
    QString setRackBudget(const std::string& rackId, double watts);
    QString setRackFeeds(const std::string& rackId, const std::vector<std::string>& feeds);
    // One feed's power chain node and phase (edit::setRackFeed).
    QString setRackFeed(const std::string& rackId, const std::string& feed, const std::string& nodeId, const std::string& phase);

    // Several edits as one undo step that applies all or nothing: `body` runs the edits; when it returns
    // a reason, every edit it made is undone and dropped from the history, and the reason is returned.
    QString editAll(const QString& text, const std::function<QString()>& body);

    // Scenario edits, one undo step each; "" or the reason (model/Scenarios.h). Duplicating copies the
    // active layout under `name`; switching makes scenario `name` the active, editable layout.
    QString duplicateScenario(const std::string& name);
    QString switchScenario(const std::string& name);

    // Called by LayoutEditCommand only.
    void applyChange(const LayoutChange& change, bool forward);
    // Called by ScenarioEditCommand only.
    void applyScenarios(const ScenarioState& state, bool replacesLayout);

    // The price book (settings.price_book): stored relative to the project file's folder when the project has
    // one, else absolute; "" clears it. One undo step; "" or the reason.
    QString setPriceBook(const QString& path);
    // The price book's full path ("" when none is set).
    QString priceBookPath() const;
    // Called by SettingsEditCommand only: replaces the settings (only the price book is set this way, and no
    // rule reads it, so nothing is re-checked).
    void applySettings(const ProjectSettings& settings);

signals:
    // After every applied change (including undo/redo), with what the checker re-checked.
    void layoutChanged(const pod::LayoutChange& change, bool forward);
    // Another project was opened, created or restored (reset): view state goes back to its defaults.
    // projectReset follows; a scenario switch emits projectReset alone.
    void projectReplaced();
    void projectReset();
    void scenariosChanged();
    void settingsChanged();
    void filePathChanged();
    // isModified() may have changed without an undo-stack change (reset, restore, save).
    void modifiedChanged();

private:
    QString push(const QString& text, LayoutChange change, int mergeId = -1);
    QString push(edit::Proposal proposal, std::string* newId = nullptr, int mergeId = -1);

    const Catalog& catalog_;
    RuleEngine engine_;
    Project project_;
    IncrementalChecker checker_;
    QUndoStack undo_;
    QString filePath_;
    bool unsaved_ = false;
};

}  // namespace pod
