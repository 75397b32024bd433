#pragma once
// A plan → the files NetBox's bulk import takes, in the order it needs them (README "NetBox export"):
// manufacturers, device roles, device types (devicetype-library YAML, one file per catalog entry used),
// site, location, racks, devices, cables (derived by model/Cabling.h), power panels and power feeds.
// Column names are NetBox's import form fields (netbox/dcim/forms/bulk_import.py, NetBox 4.x: `role`, not
// the 3.x `device_role`). Pure std; the caller writes the files.
#include <string>
#include <vector>

#include "Catalog.h"
#include "Project.h"

namespace pod::netbox {

struct NetboxFile {
    std::string path;  // relative to the output folder: "racks.csv", "device-types/NVIDIA/nvidia-dgx-h100.yaml"
    std::string text;
};

struct NetboxExport {
    std::vector<NetboxFile> files;      // in import order
    std::vector<std::string> warnings;  // what NetBox will refuse or what was left out, one line each
    int racks = 0, devices = 0, cables = 0, deviceTypes = 0, powerFeeds = 0;
};

NetboxExport exportNetbox(const Project& project, const Catalog& catalog);

// The NetBox name each device is exported under: its name when set and unique in the plan, else its id.
std::vector<std::string> netboxDeviceNames(const Project& project);

}  // namespace pod::netbox
