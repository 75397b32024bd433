#include "ExportDocument.h"

#include <algorithm>

#include "Cooling.h"
#include "CoverPainter.h"
#include "DrawingStyle.h"
#include "FloorPlanPainter.h"
#include "PowerBand.h"
#include "PowerSheets.h"
#include "RackElevationPainter.h"
#include "ReportTables.h"
#include "Site.h"

namespace pod {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

void whitePage(QPainter& painter, const QRectF& pageRect) {
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(pageRect);
    painter.restore();
}

}  // namespace

ExportDocument::ExportDocument(const ExportData& data, PageLayout layout, const std::set<ExportSection>& sections)
    : data_(data), layout_(std::move(layout)), bom_(bomTable(data)), cables_(cableTable(data)),
      cooling_(coolingTable(data)), panels_(panelScheduleTable(data)) {
    pages_ = planPages(data_, layout_, sections, bomRows(), cableRows(), coolingRows(), panelRows());
}

TitleBlockInfo ExportDocument::titleInfo(const QString& sheetTitle, const QString& page, const QString& scale) const {
    const ProjectMeta& m = data_.project().meta;
    return {q(m.name), sheetTitle, q(m.author), q(data_.date()), q(m.revision), scale, page};
}

void ExportDocument::renderPage(QPainter& painter, const QRectF& pageRect, int index) const {
    if (index < 0 || index >= pageCount()) return;
    const PageSpec& spec = pages_[std::size_t(index)];
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    whitePage(painter, pageRect);
    Sheet sheet(painter, pageRect, layout_.paperMm());
    QString page = QStringLiteral("%1 of %2").arg(index + 1).arg(pageCount());
    QString title = q(spec.title);
    switch (spec.section) {
    case ExportSection::Cover:
        paintFrameAndTitleBlock(sheet, layout_, titleInfo(title, page, QString()));
        CoverPainter(data_, pages_).paint(sheet, layout_.content());
        break;
    case ExportSection::Floor: paintFloorPage(sheet, page, spec.first); break;
    case ExportSection::Racks: {
        const auto& all = data_.selectedRacks();
        std::vector<const Rack*> racks(all.begin() + spec.first, all.begin() + spec.first + spec.count);
        paintRackPage(sheet, racks, layout_.racksPerPage(), title, page);
        break;
    }
    case ExportSection::Bom:
    case ExportSection::Cables: {
        bool bom = spec.section == ExportSection::Bom;
        const Table& table = bom ? bom_ : cables_;
        if (spec.continued) title += QStringLiteral(" (continued)");
        paintFrameAndTitleBlock(sheet, layout_, titleInfo(title, page, QString()));
        // Which data rows (BOM lines, cables) this page shows, for the note beside the heading.
        int from = std::max(spec.first, table.leadingRows) - table.leadingRows;
        int to = std::min(spec.first + spec.count, table.leadingRows + table.dataRows) - table.leadingRows;
        QString what = bom ? QStringLiteral("lines") : QStringLiteral("cables");
        QString note = to > from ? QStringLiteral("%1 %2–%3 of %4").arg(what).arg(from + 1).arg(to).arg(table.dataRows)
                                 : QStringLiteral("totals");
        note += bom ? QStringLiteral("  ·  kW at maximum draw; cables by medium with total length")
                    : QStringLiteral("  ·  lengths include the rise to the tray and slack");
        paintPageHeading(sheet, layout_, title, note);
        (bom ? bomPainter_ : cablePainter_).paint(sheet, layout_.body(), spec.first, spec.count);
        break;
    }
    case ExportSection::Cooling: {
        if (spec.continued) title += QStringLiteral(" (continued)");
        paintFrameAndTitleBlock(sheet, layout_, titleInfo(title, page, QString()));
        const int from = spec.first, to = spec.first + spec.count;
        const ProjectSettings& settings = data_.project().settings;
        QString note = QStringLiteral("units %1–%2 of %3").arg(from + 1).arg(to).arg(cooling_.dataRows) +
                       QStringLiteral("  ·  N-1 margin: the group's capacity without its largest unit, less its load") +
                       QStringLiteral("  ·  flow at ΔT %1 K (liquid), %2 °F (air)")
                           .arg(QString::number(coolantDeltaTK(settings)), QString::number(airDeltaTF(settings)));
        paintPageHeading(sheet, layout_, title, note);
        coolingPainter_.paint(sheet, layout_.body(), spec.first, spec.count);
        break;
    }
    case ExportSection::Power: {
        const ProjectSettings& settings = data_.project().settings;
        if (spec.first < 0) {
            paintFrameAndTitleBlock(sheet, layout_, titleInfo(title, page, QStringLiteral("NTS")));
            QString note = QStringLiteral("sources at the top, racks at the bottom  ·  normal operation, maximum draw  ·  "
                                          "distribution capacity = √3 × V × A (1-phase V × A) × derating (default %1 %)  ·  "
                                          "warning line %2")
                               .arg(QString::number(settings.powerDeratingPercent.value_or(kDefaultPowerDeratingPercent)),
                                    QString::fromStdString(warningLineText(powerWarningFraction(settings))));
            paintPageHeading(sheet, layout_, title, note);
            paintOneLine(sheet, data_, layout_.body());
            break;
        }
        if (spec.continued) title += QStringLiteral(" (continued)");
        paintFrameAndTitleBlock(sheet, layout_, titleInfo(title, page, QString()));
        QString note = QStringLiteral("circuits: downstream nodes and rack feeds  ·  a rack's draw shared equally by its live "
                                      "feeds  ·  % of the node's derated capacity  ·  currents per line (line–neutral on three-phase)");
        paintPageHeading(sheet, layout_, title, note);
        panelPainter_.paint(sheet, layout_.body(), spec.first, spec.count);
        break;
    }
    }
    painter.restore();
}

void ExportDocument::paintRackPage(const Sheet& sheet, const std::vector<const Rack*>& racks, int slotCount,
                                   const QString& title, const QString& page) const {
    paintFrameAndTitleBlock(sheet, layout_, titleInfo(title, page, QStringLiteral("NTS")));
    paintPageHeading(sheet, layout_, QStringLiteral("Rack elevations"),
                     QStringLiteral("front and rear side by side  ·  U1 at the bottom  ·  devices to height"));
    QRectF body = layout_.body();
    const double legendH = kindLegendHeight(body.width());
    QRectF racksArea(body.left(), body.top() + 1, body.width(), body.height() - legendH - 2);
    const double gap = PageLayout::kRackGap;
    double slotW = (racksArea.width() - gap * (slotCount - 1)) / slotCount;
    RackElevationPainter painter(data_);
    // One U pitch for the whole set, so every rack is drawn at the same scale.
    double pitch = painter.fitPitch(data_.selectedRacks().empty() ? racks : data_.selectedRacks(), racksArea.height());
    double left = racksArea.left();
    if (slotCount == 1) slotW = std::min(slotW, RackElevationPainter::kMaxPairWidth);
    if (slotCount == 1) left = racksArea.center().x() - slotW / 2;
    for (std::size_t i = 0; i < racks.size(); ++i)
        painter.paint(sheet, *racks[i], QRectF(left + double(i) * (slotW + gap), racksArea.top(), slotW, racksArea.height()),
                      pitch);
    paintKindLegend(sheet, QRectF(body.left(), body.bottom() - legendH, body.width(), legendH));
}

const ExportData& ExportDocument::hallData(int hall) const {
    if (hall <= 0 || hall > int(data_.project().halls.size())) return data_;
    if (hallView_.hall != hall) {
        hallView_.data.reset();
        hallView_.project = std::make_unique<Project>(hallProject(data_.project(), data_.project().halls[std::size_t(hall - 1)].id));
        hallView_.data = std::make_unique<ExportData>(*hallView_.project, data_.catalog());
        hallView_.hall = hall;
    }
    return *hallView_.data;
}

void ExportDocument::paintFloorPage(const Sheet& sheet, const QString& page, int hall) const {
    const ExportData& data = hallData(hall);
    FloorPlanPainter painter(data);
    FloorPlanGeometry g = painter.geometry(layout_.body());
    const Room& room = data.project().room;
    const QString title = &data == &data_ ? QStringLiteral("Floor plan") : QStringLiteral("Floor plan ") + q(room.name);
    paintFrameAndTitleBlock(sheet, layout_, titleInfo(title, page, scaleText(g)));
    QString where = q(room.name.empty() ? "room" : room.name);
    if (&data == &data_ && !data_.project().halls.empty())
        where = QStringLiteral("site of %1 halls").arg(data_.project().halls.size());
    else if (&data != &data_)
        where = QStringLiteral("hall %1 of %2").arg(hall).arg(data_.project().halls.size());
    paintPageHeading(sheet, layout_, title, where + QStringLiteral("  ·  north up  ·  dimensions in metres"));
    painter.paint(sheet, layout_.body());
}

void ExportDocument::renderRackSheet(QPainter& painter, const QRectF& pageRect, const Rack& rack) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    whitePage(painter, pageRect);
    Sheet sheet(painter, pageRect, layout_.paperMm());
    paintRackPage(sheet, {&rack}, 1, QStringLiteral("Rack elevation ") + q(rack.name.empty() ? rack.id : rack.name),
                  QString());
    painter.restore();
}

void ExportDocument::renderFloorSheet(QPainter& painter, const QRectF& pageRect) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    whitePage(painter, pageRect);
    Sheet sheet(painter, pageRect, layout_.paperMm());
    paintFloorPage(sheet, QString());
    painter.restore();
}

}  // namespace pod
