#pragma once
// The undo command for scenario edits (duplicate, switch): swaps the project's whole scenario state —
// the active layout and its name, and the stored scenarios — between a before and an after record.
#include <QUndoCommand>

#include <string>
#include <vector>

#include "Project.h"

namespace pod {

class Document;

struct ScenarioState {
    std::string activeName;
    Layout layout;
    std::vector<Scenario> stored;
};

class ScenarioEditCommand : public QUndoCommand {
public:
    // `replacesLayout`: the active layout differs between the two states (a switch), so views reset.
    ScenarioEditCommand(Document* document, const QString& text, ScenarioState before, ScenarioState after, bool replacesLayout);
    void redo() override;
    void undo() override;

private:
    Document* document_;
    ScenarioState before_, after_;
    bool replacesLayout_;
};

}  // namespace pod
