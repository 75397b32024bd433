#include "FloorScene.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <unordered_map>

#include <QObject>

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
    if (totals) {
        f.heatLiquidW = totals->sum.heatLiquidW;
        f.heatAirW = totals->sum.heatAirW;
        f.footprintM2 = totals->footprintM2;
    }
    if (model && f.footprintM2 <= 0) f.footprintM2 = double(model->widthMm) * double(model->depthMm) / 1e6;
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
    for (const FloorCoolingUnit& u : coolingUnits) {
        if (u.box.isEmpty()) continue;
        box = box.isNull() ? u.box : box.united(u.box);
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
    if (!project.layout.coolingUnits.empty())
        scene.coolingUnits = floorCoolingUnits(project, catalog, computeCooling(project, catalog), scene.racks, scene.warningFraction);
    return scene;
}

// ---- Heat map and cooling units ----

namespace {
constexpr double kUnitGapMm = 200;      // between the row's end and an auto-placed unit, and between units
constexpr double kHeaderBehindMm = 250;  // the first pipe header behind the rearmost served rack
constexpr double kLaneMm = 150;          // each further overlapping unit's header one lane further out

HeatStep step(double from, const char* colour) { return {from, QColor(colour), textOn(QColor(colour))}; }

QRectF unite(const QRectF& a, const QRectF& b) { return a.isNull() ? b : a.united(b); }
}  // namespace

double FloorRack::kwPerM2() const { return footprintM2 > 0 ? heatW() / 1000.0 / footprintM2 : -1.0; }
double FloorRack::liquidShare() const { return heatW() > 0 ? heatLiquidW / heatW() : -1.0; }

const std::vector<HeatStep>& heatDensitySteps() {
    // Grey: no heat. Then ColorBrewer YlOrRd (6 classes) at 0, 10, 25, 50, 100 and 200 kW/m²: air-cooled
    // racks (5–30 kW on ~0.65 m²) land in the yellows, liquid rack-scale systems (120–140 kW on 0.64–0.72 m²)
    // in the reds.
    static const std::vector<HeatStep> steps = {
        {0, bandColours(LoadBand::None).fill, bandColours(LoadBand::None).text},
        step(1e-9, "#ffffb2"), step(10, "#fed976"), step(25, "#feb24c"), step(50, "#fd8d3c"), step(100, "#f03b20"),
        step(200, "#bd0026")};
    return steps;
}

const HeatStep& heatDensityStep(double kwPerM2) {
    const auto& steps = heatDensitySteps();
    std::size_t i = 0;
    for (std::size_t k = 1; k < steps.size(); ++k)
        if (kwPerM2 >= steps[k].fromKwPerM2) i = k;
    return steps[i];
}

QColor liquidHeatColour() { return QColor(0x1e, 0x88, 0xe5); }
QColor airHeatColour() { return QColor(0xff, 0xcc, 0x80); }

QColor coolingPipeColour(CoolingMedium medium) {
    return medium == CoolingMedium::Liquid ? QColor(0x01, 0x57, 0x9b) : QColor(0x54, 0x6e, 0x7a);
}

QString coolingUnitTypeLabel(CoolingUnitType type) {
    switch (type) {
    case CoolingUnitType::CduInRack: return QObject::tr("in-rack CDU");
    case CoolingUnitType::CduInRow: return QObject::tr("in-row CDU");
    case CoolingUnitType::CduFacility: return QObject::tr("facility CDU");
    case CoolingUnitType::Rdhx: return QObject::tr("rear-door heat exchanger");
    case CoolingUnitType::Crah: return QObject::tr("CRAH");
    }
    return {};
}

QString coolingUnitShortType(CoolingUnitType type) {
    switch (type) {
    case CoolingUnitType::CduInRack: return QObject::tr("in-rack");
    case CoolingUnitType::CduInRow: return QObject::tr("in-row");
    case CoolingUnitType::CduFacility: return QObject::tr("facility");
    case CoolingUnitType::Rdhx: return QObject::tr("RDHx");
    case CoolingUnitType::Crah: return QObject::tr("CRAH");
    }
    return {};
}

QSizeF coolingUnitSize(CoolingUnitType type) {
    switch (type) {
    case CoolingUnitType::CduInRow: return {600, 1200};
    case CoolingUnitType::CduFacility: return {1200, 2400};
    case CoolingUnitType::Crah: return {1800, 900};
    case CoolingUnitType::CduInRack:
    case CoolingUnitType::Rdhx: return {600, 600};
    }
    return {600, 600};
}

QString FloorCoolingUnit::percentText() const { return QString::number(std::lround(loadFraction * 100)) + QStringLiteral(" %"); }

namespace {

// The served racks' union and whether their row runs east–west (wider than deep).
struct ServedRow {
    std::vector<const FloorRack*> racks;
    QRectF box;
    bool eastWest = true;
};

// Auto placement: after the far end of everything (racks, units placed so far) in the row's band.
QRectF autoBox(const ServedRow& row, QSizeF size, const std::vector<FloorRack>& racks, const std::vector<FloorCoolingUnit>& units) {
    const QRectF& r = row.box;
    if (row.eastWest) {
        double end = r.right();
        auto reach = [&](const QRectF& b) {
            if (!b.isEmpty() && b.top() < r.bottom() && b.bottom() > r.top()) end = std::max(end, b.right());
        };
        for (const FloorRack& f : racks) reach(f.box);
        for (const FloorCoolingUnit& u : units) reach(u.box);
        return {end + kUnitGapMm, r.center().y() - size.height() / 2, size.width(), size.height()};
    }
    double end = r.bottom();
    auto reach = [&](const QRectF& b) {
        if (!b.isEmpty() && b.left() < r.right() && b.right() > r.left()) end = std::max(end, b.bottom());
    };
    for (const FloorRack& f : racks) reach(f.box);
    for (const FloorCoolingUnit& u : units) reach(u.box);
    return {r.center().x() - size.width() / 2, end + kUnitGapMm, size.width(), size.height()};
}

// A header `lane` lanes behind the served racks' rears, a drop from each rack's rear and one to the unit.
std::vector<QPolygonF> pipesFor(const ServedRow& row, const QRectF& unit, int lane) {
    std::vector<QPolygonF> out;
    if (row.racks.empty() || unit.isEmpty()) return out;
    const QPointF rear = row.racks.front()->inward();  // from the front into the rack, towards its rear
    const double behind = kHeaderBehindMm + lane * kLaneMm;
    const QPointF c = unit.center();
    if (rear.x() == 0) {  // rears face north or south: an east–west header
        const double s = rear.y() > 0 ? 1 : -1;
        double edge = s > 0 ? row.racks.front()->box.bottom() : row.racks.front()->box.top();
        for (const FloorRack* f : row.racks) edge = s > 0 ? std::max(edge, f->box.bottom()) : std::min(edge, f->box.top());
        const double y = edge + s * behind;
        double x0 = c.x(), x1 = c.x();
        for (const FloorRack* f : row.racks) {
            const double x = f->box.center().x();
            out.push_back(QPolygonF({QPointF(x, s > 0 ? f->box.bottom() : f->box.top()), QPointF(x, y)}));
            x0 = std::min(x0, x);
            x1 = std::max(x1, x);
        }
        out.push_back(QPolygonF({QPointF(x0, y), QPointF(x1, y)}));
        const double to = std::clamp(y, unit.top(), unit.bottom());
        if (to != y) out.push_back(QPolygonF({QPointF(c.x(), y), QPointF(c.x(), to)}));
    } else {  // rears face east or west: a north–south header
        const double s = rear.x() > 0 ? 1 : -1;
        double edge = s > 0 ? row.racks.front()->box.right() : row.racks.front()->box.left();
        for (const FloorRack* f : row.racks) edge = s > 0 ? std::max(edge, f->box.right()) : std::min(edge, f->box.left());
        const double x = edge + s * behind;
        double y0 = c.y(), y1 = c.y();
        for (const FloorRack* f : row.racks) {
            const double y = f->box.center().y();
            out.push_back(QPolygonF({QPointF(s > 0 ? f->box.right() : f->box.left(), y), QPointF(x, y)}));
            y0 = std::min(y0, y);
            y1 = std::max(y1, y);
        }
        out.push_back(QPolygonF({QPointF(x, y0), QPointF(x, y1)}));
        const double to = std::clamp(x, unit.left(), unit.right());
        if (to != x) out.push_back(QPolygonF({QPointF(x, c.y()), QPointF(to, c.y())}));
    }
    return out;
}

}  // namespace

std::vector<FloorCoolingUnit> floorCoolingUnits(const Project& project, const Catalog& catalog, const CoolingReport& report,
                                                const std::vector<FloorRack>& racks, double warningFraction) {
    (void)project;
    std::unordered_map<std::string, const FloorRack*> byId;
    for (const FloorRack& r : racks) byId.emplace(r.id.toStdString(), &r);

    std::vector<FloorCoolingUnit> units;
    std::vector<ServedRow> rows;
    units.reserve(report.units.size());
    for (const UnitLoad& load : report.units) {
        const CoolingUnit& cu = *load.unit;
        FloorCoolingUnit u;
        u.id = QString::fromStdString(cu.id);
        u.name = QString::fromStdString(cu.name.empty() ? cu.id : cu.name);
        u.model = QString::fromStdString(coolingUnitModelName(catalog, cu.catalogId));
        u.typeLabel = coolingUnitTypeLabel(load.spec->type);
        u.shortType = coolingUnitShortType(load.spec->type);
        u.medium = load.spec->medium;
        u.loadW = load.loadW;
        u.capacityW = load.capacityW;
        u.loadFraction = load.fraction();
        u.band = loadBand(u.loadFraction, warningFraction);
        u.fill = bandColours(u.band).fill;
        u.text = bandColours(u.band).text;
        ServedRow row;
        for (const std::string& id : load.racks) {
            u.racks << QString::fromStdString(id);
            auto it = byId.find(id);
            if (it == byId.end() || it->second->box.isEmpty()) continue;
            row.racks.push_back(it->second);
            row.box = unite(row.box, it->second->box);
        }
        row.eastWest = row.box.width() >= row.box.height();
        QSizeF size = coolingUnitSize(load.spec->type);
        if (!row.eastWest) size.transpose();
        if (cu.position) {
            u.box = QRectF(double(cu.position->x) - size.width() / 2, double(cu.position->y) - size.height() / 2, size.width(),
                           size.height());
        } else {
            u.autoPlaced = true;
        }
        units.push_back(std::move(u));
        rows.push_back(std::move(row));
    }
    // Auto placement after every unit with a position is known, in project order.
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (!units[i].autoPlaced || rows[i].racks.empty()) continue;
        QSizeF size = coolingUnitSize(report.units[i].spec->type);
        if (!rows[i].eastWest) size.transpose();
        units[i].box = autoBox(rows[i], size, racks, units);
    }
    // Pipes: a unit whose racks overlap an earlier unit's takes the next lane out.
    for (std::size_t i = 0; i < units.size(); ++i) {
        const std::set<QString> mine(units[i].racks.begin(), units[i].racks.end());
        int lane = 0;
        for (std::size_t j = 0; j < i; ++j)
            if (std::any_of(units[j].racks.begin(), units[j].racks.end(), [&](const QString& r) { return mine.count(r) > 0; })) ++lane;
        units[i].pipes = pipesFor(rows[i], units[i].box, lane);
    }
    return units;
}

}  // namespace pod
