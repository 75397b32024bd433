#include "SettingsEditCommand.h"

#include "Document.h"

namespace pod {

SettingsEditCommand::SettingsEditCommand(Document* document, const QString& text, ProjectSettings before, ProjectSettings after)
    : QUndoCommand(text), document_(document), before_(std::move(before)), after_(std::move(after)) {}

void SettingsEditCommand::redo() { document_->applySettings(after_); }
void SettingsEditCommand::undo() { document_->applySettings(before_); }

}  // namespace pod
