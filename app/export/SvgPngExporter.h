#pragma once
// One image per rack elevation (rack-<name>.svg / .png) and one of the floor plan (floor.svg / .png),
// each a whole sheet of the chosen paper with its title block, drawn by the same renderer as the PDF.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ExportDocument.h"
#include "OutputFiles.h"

namespace pod {

// File stem ("floor", "rack-A01", …) for each sheet, all different: racks whose safe names collide get
// their id appended, and "-2", "-3" … if even that is taken.
struct ImageSheet {
    std::string stem;
    const Rack* rack = nullptr;  // nullptr: the floor plan
};
std::vector<ImageSheet> imageSheets(const ExportData& data);

// Pixel size of a sheet at `dpi`: paper size in mm / 25.4 × dpi, rounded.
QSize sheetPixelSize(const PageLayout& layout, double dpi);

// Writes every sheet into `dir` (which must exist); `written` collects the file names.
std::optional<OutputError> writeSvgSheets(const ExportDocument& document, const ExportData& data,
                                          const std::filesystem::path& dir, std::vector<std::string>& written);
std::optional<OutputError> writePngSheets(const ExportDocument& document, const ExportData& data,
                                          const std::filesystem::path& dir, int dpi, std::vector<std::string>& written);

}  // namespace pod
