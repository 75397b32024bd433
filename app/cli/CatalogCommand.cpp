#include <algorithm>
#include <array>
#include <ostream>

#include "Commands.h"
#include "JsonRead.h"
#include "TextFormat.h"

namespace pod::cli {

namespace {

struct Line {
    std::string id, kind, vendorModel, figures, verification, source;
    std::size_t sources = 0;
};

// Display width of UTF-8 text: code points, not bytes ("×", "–" are one column each).
std::size_t width(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// The text table: id, kind, name, verification, figures; each column as wide as its longest entry,
// two spaces between columns, the last one unpadded.
void printTable(std::ostream& out, const std::vector<Line>& lines) {
    auto cells = [](const Line& l) { return std::array<const std::string*, 5>{&l.id, &l.kind, &l.vendorModel, &l.verification, &l.figures}; };
    std::array<std::size_t, 5> widths{};
    for (const auto& l : lines) {
        const auto c = cells(l);
        for (std::size_t i = 0; i < c.size(); ++i) widths[i] = std::max(widths[i], width(*c[i]));
    }
    for (const auto& l : lines) {
        const auto c = cells(l);
        std::string text;
        for (std::size_t i = 0; i + 1 < c.size(); ++i) text += *c[i] + std::string(widths[i] - width(*c[i]) + 2, ' ');
        text += *c.back();
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out << text << "\n";
    }
}

std::string firstSource(const Provenance& p) { return p.sources.empty() ? "" : p.sources.front().ref; }

Line line(const Provenance& p, std::string kind, std::string figures) {
    return {p.id, std::move(kind), p.vendor + " " + p.model, std::move(figures), p.verification, firstSource(p), p.sources.size()};
}

std::vector<Line> allLines(const Catalog& c) {
    std::vector<Line> lines;
    for (const auto& [id, a] : c.accelerators()) {
        std::string f = fmtGrouped(a.memoryGb, 0) + " GB";
        if (auto v = a.throughput.get(Precision::Fp16)) f += ", FP16 " + fmtGrouped(*v, 1) + " TF";
        lines.push_back(line(a, "accelerator", f));
    }
    for (const auto& [id, e] : c.equipmentEntries()) {
        std::string f = fmtU(e.uHeight) + "U, " + fmtKw(e.maxW);
        if (e.acceleratorCount) f += ", " + std::to_string(e.acceleratorCount) + " GPUs";
        if (e.storage) f += ", " + fmtGrouped(e.storage->rawTb, 1) + " TB raw";
        if (e.pdu) f += ", feeds " + fmtKw(e.pdu->capacityW);
        lines.push_back(line(e, std::string(kindKey(e.kind)), f));
    }
    for (const auto& [id, r] : c.racks())
        lines.push_back(line(r, "rack", std::to_string(r.uHeight) + "U, " + std::to_string(r.widthMm) + "×" +
                                            std::to_string(r.depthMm) + " mm, " + fmtGrouped(r.maxLoadKg, 0) + " kg rating"));
    for (const auto& [id, o] : c.coolingOptions())
        lines.push_back(line(o, "cooling", "air " + fmtGrouped(o.airKw, 1) + " kW, liquid " + fmtGrouped(o.liquidKw, 1) + " kW"));
    for (const auto& [id, m] : c.media()) {
        std::string f;
        for (const auto& r : m.reach) f += (f.empty() ? "" : ", ") + fmtGrouped(r.speedGbps, 0) + "G ≤" + fmtGrouped(r.maxM, 1) + " m";
        lines.push_back(line(m, "cable_media", f));
    }
    return lines;
}

}  // namespace

int catalogCommand(const CliArgs& args, const Catalog& catalog, Streams io) {
    if (args.positional().empty() || args.positional().front() != "list") {
        io.err << "podplanner catalog: expected 'list'\n";
        return kExitBadInput;
    }
    auto kind = args.value("--kind");
    std::vector<Line> lines;
    for (auto& l : allLines(catalog))
        if (!kind || l.kind == *kind) lines.push_back(std::move(l));
    if (kind && lines.empty()) {
        io.err << "podplanner catalog list: no entries of kind \"" << *kind << "\"\n";
        return kExitBadInput;
    }
    if (args.flag("--json")) {
        Json list = Json::array();
        for (const auto& l : lines)
            list.push_back({{"id", l.id}, {"kind", l.kind}, {"name", l.vendorModel}, {"figures", l.figures},
                            {"verification", l.verification}, {"sources", l.sources}, {"first_source", l.source}});
        io.out << Json{{"entries", list}, {"count", lines.size()}}.dump(2) << "\n";
        return kExitOk;
    }
    printTable(io.out, lines);
    io.out << lines.size() << " entries\n";
    return kExitOk;
}

}  // namespace pod::cli
