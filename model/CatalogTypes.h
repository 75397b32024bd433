#pragma once
// Catalog entry types: real equipment with the sources behind every figure (see catalog/README.md).
#include <optional>
#include <string>
#include <vector>

#include "Precision.h"

namespace pod {

enum class EquipmentKind { GpuNode, CpuNode, Switch, Storage, Pdu, PatchPanel, Blank, Cdu };
enum class Fabric { Compute, Storage, Inband, Oob };
enum class Airflow { FrontToRear, RearToFront, SideToRear, Passive, Mixed };
enum class CoolingType { Air, Liquid, Hybrid };
enum class CoolingUnitType { CduInRack, CduInRow, CduFacility, Rdhx, Crah };
enum class CoolingMedium { Liquid, Air };

std::string_view kindKey(EquipmentKind k);
std::string_view fabricKey(Fabric f);
std::string_view airflowKey(Airflow a);
std::string_view coolingTypeKey(CoolingType c);
std::string_view coolingUnitTypeKey(CoolingUnitType t);  // "cdu-in-rack", "cdu-in-row", "cdu-facility", "rdhx", "crah"
std::string_view coolingMediumKey(CoolingMedium m);      // "liquid", "air"

struct Source {
    std::string ref;
    std::string grade;  // vendor | netbox | secondary
    std::string supports;
};

// Who says so: shared by every entry.
struct Provenance {
    std::string id;
    std::string vendor;
    std::string model;
    std::string verification;  // vendor | netbox | secondary | unverified
    std::vector<std::string> unverified;
    std::vector<Source> sources;
    std::string notes;
    std::string file;  // catalog file it came from (for messages)
    bool isUnverified(const std::string& field) const;
};

struct Accelerator : Provenance {
    double memoryGb = 0;
    double tdpW = 0;
    Throughput throughput;
};

struct PortGroup {
    Fabric fabric = Fabric::Compute;
    double speedGbps = 0;
    int count = 0;
};

struct StorageSpec {
    double rawTb = 0;
    std::optional<double> usableTb;
    std::optional<int> drives, raidData, raidParity, spareDrives;
    std::optional<double> driveTb, readGBps, writeGBps;
    // Stated usable, else (drives − spares) × drive_tb × data/(data+parity), else raw.
    double effectiveUsableTb() const;
};

struct PduSpec {
    int phases = 3;
    double voltageV = 0;
    double currentA = 0;
    double capacityW = 0;
};

// A catalog entry's figure as a cooling unit (its "cooling_unit" object): what kind of unit, the heat it is
// rated to remove, and whether it takes that heat from the liquid loop (CDUs) or from the air (RDHx, CRAH).
struct CoolingUnitSpec {
    CoolingUnitType type = CoolingUnitType::CduInRack;
    double capacityKw = 0;
    CoolingMedium medium = CoolingMedium::Liquid;
    // In-row and facility CDUs and CRAHs stand on the floor (catalog u_height 0); in-rack CDUs and doors do not.
    bool floorStanding() const {
        return type == CoolingUnitType::CduInRow || type == CoolingUnitType::CduFacility || type == CoolingUnitType::Crah;
    }
};

struct Equipment : Provenance {
    EquipmentKind kind = EquipmentKind::GpuNode;
    double uHeight = 1;  // multiple of 0.5; 0 = side-mounted
    std::optional<int> depthMm;
    bool fullDepth = true;
    double weightKg = 0;
    double maxW = 0;
    std::optional<double> typicalW;
    CoolingType cooling = CoolingType::Air;
    double liquidFraction = 0;
    Airflow airflow = Airflow::FrontToRear;
    std::string acceleratorRef;
    int acceleratorCount = 0;
    std::vector<PortGroup> ports;
    std::optional<StorageSpec> storage;
    std::optional<PduSpec> pdu;
    // A rack-scale system (NVL72 class, "rack_scale": {"rack": ID}): the system is its rack. rackScaleRack
    // names the catalog rack model of its enclosure (must be a rack); rackScaleRefPath is that field's JSON
    // path in its file, for messages when the reference is checked after every file has loaded.
    bool rackScale = false;
    std::string rackScaleRack;
    std::string rackScaleRefPath;
    std::optional<CoolingUnitSpec> coolingUnit;  // kind cdu only (required there)
};

struct RackModel : Provenance {
    int uHeight = 42;
    int widthMm = 600;
    int depthMm = 1070;
    double weightKg = 0;
    double maxLoadKg = 0;
};

struct CoolingOption : Provenance {
    std::string method;
    double airKw = 0;
    double liquidKw = 0;
    std::optional<CoolingUnitSpec> coolingUnit;  // rear doors sold as units (type rdhx)
    bool liquidCapable() const { return liquidKw > 0; }
};

// Kind "power_node": a model of a power chain element behind the racks (model/power/PowerChain.h), for a chain
// editor to pick from: a UPS system (module kW × up to modules_max modules) or a distribution product (busway,
// RPP, floor PDU, switchboard: voltage, phases, rating in A; a busway lists the tap-off box ratings it offers).
struct PowerNodeModel : Provenance {
    std::string type;       // "ups", "switchboard", "rpp", "floor-pdu", "busway" (PowerChain.h's kind keys)
    double moduleKw = 0;    // ups: kW per module
    int modulesMax = 0;     // ups: modules the frame holds
    double voltageV = 0;    // distribution: line-to-line voltage
    int phases = 3;
    double ratingA = 0;     // distribution: rating in A
    std::vector<double> tapOffA;  // busway: tap-off box ratings in A
    int circuits = 0;       // rpp / floor-pdu: branch circuit positions (0: not given)
};

struct Reach {
    double speedGbps = 0;
    double maxM = 0;
};

struct CableMedium : Provenance {
    std::string medium;
    int costRank = 0;
    std::vector<Reach> reach;
    // Longest run at `speedGbps`: the exact figure, else that of the slowest faster speed listed;
    // nothing when every listed speed is slower.
    std::optional<double> maxReachM(double speedGbps) const;
};

}  // namespace pod
