#pragma once
// A table as text (columns, rows) and its painter: fixed row height so pages hold a known number of
// rows (PageLayout::tableRowsPerPage), the header repeated on every page, column widths measured once
// over the whole table so they match from page to page.
#include <map>
#include <vector>

#include <QRectF>
#include <QString>
#include <QStringList>

#include "Sheet.h"

namespace pod {

struct TableColumn {
    QString header;
    Qt::Alignment align = Qt::AlignLeft;
    bool flexible = false;  // takes spare width, gives it back first when space is short
};

struct TableRow {
    enum class Kind { Body, Section, Total };
    Kind kind = Kind::Body;
    QStringList cells;  // one per column, except that the first cell spans `span` columns
    int span = 1;
    int alertCell = -1;  // index into `cells` of a figure drawn in the error colour (bold); -1: none
};

struct Table {
    std::vector<TableColumn> columns;
    std::vector<TableRow> rows;
    int leadingRows = 0;  // summary rows before the first data row
    int dataRows = 0;     // rows that are data (one per BOM line or cable)
};

class TablePainter {
public:
    explicit TablePainter(const Table& table) : table_(&table) {}
    // Header plus rows [first, first + count) from the top of `area`; returns the height used (mm).
    double paint(const Sheet& sheet, const QRectF& area, int first, int count) const;
    // Column widths (mm) for a table `widthMm` wide.
    std::vector<double> columnWidths(double widthMm) const;

private:
    const Table* table_;
    mutable std::map<double, std::vector<double>> widthCache_;
};

}  // namespace pod
