#include "TitleBlockPainter.h"

#include <vector>

#include "DrawingStyle.h"

namespace pod {

namespace {

struct Cell {
    QString caption;
    QString value;
    double width;  // mm; 0 = takes the rest
    bool bold = false;
};

void paintCell(const Sheet& sheet, const QRectF& r, const QString& caption, const QString& value, double valuePt,
               bool bold) {
    sheet.text(QRectF(r.left() + 1.5, r.top() + 0.8, r.width() - 3, 2.6), Qt::AlignLeft | Qt::AlignVCenter, caption,
               style::secondary(4.8));
    sheet.text(QRectF(r.left() + 1.5, r.top() + 3.2, r.width() - 3, r.height() - 3.6), Qt::AlignLeft | Qt::AlignVCenter,
               value, style::text(valuePt, bold), style::kMinPt);
}

}  // namespace

void paintFrameAndTitleBlock(const Sheet& sheet, const PageLayout& layout, const TitleBlockInfo& info) {
    QRectF frame = layout.frame();
    QRectF tb = layout.titleBlock();
    sheet.noBrush();
    sheet.setPen(style::ink(), style::kMediumLine);
    sheet.rect(frame);
    sheet.line(tb.topLeft(), tb.topRight());

    // Fixed cells on the right; the project/sheet cell takes what is left, the maker cell on the left.
    const double maker = 30, date = 24, rev = 12, scale = 18, page = 24;
    double x = tb.left();
    QRectF makerCell(x, tb.top(), maker, tb.height());
    x += maker;
    double mainW = tb.width() - maker - date - rev - scale - page;
    QRectF mainCell(x, tb.top(), mainW, tb.height());
    x += mainW;
    QRectF dateCell(x, tb.top(), date, tb.height());
    QRectF revCell(x + date, tb.top(), rev, tb.height());
    QRectF scaleCell(x + date + rev, tb.top(), scale, tb.height());
    QRectF pageCell(x + date + rev + scale, tb.top(), page, tb.height());

    sheet.setPen(style::ink(), style::kThinLine);
    for (const QRectF& c : {mainCell, dateCell, revCell, scaleCell, pageCell})
        sheet.line(c.topLeft(), c.bottomLeft());
    // Main cell: project over sheet title.
    double half = tb.height() / 2;
    sheet.setPen(style::lightGrey(), style::kHairline);
    sheet.line({mainCell.left(), tb.top() + half}, {mainCell.right(), tb.top() + half});

    sheet.text(QRectF(makerCell.left() + 1.5, tb.top() + 1.5, maker - 3, 5), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("POD PLANNER"), style::text(7, true));
    sheet.text(QRectF(makerCell.left() + 1.5, tb.top() + 6.5, maker - 3, 3), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("Drawn by"), style::secondary(4.8));
    sheet.text(QRectF(makerCell.left() + 1.5, tb.top() + 9.2, maker - 3, 3.8), Qt::AlignLeft | Qt::AlignVCenter,
               info.author.isEmpty() ? QStringLiteral("—") : info.author, style::text(6.5), style::kMinPt);

    auto captioned = [&](double top, const QString& caption, const QString& value, double pt, bool bold) {
        sheet.text(QRectF(mainCell.left() + 1.5, top, 14, half), Qt::AlignLeft | Qt::AlignVCenter, caption,
                   style::secondary(4.8));
        sheet.text(QRectF(mainCell.left() + 15, top, mainW - 16.5, half), Qt::AlignLeft | Qt::AlignVCenter, value,
                   style::text(pt, bold), style::kMinPt);
    };
    captioned(tb.top(), QStringLiteral("PROJECT"), info.project, 7.5, false);
    captioned(tb.top() + half, QStringLiteral("SHEET"), info.sheetTitle, 8.5, true);

    paintCell(sheet, dateCell, QStringLiteral("DATE"), info.date, 7.5, false);
    paintCell(sheet, revCell, QStringLiteral("REV"), info.revision.isEmpty() ? QStringLiteral("—") : info.revision, 8,
              true);
    paintCell(sheet, scaleCell, QStringLiteral("SCALE"), info.scale.isEmpty() ? QStringLiteral("—") : info.scale, 7.5,
              false);
    paintCell(sheet, pageCell, QStringLiteral("PAGE"), info.page.isEmpty() ? QStringLiteral("—") : info.page, 7.5,
              true);
}

void paintPageHeading(const Sheet& sheet, const PageLayout& layout, const QString& title, const QString& note) {
    QRectF h = layout.heading();
    double titleW = textWidthMm(title, style::text(style::kHeadingPt, true));
    sheet.text(QRectF(h.left(), h.top(), h.width(), h.height() - 2), Qt::AlignLeft | Qt::AlignVCenter, title,
               style::text(style::kHeadingPt, true));
    double noteLeft = h.left() + titleW + 6;
    sheet.text(QRectF(noteLeft, h.top(), h.right() - noteLeft, h.height() - 2), Qt::AlignRight | Qt::AlignVCenter,
               note, style::secondary(style::kSmallPt), style::kMinPt);
    sheet.setPen(style::ink(), style::kThinLine);
    sheet.line({h.left(), h.bottom() - 1.5}, {h.right(), h.bottom() - 1.5});
}

}  // namespace pod
