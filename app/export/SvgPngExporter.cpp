#include "SvgPngExporter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>
#include <map>
#include <set>

namespace pod {

namespace {

constexpr double kSvgResolution = 254;  // 10 user units per mm: paper sizes come out exact in mm

void renderSheet(const ExportDocument& document, const ImageSheet& s, QPainter& painter, const QRectF& page) {
    if (s.rack) document.renderRackSheet(painter, page, *s.rack);
    else document.renderFloorSheet(painter, page);
}

}  // namespace

std::vector<ImageSheet> imageSheets(const ExportData& data) {
    std::vector<ImageSheet> sheets = {{"floor", nullptr}};
    std::map<std::string, int> uses;
    for (const Rack* r : data.selectedRacks()) ++uses[safeFileStem(r->name.empty() ? r->id : r->name)];
    std::set<std::string> taken = {"floor"};
    for (const Rack* r : data.selectedRacks()) {
        std::string stem = safeFileStem(r->name.empty() ? r->id : r->name);
        if (uses[stem] > 1 || stem == "floor") stem += "-" + safeFileStem(r->id);
        // Ids are unique but their safe forms may not be ("r 1" and "r_1"): number the later ones
        // so no sheet ever overwrites another.
        std::string unique = "rack-" + stem;
        for (int n = 2; !taken.insert(unique).second; ++n) unique = "rack-" + stem + "-" + std::to_string(n);
        sheets.push_back({unique, r});
    }
    return sheets;
}

QSize sheetPixelSize(const PageLayout& layout, double dpi) {
    QSizeF mm = layout.paperMm();
    return QSize(int(std::lround(mm.width() / 25.4 * dpi)), int(std::lround(mm.height() / 25.4 * dpi)));
}

std::optional<OutputError> writeSvgSheets(const ExportDocument& document, const ExportData& data,
                                          const std::filesystem::path& dir, std::vector<std::string>& written) {
    QSize px = sheetPixelSize(document.layout(), kSvgResolution);
    for (const ImageSheet& s : imageSheets(data)) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(px);
        generator.setViewBox(QRect(QPoint(0, 0), px));
        generator.setResolution(int(kSvgResolution));
        // QSvgGenerator writes title and description verbatim: escape them for XML.
        generator.setTitle(QString::fromStdString(s.rack ? "Rack elevation " + s.rack->name : "Floor plan").toHtmlEscaped());
        generator.setDescription(QString::fromStdString(data.project().meta.name).toHtmlEscaped());
        QPainter painter;
        if (!painter.begin(&generator)) return OutputError{(dir / (s.stem + ".svg")).string(), "cannot start the SVG generator"};
        renderSheet(document, s, painter, QRectF(QPointF(0, 0), QSizeF(px)));
        painter.end();
        auto file = dir / (s.stem + ".svg");
        if (auto e = writeFileAtomically(file, buffer.data())) return e;
        written.push_back(file.string());
    }
    return std::nullopt;
}

std::optional<OutputError> writePngSheets(const ExportDocument& document, const ExportData& data,
                                          const std::filesystem::path& dir, int dpi, std::vector<std::string>& written) {
    QSize px = sheetPixelSize(document.layout(), dpi);
    const int dotsPerMetre = int(std::lround(dpi / 0.0254));
    for (const ImageSheet& s : imageSheets(data)) {
        QImage image(px, QImage::Format_RGB32);
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderSheet(document, s, painter, QRectF(QPointF(0, 0), QSizeF(px)));
        painter.end();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        auto file = dir / (s.stem + ".png");
        if (!image.save(&buffer, "PNG")) return OutputError{file.string(), "PNG encoding failed"};
        if (auto e = writeFileAtomically(file, bytes)) return e;
        written.push_back(file.string());
    }
    return std::nullopt;
}

}  // namespace pod
