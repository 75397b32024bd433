#pragma once
// The frame and title block every sheet carries: project, sheet title, date, revision, scale, page.
#include <QString>

#include "PageLayout.h"
#include "Sheet.h"

namespace pod {

struct TitleBlockInfo {
    QString project;
    QString sheetTitle;
    QString author;
    QString date;
    QString revision;
    QString scale;  // "1:75", or empty
    QString page;   // "Page 3 of 28", or empty for a standalone sheet
};

void paintFrameAndTitleBlock(const Sheet& sheet, const PageLayout& layout, const TitleBlockInfo& info);

// The heading strip at the top of the content: a bold title and, right-aligned, a grey note.
void paintPageHeading(const Sheet& sheet, const PageLayout& layout, const QString& title, const QString& note);

}  // namespace pod
