#include "SelectionModel.h"

#include <algorithm>
#include <vector>

#include "Document.h"

namespace pod {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
}  // namespace

SelectionModel::SelectionModel(const Document& document, QObject* parent) : QObject(parent), document_(document) {}

void SelectionModel::set(QSet<QString> ids) {
    ids_ = std::move(ids);
    ++revision_;
    emit changed();
    updateRacks();
}

void SelectionModel::select(const QString& id, bool additive) {
    QSet<QString> next = additive ? ids_ : QSet<QString>{};
    if (!id.isEmpty()) {
        if (additive && next.contains(id)) next.remove(id);
        else next.insert(id);
    }
    set(std::move(next));
}

void SelectionModel::selectMany(const QStringList& ids) { set(QSet<QString>(ids.begin(), ids.end())); }

void SelectionModel::reset() { set({}); }

void SelectionModel::prune() {
    if (ids_.isEmpty()) return;
    // By the checker's id indexes (current after every edit): a lookup per selected id, not a pass over every device
    // of the project per edit (544,768 ids hashed on the campus). Cooling units (a few) by a pass over them.
    const CheckContext& context = *document_.checker().context();
    const auto& units = document_.project().layout.coolingUnits;
    QSet<QString> kept;
    for (const QString& id : ids_) {
        const std::string key = id.toStdString();
        if (context.rack(key) || context.device(key) ||
            std::any_of(units.begin(), units.end(), [&](const CoolingUnit& u) { return u.id == key; }))
            kept.insert(id);
    }
    if (kept != ids_) set(std::move(kept));
    else updateRacks();
}

QStringList SelectionModel::selectedRackIds() const {
    QStringList out;  // in project order, so a multi-item edit is the same on every run
    for (const auto& r : document_.project().layout.racks)
        if (ids_.contains(q(r.id))) out << q(r.id);
    return out;
}

void SelectionModel::updateRacks() {
    // Each selected rack, and the rack of each selected device, by the checker's indexes, in project order.
    const auto& layout = document_.project().layout;
    const CheckContext& context = *document_.checker().context();
    std::vector<std::size_t> rows;
    auto add = [&](const Rack* r) {
        if (r && r >= layout.racks.data() && r < layout.racks.data() + layout.racks.size()) rows.push_back(std::size_t(r - layout.racks.data()));
    };
    for (const QString& id : ids_) {
        const std::string key = id.toStdString();
        if (const Rack* r = context.rack(key)) add(r);
        else if (const Device* d = context.device(key)) add(context.rack(d->rack));
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QStringList racks;
    for (std::size_t k : rows) racks << q(layout.racks[k].id);
    if (racks == racks_) return;
    racks_ = std::move(racks);
    emit racksChanged();
}

}  // namespace pod
