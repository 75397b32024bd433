#pragma once
// The cable schedule (cables in reading order: by fabric, then from rack, then U) and the RFC 4180
// CSV writers for it and for the bill of materials. Pure std: the PDF tables and the CSV files share it.
#include <cstdint>
#include <string>
#include <vector>

#include "Bom.h"
#include "Cabling.h"
#include "Project.h"

namespace pod {

// One cable as a person reads it: rack and device names, bottom U and port at each end.
struct CableScheduleRow {
    int number = 0;  // 1-based position in the schedule: the cable's label
    std::string fabric;
    std::string tier;
    std::string fromRack, fromDevice;
    double fromU = 0;
    int fromPort = 0;
    std::string toRack, toDevice;
    double toU = 0;
    int toPort = 0;
    double speedGbps = 0;
    std::string medium;  // catalog cable_media id; "" when no medium reaches
    std::int64_t lengthMm = 0;
};

// Sorted by fabric (network order), from rack (project order), from U, from device, from port.
std::vector<CableScheduleRow> cableSchedule(const Project& project, const Cabling& cabling);

// One CSV field: quoted when it holds a comma, a quote, CR or LF; quotes doubled.
std::string csvField(const std::string& value);
// Fields joined by commas and ended by CRLF.
std::string csvRecord(const std::vector<std::string>& fields);

// Header: catalog_id,kind,vendor,model,count,unit_max_kw,total_max_kw,total_length_m
std::string bomToCsv(const std::vector<BomLine>& bom);
// Header: cable,fabric,tier,from_rack,from_u,from_device,from_port,to_rack,to_u,to_device,to_port,
//         speed_gbps,medium,length_m
std::string cableScheduleToCsv(const std::vector<CableScheduleRow>& schedule);

}  // namespace pod
