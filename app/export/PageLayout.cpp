#include "PageLayout.h"

#include <algorithm>
#include <cmath>

namespace pod {

std::optional<PaperSpec> paperByName(const std::string& name) {
    if (name == "a4") return PaperSpec{"a4", 210, 297};
    if (name == "a3") return PaperSpec{"a3", 297, 420};
    if (name == "letter") return PaperSpec{"letter", 215.9, 279.4};
    if (name == "tabloid") return PaperSpec{"tabloid", 279.4, 431.8};
    return std::nullopt;
}

PageLayout::PageLayout(PaperSpec paper, bool landscape) : paper_(std::move(paper)), landscape_(landscape) {}

QSizeF PageLayout::paperMm() const {
    return landscape_ ? QSizeF(paper_.heightMm, paper_.widthMm) : QSizeF(paper_.widthMm, paper_.heightMm);
}

QRectF PageLayout::frame() const {
    QSizeF p = paperMm();
    return QRectF(kMargin, kMargin, p.width() - 2 * kMargin, p.height() - 2 * kMargin);
}

QRectF PageLayout::titleBlock() const {
    QRectF f = frame();
    return QRectF(f.left(), f.bottom() - kTitleBlockHeight, f.width(), kTitleBlockHeight);
}

QRectF PageLayout::content() const {
    QRectF f = frame();
    double top = f.top() + kPadTop;
    double bottom = titleBlock().top() - kPadBottom;
    return QRectF(f.left() + kPadSide, top, f.width() - 2 * kPadSide, bottom - top);
}

QRectF PageLayout::heading() const {
    QRectF c = content();
    return QRectF(c.left(), c.top(), c.width(), kHeadingHeight);
}

QRectF PageLayout::body() const {
    QRectF c = content();
    return QRectF(c.left(), c.top() + kHeadingHeight, c.width(), c.height() - kHeadingHeight);
}

int PageLayout::racksPerPage() const {
    double w = content().width();
    return std::max(1, int(std::floor((w + kRackGap) / (kRackPairMinWidth + kRackGap))));
}

int PageLayout::tableRowsPerPage() const {
    return std::max(1, int(std::floor((body().height() - kHeaderRowHeight) / kRowHeight + 1e-9)));
}

std::string PageLayout::describe() const {
    std::string n = paper_.name;
    if (n.size() == 2 && n[0] == 'a') n[0] = 'A';
    else if (!n.empty()) n[0] = char(std::toupper(static_cast<unsigned char>(n[0])));
    return n + (landscape_ ? " landscape" : " portrait");
}

}  // namespace pod
