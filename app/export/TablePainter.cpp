#include "TablePainter.h"

#include <algorithm>
#include <numeric>

#include "DrawingStyle.h"
#include "PageLayout.h"

namespace pod {

namespace {

constexpr double kCellPad = 1.2;  // mm each side

TextStyle headerStyle() { return style::text(style::kSmallPt, true); }
TextStyle cellStyle(TableRow::Kind kind) { return style::text(style::kTablePt, kind != TableRow::Kind::Body); }

}  // namespace

std::vector<double> TablePainter::columnWidths(double widthMm) const {
    if (auto it = widthCache_.find(widthMm); it != widthCache_.end()) return it->second;
    const auto& cols = table_->columns;
    std::vector<double> natural(cols.size(), 0);
    for (std::size_t c = 0; c < cols.size(); ++c) natural[c] = textWidthMm(cols[c].header, headerStyle());
    for (const TableRow& row : table_->rows) {
        if (row.kind == TableRow::Kind::Section) continue;
        std::size_t col = std::size_t(row.span) - 1;  // the spanning cell is not measured per column
        for (int i = 1; i < row.cells.size() && col + std::size_t(i) < cols.size(); ++i) {
            std::size_t c = col + std::size_t(i);
            TextStyle ts = cellStyle(row.kind);
            ts.bold = ts.bold || i == row.alertCell;
            natural[c] = std::max(natural[c], textWidthMm(row.cells[i], ts));
        }
        if (row.span == 1 && !row.cells.isEmpty())
            natural[0] = std::max(natural[0], textWidthMm(row.cells[0], cellStyle(row.kind)));
    }
    for (double& w : natural) w += 2 * kCellPad + 0.4;
    double sum = std::accumulate(natural.begin(), natural.end(), 0.0);
    double flexSum = 0;
    for (std::size_t c = 0; c < cols.size(); ++c)
        if (cols[c].flexible) flexSum += natural[c];
    std::vector<double> widths = natural;
    if (flexSum > 0) {
        // Spare width goes to the flexible columns in proportion; a shortfall comes out of them too.
        double delta = widthMm - sum;
        double floorW = 12;
        for (std::size_t c = 0; c < cols.size(); ++c)
            if (cols[c].flexible) widths[c] = std::max(floorW, natural[c] + delta * natural[c] / flexSum);
    }
    double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    if (total > widthMm + 1e-6)  // still too wide: scale everything
        for (double& w : widths) w *= widthMm / total;
    else if (flexSum == 0 && total < widthMm)
        widths.back() += widthMm - total;
    widthCache_[widthMm] = widths;
    return widths;
}

double TablePainter::paint(const Sheet& sheet, const QRectF& area, int first, int count) const {
    const auto& cols = table_->columns;
    std::vector<double> widths = columnWidths(area.width());
    const double headerH = PageLayout::kHeaderRowHeight, rowH = PageLayout::kRowHeight;

    // Header.
    QRectF header(area.left(), area.top(), area.width(), headerH);
    sheet.noPen();
    sheet.setBrush(style::paleGrey());
    sheet.rect(header);
    double x = area.left();
    for (std::size_t c = 0; c < cols.size(); ++c) {
        sheet.text(QRectF(x + kCellPad, header.top(), widths[c] - 2 * kCellPad, headerH),
                   cols[c].align | Qt::AlignVCenter, cols[c].header, headerStyle(), style::kMinPt);
        x += widths[c];
    }
    sheet.setPen(style::ink(), style::kMediumLine);
    sheet.line(header.topLeft(), header.topRight());
    sheet.line(header.bottomLeft(), header.bottomRight());

    double y = header.bottom();
    int last = std::min(int(table_->rows.size()), first + count);
    for (int i = first; i < last; ++i) {
        const TableRow& row = table_->rows[std::size_t(i)];
        QRectF r(area.left(), y, area.width(), rowH);
        if (row.kind == TableRow::Kind::Section) {
            sheet.noPen();
            sheet.setBrush(style::paleGrey());
            sheet.rect(r);
            sheet.text(r.adjusted(kCellPad, 0, -kCellPad, 0), Qt::AlignLeft | Qt::AlignVCenter, row.cells.value(0),
                       style::text(style::kTablePt, true));
            y += rowH;
            continue;
        }
        if (row.kind == TableRow::Kind::Body && (i - first) % 2 == 1) {
            sheet.noPen();
            sheet.setBrush(QColor(0xf6, 0xf6, 0xf6));
            sheet.rect(r);
        }
        if (row.kind == TableRow::Kind::Total) {
            sheet.setPen(style::ink(), style::kThinLine);
            sheet.line(r.topLeft(), r.topRight());
        }
        double cx = area.left();
        std::size_t col = 0;
        for (int k = 0; k < row.cells.size() && col < cols.size(); ++k) {
            int span = k == 0 ? std::max(1, row.span) : 1;
            double w = 0;
            for (int s = 0; s < span && col + std::size_t(s) < cols.size(); ++s) w += widths[col + std::size_t(s)];
            Qt::Alignment align = span > 1 ? Qt::AlignLeft : cols[col].align;
            TextStyle ts = cellStyle(row.kind);
            if (k == row.alertCell) {
                ts.bold = true;
                ts.color = style::severityColor(Severity::Error);
            }
            sheet.text(QRectF(cx + kCellPad, y, w - 2 * kCellPad, rowH), align | Qt::AlignVCenter, row.cells[k], ts,
                       style::kMinPt);
            cx += w;
            col += std::size_t(span);
        }
        y += rowH;
    }
    sheet.setPen(style::ink(), style::kMediumLine);
    sheet.line({area.left(), y}, {area.right(), y});
    return y - area.top();
}

}  // namespace pod
