#include "CsvExport.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>
#include <tuple>

#include "TextFormat.h"

namespace pod {

namespace {

// Shortest decimal form up to `decimals` places, without grouping: "400", "2.5".
std::string plainNumber(double value, int decimals) {
    std::string s = fmtFixed(value, decimals);
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    return s;
}

}  // namespace

std::vector<CableScheduleRow> cableSchedule(const Project& project, const Cabling& cabling) {
    std::map<std::string, std::size_t> fabricOrder, rackOrder;
    for (std::size_t i = 0; i < project.layout.network.fabrics.size(); ++i)
        fabricOrder.emplace(project.layout.network.fabrics[i].id, i);
    for (std::size_t i = 0; i < project.layout.racks.size(); ++i) rackOrder.emplace(project.layout.racks[i].id, i);
    auto orderOf = [](const std::map<std::string, std::size_t>& order, const std::string& id) {
        auto it = order.find(id);
        return it == order.end() ? order.size() : it->second;
    };
    // Id indexes built once: Project::rack/device scan linearly, and a hall has 262k cables (quadratic otherwise).
    std::unordered_map<std::string_view, const Rack*> racks;
    std::unordered_map<std::string_view, const Device*> devices;
    for (const Rack& r : project.layout.racks) racks.emplace(r.id, &r);
    for (const Device& d : project.layout.devices) devices.emplace(d.id, &d);
    auto deviceOf = [&](const std::string& id) -> const Device* {
        auto it = devices.find(id);
        return it == devices.end() ? nullptr : it->second;
    };
    auto rackName = [&](const std::string& id) {
        auto it = racks.find(id);
        return it == racks.end() ? id : it->second->name;
    };

    struct Keyed {
        std::tuple<std::size_t, std::size_t, double, std::string, int> key;
        CableScheduleRow row;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(cabling.cables.size());
    for (const Cable& c : cabling.cables) {
        const Device* a = deviceOf(c.a.device);
        const Device* b = deviceOf(c.b.device);
        CableScheduleRow row;
        row.fabric = c.fabric;
        row.tier = c.tier;
        row.fromRack = rackName(c.a.rack);
        row.fromDevice = a ? (a->name.empty() ? a->id : a->name) : c.a.device;
        row.fromU = a ? a->u : 0;
        row.fromPort = c.a.port;
        row.toRack = rackName(c.b.rack);
        row.toDevice = b ? (b->name.empty() ? b->id : b->name) : c.b.device;
        row.toU = b ? b->u : 0;
        row.toPort = c.b.port;
        row.speedGbps = c.speedGbps;
        row.medium = c.medium;
        row.lengthMm = c.lengthMm;
        keyed.push_back({{orderOf(fabricOrder, c.fabric), orderOf(rackOrder, c.a.rack), row.fromU, row.fromDevice,
                          row.fromPort},
                         std::move(row)});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& l, const Keyed& r) { return l.key < r.key; });
    std::vector<CableScheduleRow> out;
    out.reserve(keyed.size());
    for (auto& k : keyed) {
        k.row.number = int(out.size()) + 1;
        out.push_back(std::move(k.row));
    }
    return out;
}

std::string csvField(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (char ch : value) {
        if (ch == '"') out += '"';
        out += ch;
    }
    return out + "\"";
}

std::string csvRecord(const std::vector<std::string>& fields) {
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) line += ',';
        line += csvField(fields[i]);
    }
    return line + "\r\n";
}

std::string bomToCsv(const std::vector<BomLine>& bom) {
    std::string out = csvRecord(
        {"catalog_id", "kind", "vendor", "model", "count", "unit_max_kw", "total_max_kw", "total_length_m"});
    for (const BomLine& l : bom) {
        bool cable = l.kind == "cable_media";
        out += csvRecord({l.catalogId, l.kind, l.vendor, l.model, std::to_string(l.count),
                          cable ? "" : fmtFixed(l.unitMaxW / 1000.0, 3), cable ? "" : fmtFixed(l.totalMaxW / 1000.0, 3),
                          cable ? fmtFixed(double(l.totalLengthMm) / 1000.0, 3) : ""});
    }
    return out;
}

std::string cableScheduleToCsv(const std::vector<CableScheduleRow>& schedule) {
    std::string out = csvRecord({"cable", "fabric", "tier", "from_rack", "from_u", "from_device", "from_port", "to_rack",
                                 "to_u", "to_device", "to_port", "speed_gbps", "medium", "length_m"});
    for (const CableScheduleRow& r : schedule)
        out += csvRecord({std::to_string(r.number), r.fabric, r.tier, r.fromRack, plainNumber(r.fromU, 1), r.fromDevice,
                          std::to_string(r.fromPort), r.toRack, plainNumber(r.toU, 1), r.toDevice,
                          std::to_string(r.toPort), plainNumber(r.speedGbps, 3), r.medium,
                          fmtFixed(double(r.lengthMm) / 1000.0, 3)});
    return out;
}

}  // namespace pod
