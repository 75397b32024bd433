// FloorCanvas on a site of several halls: the hall shown (only its racks and cooling units are painted and
// hit-tested) and the site overview's labelled hall outlines.
#include "FloorCanvas.h"

#include <QFontMetricsF>
#include <QPainter>

namespace pod {

namespace {
const QColor kHallEdge("#37474f");  // as the room's edge
constexpr qreal kMinLabelPx = 40;   // less room than this (on screen): the hall goes unlabelled
constexpr qreal kLabelPx = 32;      // the two label lines above a hall
}  // namespace

bool FloorCanvas::inScope(int i) const { return hall_.isEmpty() || snapshot_ || model_->rowAt(i).hall == hall_; }
bool FloorCanvas::inScope(const FloorCoolingUnit& u) const {
    return hall_.isEmpty() || snapshot_ || outline_.containsPoint(u.box.center(), Qt::OddEvenFill);
}

void FloorCanvas::setHall(const QString& hall) {
    if (hall == hall_) return;
    hall_ = hall;
    emit viewChanged();
    update();
}

void FloorCanvas::setHallOverview(const QVariantList& halls) {
    hallOverviewVariant_ = halls;
    hallOverview_.clear();
    for (const QVariant& h : halls) {
        const QVariantMap m = h.toMap();
        QPolygonF outline;
        for (const QVariant& pt : m.value("points").toList()) outline << pt.toPointF();
        hallOverview_.push_back({m.value("name").toString(), m.value("detail").toString(), outline});
    }
    emit outlineChanged();
    update();
}

void FloorCanvas::paintHallOverview(QPainter* p, const QTransform& toPx) const {
    // Each hall's walls over the site, its name and figures just above its top-left corner (FloorView.fit
    // leaves room for them over the top halls); drawn under the racks.
    QFont name = p->font(), detail = p->font();
    name.setPixelSize(12);
    name.setBold(true);
    detail.setPixelSize(11);
    std::vector<QRectF> boxes;
    for (const HallOutline& h : hallOverview_) {
        const QPolygonF px = toPx.map(h.outline);
        boxes.push_back(px.boundingRect());
        if (h.outline.size() < 3) continue;
        p->setPen(QPen(kHallEdge, 2));
        p->setBrush(Qt::white);  // as the room's floor
        p->drawPolygon(px);
    }
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        // A label runs on into the gaps beside its hall (shifted left at the view's right edge), no further than
        // the next hall: many narrow halls (a campus zoomed out) would write over each other.
        const QRectF& box = boxes[i];
        qreal left = 0, right = width();
        for (const QRectF& other : boxes) {
            if (other.top() >= box.bottom() || other.bottom() <= box.top() - kLabelPx) continue;
            if (other.left() > box.left()) right = std::min(right, other.left() - 8);
            else if (other.right() <= box.left()) left = std::max(left, other.right() + 8);
        }
        const HallOutline& h = hallOverview_[i];
        const qreal text = std::max(QFontMetricsF(name).horizontalAdvance(h.name), QFontMetricsF(detail).horizontalAdvance(h.detail));
        const qreal x = std::max(left, std::min(box.left() + 1, right - text));
        if (right - x < kMinLabelPx) continue;
        p->setPen(kHallEdge);
        p->setFont(name);
        p->drawText(QPointF(x, box.top() - 18), QFontMetricsF(name).elidedText(h.name, Qt::ElideRight, right - x));
        p->setFont(detail);
        p->drawText(QPointF(x, box.top() - 4), QFontMetricsF(detail).elidedText(h.detail, Qt::ElideRight, right - x));
    }
}

}  // namespace pod
