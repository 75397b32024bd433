#include "PaletteModel.h"

#include "TextFormat.h"

namespace pod {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }

QString sectionOf(const std::string& kind) {
    static const std::map<std::string, QString> names = {
        {"gpu_node", "GPU nodes"}, {"cpu_node", "CPU nodes"}, {"switch", "Switches"},   {"storage", "Storage"},
        {"pdu", "PDUs"},           {"blank", "Blanks"},       {"patch_panel", "Patch panels"}, {"cdu", "CDUs"},
        {"rack", "Racks"}};
    auto it = names.find(kind);
    return it == names.end() ? q(kind) : it->second;
}
// Palette order: what people drag most first.
int sectionRank(const std::string& kind) {
    static const std::vector<std::string> order = {"gpu_node", "switch", "storage", "cpu_node", "pdu", "blank", "patch_panel", "cdu", "rack"};
    auto it = std::find(order.begin(), order.end(), kind);
    return int(it - order.begin());
}
}  // namespace

PaletteModel::PaletteModel(const Catalog& catalog, QObject* parent) : QAbstractListModel(parent) {
    std::vector<std::pair<int, Row>> rows;
    for (const auto& [id, e] : catalog.equipmentEntries()) {
        Row r;
        r.id = q(id);
        r.kind = q(std::string(kindKey(e.kind)));
        r.section = sectionOf(std::string(kindKey(e.kind)));
        r.name = q(e.vendor + " " + e.model);
        std::string f = fmtU(e.uHeight) + "U · " + fmtKw(e.maxW);
        if (e.acceleratorCount > 0) {
            f += " · " + std::to_string(e.acceleratorCount) + " GPU";
            if (const Accelerator* a = catalog.accelerator(e.acceleratorRef))
                if (auto v = a->throughput.get(Precision::Fp16)) f += " · " + fmtTflops(*v * e.acceleratorCount) + " FP16";
        }
        if (e.storage) f += " · " + fmtGrouped(e.storage->rawTb, 0) + " TB";
        if (e.pdu) f += " · feeds " + fmtKw(e.pdu->capacityW);
        r.figures = q(f);
        r.proxyText = q(fmtU(e.uHeight) + "U · " + fmtKw(e.maxW));
        r.unverified = e.verification == "unverified" || !e.unverified.empty();
        r.uHeight = e.uHeight;
        rows.push_back({sectionRank(std::string(kindKey(e.kind))), r});
    }
    for (const auto& [id, m] : catalog.racks()) {
        Row r;
        r.id = q(id);
        r.kind = "rack";
        r.section = sectionOf("rack");
        r.name = q(m.vendor + " " + m.model);
        r.figures = q(std::to_string(m.uHeight) + "U · " + std::to_string(m.widthMm) + "×" + std::to_string(m.depthMm) + " mm · " +
                      fmtGrouped(m.maxLoadKg, 0) + " kg");
        r.unverified = m.verification == "unverified" || !m.unverified.empty();
        r.uHeight = m.uHeight;
        r.isRack = true;
        r.proxyText = q(std::to_string(m.uHeight) + "U · " + std::to_string(m.widthMm) + "×" + std::to_string(m.depthMm) + " mm");
        r.widthMm = m.widthMm;
        r.depthMm = m.depthMm;
        rows.push_back({sectionRank("rack"), r});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [rank, r] : rows) {
        r.search = (r.id + " " + r.name + " " + r.section + " " + r.figures).toLower();
        all_.append(r);
    }
    rows_ = all_;
}

int PaletteModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

QVariant PaletteModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& r = rows_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case IdRole: return r.id;
    case KindRole: return r.kind;
    case SectionRole: return r.section;
    case FiguresRole: return r.figures;
    case UnverifiedRole: return r.unverified;
    case UHeightRole: return r.uHeight;
    case IsRackRole: return r.isRack;
    case ProxyTextRole: return r.proxyText;
    case WidthMmRole: return r.widthMm;
    case DepthMmRole: return r.depthMm;
    }
    return {};
}

QHash<int, QByteArray> PaletteModel::roleNames() const {
    return {{IdRole, "itemId"},   {KindRole, "kind"},           {SectionRole, "section"}, {NameRole, "name"},
            {FiguresRole, "figures"}, {UnverifiedRole, "unverified"}, {UHeightRole, "uHeight"}, {IsRackRole, "isRack"},
            {ProxyTextRole, "proxyText"}, {WidthMmRole, "widthMm"}, {DepthMmRole, "depthMm"}};
}

void PaletteModel::setFilter(const QString& text) {
    if (text == filter_) return;
    filter_ = text;
    beginResetModel();  // a new search is a new list
    rows_.clear();
    const QStringList words = text.toLower().split(' ', Qt::SkipEmptyParts);
    for (const auto& r : all_) {
        bool all = true;
        for (const auto& w : words) all = all && r.search.contains(w);
        if (all) rows_.append(r);
    }
    endResetModel();
    emit filterChanged();
}

}  // namespace pod
