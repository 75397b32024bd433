#pragma once
// The drawing set as pages: plans them (PagePlan) and draws any one of them, title block included,
// onto any QPainter given the page's rectangle in that painter's coordinates. The PDF writer, the
// SVG/PNG exporter and the GUI's print preview all draw through this class.
#include <memory>
#include <set>
#include <vector>

#include <QPainter>
#include <QRectF>

#include "ExportData.h"
#include "PageLayout.h"
#include "PagePlan.h"
#include "TablePainter.h"
#include "TitleBlockPainter.h"

namespace pod {

class ExportDocument {
public:
    ExportDocument(const ExportData& data, PageLayout layout,
                   const std::set<ExportSection>& sections = allSections());

    const PageLayout& layout() const { return layout_; }
    const std::vector<PageSpec>& pages() const { return pages_; }
    int pageCount() const { return int(pages_.size()); }
    int bomRows() const { return int(bom_.rows.size()); }
    int cableRows() const { return int(cables_.rows.size()); }
    int coolingRows() const { return int(cooling_.rows.size()); }  // 0: no cooling units, no cooling pages
    int panelRows() const { return int(panels_.rows.size()); }      // 0: no distribution node in the power chain

    // Page `index` (0-based) with the paper filling `pageRect`.
    void renderPage(QPainter& painter, const QRectF& pageRect, int index) const;
    // Standalone sheets (SVG/PNG): one rack's elevations, or the floor plan, without page numbers.
    void renderRackSheet(QPainter& painter, const QRectF& pageRect, const Rack& rack) const;
    void renderFloorSheet(QPainter& painter, const QRectF& pageRect) const;

private:
    TitleBlockInfo titleInfo(const QString& sheetTitle, const QString& page, const QString& scale) const;
    void paintRackPage(const Sheet& sheet, const std::vector<const Rack*>& racks, int slotCount, const QString& title,
                       const QString& page) const;
    // The room's or site's plan (hall 0), or hall h - 1's alone (Project::halls) with its own figures.
    void paintFloorPage(const Sheet& sheet, const QString& page, int hall = 0) const;
    const ExportData& hallData(int hall) const;

    const ExportData& data_;
    PageLayout layout_;
    Table bom_;
    Table cables_;
    Table cooling_;
    Table panels_;
    TablePainter bomPainter_{bom_};     // keep their measured column widths from page to page
    TablePainter cablePainter_{cables_};
    TablePainter coolingPainter_{cooling_};
    TablePainter panelPainter_{panels_};
    std::vector<PageSpec> pages_;
    // The hall last drawn on its own page, as a project of its own (hallProject()): one at a time, made when its page is.
    struct HallView {
        int hall = 0;
        std::unique_ptr<Project> project;
        std::unique_ptr<ExportData> data;
    };
    mutable HallView hallView_;
};

}  // namespace pod
