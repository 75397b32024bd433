#pragma once
// One undo step that replaces the project's settings (File → Price book…): settings the rules do not read
// (the price book) or that need a whole re-check.
#include <QUndoCommand>

#include "Project.h"

namespace pod {

class Document;

class SettingsEditCommand : public QUndoCommand {
public:
    SettingsEditCommand(Document* document, const QString& text, ProjectSettings before, ProjectSettings after);
    void redo() override;
    void undo() override;

private:
    Document* document_;
    ProjectSettings before_, after_;
};

}  // namespace pod
