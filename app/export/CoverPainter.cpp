#include "CoverPainter.h"

#include <algorithm>
#include <utility>

#include "CostSummary.h"
#include "DrawingStyle.h"
#include "PageLayout.h"
#include "TablePainter.h"
#include "RuleEngine.h"
#include "TextFormat.h"

namespace pod {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

constexpr double kLine = 4.3;
constexpr double kColumnGap = 10;

using Figures = std::vector<std::pair<QString, QString>>;

// A titled list of label/value lines; returns the height used.
double paintFigures(const Sheet& sheet, const QRectF& area, const QString& title, const Figures& figures,
                    double labelWidth = 30) {
    double y = area.top();
    sheet.text(QRectF(area.left(), y, area.width(), 5), Qt::AlignLeft | Qt::AlignVCenter, title,
               style::text(style::kSubheadingPt, true));
    y += 5.5;
    sheet.setPen(style::ink(), style::kThinLine);
    sheet.line({area.left(), y}, {area.right(), y});
    y += 0.8;
    for (const auto& [label, value] : figures) {
        if (y + kLine > area.bottom()) break;
        sheet.text(QRectF(area.left(), y, labelWidth, kLine), Qt::AlignLeft | Qt::AlignVCenter, label,
                   style::secondary(style::kBodyPt - 0.5), style::kMinPt);
        sheet.text(QRectF(area.left() + labelWidth, y, area.width() - labelWidth, kLine), Qt::AlignLeft | Qt::AlignVCenter,
                   value, style::text(style::kBodyPt), style::kMinPt);
        y += kLine;
    }
    return y - area.top() + 4;
}

QString sectionName(ExportSection s) {
    switch (s) {
    case ExportSection::Cover: return QStringLiteral("Cover and summary");
    case ExportSection::Floor: return QStringLiteral("Floor plan");
    case ExportSection::Racks: return QStringLiteral("Rack elevations");
    case ExportSection::Bom: return QStringLiteral("Bill of materials");
    case ExportSection::Cables: return QStringLiteral("Cable schedule");
    case ExportSection::Cooling: return QStringLiteral("Cooling schedule");
    case ExportSection::Power: return QStringLiteral("Power chain");
    }
    return {};
}

}  // namespace

void CoverPainter::paint(const Sheet& sheet, const QRectF& content) const {
    const Project& p = data_->project();
    const ProjectTotals& t = data_->totals();
    const Aggregate& s = t.sum;
    double y = content.top() + paintTitle(sheet, content);

    // Columns: project and compute | power, space and cables | checks and sheets.
    bool wide = content.width() > 240;
    int columns = wide ? 3 : 2;
    double colW = (content.width() - kColumnGap * (columns - 1)) / columns;
    QRectF col1(content.left(), y, colW, content.bottom() - y);
    QRectF col2(col1.right() + kColumnGap, y, colW, content.bottom() - y);

    Figures project = {{QStringLiteral("Revision"), q(p.meta.revision.empty() ? "—" : p.meta.revision)},
                       {QStringLiteral("Author"), q(p.meta.author.empty() ? "—" : p.meta.author)},
                       {QStringLiteral("Date"), q(data_->date())},
                       {QStringLiteral("Room"), q(p.room.name.empty() ? "—" : p.room.name)}};
    if (!p.scenarioName.empty()) project.push_back({QStringLiteral("Scenario"), q(p.scenarioName)});
    double h = paintFigures(sheet, col1, QStringLiteral("Project"), project);

    Figures compute = {{QStringLiteral("GPUs"), QString::number(s.gpus)},
                       {QStringLiteral("GPU memory"), q(fmtGrouped(s.gpuMemoryGb, 0)) + QStringLiteral(" GB")}};
    for (Precision prec : kPrecisions)
        if (auto v = s.flops.get(prec)) compute.push_back({q(std::string(precisionLabel(prec))), q(fmtThroughput(prec, *v))});
    compute.push_back({QStringLiteral("Storage"), q(fmtGrouped(s.storageRawTb, 1)) + QStringLiteral(" TB raw, ") +
                                                      q(fmtGrouped(s.storageUsableTb, 1)) + QStringLiteral(" TB usable")});
    h += paintFigures(sheet, col1.adjusted(0, h, 0, 0), QStringLiteral("Compute (dense)"), compute);
    if (const auto& cost = data_->cost()) {  // `export --prices`: the cost summary (model/cost/CostSummary.h)
        Figures lines;
        for (const auto& [label, value] : costSummaryLines(*cost)) lines.push_back({q(label), q(value)});
        h += paintFigures(sheet, col1.adjusted(0, h, 0, 0), QStringLiteral("Cost (") + q(cost->currency) + QStringLiteral(")"), lines);
    }

    Figures power = {
        {QStringLiteral("IT power (max)"), q(fmtKw(s.maxW))},
        {QStringLiteral("IT power (typ.)"), q(fmtKw(s.typicalW))},
        {QStringLiteral("Facility power"), q(fmtKw(t.facilityW())) + QStringLiteral(" at PUE ") + q(fmtFixed(t.pue, 2))},
        {QStringLiteral("Heat"), q(fmtGrouped(s.heatBtuPerHour(), 0)) + QStringLiteral(" BTU/h")},
        {QStringLiteral("Weight"), q(fmtGrouped(t.totalWeightKg(), 1)) + QStringLiteral(" kg in all")},
        {QStringLiteral("  racks"), q(fmtGrouped(t.rackWeightKg, 1)) + QStringLiteral(" kg")},
        {QStringLiteral("  devices"), q(fmtGrouped(s.deviceWeightKg, 1)) + QStringLiteral(" kg")}};
    QRectF powerCol = wide ? col2 : col1.adjusted(0, h, 0, 0);
    double h2 = paintFigures(sheet, powerCol, QStringLiteral("Power and weight"), power);

    Figures space = {
        {QStringLiteral("Racks"), QString::number(t.racks) + QStringLiteral(", ") + QString::number(s.devices) +
                                      QStringLiteral(" devices")},
        {QStringLiteral("Rack units"), q(fmtU(t.uUsed)) + QStringLiteral(" used of ") + QString::number(t.uCapacity) +
                                           QStringLiteral(", ") + q(fmtU(t.uCapacity - t.uUsed)) + QStringLiteral(" free")},
        {QStringLiteral("Floor area"), q(fmtGrouped(t.roomAreaM2, 1)) + QStringLiteral(" m² room, ") +
                                           q(fmtGrouped(t.footprintM2, 2)) + QStringLiteral(" m² racks")},
        {QStringLiteral("Density"), q(fmtFixed(t.itKwPerRoomM2(), 2)) + QStringLiteral(" kW/m² of room (IT)")}};
    QRectF spaceCol = powerCol.adjusted(0, h2, 0, 0);
    double h3 = paintFigures(sheet, spaceCol, QStringLiteral("Space"), space);

    Figures cables;
    int count = 0;
    std::int64_t length = 0;
    for (const auto& [medium, total] : cablesByMedium(data_->cabling())) {
        cables.push_back({medium.empty() ? QStringLiteral("none reaches") : q(medium),
                          QString::number(total.count) + QStringLiteral(" cables, ") +
                              q(fmtGrouped(double(total.lengthMm) / 1000.0, 1)) + QStringLiteral(" m")});
        count += total.count;
        length += total.lengthMm;
    }
    cables.push_back({QStringLiteral("All"), QString::number(count) + QStringLiteral(" cables, ") +
                                                 q(fmtGrouped(double(length) / 1000.0, 1)) + QStringLiteral(" m")});
    double h4 = paintFigures(sheet, spaceCol.adjusted(0, h3, 0, 0), QStringLiteral("Cables"), cables);
    double figuresBottom = std::max(col1.top() + h, spaceCol.top() + h3 + h4);

    QRectF checksCol = wide ? QRectF(col2.right() + kColumnGap, y, colW, content.bottom() - y) : col2;
    double listH = paintSheetList(sheet, QRectF(checksCol.left(), y, checksCol.width(), checksCol.height()));
    paintChecks(sheet, checksCol.adjusted(0, listH, 0, 0));
    paintRackTable(sheet, QRectF(content.left(), figuresBottom, wide ? col2.right() - content.left() : colW,
                                 content.bottom() - figuresBottom));
}

void CoverPainter::paintRackTable(const Sheet& sheet, const QRectF& area) const {
    // Every rack when they all fit; otherwise one line per row (the elevation pages have every rack).
    const double titleH = 6.3;
    int fits = int((area.height() - titleH - PageLayout::kHeaderRowHeight) / PageLayout::kRowHeight);
    const auto& racks = data_->project().layout.racks;
    const auto& rows = data_->totals().perRow;
    bool perRack = int(racks.size()) <= fits;
    if (racks.empty() || (!perRack && int(rows.size()) > fits)) return;
    Table table;
    if (perRack) {
        table.columns = {{QStringLiteral("Rack"), Qt::AlignLeft},         {QStringLiteral("Row"), Qt::AlignLeft},
                         {QStringLiteral("Cooling"), Qt::AlignLeft, true}, {QStringLiteral("kW max"), Qt::AlignRight},
                         {QStringLiteral("kW budget"), Qt::AlignRight},    {QStringLiteral("Use"), Qt::AlignRight},
                         {QStringLiteral("GPUs"), Qt::AlignRight},         {QStringLiteral("U used"), Qt::AlignRight},
                         {QStringLiteral("Weight kg"), Qt::AlignRight}};
        for (const Rack& r : racks) {
            const RackTotals* t = data_->rackTotals(r.id);
            const CoolingOption* c = data_->catalog().cooling(r.cooling);
            if (!t) continue;
            QString use = r.powerBudgetW > 0
                              ? QString::number(std::lround(t->sum.maxW / r.powerBudgetW * 100)) + QStringLiteral(" %")
                              : QStringLiteral("—");
            table.rows.push_back({TableRow::Kind::Body,
                                  {q(r.name.empty() ? r.id : r.name), q(r.row), c ? q(c->model) : q(r.cooling),
                                   q(fmtFixed(t->sum.maxW / 1000.0, 2)), q(fmtFixed(r.powerBudgetW / 1000.0, 2)), use,
                                   QString::number(t->sum.gpus),
                                   q(fmtU(t->uUsed)) + QStringLiteral(" / ") + QString::number(t->uCapacity),
                                   q(fmtGrouped(t->totalWeightKg(), 1))},
                                  1});
        }
    } else {
        table.columns = {{QStringLiteral("Row"), Qt::AlignLeft, true}, {QStringLiteral("Racks"), Qt::AlignRight},
                         {QStringLiteral("Devices"), Qt::AlignRight},  {QStringLiteral("GPUs"), Qt::AlignRight},
                         {QStringLiteral("kW max"), Qt::AlignRight},   {QStringLiteral("kW typ."), Qt::AlignRight},
                         {QStringLiteral("Device weight kg"), Qt::AlignRight}};
        for (const auto& [row, sum] : rows) {
            int n = int(std::count_if(racks.begin(), racks.end(), [&](const Rack& r) { return r.row == row; }));
            table.rows.push_back({TableRow::Kind::Body,
                                  {row.empty() ? QStringLiteral("(no row)") : QStringLiteral("Row ") + q(row),
                                   QString::number(n), QString::number(sum.devices), QString::number(sum.gpus),
                                   q(fmtFixed(sum.maxW / 1000.0, 2)), q(fmtFixed(sum.typicalW / 1000.0, 2)),
                                   q(fmtGrouped(sum.deviceWeightKg, 1))},
                                  1});
        }
    }
    sheet.text(QRectF(area.left(), area.top(), area.width(), 5), Qt::AlignLeft | Qt::AlignVCenter,
               perRack ? QStringLiteral("Racks") : QStringLiteral("Rows (each rack is on the elevation pages)"),
               style::text(style::kSubheadingPt, true));
    TablePainter(table).paint(sheet, area.adjusted(0, titleH, 0, 0), 0, int(table.rows.size()));
}

double CoverPainter::paintTitle(const Sheet& sheet, const QRectF& area) const {
    const Project& p = data_->project();
    double y = area.top();
    sheet.text(QRectF(area.left(), y, area.width(), 4), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("POD PLANNER  ·  AI DATA-CENTER POD  ·  DRAWING SET"), style::secondary(style::kSmallPt, true));
    y += 5;
    TextStyle title = style::text(style::kTitlePt, true);
    y += sheet.paragraph(QRectF(area.left(), y, area.width(), 20), q(p.meta.name.empty() ? "Untitled project" : p.meta.name),
                         title);
    y += 1;
    QString sub = q(p.room.name);
    if (!p.scenarioName.empty()) sub += (sub.isEmpty() ? "" : "  ·  ") + QStringLiteral("scenario ") + q(p.scenarioName);
    sub += (sub.isEmpty() ? "" : "  ·  ") + QStringLiteral("revision ") + q(p.meta.revision.empty() ? "—" : p.meta.revision);
    sub += QStringLiteral("  ·  ") + q(data_->date());
    sheet.text(QRectF(area.left(), y, area.width(), 5), Qt::AlignLeft | Qt::AlignVCenter, sub,
               style::text(style::kSubheadingPt));
    y += 6.5;
    if (!p.meta.description.empty())
        y += sheet.paragraph(QRectF(area.left(), y, area.width(), 14), q(p.meta.description),
                             style::secondary(style::kBodyPt));
    y += 3;
    sheet.setPen(style::ink(), style::kMediumLine);
    sheet.line({area.left(), y}, {area.right(), y});
    return y + 5 - area.top();
}

void CoverPainter::paintChecks(const Sheet& sheet, const QRectF& area) const {
    const auto& violations = data_->violations();
    double y = area.top();
    sheet.text(QRectF(area.left(), y, area.width(), 5), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("Checks"), style::text(style::kSubheadingPt, true));
    y += 5.5;
    sheet.setPen(style::ink(), style::kThinLine);
    sheet.line({area.left(), y}, {area.right(), y});
    y += 1.5;
    double x = area.left();
    for (Severity sev : {Severity::Error, Severity::Warning, Severity::Info}) {
        int n = countSeverity(violations, sev);
        sheet.noPen();
        sheet.setBrush(n > 0 ? style::severityColor(sev) : style::lightGrey());
        sheet.rect(QRectF(x, y + 1, 3, 3));
        QString label = QString::number(n) + QStringLiteral(" ") + style::severityLabel(sev).toLower();
        double w = textWidthMm(label, style::text(style::kBodyPt, true));
        sheet.text(QRectF(x + 4.2, y, w + 1, 5), Qt::AlignLeft | Qt::AlignVCenter, label, style::text(style::kBodyPt, true));
        x += 4.2 + w + 7;
    }
    y += 7;
    // The first errors; with none, the first warnings, so the reader sees what needs attention.
    Severity shown = countSeverity(violations, Severity::Error) > 0 ? Severity::Error : Severity::Warning;
    int total = countSeverity(violations, shown);
    QString heading = shown == Severity::Error ? QStringLiteral("First errors") : QStringLiteral("No errors. First warnings");
    if (total == 0) heading = QStringLiteral("No errors or warnings.");
    sheet.text(QRectF(area.left(), y, area.width(), 4.5), Qt::AlignLeft | Qt::AlignVCenter, heading,
               style::text(style::kBodyPt, true));
    y += 5;
    int listed = 0;
    for (const Violation& v : violations) {
        if (v.severity != shown) continue;
        if (y + 8 > area.bottom() || listed == 8) break;
        sheet.noPen();
        sheet.setBrush(style::severityColor(v.severity));
        sheet.rect(QRectF(area.left(), y + 1.3, 1.6, 1.6));
        y += sheet.paragraph(QRectF(area.left() + 3, y, area.width() - 3, 7.6),
                             q(v.message),
                             style::text(style::kSmallPt)) + 0.8;
        ++listed;
    }
    if (total > listed)
        sheet.text(QRectF(area.left() + 3, y, area.width() - 3, 4), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("… and %1 more (podplanner check lists them all)").arg(total - listed),
                   style::secondary(style::kSmallPt));
}

double CoverPainter::paintSheetList(const Sheet& sheet, const QRectF& area) const {
    // One line per section with its page range; rack pages list their racks.
    Figures lines;
    const auto& pages = *pages_;
    for (std::size_t i = 0; i < pages.size();) {
        std::size_t j = i;
        while (j + 1 < pages.size() && pages[j + 1].section == pages[i].section) ++j;
        QString range = i == j ? QString::number(i + 1) : QString::number(i + 1) + QStringLiteral("–") + QString::number(j + 1);
        QString what = sectionName(pages[i].section);
        if (pages[i].section == ExportSection::Racks) {
            const auto& racks = data_->selectedRacks();
            auto name = [](const Rack* r) { return q(r->name.empty() ? r->id : r->name); };
            if (!racks.empty())
                what += QStringLiteral(" ") + name(racks.front()) +
                        (racks.size() > 1 ? QStringLiteral(" – ") + name(racks.back()) : QString());
        } else if (pages[i].section == ExportSection::Cables) {
            what += QStringLiteral(", ") + QString::number(data_->schedule().size()) + QStringLiteral(" cables");
        } else if (pages[i].section == ExportSection::Cooling) {
            what += QStringLiteral(", ") + QString::number(data_->cooling().units.size()) + QStringLiteral(" units");
        } else if (pages[i].section == ExportSection::Power) {
            what += QStringLiteral(", ") + QString::number(data_->powerFlow().nodes.size()) + QStringLiteral(" nodes");
        }
        lines.push_back({i == j ? QStringLiteral("Page ") + range : QStringLiteral("Pages ") + range, what});
        i = j + 1;
    }
    return paintFigures(sheet, area, QStringLiteral("Sheets"), lines, 22);
}

}  // namespace pod
