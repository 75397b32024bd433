#include "RackElevationPainter.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <tuple>

#include "DrawingStyle.h"
#include "PowerBand.h"
#include "TextFormat.h"

namespace pod {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

constexpr double kHeading = 7, kFaceLabel = 4.5, kCap = 1.6, kSummary = 17, kNumberCol = 5, kStrip = 3.4,
                 kFaceGap = 6;

QColor farSide(const QColor& c) { return QColor((c.red() + 2 * 255) / 3, (c.green() + 2 * 255) / 3, (c.blue() + 2 * 255) / 3); }

QString displayName(const Device& d) { return q(d.name.empty() ? d.id : d.name); }

}  // namespace

int RackElevationPainter::uHeight(const Rack& rack) const {
    const RackModel* m = data_->catalog().rack(rack.model);
    return m ? m->uHeight : 42;
}

double RackElevationPainter::fitPitch(const std::vector<const Rack*>& racks, double slotHeight) const {
    int maxU = 1;
    for (const Rack* r : racks) maxU = std::max(maxU, uHeight(*r));
    return std::clamp((slotHeight - kFixedHeight) / maxU, 1.0, 6.5);
}

void RackElevationPainter::paint(const Sheet& sheet, const Rack& rack, const QRectF& slot, double uPitch) const {
    const RackModel* model = data_->catalog().rack(rack.model);
    double pairW = std::min(slot.width(), kMaxPairWidth);
    double left = slot.left() + (slot.width() - pairW) / 2;
    double top = slot.top();

    // Heading: rack name, model, height, row; a severity tag when a rule flags the rack.
    QString name = q(rack.name.empty() ? rack.id : rack.name);
    TextStyle nameStyle = style::text(10.5, true);
    double nameW = textWidthMm(name, nameStyle);
    sheet.text(QRectF(left, top, pairW, kHeading - 2), Qt::AlignLeft | Qt::AlignVCenter, name, nameStyle);
    QString detail = model ? q(model->vendor + " " + model->model) : q(rack.model);
    detail += QStringLiteral(" · %1U").arg(uHeight(rack));
    if (!rack.row.empty()) detail += QStringLiteral(" · row ") + q(rack.row);
    double tagW = 0;
    if (const Severity* s = data_->worstSeverity(rack.id)) {
        QString tag = *s == Severity::Error ? QStringLiteral("ERROR") : *s == Severity::Warning ? QStringLiteral("WARNING")
                                                                                                : QStringLiteral("NOTE");
        TextStyle ts = style::text(5.5, true);
        ts.color = Qt::white;
        tagW = textWidthMm(tag, ts) + 3;
        QRectF tagRect(left + pairW - tagW, top + 0.8, tagW, 3.6);
        sheet.noPen();
        sheet.setBrush(style::severityColor(*s));
        sheet.rect(tagRect);
        sheet.text(tagRect, Qt::AlignCenter, tag, ts);
    }
    sheet.text(QRectF(left + nameW + 2.5, top, pairW - nameW - 2.5 - tagW - 2, kHeading - 2),
               Qt::AlignLeft | Qt::AlignVCenter, detail, style::secondary(style::kSmallPt), style::kMinPt);
    sheet.setPen(style::ink(), style::kThinLine);
    sheet.line({left, top + kHeading - 1.2}, {left + pairW, top + kHeading - 1.2});

    double faceW = (pairW - kFaceGap) / 2;
    double elevTop = top + kHeading + kFaceLabel;
    double elevH = uHeight(rack) * uPitch + 2 * kCap;
    QRectF frontCol(left, elevTop, faceW, elevH), rearCol(left + faceW + kFaceGap, elevTop, faceW, elevH);
    for (auto [col, label, numbersLeft] :
         {std::tuple{frontCol, QStringLiteral("FRONT"), true}, std::tuple{rearCol, QStringLiteral("REAR"), false}}) {
        QRectF body = numbersLeft ? col.adjusted(kNumberCol, 0, 0, 0) : col.adjusted(0, 0, -kNumberCol, 0);
        sheet.text(QRectF(body.left(), elevTop - kFaceLabel, body.width(), kFaceLabel - 0.8), Qt::AlignCenter, label,
                   style::secondary(style::kSmallPt, true));
    }
    paintFace(sheet, rack, Face::Front, frontCol, uPitch, true);
    paintFace(sheet, rack, Face::Rear, rearCol, uPitch, false);
    paintSummary(sheet, rack, QRectF(left, elevTop + elevH + 2.5, pairW, kSummary));
}

void RackElevationPainter::paintFace(const Sheet& sheet, const Rack& rack, Face face, const QRectF& column,
                                     double uPitch, bool numbersLeft) const {
    const int U = uHeight(rack);
    QRectF enclosure = numbersLeft ? column.adjusted(kNumberCol, 0, 0, 0) : column.adjusted(0, 0, -kNumberCol, 0);
    QRectF mount = enclosure.adjusted(kStrip, kCap, -kStrip, -kCap);  // 19" mounting area, U1 at the bottom
    auto slotRect = [&](double u, double height) {
        double bottom = mount.bottom() - (u - 1) * uPitch;
        return QRectF(mount.left(), bottom - height * uPitch, mount.width(), height * uPitch);
    };

    // Enclosure: posts and caps in light grey, empty U as white with hairline unit lines.
    sheet.noPen();
    sheet.setBrush(QColor(0xd6, 0xd6, 0xd6));
    sheet.rect(enclosure);
    sheet.setBrush(Qt::white);
    sheet.rect(mount);
    sheet.setPen(QColor(0xdd, 0xdd, 0xdd), style::kHairline);
    for (int u = 1; u < U; ++u) {
        double y = mount.bottom() - u * uPitch;
        sheet.line({mount.left(), y}, {mount.right(), y});
    }

    // U numbers, thinned out when the pitch is too small for every one.
    double numberPt = std::clamp(uPitch / 0.3528 * 0.72, style::kMinPt, 6.0);
    int every = uPitch >= 1.9 ? 1 : uPitch >= 1.0 ? 2 : 5;
    QRectF numbers = numbersLeft ? QRectF(column.left(), mount.top(), kNumberCol - 0.8, mount.height())
                                 : QRectF(enclosure.right() + 0.8, mount.top(), kNumberCol - 0.8, mount.height());
    for (int u = 1; u <= U; ++u) {
        if (u % every != 0 && u != 1 && u != U) continue;
        QRectF r = slotRect(u, 1);
        sheet.text(QRectF(numbers.left(), r.top(), numbers.width(), r.height()),
                   (numbersLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, QString::number(u),
                   style::secondary(numberPt));
    }

    // Devices: those on this face in full; full-depth ones mounted on the other face as their far side.
    int zeroU = 0;
    for (const Device* d : data_->devicesIn(rack.id)) {
        const Equipment* e = data_->catalog().equipment(d->catalogId);
        if (!e) continue;
        std::string kind(kindKey(e->kind));
        QColor fill = style::kindFill(kind);
        if (e->uHeight <= 0 || d->u <= 0) {  // 0U: a vertical strip at the side of the enclosure
            bool left = zeroU++ % 2 == 0;
            QRectF strip(left ? enclosure.left() + 0.4 : enclosure.right() - kStrip + 0.4, mount.top() + 1,
                         kStrip - 0.8, mount.height() - 2);
            bool here = d->face == face;
            sheet.setPen(style::ink(), style::kThinLine, here ? Qt::SolidLine : Qt::DashLine);
            sheet.setBrush(here ? fill : farSide(fill));
            sheet.rect(strip);
            QString label = displayName(*d) + QStringLiteral(" · ") + q(e->model);
            if (!d->feed.empty()) label += QStringLiteral(" · feed ") + q(d->feed);
            TextStyle ts = here ? style::text(style::kTinyPt) : style::secondary(style::kTinyPt);
            ts.condensed = true;
            sheet.rotatedText(strip.center(), -90, elideToMm(label, ts, strip.height() - 2), ts);
            continue;
        }
        bool onFace = d->face == face;
        if (!onFace && !e->fullDepth) continue;
        QRectF r = slotRect(d->u, e->uHeight);
        bool blank = e->kind == EquipmentKind::Blank;
        sheet.setPen(onFace ? style::ink() : style::grey(), style::kThinLine);
        sheet.setBrush(onFace ? fill : farSide(fill));
        sheet.rect(r);

        QString name = displayName(*d);
        QString model = q(e->model);
        QString kw = e->maxW > 0 ? q(fmtKw(e->maxW)) : QString();
        QString modelKw = kw.isEmpty() ? model : model + QStringLiteral(" · ") + kw;
        QRectF inner = r.adjusted(1.2, 0.15, -1.2, -0.15);
        const double h = r.height();
        if (blank) {
            sheet.text(inner, Qt::AlignCenter, QStringLiteral("blank %1U").arg(q(fmtU(e->uHeight))),
                       style::secondary(std::clamp(h / 0.3528 * 0.55, style::kMinPt, 6.0)), style::kMinPt);
        } else if (!onFace) {
            sheet.text(inner, Qt::AlignCenter, name + QStringLiteral(" (rear)"),
                       style::secondary(std::clamp(h / 0.3528 * 0.6, style::kMinPt, 6.5)), style::kMinPt);
        } else if (h >= 9.0) {  // three lines: name / vendor and model / kW and height
            double lh = std::min(3.4, inner.height() / 3);
            double y = inner.center().y() - 1.5 * lh;
            sheet.text(QRectF(inner.left(), y, inner.width(), lh), Qt::AlignCenter, name, style::text(7, true),
                       style::kMinPt);
            sheet.text(QRectF(inner.left(), y + lh, inner.width(), lh), Qt::AlignCenter, q(e->vendor + " " + e->model),
                       style::text(6), style::kMinPt);
            QString third = QStringLiteral("%1U").arg(q(fmtU(e->uHeight)));
            if (!kw.isEmpty()) third = kw + QStringLiteral(" · ") + third;
            sheet.text(QRectF(inner.left(), y + 2 * lh, inner.width(), lh), Qt::AlignCenter, third,
                       style::secondary(6), style::kMinPt);
        } else if (h >= 5.0) {  // two lines: name / model and kW
            double lh = inner.height() / 2;
            double pt = std::clamp(lh / 0.3528 * 0.75, style::kMinPt, 6.5);
            sheet.text(QRectF(inner.left(), inner.top(), inner.width(), lh), Qt::AlignLeft | Qt::AlignVCenter, name,
                       style::text(pt, true), style::kMinPt);
            sheet.text(QRectF(inner.left(), inner.top() + lh, inner.width(), lh), Qt::AlignLeft | Qt::AlignVCenter,
                       modelKw, style::text(std::max(style::kMinPt, pt - 0.5)), style::kMinPt);
        } else {  // one line: name left, model and kW right
            double pt = std::clamp(h / 0.3528 * 0.62, style::kMinPt, 6.0);
            TextStyle main = style::text(pt, true);
            double nameW = std::min(textWidthMm(name, main), inner.width() * 0.5);
            sheet.text(QRectF(inner.left(), inner.top(), nameW, inner.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       name, main, style::kMinPt);
            sheet.text(QRectF(inner.left() + nameW + 1.2, inner.top(), inner.width() - nameW - 1.2, inner.height()),
                       Qt::AlignRight | Qt::AlignVCenter, modelKw, style::text(pt), style::kMinPt);
        }
    }

    sheet.noBrush();
    sheet.setPen(style::ink(), style::kMediumLine);
    sheet.rect(enclosure);
}

void RackElevationPainter::paintSummary(const Sheet& sheet, const Rack& rack, const QRectF& area) const {
    const RackTotals* t = data_->rackTotals(rack.id);
    const RackModel* model = data_->catalog().rack(rack.model);
    const CoolingOption* cooling = data_->catalog().cooling(rack.cooling);
    if (!t) return;
    double ratio = rack.powerBudgetW > 0 ? t->sum.maxW / rack.powerBudgetW : -1;
    QString power = q(fmtKw(t->sum.maxW)) + QStringLiteral(" of ") +
                    (rack.powerBudgetW > 0 ? q(fmtKw(rack.powerBudgetW)) + QStringLiteral(" budget (") +
                                                 QString::number(std::lround(ratio * 100)) + QStringLiteral(" %)")
                                           : QStringLiteral("no budget set"));
    if (!rack.feeds.empty()) {
        QString feeds;
        for (const auto& f : rack.feeds) feeds += (feeds.isEmpty() ? "" : "/") + q(f);
        power += QStringLiteral(" · feeds ") + feeds;
    }
    QString coolingText = cooling ? q(cooling->model) + QStringLiteral(" · removes ") +
                                        q(fmtGrouped(cooling->airKw + cooling->liquidKw, 0)) + QStringLiteral(" kW")
                                  : (rack.cooling.empty() ? QStringLiteral("none") : q(rack.cooling));
    QString weight = q(fmtGrouped(t->totalWeightKg(), 1)) + QStringLiteral(" kg");
    if (model && model->maxLoadKg > 0) weight += QStringLiteral(" of ") + q(fmtGrouped(model->maxLoadKg, 0)) + QStringLiteral(" kg rating");
    QString space = q(fmtU(t->uFree())) + QStringLiteral(" U free of ") + QString::number(t->uCapacity);
    if (t->sum.gpus > 0) space += QStringLiteral(" · ") + QString::number(t->sum.gpus) + QStringLiteral(" GPUs");

    const double lh = 3.7, labelW = 13;
    double y = area.top();
    auto line = [&](const QString& label, const QString& value) {
        sheet.text(QRectF(area.left(), y, labelW, lh), Qt::AlignLeft | Qt::AlignVCenter, label,
                   style::secondary(style::kSmallPt));
        sheet.text(QRectF(area.left() + labelW, y, area.width() - labelW, lh), Qt::AlignLeft | Qt::AlignVCenter, value,
                   style::text(style::kSmallPt), style::kMinPt);
        y += lh;
    };
    // A swatch of the utilisation colour before the power figure, as on the floor plan.
    sheet.setPen(style::ink(), style::kHairline);
    sheet.setBrush(style::utilisationFill(ratio, powerWarningFraction(data_->project().settings)));
    sheet.rect(QRectF(area.left() + labelW - 3.4, y + 0.8, 2.4, 2.2));
    line(QStringLiteral("Power"), power);
    line(QStringLiteral("Cooling"), coolingText);
    line(QStringLiteral("Weight"), weight);
    line(QStringLiteral("Space"), space);
}

namespace {

struct LegendItem {
    QColor fill;
    Qt::PenStyle pen;
    QString label;
};

std::vector<LegendItem> legendItems() {
    std::vector<LegendItem> items;
    for (const std::string& kind : style::legendKinds())
        items.push_back({style::kindFill(kind), Qt::SolidLine, style::kindLabel(kind)});
    items.push_back({farSide(style::kindFill("gpu_node")), Qt::SolidLine, QStringLiteral("far side of a full-depth device")});
    items.push_back({farSide(style::kindFill("pdu")), Qt::DashLine, QStringLiteral("0U strip on the other face")});
    return items;
}

constexpr double kLegendLabel = 13, kSwatchW = 4.2, kSwatchH = 2.6, kLegendLine = 5;

// Lays the legend out in lines `width` wide; calls `place(item, x, line)` for each item.
int layoutLegend(double width, const std::function<void(const LegendItem&, double, int)>& place) {
    double x = kLegendLabel;
    int line = 0;
    for (const LegendItem& item : legendItems()) {
        double w = kSwatchW + 1.2 + textWidthMm(item.label, style::text(style::kSmallPt));
        if (x + w > width && x > kLegendLabel) {
            x = kLegendLabel;
            ++line;
        }
        if (place) place(item, x, line);
        x += w + 4.5;
    }
    return line + 1;
}

}  // namespace

double kindLegendHeight(double widthMm) { return layoutLegend(widthMm, nullptr) * kLegendLine + 1; }

void paintKindLegend(const Sheet& sheet, const QRectF& area) {
    sheet.text(QRectF(area.left(), area.top(), kLegendLabel, kLegendLine), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("Legend"), style::text(style::kSmallPt, true));
    layoutLegend(area.width(), [&](const LegendItem& item, double x, int line) {
        double top = area.top() + line * kLegendLine;
        double left = area.left() + x;
        sheet.setPen(style::ink(), style::kThinLine, item.pen);
        sheet.setBrush(item.fill);
        sheet.rect(QRectF(left, top + (kLegendLine - kSwatchH) / 2, kSwatchW, kSwatchH));
        sheet.text(QRectF(left + kSwatchW + 1.2, top, area.right() - left - kSwatchW - 1.2, kLegendLine),
                   Qt::AlignLeft | Qt::AlignVCenter, item.label, style::text(style::kSmallPt));
    });
}

}  // namespace pod
