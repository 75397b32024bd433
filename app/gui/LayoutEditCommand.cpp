#include "LayoutEditCommand.h"

#include "Document.h"

namespace pod {

LayoutEditCommand::LayoutEditCommand(Document* document, const QString& text, LayoutChange change, int mergeId)
    : document_(document), change_(std::move(change)), mergeId_(mergeId) {
    setText(text);
}

void LayoutEditCommand::redo() { document_->applyChange(change_, true); }
void LayoutEditCommand::undo() { document_->applyChange(change_, false); }

bool LayoutEditCommand::mergeWith(const QUndoCommand* other) {
    auto* o = static_cast<const LayoutEditCommand*>(other);
    if (o->mergeId_ != mergeId_ || mergeId_ < 0) return false;
    return change_.absorb(o->change_);
}

}  // namespace pod
