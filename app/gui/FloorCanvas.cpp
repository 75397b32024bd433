#include "FloorCanvas.h"

#include <QPainter>
#include <QFontMetricsF>
#include <QPainterPath>
#include <cmath>
#include <map>

#include "PowerBand.h"
#include "Totals.h"

namespace pod {

namespace {
// Floor colours (as qml/Theme.qml); racks are painted in FloorScene.h's band colours and outlines.
const QColor kBackground("#eceff1"), kGrid("#d5dadd"), kRoomFill("#ffffff"), kRoomEdge("#37474f");
const QColor kKeepoutFill(0xa1, 0x88, 0x7f, 0x33), kKeepoutEdge("#8d6e63"), kKeepoutText("#5d4037");
const QColor kSiteFill("#dfe4e7");  // the site's ground between its halls (site overview)
const QColor kSelection("#1565c0"), kErrorMarker("#c62828"), kWarningMarker("#c77700");
constexpr qreal kDetailPx = 6;   // narrower racks: a plain filled rectangle
constexpr qreal kNamePx = 22;    // wider racks: their name inside

QPolygonF polygonOf(const QVariantList& points) {
    QPolygonF out;
    for (const QVariant& p : points) {
        QVariantMap m = p.toMap();
        out << (m.isEmpty() ? p.toPointF() : QPointF(m.value("x").toDouble(), m.value("y").toDouble()));
    }
    return out;
}
}  // namespace

FloorCanvas::FloorCanvas(QQuickItem* parent) : QQuickPaintedItem(parent) {
    setOpaquePainting(true);
    setAntialiasing(false);
}

void FloorCanvas::setModel(RackListModel* model) {
    if (model_ == model) return;
    if (model_) disconnect(model_, nullptr, this, nullptr);
    model_ = model;
    if (model_) {
        auto repaint = [this] { update(); };
        connect(model_, &QAbstractItemModel::dataChanged, this, repaint);
        connect(model_, &QAbstractItemModel::rowsInserted, this, repaint);
        connect(model_, &QAbstractItemModel::rowsRemoved, this, repaint);
        connect(model_, &QAbstractItemModel::modelReset, this, repaint);
        connect(model_, &QAbstractItemModel::layoutChanged, this, repaint);
    }
    emit modelChanged();
    update();
}

void FloorCanvas::setSnapshot(FloorSnapshot* snapshot) {
    if (snapshot_ == snapshot) return;
    if (snapshot_) disconnect(snapshot_, nullptr, this, nullptr);
    snapshot_ = snapshot;
    if (snapshot_) connect(snapshot_, &FloorSnapshot::changed, this, [this] { update(); });
    emit modelChanged();
    update();
}

int FloorCanvas::rackCount() const {
    if (snapshot_) return snapshot_->rackCount();
    return model_ ? model_->rowCount() : 0;
}
const FloorRack& FloorCanvas::floorAt(int i) const {
    return snapshot_ ? snapshot_->scene().racks[std::size_t(i)] : model_->rowAt(i).floor;
}
bool FloorCanvas::isSelected(int i) const {
    return snapshot_ ? floorAt(i).id == snapshot_->outlined() : model_->isSelected(i);
}
LoadBand FloorCanvas::bandOf(const FloorRack& rack) const {
    return snapshot_ ? rack.band : loadBand(rack.powerFraction, warningFraction_);
}
// A rack outside the hall shown counts as absent: no rectangle, tooltip or hit.
int FloorCanvas::indexOf(const QString& rackId) const {
    if (!snapshot_) {
        const int i = model_ ? model_->rowOf(rackId) : -1;
        return i >= 0 && inScope(i) ? i : -1;
    }
    for (int i = 0; i < rackCount(); ++i)
        if (floorAt(i).id == rackId) return i;
    return -1;
}

void FloorCanvas::setZoom(qreal zoom) {
    if (zoom == zoom_ || !(zoom > 0) || !std::isfinite(zoom)) return;
    zoom_ = zoom;
    emit viewChanged();
    update();
}
void FloorCanvas::setPanX(qreal x) {
    if (x == panX_ || !std::isfinite(x)) return;
    panX_ = x;
    emit viewChanged();
    update();
}
void FloorCanvas::setPanY(qreal y) {
    if (y == panY_ || !std::isfinite(y)) return;
    panY_ = y;
    emit viewChanged();
    update();
}

void FloorCanvas::setOutline(const QVariantList& points) {
    outlineVariant_ = points;
    outline_ = polygonOf(points);
    emit outlineChanged();
    update();
}

void FloorCanvas::setKeepouts(const QVariantList& keepouts) {
    keepoutsVariant_ = keepouts;
    keepouts_.clear();
    for (const QVariant& k : keepouts) {
        QVariantMap m = k.toMap();
        keepouts_.push_back({m.value("name").toString(), polygonOf(m.value("points").toList())});
    }
    emit keepoutsChanged();
    update();
}

// Consecutive rectangles of one height on one line that touch or overlap along x become one: the whole campus in view
// is 36,864 racks of a pixel or two, and the raster engine's cost is per rectangle.
namespace {
void mergeTouching(QVector<QRectF>& rects) {
    qsizetype out = 0;
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const QRectF& r = rects[i];
        if (out > 0) {
            QRectF& last = rects[out - 1];
            if (last.top() == r.top() && last.height() == r.height() && r.left() <= last.right() + 0.01 && r.right() >= last.left() - 0.01) {
                last.setLeft(std::min(last.left(), r.left()));
                last.setRight(std::max(last.right(), r.right()));
                continue;
            }
        }
        rects[out++] = r;
    }
    rects.resize(out);
}
}  // namespace

QRectF FloorCanvas::pixelRect(const FloorRack& r) const {
    return {panX_ + r.box.x() * zoom_, panY_ + r.box.y() * zoom_, r.box.width() * zoom_, r.box.height() * zoom_};
}

QString FloorCanvas::rackAt(qreal x, qreal y) const {
    for (int i = rackCount() - 1; i >= 0; --i)
        if (inScope(i) && pixelRect(floorAt(i)).contains(x, y)) return floorAt(i).id;
    return {};
}

QStringList FloorCanvas::racksIn(const QRectF& rect) const {
    QStringList out;
    for (int i = 0; i < rackCount(); ++i)
        if (inScope(i) && pixelRect(floorAt(i)).intersects(rect)) out << floorAt(i).id;
    return out;
}

QRectF FloorCanvas::rackRect(const QString& rackId) const {
    int i = indexOf(rackId);
    return i < 0 ? QRectF() : pixelRect(floorAt(i));
}

QString FloorCanvas::rackToolTip(const QString& rackId) const {
    int i = indexOf(rackId);
    if (i < 0) return {};
    if (snapshot_) return floorAt(i).name;
    const auto& r = model_->rowAt(i);
    QString tip = r.name + QStringLiteral(" · ") + r.modelName + QLatin1Char('\n') + r.summary;
    if (r.errors + r.warnings > 0) tip += tr("\n%1 errors, %2 warnings").arg(r.errors).arg(r.warnings);
    return tip;
}

void FloorCanvas::paint(QPainter* painter) {
    paintFloor(painter);
    paintRacks(painter);
    if (powerWhatIf_ && !snapshot_) paintPowerWhatIf(painter, *powerWhatIf_, [this](const QString& id) { return rackRect(id); });
    paintCooling(painter);
    emit painted();
}

void FloorCanvas::paintFloor(QPainter* p) const {
    const QRectF view(0, 0, width(), height());
    p->fillRect(view, kBackground);
    const qreal step = 1000 * zoom_;  // 1 m grid
    if (step >= 4) {
        QVector<QLineF> lines;
        for (qreal x = std::fmod(panX_, step); x < view.width(); x += step) lines << QLineF(x, 0, x, view.height());
        for (qreal y = std::fmod(panY_, step); y < view.height(); y += step) lines << QLineF(0, y, view.width(), y);
        p->setPen(QPen(kGrid, 0));
        p->drawLines(lines);
    }
    QTransform toPx(zoom_, 0, 0, zoom_, panX_, panY_);
    const QPolygonF& outline = snapshot_ ? snapshot_->scene().outline : outline_;
    if (outline.size() >= 3) {
        // The site overview: the site's ground around the halls is shaded, each hall white (paintHallOverview).
        const bool site = hall_.isEmpty() && !hallOverview_.empty();
        p->setRenderHint(QPainter::Antialiasing, true);
        p->setPen(QPen(kRoomEdge, site ? 1 : 2));
        p->setBrush(site ? kSiteFill : kRoomFill);
        p->drawPolygon(toPx.map(outline));
    }
    if (hall_.isEmpty()) paintHallOverview(p, toPx);
    QFont font = p->font();
    font.setPixelSize(10);
    p->setFont(font);
    for (const FloorScene::KeepOut& k : snapshot_ ? snapshot_->scene().keepouts : keepouts_) {
        if (k.outline.size() < 3) continue;
        QPolygonF px = toPx.map(k.outline);
        p->setPen(QPen(kKeepoutEdge, 1));
        p->setBrush(kKeepoutFill);
        p->drawPolygon(px);
        if (px.boundingRect().width() > 40) {
            p->setPen(kKeepoutText);
            p->drawText(px.first() + QPointF(2, 12), k.name);
        }
    }
    p->setRenderHint(QPainter::Antialiasing, false);
}

void FloorCanvas::paintRacks(QPainter* p) {
    paintedRacks_ = 0;
    const QRectF view(0, 0, width(), height());
    // Racks grouped by fill so each colour is one drawRects call; outlines, fronts and labels follow.
    std::map<QRgb, QVector<QRectF>> fills;
    QVector<QRectF> liquid, fronts, selected;
    struct Label { QRectF rect; QString text, sub; int errors, warnings; };
    QVector<Label> labels;
    const int n = rackCount();
    for (int i = 0; i < n; ++i) {
        const FloorRack& r = floorAt(i);
        QRectF px = pixelRect(r);
        // In view: compared by hand, as QRectF::intersects normalises both rectangles (a footprint's never needs it),
        // 15 % of a whole-campus frame.
        if (px.right() < 0 || px.left() > view.width() || px.bottom() < 0 || px.top() > view.height() || !inScope(i)) continue;
        ++paintedRacks_;
        fills[rackFill(r).rgb()] << px;
        if (colouring_ == FloorColouring::LiquidAir && r.liquidShare() > 0) liquid << liquidPart(r, px);
        if (isSelected(i)) selected << px;
        if (px.width() < kDetailPx && px.height() < kDetailPx) continue;
        // Front edge: a dark bar along the footprint edge the front faces, reaching into the rack.
        const QPointF in = r.inward();
        const qreal bar = std::max<qreal>(2, (in.x() == 0 ? px.height() : px.width()) * 0.12);
        const QPointF a(panX_ + r.front.x1() * zoom_, panY_ + r.front.y1() * zoom_);
        const QPointF b(panX_ + r.front.x2() * zoom_, panY_ + r.front.y2() * zoom_);
        fronts << QRectF(a, b + in * bar).normalized();
        const int errors = snapshot_ ? 0 : model_->rowAt(i).errors, warnings = snapshot_ ? 0 : model_->rowAt(i).warnings;
        if (px.width() > kNamePx || errors + warnings > 0)
            labels.append({px, px.width() > kNamePx ? r.name : QString(), px.width() > kNamePx ? heatText(r) : QString(), errors, warnings});
    }
    const bool detail = !labels.isEmpty() || !fronts.isEmpty();
    if (!detail)  // no outlines: racks side by side in a row (consecutive here) fill as one rectangle
        for (auto& [rgb, rects] : fills) mergeTouching(rects);
    for (const auto& [rgb, rects] : fills) {
        p->setPen(detail ? QPen(rackOutlineColour(), 0) : Qt::NoPen);
        p->setBrush(QColor(rgb));
        p->drawRects(rects);
    }
    if (!liquid.isEmpty()) {
        p->setPen(Qt::NoPen);
        p->setBrush(liquidHeatColour());
        p->drawRects(liquid);
    }
    p->setPen(Qt::NoPen);
    p->setBrush(rackFrontColour());
    p->drawRects(fronts);
    if (!selected.isEmpty()) {
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(kSelection, detail ? 3 : 2));
        p->drawRects(selected);
    }
    if (labels.isEmpty()) return;
    p->setRenderHint(QPainter::Antialiasing, true);
    QFont font = p->font();
    font.setBold(true);
    for (const Label& l : labels) {
        if (!l.text.isEmpty()) {
            font.setPixelSize(int(std::clamp(l.rect.width() / 4, 8.0, 12.0)));
            p->setFont(font);
            // White text with a dark outline (readable on green, amber and red).
            // In a heat colouring the value goes under the name when the rack is tall enough for two lines.
            const qreal lineH = font.pixelSize() * 1.3;
            // The value with its unit when it fits the rack's width, else the bare figure (the legend has the unit).
            QString sub = l.sub;
            if (!sub.isEmpty() && QFontMetricsF(font).horizontalAdvance(sub) > l.rect.width() - 2) sub = sub.section(QLatin1Char(' '), 0, 0);
            if (!sub.isEmpty() && QFontMetricsF(font).horizontalAdvance(sub) > l.rect.width() - 2) sub.clear();
            const bool two = !sub.isEmpty() && l.rect.height() > 2 * lineH + 6;
            const QRectF nameRect = two ? QRectF(l.rect.left() - 10, l.rect.center().y() - lineH, l.rect.width() + 20, lineH) : l.rect;
            const QRectF subRect(l.rect.left() - 10, l.rect.center().y(), l.rect.width() + 20, lineH);
            p->setPen(rackOutlineColour());
            for (QPointF d : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)}) {
                p->drawText(nameRect.translated(d), Qt::AlignCenter, l.text);
                if (two) p->drawText(subRect.translated(d), Qt::AlignCenter, sub);
            }
            p->setPen(Qt::white);
            p->drawText(nameRect, Qt::AlignCenter, l.text);
            if (two) p->drawText(subRect, Qt::AlignCenter, sub);
        }
        if (l.errors + l.warnings > 0) {
            // Violation marker on the top-right corner: red with the error count, else amber "!".
            // Full size from 24 px wide racks down to a 5 px dot with no count on small ones.
            const qreal size = std::clamp(l.rect.width() * 0.6, 5.0, 14.0);
            QRectF dot(l.rect.right() - size * 0.57, l.rect.top() - size * 0.43, size, size);
            p->setPen(Qt::NoPen);
            p->setBrush(l.errors > 0 ? kErrorMarker : kWarningMarker);
            p->drawEllipse(dot);
            if (size < 12) continue;
            font.setPixelSize(9);
            p->setFont(font);
            p->setPen(Qt::white);
            p->drawText(dot, Qt::AlignCenter, l.errors > 0 ? QString::number(l.errors) : QStringLiteral("!"));
        }
    }
    p->setRenderHint(QPainter::Antialiasing, false);
}

// ---- Heat map and cooling units ----

void FloorCanvas::setColouring(int colouring) {
    const auto c = FloorColouring(std::clamp(colouring, 0, 2));
    if (c == colouring_) return;
    colouring_ = c;
    emit viewChanged();
    update();
}

void FloorCanvas::setCoolingFloor(CoolingFloor* floor) {
    if (coolingFloor_ == floor) return;
    if (coolingFloor_) disconnect(coolingFloor_, nullptr, this, nullptr);
    coolingFloor_ = floor;
    if (coolingFloor_) connect(coolingFloor_, &CoolingFloor::changed, this, [this] { update(); });
    emit modelChanged();
    update();
}

void FloorCanvas::setSelectedUnit(const QString& id) {
    if (id == selectedUnit_) return;
    selectedUnit_ = id;
    emit viewChanged();
    update();
}

void FloorCanvas::setPowerWhatIf(PowerWhatIf* whatIf) {
    if (powerWhatIf_ == whatIf) return;
    if (powerWhatIf_) disconnect(powerWhatIf_, nullptr, this, nullptr);
    powerWhatIf_ = whatIf;
    if (powerWhatIf_) connect(powerWhatIf_, &PowerWhatIf::changed, this, [this] { update(); });
    emit modelChanged();
    update();
}

QColor FloorCanvas::rackFill(const FloorRack& r) const {
    if (powerWhatIf_ && !snapshot_ && powerWhatIf_->isDark(r.id)) return darkRackFill();  // no power left in the what-if
    switch (colouring_) {
    case FloorColouring::HeatDensity: return heatDensityStep(r.kwPerM2()).fill;
    case FloorColouring::LiquidAir: return r.heatW() > 0 ? airHeatColour() : bandColours(LoadBand::None).fill;
    case FloorColouring::Power: break;
    }
    return bandColours(bandOf(r)).fill;
}

QRectF FloorCanvas::liquidPart(const FloorRack& r, const QRectF& px) const {
    // A bar along the front edge (so the front bar never hides either part): the liquid share from the
    // left end of a rack facing north or south, from the top end of one facing east or west.
    const double share = std::clamp(r.liquidShare(), 0.0, 1.0);
    if (r.inward().y() != 0) return QRectF(px.left(), px.top(), px.width() * share, px.height());
    return QRectF(px.left(), px.top(), px.width(), px.height() * share);
}

QString FloorCanvas::heatText(const FloorRack& r) const {
    if (colouring_ == FloorColouring::HeatDensity && r.kwPerM2() >= 0)
        return QString::number(r.kwPerM2(), 'f', r.kwPerM2() < 10 ? 1 : 0) + QStringLiteral(" kW/m²");
    if (colouring_ == FloorColouring::LiquidAir && r.liquidShare() >= 0)
        return QString::number(std::lround(r.liquidShare() * 100)) + tr("% liquid");
    return {};
}

const std::vector<FloorCoolingUnit>& FloorCanvas::coolingUnits() const {
    static const std::vector<FloorCoolingUnit> none;
    if (snapshot_) return snapshot_->scene().coolingUnits;
    return coolingFloor_ ? coolingFloor_->units() : none;
}

void FloorCanvas::paintCooling(QPainter* p) const {
    std::vector<FloorCoolingUnit> inHall;  // a hall shown: only the units standing in it
    if (!hall_.isEmpty())
        for (const FloorCoolingUnit& u : coolingUnits())
            if (inScope(u)) inHall.push_back(u);
    const auto& units = hall_.isEmpty() ? coolingUnits() : inHall;
    if (units.empty()) return;
    // The selected unit's racks: outlined in its pipe colour under the unit drawing.
    for (const FloorCoolingUnit& u : units) {
        if (u.id != selectedUnit_) continue;
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(coolingPipeColour(u.medium), 2, Qt::DashLine));
        for (const QString& rack : u.racks)
            if (int i = indexOf(rack); i >= 0) p->drawRect(pixelRect(floorAt(i)).adjusted(-2, -2, 2, 2));
    }
    paintCoolingUnits(p, units, QTransform(zoom_, 0, 0, zoom_, panX_, panY_), selectedUnit_);
}

QString FloorCanvas::coolingUnitAt(qreal x, qreal y) const {
    const auto& units = coolingUnits();
    for (auto it = units.rbegin(); it != units.rend(); ++it)
        if (inScope(*it) && coolingUnitRect(it->id).contains(x, y)) return it->id;
    return {};
}

QRectF FloorCanvas::coolingUnitRect(const QString& unitId) const {
    for (const FloorCoolingUnit& u : coolingUnits())
        if (u.id == unitId && inScope(u)) return {panX_ + u.box.x() * zoom_, panY_ + u.box.y() * zoom_, u.box.width() * zoom_, u.box.height() * zoom_};
    return {};
}

QString FloorCanvas::coolingUnitToolTip(const QString& unitId) const {
    for (const FloorCoolingUnit& u : coolingUnits())
        if (u.id == unitId)
            return tr("%1 · %2\n%3 of %4 kW (%5) · serves %n rack(s)", nullptr, int(u.racks.size()))
                .arg(u.name, u.typeLabel, QString::number(u.loadW / 1000.0, 'f', 1), QString::number(u.capacityW / 1000.0, 'f', 0), u.percentText());
    return {};
}

}  // namespace pod
