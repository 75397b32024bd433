#pragma once
// A site of several halls (Project::halls): one hall cut out as a project of its own, for per-hall totals
// and checks, and a pod repeated in H halls side by side (`generate --halls H`).
#include <cstdint>
#include <string>

#include "Project.h"

namespace pod {

// The hall `hallId` as a project: its outline as the room (its capacities when given, else the site's), the
// keep-outs inside it, its racks, the devices in them, the fabrics' switches among those devices (fabrics
// with none dropped), the cooling units serving its racks and the power-chain nodes upstream of its racks'
// feeds. Meta and settings are the site's; no halls, no scenarios. An unknown id gives an empty layout.
Project hallProject(const Project& site, const std::string& hallId);

// `pod` (one room, no halls) repeated in `halls` halls laid side by side along x, `gapMm` apart: hall h
// (1-based) is "hall-h", named "Hall h"; every rack, device, fabric, cooling unit and power node id gets
// the prefix "h<h>-" and every rack, row, unit and node name "H<h> "; the room becomes the site outline
// around all halls. halls = 1 still names the one hall. Requires halls ≥ 1 and a pod without halls.
Project repeatInHalls(const Project& pod, int halls, std::int64_t gapMm = 20000);

}  // namespace pod
