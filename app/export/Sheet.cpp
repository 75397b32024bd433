#include "Sheet.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPaintDevice>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace pod {

namespace {

constexpr double kMeasureDpi = 1200;

QFont makeFont(const TextStyle& style, double pointSize) {
    QFont f(style.condensed ? QStringLiteral("DejaVu Sans Condensed") : QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(std::max(0.5, pointSize));
    f.setBold(style.bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "fi" must stay two letters so text extracted from the PDF can be searched.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

const QPaintDevice* measureDevice() {
    static QImage image = [] {
        QImage i(1, 1, QImage::Format_RGB32);
        int dpm = int(std::lround(kMeasureDpi / 0.0254));
        i.setDotsPerMeterX(dpm);
        i.setDotsPerMeterY(dpm);
        return i;
    }();
    return &image;
}

}  // namespace

double textWidthMm(const QString& text, const TextStyle& style) {
    QFontMetricsF fm(makeFont(style, style.pt), measureDevice());
    return fm.horizontalAdvance(text) * 25.4 / kMeasureDpi;
}

QString elideToMm(const QString& text, const TextStyle& style, double widthMm) {
    QFontMetricsF fm(makeFont(style, style.pt), measureDevice());
    return fm.elidedText(text, Qt::ElideRight, widthMm * kMeasureDpi / 25.4);
}

Sheet::Sheet(QPainter& painter, const QRectF& page, QSizeF paperMm)
    : painter_(painter), page_(page), paperMm_(paperMm), k_(page.width() / paperMm.width()) {
    double dpi = painter.device() ? painter.device()->logicalDpiY() : 96;
    fontScale_ = k_ / (dpi / 25.4);
}

QFont Sheet::font(const TextStyle& style) const { return makeFont(style, style.pt * fontScale_); }

void Sheet::setPen(const QColor& color, double widthMm, Qt::PenStyle style) const {
    QPen pen(color, widthMm * k_, style, Qt::FlatCap, Qt::MiterJoin);
    painter_.setPen(pen);
}

void Sheet::line(QPointF a, QPointF b) const { painter_.drawLine(map(a), map(b)); }

void Sheet::rect(const QRectF& mm) const { painter_.drawRect(map(mm)); }

void Sheet::polygon(const QPolygonF& mm) const {
    QPolygonF p;
    for (const QPointF& q : mm) p << map(q);
    painter_.drawPolygon(p);
}

void Sheet::polyline(const QPolygonF& mm) const {
    QPolygonF p;
    for (const QPointF& q : mm) p << map(q);
    painter_.drawPolyline(p);
}

void Sheet::hatch(const QPolygonF& mm, double spacingMm) const {
    if (mm.size() < 3) return;
    QRectF b = mm.boundingRect();
    // Lines x − y = c (45°); intersect each with the polygon's edges and draw inside spans (even-odd).
    for (double c = b.left() - b.bottom(); c <= b.right() - b.top(); c += spacingMm) {
        std::vector<double> ts;  // x of crossings
        for (int i = 0; i < mm.size(); ++i) {
            QPointF p = mm[i], q = mm[(i + 1) % mm.size()];
            double fp = p.x() - p.y() - c, fq = q.x() - q.y() - c;
            if ((fp < 0) == (fq < 0)) continue;
            double t = fp / (fp - fq);
            ts.push_back(p.x() + t * (q.x() - p.x()));
        }
        std::sort(ts.begin(), ts.end());
        for (std::size_t i = 0; i + 1 < ts.size(); i += 2) line({ts[i], ts[i] - c}, {ts[i + 1], ts[i + 1] - c});
    }
}

void Sheet::text(const QRectF& mm, int flags, const QString& text, const TextStyle& style, double minPt) const {
    if (text.isEmpty()) return;
    TextStyle s = style;
    const double room = mm.width() + 0.05;  // tolerance for rounding in callers' arithmetic
    double w = textWidthMm(text, s);
    if (w > room && minPt > 0 && minPt < s.pt) s.pt = std::max(minPt, s.pt * mm.width() / w);
    QString shown = textWidthMm(text, s) > room ? elideToMm(text, s, room) : text;
    painter_.setFont(font(s));
    painter_.setPen(s.color);
    painter_.drawText(map(mm), flags | Qt::TextSingleLine | Qt::TextDontClip, shown);
}

double Sheet::paragraph(const QRectF& mm, const QString& text, const TextStyle& style) const {
    // Lay out at measuring resolution for line breaks, then draw each line as its own text run.
    QFont measureFont = makeFont(style, style.pt);
    QTextLayout layout(text, measureFont, const_cast<QPaintDevice*>(measureDevice()));
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    const double pxPerMm = kMeasureDpi / 25.4;
    layout.beginLayout();
    std::vector<std::pair<int, int>> lines;
    double lineHeightMm = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) break;
        line.setLineWidth(mm.width() * pxPerMm);
        lines.push_back({line.textStart(), line.textLength()});
        lineHeightMm = line.height() / pxPerMm;
    }
    layout.endLayout();
    double y = mm.top();
    for (auto [start, length] : lines) {
        if (y + lineHeightMm > mm.bottom() + 0.01) break;
        this->text(QRectF(mm.left(), y, mm.width(), lineHeightMm), Qt::AlignLeft | Qt::AlignVCenter,
                   text.mid(start, length).trimmed(), style);
        y += lineHeightMm;
    }
    return y - mm.top();
}

void Sheet::rotatedText(QPointF centreMm, double degrees, const QString& text, const TextStyle& style) const {
    painter_.save();
    painter_.translate(map(centreMm));
    painter_.rotate(degrees);
    double w = textWidthMm(text, style) + 1, h = style.pt * 0.3528 * 1.4;
    painter_.setFont(font(style));
    painter_.setPen(style.color);
    painter_.drawText(QRectF(-w / 2 * k_, -h / 2 * k_, w * k_, h * k_), Qt::AlignCenter | Qt::TextDontClip, text);
    painter_.restore();
}

}  // namespace pod
