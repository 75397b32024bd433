#include "FloorCanvas.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

#include "PowerBand.h"
#include "Totals.h"

namespace pod {

namespace {
// The same colours as qml/Theme.qml (loadColour, selection); the load lines are the power rule's.
const QColor kBackground("#eceff1"), kGrid("#d5dadd"), kRoomFill("#ffffff"), kRoomEdge("#37474f");
const QColor kKeepoutFill(0xa1, 0x88, 0x7f, 0x33), kKeepoutEdge("#8d6e63"), kKeepoutText("#5d4037");
const QColor kRackEdge("#263238"), kFront("#102027"), kSelection("#1565c0"), kOk("#2e7d32"), kWarn("#c77700"),
    kBad("#c62828"), kIdle("#9e9e9e");
constexpr qreal kRackOpacity = 0.85;
constexpr qreal kDetailPx = 6;   // narrower racks: a plain filled rectangle
constexpr qreal kNamePx = 22;    // wider racks: their name inside

const QColor& bandColour(int band) {
    static const QColor* colours[] = {&kIdle, &kOk, &kWarn, &kBad};
    return *colours[band];
}
QColor blended(const QColor& c) {
    // Rack fill at 85 % over the white room, precomputed so racks paint without alpha blending.
    auto mix = [](int v) { return int(std::lround(v * kRackOpacity + 255 * (1 - kRackOpacity))); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}
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
        keepouts_.append({m.value("name").toString(), polygonOf(m.value("points").toList())});
    }
    emit keepoutsChanged();
    update();
}

QRectF FloorCanvas::pixelRect(const RackListModel::Row& r) const {
    return {panX_ + (r.x - r.width / 2) * zoom_, panY_ + (r.y - r.depth / 2) * zoom_, r.width * zoom_, r.depth * zoom_};
}

QString FloorCanvas::rackAt(qreal x, qreal y) const {
    if (!model_) return {};
    for (int i = model_->rowCount() - 1; i >= 0; --i)
        if (pixelRect(model_->rowAt(i)).contains(x, y)) return model_->rowAt(i).id;
    return {};
}

QStringList FloorCanvas::racksIn(const QRectF& rect) const {
    QStringList out;
    if (!model_) return out;
    for (int i = 0; i < model_->rowCount(); ++i)
        if (pixelRect(model_->rowAt(i)).intersects(rect)) out << model_->rowAt(i).id;
    return out;
}

QRectF FloorCanvas::rackRect(const QString& rackId) const {
    int i = model_ ? model_->rowOf(rackId) : -1;
    return i < 0 ? QRectF() : pixelRect(model_->rowAt(i));
}

QString FloorCanvas::rackToolTip(const QString& rackId) const {
    int i = model_ ? model_->rowOf(rackId) : -1;
    if (i < 0) return {};
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
    if (outline_.size() >= 3) {
        p->setRenderHint(QPainter::Antialiasing, true);
        p->setPen(QPen(kRoomEdge, 2));
        p->setBrush(kRoomFill);
        p->drawPolygon(toPx.map(outline_));
    }
    QFont font = p->font();
    font.setPixelSize(10);
    p->setFont(font);
    for (const Keepout& k : keepouts_) {
        if (k.points.size() < 3) continue;
        QPolygonF px = toPx.map(k.points);
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
    if (!model_) return;
    const QRectF view(0, 0, width(), height());
    // Racks grouped by fill so each colour is one drawRects call; outlines, fronts and labels follow.
    QVector<QRectF> fills[4], fronts, selected;
    struct Label { QRectF rect; QString text; int errors, warnings; };
    QVector<Label> labels;
    const int n = model_->rowCount();
    for (int i = 0; i < n; ++i) {
        const auto& r = model_->rowAt(i);
        QRectF px = pixelRect(r);
        if (!px.intersects(view)) continue;
        ++paintedRacks_;
        fills[int(loadBand(r.powerFraction, warningFraction_))] << px;
        if (model_->isSelected(i)) selected << px;
        if (px.width() < kDetailPx && px.height() < kDetailPx) continue;
        // Front edge: a dark bar on the side the front faces (rotation 0: top, 90: right, 180: bottom, 270: left).
        const qreal bar = std::max<qreal>(2, (r.rotation % 180 == 0 ? px.height() : px.width()) * 0.12);
        switch (r.rotation) {
        case 90: fronts << QRectF(px.right() - bar, px.top(), bar, px.height()); break;
        case 180: fronts << QRectF(px.left(), px.bottom() - bar, px.width(), bar); break;
        case 270: fronts << QRectF(px.left(), px.top(), bar, px.height()); break;
        default: fronts << QRectF(px.left(), px.top(), px.width(), bar); break;
        }
        if (px.width() > kNamePx || r.errors + r.warnings > 0) labels.append({px, px.width() > kNamePx ? r.name : QString(), r.errors, r.warnings});
    }
    const bool detail = !labels.isEmpty() || !fronts.isEmpty();
    for (int band = 0; band < 4; ++band) {
        if (fills[band].isEmpty()) continue;
        p->setPen(detail ? QPen(kRackEdge, 0) : Qt::NoPen);
        p->setBrush(blended(bandColour(band)));
        p->drawRects(fills[band]);
    }
    p->setPen(Qt::NoPen);
    p->setBrush(kFront);
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
            p->setPen(kRackEdge);
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
            p->setBrush(l.errors > 0 ? kBad : kWarn);
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
