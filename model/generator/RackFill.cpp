#include "RackFill.h"

#include <cmath>
#include <map>

namespace pod::gen {

void RackFill::add(const std::string& catalogId, const Equipment& e, std::string id, std::string name, double u, Face face,
                   std::string feed) {
    Device d;
    d.id = std::move(id);
    d.catalogId = catalogId;
    d.rack = rack_.id;
    d.u = e.uHeight == 0 ? 0 : u;
    d.face = face;
    d.name = std::move(name);
    d.feed = std::move(feed);
    devices.push_back(std::move(d));
    if (e.uHeight == 0) return;
    for (int k = int(u); k < int(std::ceil(u + e.uHeight)) && k < int(used_.size()); ++k) used_[std::size_t(k)] = true;
}

double RackFill::addPdus(const PduPlan& p, double bottomU, int bottomPairs, double upperU) {
    if (!p.pdu) return bottomU;
    double u = bottomU;
    for (int i = 1; i <= p.perFeed; ++i) {
        if (i == bottomPairs + 1) u = upperU;
        for (const char* feed : {"A", "B"}) {
            std::string lower = feed[0] == 'A' ? "a" : "b";
            std::string suffix = p.perFeed == 1 ? "" : std::to_string(i);
            add(p.pdu->id, *p.pdu, rack_.id + "-pdu-" + lower + suffix, rack_.name + "-PDU-" + feed + suffix, u, Face::Front,
                feed);
            u += p.pdu->uHeight;
        }
    }
    return u;
}

void RackFill::fillBlanks(const std::vector<const Equipment*>& blanks) {
    const int top = int(used_.size()) - 2;
    for (int u = 1; u <= top;) {
        if (used_[std::size_t(u)]) {
            ++u;
            continue;
        }
        int run = 0;
        while (u + run <= top && !used_[std::size_t(u + run)]) ++run;
        const Equipment* pick = nullptr;
        for (const Equipment* b : blanks)
            if (b->uHeight <= run) {
                pick = b;
                break;
            }
        if (!pick) {
            u += run;
            continue;
        }
        std::string at = std::to_string(u);
        add(pick->id, *pick, rack_.id + "-blank-" + at, rack_.name + "-BLANK-" + at, u, Face::Front);
        u += int(pick->uHeight);
    }
}

// Blanking panels of whole rack units, tallest first (then by id).
std::vector<const Equipment*> blankModels(const Catalog& catalog) {
    std::map<int, const Equipment*> byHeight;
    for (const auto& [id, e] : catalog.equipmentEntries())
        if (e.kind == EquipmentKind::Blank && e.uHeight >= 1 && std::fmod(e.uHeight, 1.0) == 0 && !byHeight.count(int(e.uHeight)))
            byHeight[int(e.uHeight)] = &e;
    std::vector<const Equipment*> out;
    for (auto it = byHeight.rbegin(); it != byHeight.rend(); ++it) out.push_back(it->second);
    return out;
}

}  // namespace pod::gen
