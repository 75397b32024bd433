// The panel beside (landscape) or below (portrait) the floor plan: north arrow and scale bar, the
// legend, and the room's figures. Blocks stack in one column, or flow into columns when the panel is wide.
#include <algorithm>
#include <cmath>
#include <functional>

#include "DrawingStyle.h"
#include "PowerBand.h"
#include "FloorPlanPainter.h"
#include "TextFormat.h"

namespace pod {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

constexpr double kLine = 4.2;  // legend and figure line height, mm

struct Block {
    double height;
    std::function<void(const QRectF&)> paint;
};

void heading(const Sheet& sheet, const QRectF& r, const QString& text) {
    sheet.text(QRectF(r.left(), r.top(), r.width(), 4), Qt::AlignLeft | Qt::AlignVCenter, text,
               style::text(style::kSmallPt + 0.5, true));
}

void swatchLine(const Sheet& sheet, double x, double y, double w, const QString& label,
                const std::function<void(const QRectF&)>& swatch) {
    QRectF sw(x, y + 0.8, 6, kLine - 1.6);
    swatch(sw);
    sheet.text(QRectF(x + 8, y, w - 8, kLine), Qt::AlignLeft | Qt::AlignVCenter, label, style::text(style::kSmallPt),
               style::kMinPt);
}

void northAndScale(const Sheet& sheet, const FloorPlanGeometry& g, const QRectF& r, const QString& paperName) {
    // North arrow: the drawing's −y is north.
    QPointF c(r.left() + 7, r.top() + 8);
    sheet.setPen(style::ink(), style::kThinLine);
    sheet.noBrush();
    sheet.painter().drawEllipse(sheet.map(QRectF(c.x() - 6, c.y() - 6, 12, 12)));
    sheet.setBrush(style::ink());
    sheet.polygon(QPolygonF({QPointF(c.x(), c.y() - 5.2), QPointF(c.x() + 2.2, c.y() + 3.5), QPointF(c.x(), c.y() + 2),
                             QPointF(c.x() - 2.2, c.y() + 3.5)}));
    sheet.text(QRectF(c.x() + 7.5, c.y() - 5, 20, 5), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("N"),
               style::text(11, true));
    sheet.text(QRectF(c.x() + 7.5, c.y(), r.width() - 15, 4), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("grid 1 m, 5 m lines bold"), style::secondary(style::kTinyPt), style::kMinPt);

    // Scale bar: the longest of 1, 2, 5, 10 … m that fits, in alternating segments.
    double maxBar = std::min(r.width() - 8, 55.0);
    double metres = 1;
    for (double m : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0})
        if (m * 1000.0 / g.scale <= maxBar) metres = m;
    double barW = metres * 1000.0 / g.scale;
    int segments = metres == 2 || metres == 20 || metres == 200 ? 4 : 5;
    double y = r.top() + 20;
    sheet.text(QRectF(r.left(), y, r.width(), 4), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("Scale ") + scaleText(g) + QStringLiteral(" at ") + paperName,
               style::text(style::kSmallPt, true), style::kMinPt);
    y += 5;
    sheet.setPen(style::ink(), style::kThinLine);
    for (int i = 0; i < segments; ++i) {
        sheet.setBrush(i % 2 == 0 ? style::ink() : QColor(Qt::white));
        sheet.rect(QRectF(r.left() + i * barW / segments, y, barW / segments, 1.6));
    }
    TextStyle ts = style::text(style::kTinyPt);
    sheet.text(QRectF(r.left() - 3, y + 1.9, 6, 3), Qt::AlignCenter, QStringLiteral("0"), ts);
    QString end = q(fmtU(metres)) + QStringLiteral(" m");
    sheet.text(QRectF(r.left() + barW - 6, y + 1.9, 12, 3), Qt::AlignCenter, end, ts);
}

}  // namespace

void paintFloorPlanPanel(const Sheet& sheet, const ExportData& data, const FloorPlanGeometry& g) {
    const Project& p = data.project();
    const ProjectTotals& t = data.totals();
    QString paperName;
    {
        QSizeF paper = sheet.paperMm();
        paperName = QString::number(std::lround(paper.width())) + QStringLiteral(" × ") +
                    QString::number(std::lround(paper.height())) + QStringLiteral(" mm");
    }
    std::vector<Block> blocks;
    blocks.push_back({31, [&](const QRectF& r) { northAndScale(sheet, g, r, paperName); }});

    const auto bands = style::utilisationBands(powerWarningFraction(p.settings));
    blocks.push_back({4.5 + kLine * double(bands.size() + 1), [&](const QRectF& r) {
                          heading(sheet, r, QStringLiteral("Power use (max / budget)"));
                          double y = r.top() + 4.5;
                          for (const auto& band : bands) {
                              swatchLine(sheet, r.left(), y, r.width(), band.label, [&](const QRectF& sw) {
                                  sheet.setPen(style::ink(), style::kThinLine);
                                  sheet.setBrush(band.fill);
                                  sheet.rect(sw);
                              });
                              y += kLine;
                          }
                          swatchLine(sheet, r.left(), y, r.width(), QStringLiteral("no load or no budget"), [&](const QRectF& sw) {
                              sheet.setPen(style::ink(), style::kThinLine);
                              sheet.setBrush(style::noBudgetFill());
                              sheet.rect(sw);
                          });
                      }});

    blocks.push_back({4.5 + kLine * 6, [&](const QRectF& r) {
                          heading(sheet, r, QStringLiteral("Symbols"));
                          double y = r.top() + 4.5;
                          auto next = [&](const QString& label, const std::function<void(const QRectF&)>& sw) {
                              swatchLine(sheet, r.left(), y, r.width(), label, sw);
                              y += kLine;
                          };
                          next(QStringLiteral("rack; heavy edge = front"), [&](const QRectF& sw) {
                              sheet.setPen(style::ink(), style::kThinLine);
                              sheet.setBrush(Qt::white);
                              sheet.rect(sw);
                              sheet.setPen(style::ink(), 0.7);
                              sheet.line({sw.left(), sw.top() + 0.35}, {sw.right(), sw.top() + 0.35});
                          });
                          next(QStringLiteral("cold aisle (") + q(fmtGrouped(double(p.room.minAisleMm), 0)) +
                                   QStringLiteral(" mm)"),
                               [&](const QRectF& sw) {
                                   sheet.noPen();
                                   sheet.setBrush(QColor(0xe2, 0xee, 0xf8));
                                   sheet.rect(sw);
                               });
                          next(QStringLiteral("hot aisle"), [&](const QRectF& sw) {
                              sheet.noPen();
                              sheet.setBrush(QColor(0xf9, 0xe6, 0xe2));
                              sheet.rect(sw);
                          });
                          next(QStringLiteral("keep-out (column, CRAH …)"), [&](const QRectF& sw) {
                              sheet.noPen();
                              sheet.setBrush(QColor(0xea, 0xea, 0xea));
                              sheet.rect(sw);
                              sheet.setPen(style::grey(), style::kHairline);
                              QPolygonF poly({sw.topLeft(), sw.topRight(), sw.bottomRight(), sw.bottomLeft()});
                              sheet.hatch(poly, 1.0);
                              sheet.noBrush();
                              sheet.setPen(style::ink(), style::kThinLine);
                              sheet.rect(sw);
                          });
                          next(QStringLiteral("row"), [&](const QRectF& sw) {
                              sheet.noBrush();
                              sheet.setPen(style::grey(), style::kThinLine, Qt::DashLine);
                              sheet.rect(sw);
                          });
                          next(QStringLiteral("rack with an error"), [&](const QRectF& sw) {
                              sheet.noPen();
                              sheet.setBrush(style::severityColor(Severity::Error));
                              sheet.painter().drawEllipse(sheet.map(QRectF(sw.left() + 1.8, sw.top(), 2.4, 2.4)));
                          });
                      }});

    std::vector<std::pair<QString, QString>> figures = {
        {QStringLiteral("Room"), q(p.room.name.empty() ? "—" : p.room.name)},
        {QStringLiteral("Area"), q(fmtGrouped(t.roomAreaM2, 1)) + QStringLiteral(" m²")},
        {QStringLiteral("Racks"), QString::number(t.racks) + QStringLiteral(", ") + q(fmtGrouped(t.footprintM2, 2)) +
                                      QStringLiteral(" m² footprint")},
        {QStringLiteral("IT load"), q(fmtKw(t.sum.maxW)) + QStringLiteral(" of ") + q(fmtKw(p.room.powerCapacityW))},
        {QStringLiteral("Cooling"), q(fmtKw(p.room.coolingCapacityW)) + QStringLiteral(" capacity")},
        {QStringLiteral("Density"), q(fmtFixed(t.itKwPerRoomM2(), 2)) + QStringLiteral(" kW/m² (IT)")},
        {QStringLiteral("Floor"), q(fmtGrouped(p.room.floorLoadKgM2, 0)) + QStringLiteral(" kg/m² rating")},
    };
    blocks.push_back({4.5 + kLine * double(figures.size()), [&, figures](const QRectF& r) {
                          heading(sheet, r, QStringLiteral("Room"));
                          double y = r.top() + 4.5;
                          for (const auto& [label, value] : figures) {
                              sheet.text(QRectF(r.left(), y, 14, kLine), Qt::AlignLeft | Qt::AlignVCenter, label,
                                         style::secondary(style::kSmallPt));
                              sheet.text(QRectF(r.left() + 14, y, r.width() - 14, kLine), Qt::AlignLeft | Qt::AlignVCenter,
                                         value, style::text(style::kSmallPt), style::kMinPt);
                              y += kLine;
                          }
                      }});

    // One column when the panel is tall; otherwise as many columns as there are blocks.
    const QRectF& panel = g.panel;
    bool stacked = panel.height() > panel.width();
    if (stacked) {
        double y = panel.top();
        for (const Block& b : blocks) {
            if (y + b.height > panel.bottom() + 0.1) break;
            b.paint(QRectF(panel.left(), y, panel.width(), b.height));
            y += b.height + 5;
        }
    } else {
        double colW = (panel.width() - 6.0 * double(blocks.size() - 1)) / double(blocks.size());
        for (std::size_t i = 0; i < blocks.size(); ++i)
            blocks[i].paint(QRectF(panel.left() + double(i) * (colW + 6), panel.top(), colW, panel.height()));
    }
}

}  // namespace pod
