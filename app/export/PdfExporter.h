#pragma once
// Writes the drawing set as one vector PDF (text stays text, DejaVu Sans embedded) through QSaveFile.
#include <filesystem>
#include <optional>

#include "ExportDocument.h"
#include "OutputFiles.h"

namespace pod {

std::optional<OutputError> writePdf(const ExportDocument& document, const ExportData& data,
                                    const std::filesystem::path& file);

}  // namespace pod
