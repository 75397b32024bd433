#include "FloorPlanPainter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>

#include "DrawingStyle.h"
#include "FloorScene.h"
#include "Geometry.h"
#include "TextFormat.h"

namespace pod {

namespace {

constexpr double kPanelWidth = 56;    // landscape: panel to the right of the plan
constexpr double kPanelHeight = 46;   // portrait: panel below the plan
constexpr double kDimSpace = 10;      // room for dimension lines and grid labels, left and top

QString q(const std::string& s) { return QString::fromStdString(s); }

QRectF toRect(const geo::Box& b) {
    return QRectF(QPointF(b.min_corner().x(), b.min_corner().y()), QPointF(b.max_corner().x(), b.max_corner().y()));
}

QPolygonF toPaper(const FloorPlanGeometry& g, const Polygon& outline) {
    QPolygonF p;
    for (const Point& pt : outline) p << g.toPaper(double(pt.x), double(pt.y));
    return p;
}

QRectF toPaper(const FloorPlanGeometry& g, const QRectF& world) {
    return QRectF(g.toPaper(world.left(), world.top()), g.toPaper(world.right(), world.bottom()));
}

QColor coldAisle() { return QColor(0xe2, 0xee, 0xf8); }
QColor hotAisle() { return QColor(0xf9, 0xe6, 0xe2); }

}  // namespace

QString scaleText(const FloorPlanGeometry& g) {
    return (g.standardScale ? QStringLiteral("1:") : QStringLiteral("≈1:")) + QString::number(std::lround(g.scale));
}

QRectF FloorPlanPainter::worldBox() const {
    QRectF box;
    auto add = [&](const QRectF& r) { box = box.isNull() ? r : box.united(r); };
    const Project& p = data_->project();
    for (const Point& pt : p.room.outline) add(QRectF(double(pt.x), double(pt.y), 0.001, 0.001));
    for (const KeepOut& k : p.room.keepouts)
        for (const Point& pt : k.outline) add(QRectF(double(pt.x), double(pt.y), 0.001, 0.001));
    for (const Rack& r : p.layout.racks)
        if (const RackModel* m = data_->catalog().rack(r.model)) add(toRect(geo::rackFootprint(r, *m)));
    if (!p.layout.coolingUnits.empty())
        for (const FloorCoolingUnit& u : floorScene(p, data_->catalog(), data_->totals()).coolingUnits)
            if (!u.box.isEmpty()) add(u.box);
    if (box.isNull()) box = QRectF(0, 0, 10000, 10000);
    return box;
}

FloorPlanGeometry FloorPlanPainter::geometry(const QRectF& area) const {
    FloorPlanGeometry g;
    bool side = area.width() > area.height() * 1.15;
    g.plan = side ? QRectF(area.left(), area.top(), area.width() - kPanelWidth - 6, area.height())
                  : QRectF(area.left(), area.top(), area.width(), area.height() - kPanelHeight - 6);
    g.panel = side ? QRectF(g.plan.right() + 6, area.top(), kPanelWidth, area.height())
                   : QRectF(area.left(), g.plan.bottom() + 6, area.width(), kPanelHeight);
    QRectF world = worldBox();
    QRectF usable = g.plan.adjusted(kDimSpace, kDimSpace, -3, -7);  // bottom: the room name
    double fit = std::max(world.width() / usable.width(), world.height() / usable.height());  // world mm per paper mm
    static constexpr std::array<double, 20> kScales = {10,  20,  25,  50,  75,   100,  125,  150,  200,  250,
                                                       300, 400, 500, 750, 1000, 1250, 1500, 2000, 2500, 5000};
    g.scale = fit;
    g.standardScale = false;
    for (double s : kScales)
        if (s >= fit) {
            g.scale = s;
            g.standardScale = true;
            break;
        }
    g.originMm = world.topLeft();
    QSizeF drawn(world.width() / g.scale, world.height() / g.scale);
    g.paperOrigin = QPointF(usable.left() + (usable.width() - drawn.width()) / 2,
                            usable.top() + (usable.height() - drawn.height()) / 2);
    if (!side) {  // portrait: the plan at the top, the panel right under it
        g.paperOrigin.setY(usable.top());
        g.panel.moveTop(std::min(g.panel.top(), usable.top() + drawn.height() + 14));
    }
    return g;
}

void FloorPlanPainter::paint(const Sheet& sheet, const QRectF& area) const {
    FloorPlanGeometry g = geometry(area);
    const Room& room = data_->project().room;
    QPolygonF outline = toPaper(g, room.outline);
    QRectF roomBox = outline.isEmpty() ? toPaper(g, worldBox()) : outline.boundingRect();

    sheet.noPen();
    sheet.setBrush(Qt::white);
    sheet.polygon(outline);
    paintAisles(sheet, g);
    paintGrid(sheet, g, roomBox);
    paintKeepOuts(sheet, g);
    const double labelsLeft = paintRows(sheet, g, roomBox);
    paintRacks(sheet, g);
    paintCoolingUnits(sheet, g);
    paintHalls(sheet, g);
    sheet.noBrush();
    sheet.setPen(style::ink(), 0.6);
    sheet.polygon(outline);
    if (!room.name.empty() && data_->project().halls.empty())  // a site's halls carry the names
        sheet.text(QRectF(roomBox.left(), roomBox.bottom() + 1.5, roomBox.width(), 4.5),
                   Qt::AlignLeft | Qt::AlignVCenter, q(room.name), style::secondary(style::kBodyPt, true));
    paintDimensions(sheet, g, roomBox, labelsLeft);
    paintFloorPlanPanel(sheet, *data_, g);
}

// Each hall of a site (Project::halls): its outline as a wall and its name under it, on the right.
void FloorPlanPainter::paintHalls(const Sheet& sheet, const FloorPlanGeometry& g) const {
    sheet.noBrush();
    for (const Hall& h : data_->project().halls) {
        const QPolygonF outline = toPaper(g, h.outline);
        sheet.setPen(style::ink(), 0.45);
        sheet.polygon(outline);
        const QRectF box = outline.boundingRect();
        sheet.text(QRectF(box.left(), box.bottom() + 1.5, box.width(), 4.5), Qt::AlignRight | Qt::AlignVCenter, q(h.name),
                   style::secondary(style::kBodyPt, true));
    }
}

void FloorPlanPainter::paintAisles(const Sheet& sheet, const FloorPlanGeometry& g) const {
    const Project& p = data_->project();
    std::map<std::pair<std::string, bool>, QRectF> byRowSide;  // (row, cold) → union, paper mm
    sheet.noPen();
    for (const Rack& r : p.layout.racks) {
        const RackModel* m = data_->catalog().rack(r.model);
        if (!m) continue;
        for (bool front : {true, false}) {
            bool cold = (r.frontAisle == AisleSide::Cold) == front;
            QRectF zone = toPaper(g, toRect(geo::clearanceZone(r, *m, p.room.minAisleMm, front)));
            sheet.setBrush(cold ? coldAisle() : hotAisle());
            sheet.rect(zone);
            QRectF& u = byRowSide[{r.row, cold}];
            u = u.isNull() ? zone : u.united(zone);
        }
    }
    for (const auto& [key, box] : byRowSide) {
        QString label = key.second ? QStringLiteral("cold aisle") : QStringLiteral("hot aisle");
        TextStyle ts = style::secondary(style::kSmallPt);
        ts.color = key.second ? QColor(0x3b, 0x6a, 0x98) : QColor(0xa8, 0x4b, 0x3c);
        if (box.height() >= box.width())
            sheet.rotatedText(box.center(), -90, label, ts);
        else
            sheet.text(box, Qt::AlignCenter, label, ts);
    }
}

void FloorPlanPainter::paintGrid(const Sheet& sheet, const FloorPlanGeometry& g, const QRectF& roomBox) const {
    // 1 m grid with 5 m lines stronger; 5 m / 25 m when 1 m would be closer than 2 mm on paper.
    double minor = 1000.0 / g.scale >= 2.0 ? 1000.0 : 5000.0;
    double major = minor * 5;
    QPointF w0((roomBox.left() - g.paperOrigin.x()) * g.scale + g.originMm.x(),
               (roomBox.top() - g.paperOrigin.y()) * g.scale + g.originMm.y());
    QPointF w1((roomBox.right() - g.paperOrigin.x()) * g.scale + g.originMm.x(),
               (roomBox.bottom() - g.paperOrigin.y()) * g.scale + g.originMm.y());
    TextStyle label = style::secondary(style::kTinyPt);
    for (double x = std::ceil(w0.x() / minor) * minor; x <= w1.x() + 0.5; x += minor) {
        bool isMajor = std::fmod(std::fabs(x), major) < 0.5;
        sheet.setPen(isMajor ? QColor(0xc4, 0xc4, 0xc4) : QColor(0xe6, 0xe6, 0xe6),
                     isMajor ? style::kThinLine : style::kHairline);
        double px = g.toPaper(x, 0).x();
        sheet.line({px, roomBox.top()}, {px, roomBox.bottom()});
        if (isMajor)
            sheet.text(QRectF(px - 6, roomBox.top() - 4.2, 12, 3), Qt::AlignCenter,
                       QString::number(std::lround(x / 1000.0)), label);
    }
    for (double y = std::ceil(w0.y() / minor) * minor; y <= w1.y() + 0.5; y += minor) {
        bool isMajor = std::fmod(std::fabs(y), major) < 0.5;
        sheet.setPen(isMajor ? QColor(0xc4, 0xc4, 0xc4) : QColor(0xe6, 0xe6, 0xe6),
                     isMajor ? style::kThinLine : style::kHairline);
        double py = g.toPaper(0, y).y();
        sheet.line({roomBox.left(), py}, {roomBox.right(), py});
        if (isMajor)
            sheet.text(QRectF(roomBox.left() - 5, py - 1.5, 4, 3), Qt::AlignRight | Qt::AlignVCenter,
                       QString::number(std::lround(y / 1000.0)), label);
    }
}

void FloorPlanPainter::paintKeepOuts(const Sheet& sheet, const FloorPlanGeometry& g) const {
    for (const KeepOut& k : data_->project().room.keepouts) {
        QPolygonF poly = toPaper(g, k.outline);
        sheet.noPen();
        sheet.setBrush(QColor(0xea, 0xea, 0xea));
        sheet.polygon(poly);
        sheet.setPen(style::grey(), style::kHairline);
        sheet.hatch(poly, 1.2);
        sheet.noBrush();
        sheet.setPen(style::ink(), style::kThinLine);
        sheet.polygon(poly);
        QRectF b = poly.boundingRect();
        QString name = q(k.name.empty() ? k.id : k.name);
        TextStyle ts = style::text(style::kSmallPt, true);
        double w = textWidthMm(name, ts) + 1.6, h = 3.2;
        // Label on a white tab: inside when it fits, else just below the keep-out.
        QRectF tab(b.center().x() - w / 2, b.center().y() - h / 2, w, h);
        if (w > b.width() || h > b.height()) tab.moveTop(b.bottom() + 0.8);
        sheet.noPen();
        sheet.setBrush(Qt::white);
        sheet.rect(tab);
        sheet.text(tab, Qt::AlignCenter, name, ts);
    }
}

double FloorPlanPainter::paintRows(const Sheet& sheet, const FloorPlanGeometry& g, const QRectF& roomBox) const {
    std::map<std::string, QRectF> rows;
    for (const Rack& r : data_->project().layout.racks) {
        const RackModel* m = data_->catalog().rack(r.model);
        if (!m || r.row.empty()) continue;
        QRectF f = toPaper(g, toRect(geo::rackFootprint(r, *m)));
        QRectF& u = rows[r.row];
        u = u.isNull() ? f : u.united(f);
    }
    std::vector<QRectF> taken;  // row outlines, then the labels placed so far
    for (const auto& [row, box] : rows) taken.push_back(box.adjusted(-1, -1, 1, 1));
    auto free = [&](const QRectF& r, std::size_t own) {
        for (std::size_t k = 0; k < taken.size(); ++k)
            if (k != own && taken[k].intersects(r)) return false;
        return true;
    };
    double leftmost = roomBox.left();
    std::size_t i = 0;
    for (const auto& [row, box] : rows) {
        const QRectF outline = taken[i];
        sheet.noBrush();
        sheet.setPen(style::grey(), style::kThinLine, Qt::DashLine);
        sheet.rect(outline);
        const QString label = QStringLiteral("Row ") + q(row);
        // No taller than the row's outline (a line is 1.3 × the size; 1 pt = 0.3528 mm), at least the smallest size.
        TextStyle ts = style::text(std::clamp(outline.height() / 1.3 / 0.3528, style::kMinPt, style::kBodyPt), true);
        const double w = textWidthMm(label, ts) + 1, h = ts.pt * 0.3528 * 1.3;
        // Left of the row, else right of it, else just above it inside the room, else left of it in what room there is. Between blocks of rows side by side
        // the aisle is too narrow for any: those rows go unlabelled rather than written over the next block's racks.
        // Left of the room, clear of the grid's figures there (paintGrid: 5 mm left of the room).
        const double leftEnd = outline.left() - 1.5 < roomBox.left() + 1 ? std::min(outline.left() - 1.5, roomBox.left() - 5.5) : outline.left() - 1.5;
        const QRectF left(leftEnd - w, outline.center().y() - h / 2, w, h);
        const QRectF right(outline.right() + 1.5, outline.center().y() - h / 2, w, h);
        const QRectF above(outline.left(), outline.top() - h - 0.2, w, h);
        const bool aboveInRoom = above.top() >= roomBox.top();
        std::optional<std::pair<QRectF, Qt::Alignment>> at;
        // (and room for the depth dimension left of it, inside the drawing area)
        if (free(left, i) && left.left() - 9 >= g.plan.left()) at = {left, Qt::AlignRight};
        else if (free(right, i) && right.right() <= g.plan.right()) at = {right, Qt::AlignLeft};
        else if (aboveInRoom && free(above, i)) at = {above, Qt::AlignLeft};
        else if (free(left, i)) at = {left.translated(std::max(0.0, g.plan.left() + 9 - left.left()), 0), Qt::AlignRight};
        if (at) {
            sheet.text(at->first, at->second | Qt::AlignVCenter, label, ts);
            taken.push_back(at->first);
            leftmost = std::min(leftmost, at->first.left());
        }
        ++i;
    }
    return leftmost;
}

void FloorPlanPainter::paintRacks(const Sheet& sheet, const FloorPlanGeometry& g) const {
    // Shapes and colours from the floor scene, as the planner and the comparison view draw them.
    const FloorScene scene = floorScene(data_->project(), data_->catalog(), data_->totals());
    for (const FloorRack& r : scene.racks) {
        QPolygonF outline;
        for (const QPointF& pt : r.footprint) outline << g.toPaper(pt.x(), pt.y());
        const QRectF f = outline.boundingRect();
        sheet.setPen(r.outline, style::kThinLine);
        sheet.setBrush(r.fill);
        sheet.polygon(outline);
        // Front edge: a heavy line just inside the side the rack faces (0 north, 90 east, 180 south, 270 west).
        const QPointF in = r.inward() * 0.35;
        sheet.setPen(rackFrontColour(), 0.7);
        sheet.line(g.toPaper(r.front.p1().x(), r.front.p1().y()) + in, g.toPaper(r.front.p2().x(), r.front.p2().y()) + in);
        const QString pct = r.powerFraction >= 0 ? QString::number(std::lround(r.powerFraction * 100)) + QStringLiteral(" %") : QString();
        TextStyle ts = style::text(std::clamp(f.width() / 4.5 / 0.3528 * 1.0, style::kMinPt, 7.0), true);
        ts.color = bandColours(r.band).text;
        bool vertical = f.height() > f.width() * 1.2 && textWidthMm(r.name, ts) > f.width() - 0.6;
        if (vertical) {
            sheet.rotatedText(f.center(), -90, r.name, ts);
        } else {
            double lh = ts.pt * 0.3528 * 1.3;
            TextStyle small = style::text(std::max(style::kMinPt, ts.pt - 1));
            small.color = ts.color;
            sheet.text(QRectF(f.left(), f.center().y() - lh, f.width(), lh), Qt::AlignCenter, r.name, ts, style::kMinPt);
            sheet.text(QRectF(f.left(), f.center().y(), f.width(), lh), Qt::AlignCenter, pct, small, style::kMinPt);
        }
        if (const Severity* s = data_->worstSeverity(r.id.toStdString()); s && *s == Severity::Error) {
            sheet.noPen();
            sheet.setBrush(style::severityColor(Severity::Error));
            QRectF dot(f.right() - 1.2, f.top() - 1.2, 2.4, 2.4);
            sheet.painter().drawEllipse(sheet.map(dot));
            TextStyle bang = style::text(5, true);
            bang.color = Qt::white;
            sheet.text(dot, Qt::AlignCenter, QStringLiteral("!"), bang);
        }
    }
}

void FloorPlanPainter::paintCoolingUnits(const Sheet& sheet, const FloorPlanGeometry& g) const {
    if (data_->project().layout.coolingUnits.empty()) return;
    const FloorScene scene = floorScene(data_->project(), data_->catalog(), data_->totals());
    sheet.noBrush();
    for (const FloorCoolingUnit& u : scene.coolingUnits) {
        sheet.setPen(coolingPipeColour(u.medium), 0.35, u.medium == CoolingMedium::Air ? Qt::DashLine : Qt::SolidLine);
        for (const QPolygonF& pipe : u.pipes)
            for (int i = 1; i < pipe.size(); ++i) sheet.line(g.toPaper(pipe[i - 1].x(), pipe[i - 1].y()), g.toPaper(pipe[i].x(), pipe[i].y()));
    }
    for (const FloorCoolingUnit& u : scene.coolingUnits) {
        if (u.box.isEmpty()) continue;
        const QRectF f = toPaper(g, u.box);
        sheet.setPen(rackOutlineColour(), style::kThinLine);
        sheet.setBrush(u.fill);
        sheet.rect(f);
        const double stripe = std::clamp(f.height() * 0.08, 0.3, 0.8);
        sheet.noPen();
        sheet.setBrush(coolingPipeColour(u.medium));
        sheet.rect(QRectF(f.left() + 0.2, f.top() + 0.2, f.width() - 0.4, stripe));
        TextStyle ts = style::text(std::clamp(f.width() / 4.5 / 0.3528, style::kMinPt, 7.0), true);
        ts.color = u.text;
        TextStyle small = style::text(std::max(style::kMinPt, ts.pt - 1));
        small.color = u.text;
        const double lh = ts.pt * 0.3528 * 1.3;
        const QStringList lines{u.name, u.shortType, u.percentText()};
        const double top = f.center().y() - lh * 1.5 + stripe / 2;
        for (int i = 0; i < lines.size(); ++i)
            sheet.text(QRectF(f.left() - 2, top + i * lh, f.width() + 4, lh), Qt::AlignCenter, lines[i], i == 0 ? ts : small, style::kMinPt);
    }
}

void FloorPlanPainter::paintDimensions(const Sheet& sheet, const FloorPlanGeometry& g, const QRectF& roomBox, double labelsLeft) const {
    double realW = roomBox.width() * g.scale, realH = roomBox.height() * g.scale;
    TextStyle ts = style::text(style::kSmallPt);
    sheet.setPen(style::ink(), style::kHairline);
    // Overall width above the plan, overall depth to its left (left of any row labels there), with ticks at the ends.
    double y = roomBox.top() - 7;
    sheet.line({roomBox.left(), y}, {roomBox.right(), y});
    double x = std::min(roomBox.left(), labelsLeft) - 7.5;
    sheet.line({x, roomBox.top()}, {x, roomBox.bottom()});
    for (double ex : {roomBox.left(), roomBox.right()}) {
        sheet.line({ex, y - 1}, {ex, y + 1});
        sheet.line({ex - 0.8, y + 0.8}, {ex + 0.8, y - 0.8});
    }
    for (double ey : {roomBox.top(), roomBox.bottom()}) {
        sheet.line({x - 1, ey}, {x + 1, ey});
        sheet.line({x - 0.8, ey + 0.8}, {x + 0.8, ey - 0.8});
    }
    QString wText = q(fmtFixed(realW / 1000.0, 2)) + QStringLiteral(" m");
    QString hText = q(fmtFixed(realH / 1000.0, 2)) + QStringLiteral(" m");
    double tw = textWidthMm(wText, ts) + 2;
    sheet.noPen();
    sheet.setBrush(Qt::white);
    sheet.rect(QRectF(roomBox.center().x() - tw / 2, y - 1.6, tw, 3.2));
    sheet.text(QRectF(roomBox.center().x() - tw / 2, y - 1.6, tw, 3.2), Qt::AlignCenter, wText, ts);
    double th = textWidthMm(hText, ts) + 2;
    sheet.noPen();
    sheet.setBrush(Qt::white);
    sheet.rect(QRectF(x - 1.6, roomBox.center().y() - th / 2, 3.2, th));
    sheet.rotatedText({x, roomBox.center().y()}, -90, hText, ts);
}

}  // namespace pod
