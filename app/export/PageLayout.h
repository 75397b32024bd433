#pragma once
// Sheet geometry in millimetres: paper size, frame, title block, content area, and how many racks and
// table rows one page holds. Every exporter and the print preview use these numbers, and the export
// tests repeat the arithmetic, so change a constant here and there together.
#include <optional>
#include <string>

#include <QRectF>
#include <QSizeF>

namespace pod {

struct PaperSpec {
    std::string name;  // a3 | a4 | letter | tabloid
    double widthMm = 210;   // portrait
    double heightMm = 297;  // portrait
};

std::optional<PaperSpec> paperByName(const std::string& name);

class PageLayout {
public:
    static constexpr double kMargin = 10;          // paper edge → frame
    static constexpr double kTitleBlockHeight = 14;
    static constexpr double kPadSide = 4;          // frame → content, left and right
    static constexpr double kPadTop = 4;           // frame → content
    static constexpr double kPadBottom = 3;        // content → title block
    static constexpr double kHeadingHeight = 8;    // page heading at the top of the content
    static constexpr double kHeaderRowHeight = 6;  // table header row
    static constexpr double kRowHeight = 4.5;      // table body row
    static constexpr double kRackPairMinWidth = 86;  // front + rear elevation of one rack
    static constexpr double kRackGap = 8;

    PageLayout(PaperSpec paper = {"a4", 210, 297}, bool landscape = true);

    const PaperSpec& paper() const { return paper_; }
    bool landscape() const { return landscape_; }
    QSizeF paperMm() const;
    QRectF frame() const;       // border line
    QRectF titleBlock() const;  // band at the bottom of the frame
    QRectF content() const;     // everything above the title block, inside the padding
    QRectF heading() const;     // top strip of the content: the page heading
    QRectF body() const;        // content below the heading

    // floor((content width + gap) / (pair width + gap)), at least 1.
    int racksPerPage() const;
    // floor((body height − header row) / row height) = floor((paper height − 55 mm) / 4.5 mm).
    int tableRowsPerPage() const;
    std::string describe() const;  // "A4 landscape"

private:
    PaperSpec paper_;
    bool landscape_;
};

}  // namespace pod
