#include "PdfExporter.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace pod {

namespace {

QPageSize pageSizeFor(const PaperSpec& paper) {
    if (paper.name == "a4") return QPageSize(QPageSize::A4);
    if (paper.name == "a3") return QPageSize(QPageSize::A3);
    if (paper.name == "letter") return QPageSize(QPageSize::Letter);
    if (paper.name == "tabloid") return QPageSize(QPageSize::Tabloid);
    return QPageSize(QSizeF(paper.widthMm, paper.heightMm), QPageSize::Millimeter);
}

constexpr int kPdfResolution = 1200;

}  // namespace

std::optional<OutputError> writePdf(const ExportDocument& document, const ExportData& data,
                                    const std::filesystem::path& file, const PageProgress& progress) {
    QSaveFile out(QString::fromStdString(file.string()));
    if (!out.open(QIODevice::WriteOnly)) return OutputError{file.string(), out.errorString().toStdString()};
    {
        QPdfWriter writer(&out);
        writer.setResolution(kPdfResolution);
        writer.setCreator(QStringLiteral("Pod Planner"));
        writer.setTitle(QString::fromStdString(data.project().meta.name));
        const PageLayout& layout = document.layout();
        writer.setPageLayout(QPageLayout(pageSizeFor(layout.paper()),
                                         layout.landscape() ? QPageLayout::Landscape : QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        if (!painter.begin(&writer)) {
            out.cancelWriting();
            return OutputError{file.string(), "cannot start the PDF writer"};
        }
        QRectF page(QPointF(0, 0), writer.pageLayout().fullRectPixels(kPdfResolution).size());
        for (int i = 0; i < document.pageCount(); ++i) {
            if (progress && !progress(i, document.pageCount())) {
                painter.end();
                out.cancelWriting();
                return OutputError{file.string(), kExportCancelled};
            }
            if (i > 0) writer.newPage();
            document.renderPage(painter, page, i);
        }
        painter.end();
    }
    if (progress) progress(document.pageCount(), document.pageCount());
    if (!out.commit()) return OutputError{file.string(), out.errorString().toStdString()};
    return std::nullopt;
}

}  // namespace pod
