#pragma once
// Writes the drawing set as one vector PDF (text stays text, DejaVu Sans embedded) through QSaveFile.
#include <filesystem>
#include <functional>
#include <optional>

#include "ExportDocument.h"
#include "OutputFiles.h"

namespace pod {

// Called before each page with (pages done, page count); returning false cancels the export: the
// temporary file is discarded and `file` is left as it was.
using PageProgress = std::function<bool(int done, int total)>;

std::optional<OutputError> writePdf(const ExportDocument& document, const ExportData& data,
                                    const std::filesystem::path& file, const PageProgress& progress = {});

// The reason writePdf gives when `progress` cancelled it.
inline constexpr const char* kExportCancelled = "export cancelled; the file was not changed";

}  // namespace pod
