#include "PowerSheets.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <string_view>
#include <unordered_map>

#include "DrawingStyle.h"
#include "PowerBand.h"
#include "TextFormat.h"

namespace pod {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

std::string rackName(const Rack& r) { return r.name.empty() ? r.id : r.name; }

// The feed's phase as the project spells it, from the share of its load each line takes.
std::string phaseLabel(const std::array<double, 3>& split) {
    auto is = [&](double a, double b, double c) {
        return std::abs(split[0] - a) < 1e-9 && std::abs(split[1] - b) < 1e-9 && std::abs(split[2] - c) < 1e-9;
    };
    if (is(1, 0, 0)) return "L1";
    if (is(0, 1, 0)) return "L2";
    if (is(0, 0, 1)) return "L3";
    if (is(0.5, 0.5, 0)) return "L1-L2";
    if (is(0, 0.5, 0.5)) return "L2-L3";
    if (is(0.5, 0, 0.5)) return "L3-L1";
    return "L1-L3";
}

// Volts per line for phase currents: line–neutral (V / √3) on a three-phase node, V on a single-phase one; 0: none.
double lineVolts(const PowerNode& n) {
    if (!isDistribution(n.kind) || n.voltageV <= 0) return 0;
    return n.phases == 3 ? n.voltageV / std::sqrt(3.0) : n.voltageV;
}

QString kw(double w, int decimals = 1) { return q(fmtGrouped(w / 1000.0, decimals)); }
QString percentText(double fraction) { return q(fmtFixed(fraction * 100.0, 1)) + QStringLiteral(" %"); }
// 80 → "80", 96.5 → "96.5".
QString number(double v) { return std::abs(v - std::round(v)) < 1e-9 ? q(fmtGrouped(v, 0)) : q(fmtGrouped(v, 1)); }
// A band colour washed towards white, for a box that carries text.
QColor tint(const QColor& c) {
    constexpr double k = 0.3;
    return QColor::fromRgbF(float(c.redF() * k + (1 - k)), float(c.greenF() * k + (1 - k)), float(c.blueF() * k + (1 - k)));
}

}  // namespace

QString powerNodeRating(const PowerNode& n, const ProjectSettings& settings, bool compact) {
    const QString kind = q(powerNodeKindKey(n.kind));
    if (isSource(n.kind)) return kind;
    if (n.kind == PowerNodeKind::Ups) {
        QString s = QStringLiteral("UPS · %1 × %2 kW · %3").arg(n.modules).arg(number(n.moduleKw), q(n.redundancy));
        if (n.efficiency < 1) s += QStringLiteral(" · η %1 %").arg(number(n.efficiency * 100));
        return s;
    }
    if (compact)
        return kind + QStringLiteral(" · %1 V %2 A %3 · %4 %")
                          .arg(number(n.voltageV), number(n.ratingA), n.phases == 3 ? QStringLiteral("3φ") : QStringLiteral("1φ"),
                               number(deratingPercent(n, settings)));
    return kind + QStringLiteral(" · %1 V %2-phase %3 A at %4 %")
                      .arg(number(n.voltageV))
                      .arg(n.phases)
                      .arg(number(n.ratingA), number(deratingPercent(n, settings)));
}

std::vector<PanelCircuit> panelCircuits(const ExportData& data, const std::string& nodeId) {
    std::vector<PanelCircuit> out;
    const PowerFlow& flow = data.powerFlow();
    const NodeFlow* self = flow.find(nodeId);
    if (!self) return out;
    const double v = lineVolts(*self->node);
    auto currents = [&](const std::array<double, 3>& phaseW) {
        std::array<double, 3> a{};
        if (v > 0)
            for (int p = 0; p < 3; ++p) a[std::size_t(p)] = phaseW[std::size_t(p)] / v;
        return a;
    };
    // Downstream nodes: those naming this node upstream; the one carried by another upstream node now is standby.
    for (const NodeFlow& c : flow.nodes) {
        const auto& from = c.node->from;
        if (std::find(from.begin(), from.end(), nodeId) == from.end()) continue;
        PanelCircuit pc;
        pc.feed = c.node->id;
        pc.node = true;
        pc.standby = c.carriedBy != nodeId;
        pc.phase = c.node->phases == 1 ? "L1" : "L1-L3";
        if (!pc.standby) {
            const double eff = c.node->kind == PowerNodeKind::Ups ? c.node->efficiency : 1.0;
            pc.loadW = c.inputW;
            std::array<double, 3> w{};
            for (int p = 0; p < 3; ++p) w[std::size_t(p)] = c.phaseW[std::size_t(p)] / eff;
            pc.currentA = currents(w);
        }
        out.push_back(pc);
    }
    // Rack feeds: a rack's draw is shared by its live feeds (mapped to a live node, or outside the chain).
    // Nodes by id (first of an id wins, as PowerFlow::find): called per node, a scan per rack feed made the
    // hall's drawing set quadratic (466 nodes × 9,216 rack feeds × a scan of 466).
    std::unordered_map<std::string_view, const NodeFlow*> byId;
    byId.reserve(flow.nodes.size());
    for (const NodeFlow& n : flow.nodes) byId.emplace(n.node->id, &n);
    for (const RackPowerInput& in : data.powerInputs()) {
        const Rack& rack = *in.rack;
        const bool fedHere = std::any_of(rack.feedFrom.begin(), rack.feedFrom.end(), [&](const auto& f) { return f.second == nodeId; });
        if (!fedHere) continue;  // no circuit of this node (the loop below would add none)
        int live = 0;
        for (const std::string& feed : rack.feeds) {
            auto m = rack.feedFrom.find(feed);
            const NodeFlow* n = nullptr;
            if (m != rack.feedFrom.end())
                if (auto it = byId.find(m->second); it != byId.end()) n = it->second;
            if (m == rack.feedFrom.end() || (n && n->alive)) ++live;
        }
        for (const std::string& feed : rack.feeds) {
            auto m = rack.feedFrom.find(feed);
            if (m == rack.feedFrom.end() || m->second != nodeId) continue;
            PanelCircuit pc;
            pc.rack = rack.id;
            pc.feed = feed;
            auto split = in.phaseSplit.find(feed);
            const std::array<double, 3> s = split == in.phaseSplit.end() ? std::array<double, 3>{1.0 / 3, 1.0 / 3, 1.0 / 3}
                                                                          : split->second;
            pc.phase = phaseLabel(s);
            if (self->alive && live > 0) {
                pc.loadW = in.maxW / live;
                std::array<double, 3> w{};
                for (int p = 0; p < 3; ++p) w[std::size_t(p)] = pc.loadW * s[std::size_t(p)];
                pc.currentA = currents(w);
            }
            out.push_back(pc);
        }
    }
    return out;
}

Table panelScheduleTable(const ExportData& data) {
    Table t;
    t.columns = {{QStringLiteral("Circuit"), Qt::AlignRight},
                 {QStringLiteral("Rack / node"), Qt::AlignLeft, true},
                 {QStringLiteral("Feed"), Qt::AlignLeft},
                 {QStringLiteral("Phase"), Qt::AlignLeft},
                 {QStringLiteral("Load kW"), Qt::AlignRight},
                 {QStringLiteral("% of capacity"), Qt::AlignRight},
                 {QStringLiteral("L1 A"), Qt::AlignRight},
                 {QStringLiteral("L2 A"), Qt::AlignRight},
                 {QStringLiteral("L3 A"), Qt::AlignRight}};
    const Project& p = data.project();
    if (p.powerChain.empty()) return t;
    const double imbalanceLimit = p.settings.phaseImbalancePercent.value_or(kDefaultPhaseImbalancePercent) / 100;
    std::unordered_map<std::string, const Rack*> racks;
    for (const Rack& r : p.layout.racks) racks.emplace(r.id, &r);
    auto amps = [](double a) { return q(fmtFixed(a, 1)); };
    for (const NodeFlow& nf : data.powerFlow().nodes) {
        const PowerNode& n = *nf.node;
        if (!isDistribution(n.kind)) continue;
        QString head = q(n.id);
        if (!n.name.empty()) head += QStringLiteral(" ") + q(n.name);
        head += QStringLiteral(" — ") + powerNodeRating(n, p.settings) + QStringLiteral(" = ") + kw(nf.capacityW) +
                QStringLiteral(" kW");
        if (!n.from.empty()) {
            QStringList from;
            for (const auto& f : n.from) from << q(f);
            head += QStringLiteral(" · from ") + from.join(QStringLiteral(", then "));
        }
        t.rows.push_back({TableRow::Kind::Section, {head}, 1});
        const std::vector<PanelCircuit> circuits = panelCircuits(data, n.id);
        int number = 0;
        for (const PanelCircuit& c : circuits) {
            QString what;
            if (c.node) {
                const PowerNode* d = p.powerChain.node(c.feed);
                what = QStringLiteral("→ ") + q(c.feed) + (d ? QStringLiteral(" (") + q(powerNodeKindKey(d->kind)) + QStringLiteral(")") : QString());
            } else {
                auto it = racks.find(c.rack);
                what = q(it == racks.end() ? c.rack : rackName(*it->second));
            }
            QStringList cells = {QString::number(++number), what, c.node ? QStringLiteral("—") : q(c.feed), q(c.phase)};
            if (c.standby) {
                cells << QStringLiteral("standby") << QStringLiteral("—") << QStringLiteral("—") << QStringLiteral("—")
                      << QStringLiteral("—");
            } else {
                cells << kw(c.loadW, 2) << (nf.capacityW > 0 ? percentText(c.loadW / nf.capacityW) : QStringLiteral("—"))
                      << amps(c.currentA[0]) << amps(c.currentA[1]) << amps(c.currentA[2]);
            }
            t.rows.push_back({TableRow::Kind::Body, cells, 1});
            ++t.dataRows;
        }
        QString label = QStringLiteral("%1 total, %2 circuit%3").arg(q(n.id)).arg(circuits.size()).arg(circuits.size() == 1 ? "" : "s");
        if (n.phases == 3 && nf.loadW > 0) {
            const double imb = nf.phaseImbalance();
            label += QStringLiteral(" · imbalance ") + percentText(imb);
            if (imb > imbalanceLimit + 1e-9) label += QStringLiteral(" (above ") + percentText(imbalanceLimit) + QStringLiteral(")");
        }
        const auto a = nf.phaseCurrentA();
        TableRow total{TableRow::Kind::Total,
                       {label, kw(nf.loadW, 2), nf.capacityW > 0 ? percentText(nf.fraction()) : QStringLiteral("—"), amps(a[0]),
                        amps(a[1]), amps(a[2])},
                       4};
        if (loadBand(nf.fraction(), powerWarningFraction(p.settings)) == LoadBand::Over) total.alertCell = 2;
        t.rows.push_back(total);
    }
    return t;
}

// ---- One-line diagram ----

namespace {

struct Box {
    int node = -1;        // index into the flow's nodes; -1: the racks of `racksOf`
    int racksOf = -1;     // for a racks box: the node whose rack feeds it lists
    int depth = 0;
    double slot = 0;      // horizontal position in slot units
    std::vector<int> children;  // boxes
};

}  // namespace

void paintOneLine(const Sheet& sheet, const ExportData& data, const QRectF& area) {
    const PowerFlow& flow = data.powerFlow();
    const Project& p = data.project();
    if (flow.nodes.empty()) return;
    const double warning = powerWarningFraction(p.settings);

    // Boxes: one per node, one per node with rack feeds (its racks, on the bottom row).
    std::unordered_map<std::string, int> index;
    std::vector<Box> boxes;
    for (std::size_t i = 0; i < flow.nodes.size(); ++i) {
        index[flow.nodes[i].node->id] = int(boxes.size());
        boxes.push_back({int(i), -1, 0, 0, {}});
    }
    // Depth: one below the deepest upstream node, so every line runs downwards (upstream nodes come first).
    int maxDepth = 0;
    std::vector<int> parent(boxes.size(), -1);  // the tree parent: the first upstream node
    for (std::size_t i = 0; i < flow.nodes.size(); ++i) {
        const PowerNode& n = *flow.nodes[i].node;
        for (const auto& f : n.from) {
            auto it = index.find(f);
            if (it == index.end()) continue;
            boxes[i].depth = std::max(boxes[i].depth, boxes[std::size_t(it->second)].depth + 1);
            if (parent[i] < 0) parent[i] = it->second;
        }
        maxDepth = std::max(maxDepth, boxes[i].depth);
        if (parent[i] >= 0) boxes[std::size_t(parent[i])].children.push_back(int(i));
    }
    // Racks hanging from each node.
    std::vector<std::vector<std::string>> racksOf(flow.nodes.size());
    std::vector<double> feedW(flow.nodes.size(), 0);
    for (const Rack& r : p.layout.racks)
        for (const auto& feed : r.feeds) {
            auto m = r.feedFrom.find(feed);
            if (m == r.feedFrom.end()) continue;
            auto it = index.find(m->second);
            if (it == index.end()) continue;
            auto& list = racksOf[std::size_t(it->second)];
            if (list.empty() || list.back() != rackName(r)) list.push_back(rackName(r));
        }
    const bool anyRacks = std::any_of(racksOf.begin(), racksOf.end(), [](const auto& l) { return !l.empty(); });
    const int racksDepth = maxDepth + 1;
    for (std::size_t i = 0; i < flow.nodes.size(); ++i) {
        if (racksOf[i].empty()) continue;
        for (const PanelCircuit& c : panelCircuits(data, flow.nodes[i].node->id))
            if (!c.node) feedW[i] += c.loadW;
        boxes[i].children.push_back(int(boxes.size()));
        boxes.push_back({-1, int(i), racksDepth, 0, {}});
    }
    // Slots: leaves left to right in depth-first order from the roots; a parent centred over its children.
    double nextSlot = 0;
    std::function<void(int)> place = [&](int b) {
        Box& box = boxes[std::size_t(b)];
        if (box.children.empty()) {
            box.slot = nextSlot++;
            return;
        }
        for (int c : box.children) place(c);
        const Box& first = boxes[std::size_t(box.children.front())];
        const Box& last = boxes[std::size_t(box.children.back())];
        boxes[std::size_t(b)].slot = (first.slot + last.slot) / 2;
    };
    for (std::size_t i = 0; i < flow.nodes.size(); ++i)
        if (parent[i] < 0) place(int(i));
    const int slotCount = std::max(1, int(nextSlot));
    const int rows = (anyRacks ? racksDepth : maxDepth) + 1;

    // Geometry: a legend strip at the bottom; rows of boxes evenly spread above it.
    constexpr double kLegendH = 6;
    const QRectF diagram(area.left(), area.top() + 2, area.width(), area.height() - kLegendH - 4);
    const double pitchX = diagram.width() / slotCount;
    const double pitchY = diagram.height() / rows;
    const double boxW = std::min(52.0, pitchX * 0.88);
    const double boxH = std::min(22.0, pitchY * 0.62);
    const double lineH = boxH / 4.4;
    const double pt = std::clamp(std::min(lineH / 0.3528 * 0.78, boxW / 6.5), style::kMinPt, style::kBodyPt);
    auto centreX = [&](const Box& b) { return diagram.left() + (b.slot + 0.5) * pitchX; };
    auto topY = [&](const Box& b) { return diagram.top() + b.depth * pitchY + (pitchY - boxH) / 2; };
    auto rectOf = [&](const Box& b) { return QRectF(centreX(b) - boxW / 2, topY(b), boxW, boxH); };

    // Lines first: the carrying upstream node solid, a standby upstream node dashed; racks thin grey.
    auto connect = [&](const Box& up, const Box& down, bool carrying, bool racks) {
        const QRectF a = rectOf(up), b = rectOf(down);
        const double midY = b.top() - (pitchY - boxH) / 2;
        if (racks) sheet.setPen(style::grey(), style::kThinLine);
        else if (carrying) sheet.setPen(style::ink(), style::kMediumLine);
        else sheet.setPen(style::grey(), style::kThinLine, Qt::DashLine);
        sheet.polyline(QPolygonF({QPointF(a.center().x(), a.bottom()), QPointF(a.center().x(), midY),
                                  QPointF(b.center().x(), midY), QPointF(b.center().x(), b.top())}));
    };
    for (std::size_t i = 0; i < flow.nodes.size(); ++i) {
        const NodeFlow& nf = flow.nodes[i];
        for (const auto& f : nf.node->from) {
            auto it = index.find(f);
            if (it == index.end()) continue;
            connect(boxes[std::size_t(it->second)], boxes[i], nf.carriedBy == f, false);
        }
    }
    for (const Box& b : boxes)
        if (b.racksOf >= 0) connect(boxes[std::size_t(b.racksOf)], b, true, true);

    // Boxes.
    const TextStyle bold = style::text(pt, true), plain = style::text(pt), dim = style::secondary(pt);
    for (const Box& b : boxes) {
        const QRectF r = rectOf(b);
        constexpr double kBarH = 1.4;
        const QRectF inner = r.adjusted(1, 0.5, -1, -0.5 - (b.racksOf >= 0 ? 0 : kBarH + 0.4));
        auto lineRect = [&](int k) { return QRectF(inner.left(), inner.top() + k * (inner.height() / 4), inner.width(), inner.height() / 4); };
        constexpr int kFlags = Qt::AlignHCenter | Qt::AlignVCenter;
        // The first of `texts` that fits the box at `ts` (narrow boxes get the shorter spellings), else the last.
        auto fit = [&](const QStringList& texts, const TextStyle& ts) {
            for (const QString& t : texts)
                if (textWidthMm(t, ts) <= inner.width()) return t;
            return texts.back();
        };
        if (b.racksOf >= 0) {
            const auto& names = racksOf[std::size_t(b.racksOf)];
            sheet.setPen(style::grey(), style::kThinLine);
            sheet.setBrush(Qt::white);
            sheet.rect(r);
            QStringList shown;
            for (std::size_t k = 0; k < names.size() && k < 6; ++k) shown << q(names[k]);
            QString list = shown.join(QStringLiteral(", "));
            if (names.size() > 6) list += QStringLiteral(" +%1 more").arg(names.size() - 6);
            const QString from = q(flow.nodes[std::size_t(b.racksOf)].node->id);
            sheet.text(lineRect(0), kFlags, QStringLiteral("%1 rack%2").arg(names.size()).arg(names.size() == 1 ? "" : "s"), bold, style::kMinPt);
            sheet.text(lineRect(1), kFlags, list, plain, style::kMinPt);
            sheet.text(lineRect(2), kFlags, fit({QStringLiteral("feeds from ") + from, QStringLiteral("from ") + from, from}, dim), dim,
                       style::kMinPt);
            sheet.text(lineRect(3), kFlags, kw(feedW[std::size_t(b.racksOf)]) + QStringLiteral(" kW"), plain, style::kMinPt);
            continue;
        }
        const NodeFlow& nf = flow.nodes[std::size_t(b.node)];
        const PowerNode& n = *nf.node;
        // A pale tint of the load band behind the text, and a load bar in the band colour along the bottom.
        const QColor band = !nf.alive ? style::lightGrey()
                            : nf.loadW > 0 ? style::utilisationFill(nf.capacityW > 0 ? nf.fraction() : 2.0, warning)
                                           : style::noBudgetFill();
        sheet.setPen(style::ink(), isSource(n.kind) ? style::kHeavyLine : style::kMediumLine);
        sheet.setBrush(tint(band));
        sheet.rect(r);
        const QRectF track(r.left() + 1, r.bottom() - 0.6 - kBarH, r.width() - 2, kBarH);
        sheet.setPen(style::grey(), style::kHairline);
        sheet.setBrush(Qt::white);
        sheet.rect(track);
        const double filled = nf.capacityW > 0 ? std::clamp(nf.fraction(), 0.0, 1.0) : (nf.loadW > 0 ? 1.0 : 0.0);
        if (filled > 0) {
            sheet.noPen();
            sheet.setBrush(band);
            sheet.rect(QRectF(track.left(), track.top(), track.width() * filled, track.height()));
        }
        QString title = q(n.id);
        if (!n.name.empty() && n.name != n.id) title += QStringLiteral("  ") + q(n.name);
        sheet.text(lineRect(0), kFlags, fit({title, q(n.id)}, bold), bold, style::kMinPt);
        // The rating without its kind word when the box is narrow ("415 V 800 A 3φ · 80 %", "29 × 250 kW · 2N").
        const QString rating = powerNodeRating(n, p.settings, true);
        const QString bare = rating.section(QStringLiteral(" · "), 1);
        sheet.text(lineRect(1), kFlags, fit({rating, bare.isEmpty() ? rating : bare}, dim), dim, style::kMinPt);
        const QString cap = kw(nf.capacityW) + QStringLiteral(" kW");
        sheet.text(lineRect(2), kFlags, fit({QStringLiteral("capacity ") + cap, QStringLiteral("cap ") + cap, cap}, plain), plain,
                   style::kMinPt);
        const QString pct = nf.capacityW > 0 ? percentText(nf.fraction()) : QString();
        const QString loadKw = kw(nf.loadW) + QStringLiteral(" kW");
        QStringList loads = {QStringLiteral("load ") + loadKw + (pct.isEmpty() ? QString() : QStringLiteral(" · ") + pct),
                             loadKw + (pct.isEmpty() ? QString() : QStringLiteral(" · ") + pct)};
        if (!pct.isEmpty()) loads << pct;  // the narrowest box keeps the share: the kW are in the panel schedule
        TextStyle loadStyle = style::text(pt, true);
        if (loadBand(nf.capacityW > 0 ? nf.fraction() : 2.0, warning) == LoadBand::Over && nf.loadW > 0)
            loadStyle.color = style::severityColor(Severity::Error);
        sheet.text(lineRect(3), kFlags, fit(loads, loadStyle), loadStyle, style::kMinPt);
    }

    // Legend: the load bands, then the line styles.
    const double y = area.bottom() - kLegendH;
    double x = area.left();
    const TextStyle legend = style::secondary(style::kSmallPt);
    sheet.text(QRectF(x, y, 40, kLegendH), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Load / capacity:"), legend);
    x += textWidthMm(QStringLiteral("Load / capacity:"), legend) + 2;
    auto swatch = [&](const QColor& c, const QString& label) {
        sheet.setPen(style::ink(), style::kThinLine);
        sheet.setBrush(tint(c));
        sheet.rect(QRectF(x, y + kLegendH / 2 - 1.5, 5, 3));
        sheet.noPen();
        sheet.setBrush(c);
        sheet.rect(QRectF(x, y + kLegendH / 2 + 0.6, 5, 0.9));
        x += 6;
        sheet.text(QRectF(x, y, 40, kLegendH), Qt::AlignLeft | Qt::AlignVCenter, label, legend);
        x += textWidthMm(label, legend) + 4;
    };
    for (const auto& band : style::utilisationBands(warning)) swatch(band.fill, band.label);
    swatch(style::noBudgetFill(), QStringLiteral("no load"));
    auto lineKey = [&](double w, const QColor& c, Qt::PenStyle s, const QString& label) {
        sheet.setPen(c, w, s);
        sheet.line({x, y + kLegendH / 2}, {x + 8, y + kLegendH / 2});
        x += 9;
        sheet.text(QRectF(x, y, 60, kLegendH), Qt::AlignLeft | Qt::AlignVCenter, label, legend);
        x += textWidthMm(label, legend) + 4;
    };
    lineKey(style::kMediumLine, style::ink(), Qt::SolidLine, QStringLiteral("carried by"));
    lineKey(style::kThinLine, style::grey(), Qt::DashLine, QStringLiteral("standby upstream"));
}

}  // namespace pod
