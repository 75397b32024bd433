#include "NetboxCsvExport.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "Cabling.h"
#include "NetboxCsv.h"
#include "NetboxNames.h"

namespace pod::netbox {

namespace {

std::string num(double v, int decimals = 2) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    return s == "-0" ? "0" : s;
}

// A YAML scalar in double quotes (JSON escaping is valid YAML).
std::string yq(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') out += '\\', out += char(c);
        else if (c == '\n') out += "\\n";
        else if (c < 0x20) {
            char b[8];
            std::snprintf(b, sizeof b, "\\x%02x", c);
            out += b;
        } else out += char(c);
    }
    return out + "\"";
}

std::string typeSlug(const Equipment& e) {
    std::string id = e.id;
    if (id.rfind("netbox-", 0) == 0) id = id.substr(7);  // imported from the devicetype-library: its own slug
    return slugify(id);
}

// One devicetype-library file for a catalog entry: the interfaces are named as cables.csv names them.
std::string deviceTypeYaml(const Equipment& e) {
    std::string y = "# Written by Pod Planner from catalog entry " + e.id + " (" + e.file + ").\n";
    y += "manufacturer: " + yq(e.vendor) + "\nmodel: " + yq(e.model) + "\nslug: " + yq(typeSlug(e)) + "\n";
    y += "u_height: " + num(e.uHeight, 1) + "\nis_full_depth: " + std::string(e.fullDepth ? "true" : "false") + "\n";
    if (e.weightKg > 0) y += "weight: " + num(e.weightKg, 3) + "\nweight_unit: kg\n";
    y += "airflow: " + airflowName(e.airflow) + "\n";
    if (!e.notes.empty()) y += "comments: " + yq(e.notes) + "\n";
    if (e.kind != EquipmentKind::Blank && e.kind != EquipmentKind::PatchPanel) {
        y += "power-ports:\n  - name: " + yq(e.kind == EquipmentKind::Pdu ? "Input" : "PSU1") + "\n";
        if (e.maxW > 0) y += "    maximum_draw: " + num(std::round(e.maxW), 0) + "\n";
        if (e.typicalW && *e.typicalW > 0 && *e.typicalW <= e.maxW)
            y += "    allocated_draw: " + num(std::round(*e.typicalW), 0) + "\n";
    }
    std::map<std::string, int> perFabric;
    std::string interfaces;
    for (const auto& g : e.ports)
        for (int i = 0; i < g.count; ++i) {
            const std::string fabric(fabricKey(g.fabric));
            interfaces += "  - name: " + yq(interfaceName(fabric, ++perFabric[fabric])) + "\n    type: " + interfaceType(g.speedGbps) + "\n";
            if (g.fabric == Fabric::Oob) interfaces += "    mgmt_only: true\n";
        }
    if (!interfaces.empty()) y += "interfaces:\n" + interfaces;
    return y;
}

int fabricPortCount(const Equipment* e, const std::string& kind) {
    int n = 0;
    if (e)
        for (const auto& g : e->ports)
            if (fabricKey(g.fabric) == kind) n += g.count;
    return n;
}

struct Context {
    const Project& project;
    const Catalog& catalog;
    std::string site, location;
    std::vector<std::string> names;  // NetBox device name by device index
    NetboxExport out;
    std::unordered_map<std::string, const Rack*> racks = {};  // by id

    // A rack's NetBox location: its hall in a site with halls (Project::halls), else the room.
    const std::string& locationOf(const Rack* rack) const {
        if (rack && !rack->hall.empty())
            if (const Hall* h = project.hall(rack->hall)) return h->name;
        return location;
    }
};

void writeTypes(Context& c) {
    std::set<std::string> vendors, used;
    std::map<EquipmentKind, bool> roles;
    for (const auto& d : c.project.layout.devices)
        if (const Equipment* e = c.catalog.equipment(d.catalogId)) {
            vendors.insert(e->vendor);
            used.insert(e->id);
            roles[e->kind] = true;
        }
    std::string m = csvLine({"name", "slug"});
    for (const auto& v : vendors) m += csvLine({v, slugify(v)});
    c.out.files.push_back({"manufacturers.csv", m});
    std::string r = csvLine({"name", "slug", "color"});
    for (const auto& [kind, _] : roles) r += csvLine({roleName(kind), slugify(roleName(kind)), roleColor(kind)});
    c.out.files.push_back({"device-roles.csv", r});
    for (const auto& id : used) {
        const Equipment* e = c.catalog.equipment(id);
        c.out.files.push_back({"device-types/" + slugify(e->vendor) + "/" + typeSlug(*e) + ".yaml", deviceTypeYaml(*e)});
        ++c.out.deviceTypes;
    }
}

void writeSiteAndRacks(Context& c) {
    c.out.files.push_back({"sites.csv", csvLine({"name", "slug", "status", "description"}) +
                                            csvLine({c.site, slugify(c.site), "planned", "Pod Planner plan " + c.project.meta.name})});
    std::string locations = csvLine({"site", "name", "slug", "status"});
    if (c.project.halls.empty()) locations += csvLine({c.site, c.location, slugify(c.location), "planned"});
    for (const auto& h : c.project.halls) locations += csvLine({c.site, h.name, slugify(h.name), "planned"});
    c.out.files.push_back({"locations.csv", locations});
    std::string r = csvLine({"site", "location", "name", "facility_id", "status", "width", "u_height", "outer_width",
                             "outer_depth", "outer_unit", "description"});
    for (const auto& rack : c.project.layout.racks) {
        const RackModel* m = c.catalog.rack(rack.model);
        r += csvLine({c.site, c.locationOf(&rack), rack.name.empty() ? rack.id : rack.name, rack.id, "planned", "19",
                      m ? std::to_string(m->uHeight) : "42", m ? std::to_string(m->widthMm) : "", m ? std::to_string(m->depthMm) : "",
                      m ? "mm" : "", kRackModelPrefix + rack.model + (rack.row.empty() ? "" : ", row " + rack.row)});
        ++c.out.racks;
    }
    c.out.files.push_back({"racks.csv", r});
}

void writeDevices(Context& c) {
    std::string t = csvLine({"name", "role", "manufacturer", "device_type", "status", "site", "location", "rack", "position",
                             "face", "description"});
    const auto& devices = c.project.layout.devices;
    for (std::size_t i = 0; i < devices.size(); ++i) {
        const Device& d = devices[i];
        const Equipment* e = c.catalog.equipment(d.catalogId);
        const auto found = c.racks.find(d.rack);
        const Rack* rack = found == c.racks.end() ? nullptr : found->second;
        if (!e) {
            c.out.warnings.push_back("device " + d.id + ": catalog entry " + d.catalogId + " unknown, not exported");
            continue;
        }
        const bool zeroU = d.u == 0 || e->uHeight == 0;  // side-mounted: racked, no position, no face
        t += csvLine({c.names[i], roleName(e->kind), e->vendor, e->model, "planned", c.site, c.locationOf(rack),
                      rack ? (rack->name.empty() ? rack->id : rack->name) : "", zeroU ? "" : num(d.u, 1),
                      zeroU ? "" : (d.face == Face::Rear ? "rear" : "front"), kDeviceIdPrefix + d.id});
        ++c.out.devices;
    }
    c.out.files.push_back({"devices.csv", t});
}

void writeCables(Context& c) {
    const Cabling cabling = deriveCabling(c.project, c.catalog);
    std::map<std::string, std::size_t> index;
    const auto& devices = c.project.layout.devices;
    for (std::size_t i = 0; i < devices.size(); ++i) index.emplace(devices[i].id, i);
    std::map<std::string, std::string> kindOf;
    for (const auto& f : c.project.layout.network.fabrics) kindOf[f.id] = f.kind;
    std::string t = csvLine({"side_a_device", "side_a_type", "side_a_name", "side_b_device", "side_b_type", "side_b_name",
                             "type", "status", "length", "length_unit", "description"});
    int beyondPorts = 0;
    for (const Cable& cable : cabling.cables) {
        const std::string kind = kindOf[cable.fabric];
        const std::size_t a = index[cable.a.device], b = index[cable.b.device];
        for (auto [i, port] : {std::pair{a, cable.a.port}, std::pair{b, cable.b.port}})
            if (port > fabricPortCount(c.catalog.equipment(devices[i].catalogId), kind)) ++beyondPorts;
        const CableMedium* m = c.catalog.medium(cable.medium);
        t += csvLine({c.names[a], "dcim.interface", interfaceName(kind, cable.a.port), c.names[b], "dcim.interface",
                      interfaceName(kind, cable.b.port), m ? cableType(m->medium) : "", "planned",
                      num(double(cable.lengthMm) / 1000.0, 2), "m", cable.fabric + " " + cable.tier});
        ++c.out.cables;
    }
    if (beyondPorts > 0)
        c.out.warnings.push_back(std::to_string(beyondPorts) + " cable end(s) land on a port number the device type does not have "
                                 "(more links than switch ports): NetBox will refuse those cables");
    c.out.files.push_back({"cables.csv", t});
}

// The PDU feeding `feed` of a rack (the first on it, else the rack's first PDU): the feed's phases, voltage, current.
const PduSpec* feedPdu(const Context& c, const Rack& rack, const std::string& feed) {
    const PduSpec* any = nullptr;
    for (const auto& d : c.project.layout.devices) {
        if (d.rack != rack.id) continue;
        const Equipment* e = c.catalog.equipment(d.catalogId);
        if (!e || !e->pdu) continue;
        if (d.feed == feed) return &*e->pdu;
        if (!any) any = &*e->pdu;
    }
    return any;
}

void writePower(Context& c) {
    std::set<std::pair<std::string, std::string>> panels;  // location, panel
    std::string feeds = csvLine({"site", "power_panel", "location", "rack", "name", "status", "type", "supply", "phase",
                                 "voltage", "amperage", "max_utilization"});
    for (const auto& rack : c.project.layout.racks) {
        for (std::size_t i = 0; i < rack.feeds.size(); ++i) {
            const std::string& feed = rack.feeds[i];
            const PowerNode* node = nullptr;
            if (auto it = rack.feedFrom.find(feed); it != rack.feedFrom.end()) node = c.project.powerChain.node(it->second);
            const std::string panel = node ? (node->name.empty() ? node->id : node->name) : "Panel " + feed;
            const PduSpec* pdu = feedPdu(c, rack, feed);
            const int phases = pdu ? pdu->phases : node ? node->phases : 0;
            const double volts = pdu ? pdu->voltageV : node ? node->voltageV : 0;
            if (!pdu) {
                c.out.warnings.push_back("rack " + rack.id + " feed " + feed + ": no PDU on it, power feed left out");
                continue;
            }
            panels.insert({c.locationOf(&rack), panel});
            feeds += csvLine({c.site, panel, c.locationOf(&rack), rack.name.empty() ? rack.id : rack.name,
                              (rack.name.empty() ? rack.id : rack.name) + "-" + feed, "planned", i == 0 ? "primary" : "redundant", "ac",
                              phases == 3 ? "three-phase" : "single-phase", num(volts, 0), num(pdu->currentA, 0), "80"});
            ++c.out.powerFeeds;
        }
    }
    std::string p = csvLine({"site", "location", "name"});
    for (const auto& [location, panel] : panels) p += csvLine({c.site, location, panel});
    c.out.files.push_back({"power-panels.csv", p});
    c.out.files.push_back({"power-feeds.csv", feeds});
}

}  // namespace

std::vector<std::string> netboxDeviceNames(const Project& project) {
    std::map<std::string, int> uses;
    for (const auto& d : project.layout.devices) ++uses[d.name];
    std::vector<std::string> names;
    for (const auto& d : project.layout.devices)
        names.push_back(!d.name.empty() && uses[d.name] == 1 ? d.name : d.id);
    // An id chosen for one device may equal another's name: then that one falls back to its id too.
    std::map<std::string, int> final;
    for (const auto& n : names) ++final[n];
    for (std::size_t i = 0; i < names.size(); ++i)
        if (final[names[i]] > 1) names[i] = project.layout.devices[i].id;
    return names;
}

NetboxExport exportNetbox(const Project& project, const Catalog& catalog) {
    Context c{project, catalog, "", "", netboxDeviceNames(project), {}};
    c.site = !project.meta.name.empty() ? project.meta.name : !project.room.name.empty() ? project.room.name : "Pod Planner site";
    if (c.site.size() > 100) c.site = c.site.substr(0, 100);
    c.location = project.room.name.empty() ? "Room" : project.room.name;
    for (const auto& r : project.layout.racks) c.racks.emplace(r.id, &r);
    writeTypes(c);
    writeSiteAndRacks(c);
    writeDevices(c);
    writeCables(c);
    writePower(c);
    return c.out;
}

}  // namespace pod::netbox
