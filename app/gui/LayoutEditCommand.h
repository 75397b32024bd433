#pragma once
// The undo command for every layout edit: applies a LayoutChange forward (redo) or backward (undo)
// through the Document. Edits with the same non-zero merge id (one drag) merge into one undo step.
#include <QUndoCommand>

#include "LayoutChange.h"

namespace pod {

class Document;

class LayoutEditCommand : public QUndoCommand {
public:
    LayoutEditCommand(Document* document, const QString& text, LayoutChange change, int mergeId = -1);
    void redo() override;
    void undo() override;
    int id() const override { return mergeId_; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    Document* document_;
    LayoutChange change_;
    int mergeId_;
};

}  // namespace pod
