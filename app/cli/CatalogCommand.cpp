#include <iomanip>
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
    for (const auto& l : lines)
        io.out << std::left << std::setw(34) << l.id << std::setw(13) << l.kind << std::setw(44) << l.vendorModel
               << std::setw(12) << l.verification << l.figures << "\n";
    io.out << lines.size() << " entries\n";
    return kExitOk;
}

}  // namespace pod::cli
