#include "FloorScene.h"

#include <array>
#include <cmath>

#include "Geometry.h"

namespace pod {

namespace {

constexpr double kFillOpacity = 0.85;

QColor overWhite(const QColor& c) {
    auto mix = [](int v) { return int(std::lround(v * kFillOpacity + 255 * (1 - kFillOpacity))); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

// Near-black on light colours, white on dark ones (relative luminance, WCAG weights; Theme.textOn).
QColor textOn(const QColor& c) {
    auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const double l = 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
    return l > 0.25 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

BandColours band(const char* colour) {
    const QColor c(colour);
    return {c, overWhite(c), textOn(overWhite(c))};
}

int quarterTurn(int rotation) {
    switch (((rotation % 360) + 360) % 360) {
    case 90: return 1;
    case 180: return 2;
    case 270: return 3;
    default: return 0;
    }
}

QPolygonF toPolygon(const Polygon& outline) {
    QPolygonF out;
    for (const Point& p : outline) out << QPointF(double(p.x), double(p.y));
    return out;
}

}  // namespace

const BandColours& bandColours(LoadBand b) {
    // The one table: indexed by LoadBand (None: no draw or no budget; Ok: up to and including the
    // project's warning line; Warning: above it, up to the budget; Over: above the budget).
    static const std::array<BandColours, 4> table = {band("#9e9e9e"), band("#2e7d32"), band("#c77700"), band("#c62828")};
    return table[std::size_t(b)];
}

QColor rackOutlineColour() { return QColor(0x26, 0x32, 0x38); }
QColor rackFrontColour() { return QColor(0x10, 0x20, 0x27); }

QPointF FloorRack::inward() const {
    static const std::array<QPointF, 4> into = {QPointF(0, 1), QPointF(-1, 0), QPointF(0, -1), QPointF(1, 0)};
    return into[std::size_t(quarterTurn(rotation))];
}

FloorRack floorRack(const Rack& rack, const RackModel* model, const RackTotals* totals, double warningFraction) {
    FloorRack f;
    f.id = QString::fromStdString(rack.id);
    f.name = QString::fromStdString(rack.name.empty() ? rack.id : rack.name);
    const int turn = quarterTurn(rack.rotation);
    f.rotation = turn * 90;
    if (model) {
        const geo::Box b = geo::rackFootprint(rack, *model);
        const double x0 = b.min_corner().x(), y0 = b.min_corner().y(), x1 = b.max_corner().x(), y1 = b.max_corner().y();
        f.box = QRectF(QPointF(x0, y0), QPointF(x1, y1));
        f.footprint = QPolygonF({QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1)});
        // Clockwise edges from the north one: north, east, south, west; the front is the one it faces.
        f.front = QLineF(f.footprint[turn], f.footprint[(turn + 1) % 4]);
    } else {
        f.box = QRectF(double(rack.position.x), double(rack.position.y), 0, 0);
    }
    if (totals && rack.powerBudgetW > 0) f.powerFraction = totals->sum.maxW / rack.powerBudgetW;
    f.band = loadBand(f.powerFraction, warningFraction);
    f.fill = bandColours(f.band).fill;
    f.outline = rackOutlineColour();
    return f;
}

QRectF FloorScene::bounds() const {
    QRectF box = outline.boundingRect();
    for (const FloorRack& r : racks) {
        if (r.box.isEmpty()) continue;
        box = box.isNull() ? r.box : box.united(r.box);
    }
    return box;
}

FloorScene floorScene(const Project& project, const Catalog& catalog, const ProjectTotals& totals) {
    FloorScene scene;
    scene.warningFraction = powerWarningFraction(project.settings);
    scene.outline = toPolygon(project.room.outline);
    for (const KeepOut& k : project.room.keepouts)
        scene.keepouts.push_back({QString::fromStdString(k.name.empty() ? k.id : k.name), toPolygon(k.outline)});
    const auto& racks = project.layout.racks;
    scene.racks.reserve(racks.size());
    for (std::size_t i = 0; i < racks.size(); ++i) {
        const RackModel* model = catalog.rack(racks[i].model);
        if (!model) continue;
        // Totals keep racks in project order; look the rack up by id only if that ever differs.
        const RackTotals* t = i < totals.perRack.size() && totals.perRack[i].rackId == racks[i].id ? &totals.perRack[i] : nullptr;
        for (std::size_t k = 0; !t && k < totals.perRack.size(); ++k)
            if (totals.perRack[k].rackId == racks[i].id) t = &totals.perRack[k];
        scene.racks.push_back(floorRack(racks[i], model, t, scene.warningFraction));
    }
    return scene;
}

}  // namespace pod
