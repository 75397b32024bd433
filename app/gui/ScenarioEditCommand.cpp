#include "ScenarioEditCommand.h"

#include "Document.h"

namespace pod {

ScenarioEditCommand::ScenarioEditCommand(Document* document, const QString& text, ScenarioState before, ScenarioState after,
                                         bool replacesLayout)
    : document_(document), before_(std::move(before)), after_(std::move(after)), replacesLayout_(replacesLayout) {
    setText(text);
}

void ScenarioEditCommand::redo() { document_->applyScenarios(after_, replacesLayout_); }
void ScenarioEditCommand::undo() { document_->applyScenarios(before_, replacesLayout_); }

}  // namespace pod
