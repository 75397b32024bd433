#include "CoolingFloor.h"

#include <QPainter>
#include <QQmlEngine>

#include <algorithm>

#include "Document.h"
#include "Planner.h"
#include "PlannerApp.h"

namespace pod {

namespace {
const QColor kSelection("#1565c0");
}

CoolingFloor::CoolingFloor(const Document& document, QObject* parent) : QObject(parent), document_(document) {
    auto invalidate = [this] {
        dirty_ = true;
        emit changed();
    };
    connect(&document_, &Document::layoutChanged, this, invalidate);
    connect(&document_, &Document::projectReset, this, invalidate);
    connect(&document_, &Document::scenariosChanged, this, invalidate);
}

CoolingFloor* CoolingFloor::create(QQmlEngine* engine, QJSEngine*) {
    // One per engine, owned by it (parented, so it goes with the engine; the document outlives it).
    return new CoolingFloor(*PlannerApp::of(engine).planner().document(), engine);
}

const std::vector<FloorCoolingUnit>& CoolingFloor::units() const {
    if (dirty_) {
        dirty_ = false;
        const Project& p = document_.project();
        units_ = p.layout.coolingUnits.empty() ? std::vector<FloorCoolingUnit>{}
                                               : floorScene(p, document_.catalog(), document_.checker().totals()).coolingUnits;
    }
    return units_;
}

void paintCoolingUnits(QPainter* p, const std::vector<FloorCoolingUnit>& units, const QTransform& toPx, const QString& selected) {
    if (units.empty()) return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setBrush(Qt::NoBrush);
    for (const FloorCoolingUnit& u : units) {
        QPen pen(coolingPipeColour(u.medium), u.id == selected ? 3.0 : 1.5);
        if (u.medium == CoolingMedium::Air) pen.setStyle(Qt::DashLine);
        pen.setCapStyle(Qt::FlatCap);
        p->setPen(pen);
        for (const QPolygonF& pipe : u.pipes) p->drawPolyline(toPx.map(pipe));
    }
    QFont font = p->font();
    for (const FloorCoolingUnit& u : units) {
        const QRectF px = toPx.mapRect(u.box);
        if (px.isEmpty()) continue;
        const bool isSelected = u.id == selected;
        const qreal radius = std::min<qreal>(4, std::min(px.width(), px.height()) / 4);
        p->setPen(QPen(isSelected ? kSelection : rackOutlineColour(), isSelected ? 3 : 1));
        p->setBrush(u.fill);
        p->drawRoundedRect(px, radius, radius);
        // The medium: a stripe along the box's top in the pipe colour.
        const qreal stripe = std::clamp(px.height() * 0.08, 2.0, 4.0);
        if (px.width() > 6 && px.height() > 10) p->fillRect(QRectF(px.left() + 1.5, px.top() + 1.5, px.width() - 3, stripe), coolingPipeColour(u.medium));
        if (px.width() < 18) continue;
        // Name, type and load %: as many lines as fit, at a size the width allows.
        const int size = int(std::clamp(px.width() / 5.2, 7.0, 12.0));
        const qreal line = size * 1.25;
        QStringList lines{u.name};
        if (px.height() - stripe >= 3 * line + 4) lines << u.shortType << u.percentText();
        else if (px.height() - stripe >= 2 * line + 2) lines << u.percentText();
        const qreal top = px.top() + stripe + (px.height() - stripe - lines.size() * line) / 2;
        p->setPen(u.text);
        for (int i = 0; i < lines.size(); ++i) {
            font.setPixelSize(i == 0 ? size : std::max(7, size - 1));
            font.setBold(i != 1);
            p->setFont(font);
            p->drawText(QRectF(px.left() - 20, top + i * line, px.width() + 40, line), Qt::AlignCenter, lines[i]);
        }
    }
    p->restore();
}

}  // namespace pod
