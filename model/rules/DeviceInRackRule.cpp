#include "DeviceInRackRule.h"

#include "../TextFormat.h"

namespace pod {

void DeviceInRackRule::checkRack(const CheckContext& ctx, const Rack& rack, std::vector<Violation>& out) const {
    {
        const RackModel* model = ctx.catalog().rack(rack.model);
        if (!model) return;
        for (const Device* d : ctx.devicesIn(rack)) {
            const Equipment* e = ctx.equipment(*d);
            if (!e || e->uHeight == 0) continue;
            double top = d->u + e->uHeight - 1;
            if (d->u >= 1 && top <= model->uHeight) continue;
            out.push_back({std::string(id()), Severity::Error,
                           "Rack " + ctx.rackName(rack) + ": " + deviceLabel(*d) + " spans U" + fmtU(d->u) + "–U" +
                               fmtU(top) + ", outside the rack's U1–U" + std::to_string(model->uHeight),
                           {d->id, rack.id}, rack.position});
        }
    }
}

}  // namespace pod
