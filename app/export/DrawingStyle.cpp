#include "DrawingStyle.h"

#include "FloorScene.h"
#include "PowerBand.h"

namespace pod::style {

QColor ink() { return QColor(0x1a, 0x1a, 0x1a); }
QColor grey() { return QColor(0x5f, 0x5f, 0x5f); }
QColor lightGrey() { return QColor(0xb4, 0xb4, 0xb4); }
QColor paleGrey() { return QColor(0xee, 0xee, 0xee); }

TextStyle text(double pt, bool bold) { return TextStyle{pt, bold, false, ink()}; }
TextStyle secondary(double pt, bool bold) { return TextStyle{pt, bold, false, grey()}; }

QColor kindFill(std::string_view kind) {
    if (kind == "gpu_node") return QColor(0xa9, 0xc4, 0xe0);     // muted blue
    if (kind == "cpu_node") return QColor(0xb9, 0xd9, 0xd6);     // muted teal
    if (kind == "switch") return QColor(0xb8, 0xd8, 0xa8);       // muted green
    if (kind == "storage") return QColor(0xcf, 0xc0, 0xe0);      // muted violet
    if (kind == "pdu") return QColor(0xf0, 0xd5, 0x96);          // ochre
    if (kind == "patch_panel") return QColor(0xd9, 0xc8, 0xb4);  // sand
    if (kind == "cdu") return QColor(0x9f, 0xd3, 0xe6);          // cyan
    if (kind == "blank") return QColor(0xe4, 0xe4, 0xe4);        // light grey
    return QColor(0xf4, 0xf4, 0xf4);
}

QString kindLabel(std::string_view kind) {
    if (kind == "gpu_node") return QStringLiteral("GPU node");
    if (kind == "cpu_node") return QStringLiteral("CPU node");
    if (kind == "switch") return QStringLiteral("Switch");
    if (kind == "storage") return QStringLiteral("Storage");
    if (kind == "pdu") return QStringLiteral("PDU");
    if (kind == "patch_panel") return QStringLiteral("Patch panel");
    if (kind == "cdu") return QStringLiteral("CDU");
    if (kind == "blank") return QStringLiteral("Blank");
    return QString::fromUtf8(kind.data(), int(kind.size()));
}

const std::vector<std::string>& legendKinds() {
    static const std::vector<std::string> kinds = {"gpu_node", "cpu_node", "switch",      "storage",
                                                   "pdu",      "cdu",      "patch_panel", "blank"};
    return kinds;
}

// Rack power colours are the floor's (FloorScene.h bandColours): paper, planner and comparison agree.
std::vector<UtilisationBand> utilisationBands(double warningFraction) {
    const QString line = QString::fromStdString(warningLineText(warningFraction)).remove(QStringLiteral(" %"));
    return {{QStringLiteral("≤ %1 %").arg(line), bandColours(LoadBand::Ok).fill},
            {QStringLiteral("%1–100 %").arg(line), bandColours(LoadBand::Warning).fill},
            {QStringLiteral("> 100 %"), bandColours(LoadBand::Over).fill}};
}

QColor noBudgetFill() { return bandColours(LoadBand::None).fill; }

QColor utilisationFill(double ratio, double warningFraction) { return bandColours(loadBand(ratio, warningFraction)).fill; }

QColor severityColor(Severity severity) {
    switch (severity) {
    case Severity::Error: return QColor(0xc0, 0x39, 0x2b);
    case Severity::Warning: return QColor(0xd6, 0x8a, 0x00);
    case Severity::Info: return QColor(0x4a, 0x78, 0xa8);
    }
    return ink();
}

QString severityLabel(Severity severity) {
    switch (severity) {
    case Severity::Error: return QStringLiteral("Errors");
    case Severity::Warning: return QStringLiteral("Warnings");
    case Severity::Info: return QStringLiteral("Notes");
    }
    return {};
}

}  // namespace pod::style
