#include "ReportTables.h"

#include <unordered_map>

#include "Cooling.h"
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
    // With a price book: unit price (cables per metre) and extended price, "unpriced" where the book has none.
    const std::optional<CostReport>& cost = data.cost();
    if (cost) {
        t.columns.push_back({QStringLiteral("Unit ") + q(cost->currency), Qt::AlignRight});
        t.columns.push_back({QStringLiteral("Extended ") + q(cost->currency), Qt::AlignRight});
    }
    auto priceCells = [&](const std::string& id, bool cable, QStringList& cells) {
        if (!cost) return;
        for (const CostLine& c : cost->lines)
            if (c.catalogId == id && (c.kind == "cable_media") == cable && c.kind != "cooling") {
                cells << (c.unitPrice ? q(fmtGrouped(*c.unitPrice, 2)) + (cable ? QStringLiteral("/m") : QString()) : QStringLiteral("unpriced"))
                      << (c.unitPrice ? q(fmtGrouped(c.extended(), 2)) : QStringLiteral("—"));
                return;
            }
        cells << QStringLiteral("unpriced") << QStringLiteral("—");
    };
    double totalW = 0;
    int item = 0;
    for (const BomLine& l : data.bom()) {
        bool cable = l.kind == "cable_media";
        totalW += l.totalMaxW;
        QStringList cells = {QString::number(++item), l.catalogId.empty() ? QStringLiteral("—") : q(l.catalogId),
                             kindText(l.kind), q(l.vendor), q(l.model), QString::number(l.count),
                             cable ? QString() : q(fmtFixed(l.unitMaxW / 1000.0, 2)),
                             cable ? QString() : q(fmtGrouped(l.totalMaxW / 1000.0, 2)),
                             cable ? metres(l.totalLengthMm) : QString()};
        priceCells(l.catalogId, cable, cells);
        t.rows.push_back({TableRow::Kind::Body, cells, 1});
    }
    int extra = 0;  // priced cooling lines (rack cooling options, cooling units) after the BOM's own lines
    if (cost)
        for (const CostLine& c : cost->lines) {
            if (c.kind != "cooling") continue;
            ++extra;
            t.rows.push_back({TableRow::Kind::Body,
                              {QString::number(++item), q(c.catalogId), QStringLiteral("Cooling"), QString(), q(c.name),
                               QString::number(c.count), QString(), QString(), QString(),
                               c.unitPrice ? q(fmtGrouped(*c.unitPrice, 2)) : QStringLiteral("unpriced"),
                               c.unitPrice ? q(fmtGrouped(c.extended(), 2)) : QStringLiteral("—")},
                              1});
        }
    QStringList total = {cost ? QStringLiteral("Total IT load at maximum draw (kW) and priced lines") : QStringLiteral("Total IT load at maximum draw"),
                         q(fmtGrouped(totalW / 1000.0, 2)), QString()};
    if (cost) total << QString() << q(fmtMoney(cost->equipment, cost->currency)) + (cost->complete() ? QString() : QStringLiteral(" (priced items only)"));
    t.rows.push_back({TableRow::Kind::Total, total, 7});
    t.dataRows = int(data.bom().size()) + extra;
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

Table coolingTable(const ExportData& data) {
    Table t;
    t.columns = {{QStringLiteral("Unit"), Qt::AlignLeft},
                 {QStringLiteral("Model"), Qt::AlignLeft, true},
                 {QStringLiteral("Type"), Qt::AlignLeft},
                 {QStringLiteral("Medium"), Qt::AlignLeft},
                 {QStringLiteral("Capacity kW"), Qt::AlignRight},
                 {QStringLiteral("Racks served"), Qt::AlignLeft, true},
                 {QStringLiteral("Load kW"), Qt::AlignRight},
                 {QStringLiteral("Load %"), Qt::AlignRight},
                 {QStringLiteral("Flow"), Qt::AlignRight},
                 {QStringLiteral("N-1 margin kW"), Qt::AlignRight}};
    const CoolingReport& report = data.cooling();
    const Project& project = data.project();
    std::unordered_map<std::string, const Rack*> racks;
    for (const Rack& r : project.layout.racks) racks.emplace(r.id, &r);
    // Rack names, comma-joined; a long list keeps its first names and counts the rest.
    constexpr std::size_t kMaxNames = 8, kShownWhenLong = 6;
    auto racksText = [&](const std::vector<std::string>& ids) {
        QStringList names;
        std::size_t shown = ids.size() <= kMaxNames ? ids.size() : kShownWhenLong;
        for (std::size_t i = 0; i < shown; ++i) {
            auto it = racks.find(ids[i]);
            const Rack* r = it == racks.end() ? nullptr : it->second;
            names << q(r && !r->name.empty() ? r->name : ids[i]);
        }
        QString text = names.isEmpty() ? QStringLiteral("—") : names.join(QStringLiteral(", "));
        if (shown < ids.size()) text += QStringLiteral(" +%1 more").arg(ids.size() - shown);
        return text;
    };
    for (const UnitLoad& u : report.units) {
        const bool liquid = u.spec->medium == CoolingMedium::Liquid;
        QString flow = liquid ? q(fmtGrouped(u.flowLpm, 1)) + QStringLiteral(" L/min")
                              : q(fmtGrouped(u.flowCfm, 0)) + QStringLiteral(" CFM");
        TableRow row{TableRow::Kind::Body,
                     {q(u.unit->name.empty() ? u.unit->id : u.unit->name),
                      q(coolingUnitModelName(data.catalog(), u.unit->catalogId)),
                      q(std::string(coolingUnitTypeKey(u.spec->type))), q(std::string(coolingMediumKey(u.spec->medium))),
                      q(fmtGrouped(u.capacityW / 1000.0, 1)), racksText(u.racks), q(fmtGrouped(u.loadW / 1000.0, 1)),
                      q(fmtFixed(u.fraction() * 100.0, 1)), flow, QString()},
                     1};
        if (u.group < report.groups.size()) {
            const UnitGroup& g = report.groups[u.group];
            const double marginW = g.capacityWithoutLargestW() - g.loadW;
            row.cells[9] = q(fmtGrouped(marginW / 1000.0, 1));
            if (!g.carriesWithoutLargest()) {
                row.cells[9] += QStringLiteral(" short");
                row.alertCell = 9;
            }
        } else {
            row.cells[9] = QStringLiteral("—");
        }
        t.rows.push_back(row);
    }
    t.dataRows = int(report.units.size());
    return t;
}

}  // namespace pod
