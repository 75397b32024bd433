#include "ReportTables.h"

#include "DrawingStyle.h"
#include "TextFormat.h"

namespace pod {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

QString kindText(const std::string& kind) {
    if (kind == "rack") return QStringLiteral("Rack");
    if (kind == "cable_media") return QStringLiteral("Cable");
    return style::kindLabel(kind);
}

QString metres(std::int64_t mm) { return q(fmtGrouped(double(mm) / 1000.0, 1)); }

}  // namespace

Table bomTable(const ExportData& data) {
    Table t;
    t.columns = {{QStringLiteral("Item"), Qt::AlignRight},
                 {QStringLiteral("Catalog id"), Qt::AlignLeft, true},
                 {QStringLiteral("Kind"), Qt::AlignLeft},
                 {QStringLiteral("Vendor"), Qt::AlignLeft, true},
                 {QStringLiteral("Model"), Qt::AlignLeft, true},
                 {QStringLiteral("Qty"), Qt::AlignRight},
                 {QStringLiteral("kW each"), Qt::AlignRight},
                 {QStringLiteral("kW total"), Qt::AlignRight},
                 {QStringLiteral("Length m"), Qt::AlignRight}};
    double totalW = 0;
    int item = 0;
    for (const BomLine& l : data.bom()) {
        bool cable = l.kind == "cable_media";
        totalW += l.totalMaxW;
        t.rows.push_back({TableRow::Kind::Body,
                          {QString::number(++item), l.catalogId.empty() ? QStringLiteral("—") : q(l.catalogId),
                           kindText(l.kind), q(l.vendor), q(l.model), QString::number(l.count),
                           cable ? QString() : q(fmtFixed(l.unitMaxW / 1000.0, 2)),
                           cable ? QString() : q(fmtGrouped(l.totalMaxW / 1000.0, 2)),
                           cable ? metres(l.totalLengthMm) : QString()},
                          1});
    }
    t.rows.push_back({TableRow::Kind::Total,
                      {QStringLiteral("Total IT load at maximum draw"), q(fmtGrouped(totalW / 1000.0, 2)), QString()},
                      7});
    t.dataRows = int(data.bom().size());
    return t;
}

Table cableTable(const ExportData& data) {
    Table t;
    t.columns = {{QStringLiteral("Cable"), Qt::AlignRight},
                 {QStringLiteral("Fabric"), Qt::AlignLeft},
                 {QStringLiteral("Tier"), Qt::AlignLeft},
                 {QStringLiteral("From rack"), Qt::AlignLeft, true},
                 {QStringLiteral("U"), Qt::AlignRight},
                 {QStringLiteral("Device"), Qt::AlignLeft, true},
                 {QStringLiteral("Port"), Qt::AlignRight},
                 {QStringLiteral("To rack"), Qt::AlignLeft, true},
                 {QStringLiteral("U"), Qt::AlignRight},
                 {QStringLiteral("Device"), Qt::AlignLeft, true},
                 {QStringLiteral("Port"), Qt::AlignRight},
                 {QStringLiteral("Speed"), Qt::AlignRight},
                 {QStringLiteral("Medium"), Qt::AlignLeft},
                 {QStringLiteral("Length m"), Qt::AlignRight}};
    // Totals by medium first, so they are on the first page; then every cable.
    const int labelSpan = int(t.columns.size()) - 2;
    t.rows.push_back({TableRow::Kind::Section, {QStringLiteral("Totals by medium")}, 1});
    int count = 0;
    std::int64_t length = 0;
    for (const auto& [medium, total] : cablesByMedium(data.cabling())) {
        const CableMedium* m = data.catalog().medium(medium);
        QString what = m ? q(m->vendor + " " + m->model) : QStringLiteral("no medium reaches");
        t.rows.push_back({TableRow::Kind::Body,
                          {QStringLiteral("%1 × %2").arg(total.count).arg(what),
                           medium.empty() ? QStringLiteral("none") : q(medium), metres(total.lengthMm)},
                          labelSpan});
        count += total.count;
        length += total.lengthMm;
    }
    t.rows.push_back({TableRow::Kind::Total,
                      {QStringLiteral("%1 cables, all media").arg(count), QString(), metres(length)}, labelSpan});
    t.rows.push_back({TableRow::Kind::Section,
                      {QStringLiteral("Cables by fabric, from rack, U (bottom U of the device; ports numbered per fabric)")},
                      1});
    t.leadingRows = int(t.rows.size());
    for (const CableScheduleRow& r : data.schedule()) {
        t.rows.push_back({TableRow::Kind::Body,
                          {QString::number(r.number), q(r.fabric), q(r.tier), q(r.fromRack), q(fmtU(r.fromU)),
                           q(r.fromDevice), QString::number(r.fromPort), q(r.toRack), q(fmtU(r.toU)), q(r.toDevice),
                           QString::number(r.toPort), q(fmtSpeed(r.speedGbps)),
                           r.medium.empty() ? QStringLiteral("none reaches") : q(r.medium), metres(r.lengthMm)},
                          1});
    }
    t.dataRows = int(data.schedule().size());
    return t;
}

}  // namespace pod
