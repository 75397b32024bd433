#pragma once
// The floor plan's drawing: background, 1 m grid, room outline, keep-outs and every rack, painted by
// one QPainter into one scene-graph node (a hall of 2,368 racks as QML items cost ~2 GB and seconds per
// frame; painted, a pan or zoom frame is a few milliseconds with the software renderer).
// Level of detail: racks narrower than a few pixels lose their outline, front bar, name and marker.
// Interaction stays in FloorView.qml; this item answers hit tests in item pixels.
// Racks come from a RackListModel (the planner: each row carries its FloorRack) or from a FloorSnapshot
// (the comparison view: a whole FloorScene); shapes and band colours are FloorScene.h's either way.
#include <QPointer>
#include <QQuickPaintedItem>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "CoolingFloor.h"
#include "FloorSnapshot.h"
#include "PowerBand.h"
#include "PowerWhatIf.h"
#include "RackListModel.h"

namespace pod {

class FloorCanvas : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pod::RackListModel* model READ model WRITE setModel NOTIFY modelChanged)
    // Set: draws this floor (racks, room, keep-outs, warning line) instead of the model and the properties.
    Q_PROPERTY(pod::FloorSnapshot* snapshot READ snapshot WRITE setSnapshot NOTIFY modelChanged)
    Q_PROPERTY(qreal zoom READ zoom WRITE setZoom NOTIFY viewChanged)  // pixels per millimetre
    Q_PROPERTY(qreal panX READ panX WRITE setPanX NOTIFY viewChanged)  // pixel position of x = 0 mm
    Q_PROPERTY(qreal panY READ panY WRITE setPanY NOTIFY viewChanged)
    // The project's power warning line (Planner.powerWarningFraction): racks above it paint amber. Rows are
    // banded against it when painted, so a changed line recolours them at once.
    Q_PROPERTY(qreal warningFraction READ warningFraction WRITE setWarningFraction NOTIFY viewChanged)
    Q_PROPERTY(QVariantList outline READ outline WRITE setOutline NOTIFY outlineChanged)     // [{x, y}] mm
    Q_PROPERTY(QVariantList keepouts READ keepouts WRITE setKeepouts NOTIFY keepoutsChanged) // [{name, points}]
    Q_PROPERTY(int paintedRacks READ paintedRacks NOTIFY painted)  // racks drawn in the last frame (culling)
    // How racks are coloured (FloorScene.h FloorColouring): 0 power band, 1 heat map (kW per m² of the
    // rack's footprint), 2 liquid vs air (the liquid share filled from the rack's left end;
    // top end when it faces east or west).
    Q_PROPERTY(int colouring READ colouring WRITE setColouring NOTIFY viewChanged)
    // The planner's cooling units (the snapshot's own when a snapshot is set), and the one selected.
    Q_PROPERTY(pod::CoolingFloor* coolingFloor READ coolingFloor WRITE setCoolingFloor NOTIFY modelChanged)
    Q_PROPERTY(QString selectedUnit READ selectedUnit WRITE setSelectedUnit NOTIFY viewChanged)
    // The power view's what-if (PowerWhatIf): racks it leaves dark are painted grey, racks carried by an
    // overloaded node outlined red. Unset (the comparison view): no overlay.
    Q_PROPERTY(pod::PowerWhatIf* powerWhatIf READ powerWhatIf WRITE setPowerWhatIf NOTIFY modelChanged)
    // A site's hall (HallScope.hallId): only its racks, and the cooling units standing inside `outline` (then
    // the hall's), are painted and hit-tested. "" (default): every rack and unit.
    Q_PROPERTY(QString hall READ hall WRITE setHall NOTIFY viewChanged)
    // The site overview (HallScope.overview: [{name, detail, points}]): each hall's outline with its name and
    // figures above it, drawn when no hall is set.
    Q_PROPERTY(QVariantList hallOverview READ hallOverview WRITE setHallOverview NOTIFY outlineChanged)
public:
    explicit FloorCanvas(QQuickItem* parent = nullptr);

    RackListModel* model() const { return model_; }
    void setModel(RackListModel* model);
    FloorSnapshot* snapshot() const { return snapshot_; }
    void setSnapshot(FloorSnapshot* snapshot);
    qreal warningFraction() const { return warningFraction_; }
    void setWarningFraction(qreal f) {
        if (f == warningFraction_) return;
        warningFraction_ = f;
        emit viewChanged();
        update();
    }
    qreal zoom() const { return zoom_; }
    void setZoom(qreal zoom);
    qreal panX() const { return panX_; }
    void setPanX(qreal x);
    qreal panY() const { return panY_; }
    void setPanY(qreal y);
    QVariantList outline() const { return outlineVariant_; }
    void setOutline(const QVariantList& points);
    QVariantList keepouts() const { return keepoutsVariant_; }
    void setKeepouts(const QVariantList& keepouts);
    int paintedRacks() const { return paintedRacks_; }
    int colouring() const { return int(colouring_); }
    void setColouring(int colouring);
    CoolingFloor* coolingFloor() const { return coolingFloor_; }
    void setCoolingFloor(CoolingFloor* floor);
    QString selectedUnit() const { return selectedUnit_; }
    void setSelectedUnit(const QString& id);
    PowerWhatIf* powerWhatIf() const { return powerWhatIf_; }
    void setPowerWhatIf(PowerWhatIf* whatIf);
    QString hall() const { return hall_; }
    void setHall(const QString& hall);
    QVariantList hallOverview() const { return hallOverviewVariant_; }
    void setHallOverview(const QVariantList& halls);

    // Hit tests and geometry in this item's pixels; the topmost (last drawn) rack wins.
    Q_INVOKABLE QString rackAt(qreal x, qreal y) const;
    Q_INVOKABLE QStringList racksIn(const QRectF& rect) const;
    Q_INVOKABLE QRectF rackRect(const QString& rackId) const;  // empty if there is no such rack
    Q_INVOKABLE QString rackToolTip(const QString& rackId) const;  // "A01 · 40.8 kW of 45.0 kW · …"
    // Cooling units: the topmost under a point, a unit's box in pixels (empty if none), its tooltip.
    Q_INVOKABLE QString coolingUnitAt(qreal x, qreal y) const;
    Q_INVOKABLE QRectF coolingUnitRect(const QString& unitId) const;
    Q_INVOKABLE QString coolingUnitToolTip(const QString& unitId) const;

    void paint(QPainter* painter) override;

signals:
    void modelChanged();
    void viewChanged();
    void outlineChanged();
    void keepoutsChanged();
    void painted();

private:
    // The racks drawn, from the snapshot if set, else from the model.
    int rackCount() const;
    const FloorRack& floorAt(int i) const;
    bool isSelected(int i) const;
    bool inScope(int i) const;  // drawn and hit-tested: in the hall shown, or no hall set
    bool inScope(const FloorCoolingUnit& unit) const;
    LoadBand bandOf(const FloorRack& rack) const;
    QRectF pixelRect(const FloorRack& rack) const;
    int indexOf(const QString& rackId) const;
    void paintFloor(QPainter* painter) const;
    void paintHallOverview(QPainter* painter, const QTransform& toPx) const;
    void paintRacks(QPainter* painter);
    // Heat map (FloorCanvas.cpp, heat-map section): a rack's fill in the current colouring, the liquid part of
    // its footprint (liquid vs air), its value line; the cooling units over the racks.
    QColor rackFill(const FloorRack& rack) const;
    QRectF liquidPart(const FloorRack& rack, const QRectF& px) const;
    QString heatText(const FloorRack& rack) const;
    const std::vector<FloorCoolingUnit>& coolingUnits() const;
    void paintCooling(QPainter* painter) const;

    QPointer<RackListModel> model_;
    QPointer<FloorSnapshot> snapshot_;
    qreal zoom_ = 0.05, panX_ = 0, panY_ = 0;
    qreal warningFraction_ = kDefaultPowerWarningPercent / 100;
    QVariantList outlineVariant_, keepoutsVariant_;
    QPolygonF outline_;
    std::vector<FloorScene::KeepOut> keepouts_;
    int paintedRacks_ = 0;
    FloorColouring colouring_ = FloorColouring::Power;
    QPointer<CoolingFloor> coolingFloor_;
    QString selectedUnit_;
    QPointer<PowerWhatIf> powerWhatIf_;
    QString hall_;
    struct HallOutline { QString name, detail; QPolygonF outline; };
    QVariantList hallOverviewVariant_;
    std::vector<HallOutline> hallOverview_;
};

}  // namespace pod
