#pragma once
// The paper being drawn on: a QPainter, the page rectangle in its coordinates, and millimetre →
// painter-unit conversion, so every painter works in millimetres on any device (PDF writer, SVG
// generator, image, print preview). Text stays text; widths are measured the same way on every device.
#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace pod {

struct TextStyle {
    double pt = 8;
    bool bold = false;
    bool condensed = false;
    QColor color = QColor(0x1a, 0x1a, 0x1a);
};

// Width of `text` in mm at `style`, independent of the device (measured at 1200 dpi, unhinted).
double textWidthMm(const QString& text, const TextStyle& style);
// `text` cut with "…" to fit `widthMm`.
QString elideToMm(const QString& text, const TextStyle& style, double widthMm);

class Sheet {
public:
    Sheet(QPainter& painter, const QRectF& page, QSizeF paperMm);

    QPainter& painter() const { return painter_; }
    QSizeF paperMm() const { return paperMm_; }
    double unitsPerMm() const { return k_; }
    QPointF map(QPointF mm) const { return {page_.left() + mm.x() * k_, page_.top() + mm.y() * k_}; }
    QRectF map(const QRectF& mm) const { return {map(mm.topLeft()), mm.size() * k_}; }
    QFont font(const TextStyle& style) const;

    void setPen(const QColor& color, double widthMm, Qt::PenStyle style = Qt::SolidLine) const;
    void noPen() const { painter_.setPen(Qt::NoPen); }
    void setBrush(const QColor& color) const { painter_.setBrush(color); }
    void noBrush() const { painter_.setBrush(Qt::NoBrush); }
    void line(QPointF a, QPointF b) const;
    void rect(const QRectF& mm) const;
    void polygon(const QPolygonF& mm) const;
    void polyline(const QPolygonF& mm) const;
    // Diagonal hatch lines `spacingMm` apart inside `mm` (drawn as lines: every engine shows them).
    void hatch(const QPolygonF& mm, double spacingMm) const;

    // Text inside `mm` with Qt alignment flags; shrinks down to `minPt`, then elides, to stay on one line.
    void text(const QRectF& mm, int flags, const QString& text, const TextStyle& style, double minPt = 0) const;
    // Wrapped text; returns the height used in mm.
    double paragraph(const QRectF& mm, const QString& text, const TextStyle& style) const;
    // One line rotated by `degrees` about `centreMm`, centred there.
    void rotatedText(QPointF centreMm, double degrees, const QString& text, const TextStyle& style) const;

private:
    QPainter& painter_;
    QRectF page_;
    QSizeF paperMm_;
    double k_;           // painter units per mm
    double fontScale_;   // corrects point sizes for devices whose dpi differs from k_
};

}  // namespace pod
