#include "FloorCanvas.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

#include "PowerBand.h"
#include "Totals.h"

namespace pod {

namespace {
// Floor colours (as qml/Theme.qml); racks are painted in FloorScene.h's band colours and outlines.
const QColor kBackground("#eceff1"), kGrid("#d5dadd"), kRoomFill("#ffffff"), kRoomEdge("#37474f");
const QColor kKeepoutFill(0xa1, 0x88, 0x7f, 0x33), kKeepoutEdge("#8d6e63"), kKeepoutText("#5d4037");
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
int FloorCanvas::indexOf(const QString& rackId) const {
    if (!snapshot_) return model_ ? model_->rowOf(rackId) : -1;
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

QRectF FloorCanvas::pixelRect(const FloorRack& r) const {
    return {panX_ + r.box.x() * zoom_, panY_ + r.box.y() * zoom_, r.box.width() * zoom_, r.box.height() * zoom_};
}

QString FloorCanvas::rackAt(qreal x, qreal y) const {
    for (int i = rackCount() - 1; i >= 0; --i)
        if (pixelRect(floorAt(i)).contains(x, y)) return floorAt(i).id;
    return {};
}

QStringList FloorCanvas::racksIn(const QRectF& rect) const {
    QStringList out;
    for (int i = 0; i < rackCount(); ++i)
        if (pixelRect(floorAt(i)).intersects(rect)) out << floorAt(i).id;
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
        p->setRenderHint(QPainter::Antialiasing, true);
        p->setPen(QPen(kRoomEdge, 2));
        p->setBrush(kRoomFill);
        p->drawPolygon(toPx.map(outline));
    }
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
    QVector<QRectF> fills[4], fronts, selected;
    struct Label { QRectF rect; QString text; int errors, warnings; };
    QVector<Label> labels;
    const int n = rackCount();
    for (int i = 0; i < n; ++i) {
        const FloorRack& r = floorAt(i);
        QRectF px = pixelRect(r);
        if (!px.intersects(view)) continue;
        ++paintedRacks_;
        fills[int(bandOf(r))] << px;
        if (isSelected(i)) selected << px;
        if (px.width() < kDetailPx && px.height() < kDetailPx) continue;
        // Front edge: a dark bar along the footprint edge the front faces, reaching into the rack.
        const QPointF in = r.inward();
        const qreal bar = std::max<qreal>(2, (in.x() == 0 ? px.height() : px.width()) * 0.12);
        const QPointF a(panX_ + r.front.x1() * zoom_, panY_ + r.front.y1() * zoom_);
        const QPointF b(panX_ + r.front.x2() * zoom_, panY_ + r.front.y2() * zoom_);
        fronts << QRectF(a, b + in * bar).normalized();
        const int errors = snapshot_ ? 0 : model_->rowAt(i).errors, warnings = snapshot_ ? 0 : model_->rowAt(i).warnings;
        if (px.width() > kNamePx || errors + warnings > 0) labels.append({px, px.width() > kNamePx ? r.name : QString(), errors, warnings});
    }
    const bool detail = !labels.isEmpty() || !fronts.isEmpty();
    for (int band = 0; band < 4; ++band) {
        if (fills[band].isEmpty()) continue;
        p->setPen(detail ? QPen(rackOutlineColour(), 0) : Qt::NoPen);
        p->setBrush(bandColours(LoadBand(band)).fill);
        p->drawRects(fills[band]);
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
            p->setPen(rackOutlineColour());
            for (QPointF d : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
                p->drawText(l.rect.translated(d), Qt::AlignCenter, l.text);
            p->setPen(Qt::white);
            p->drawText(l.rect, Qt::AlignCenter, l.text);
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

}  // namespace pod
