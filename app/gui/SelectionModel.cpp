#include "SelectionModel.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "Document.h"

namespace pod {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
// Ids compare as std::string: no QString per device on every edit (a whole hall can be selected).
std::unordered_set<std::string> keysOf(const QSet<QString>& ids) {
    std::unordered_set<std::string> out;
    out.reserve(std::size_t(ids.size()));
    for (const auto& id : ids) out.insert(id.toStdString());
    return out;
}
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
    QSet<QString> kept;
    if (const CheckContext* context = document_.checker().context()) {
        // The checker's id indexes (current after every edit): a lookup per selected id, not a pass over every
        // device of the project per edit (544,768 ids hashed on the campus).
        for (const QString& id : ids_) {
            const std::string key = id.toStdString();
            if (context->rack(key) || context->device(key)) kept.insert(id);
        }
        if (kept != ids_) set(std::move(kept));
        else updateRacks();
        return;
    }
    const auto wanted = keysOf(ids_);  // one pass over the project, not Project::rack/device (linear) per selected id
    for (const auto& r : document_.project().layout.racks)
        if (wanted.count(r.id)) kept.insert(q(r.id));
    for (const auto& d : document_.project().layout.devices)
        if (wanted.count(d.id)) kept.insert(q(d.id));
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
    QStringList racks;
    const auto& layout = document_.project().layout;
    const CheckContext* context = document_.checker().context();
    if (!ids_.isEmpty() && context) {
        // Each selected rack, and the rack of each selected device, by the checker's indexes, in project order.
        std::vector<std::size_t> rows;
        auto add = [&](const Rack* r) {
            if (r && r >= layout.racks.data() && r < layout.racks.data() + layout.racks.size()) rows.push_back(std::size_t(r - layout.racks.data()));
        };
        for (const QString& id : ids_) {
            const std::string key = id.toStdString();
            if (const Rack* r = context->rack(key)) add(r);
            else if (const Device* d = context->device(key)) add(context->rack(d->rack));
        }
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (std::size_t k : rows) racks << q(layout.racks[k].id);
    } else if (!ids_.isEmpty()) {
        const auto wanted = keysOf(ids_);
        std::vector<std::size_t> named;  // selected racks, in project order
        for (std::size_t k = 0; k < layout.racks.size(); ++k)
            if (wanted.count(layout.racks[k].id)) named.push_back(k);
        if (named.size() == wanted.size()) {
            // Only racks selected: racks and devices share one id space (ProjectReader), so no device can be among
            // the ids and the devices need no scan (544,768 of them on the campus: most of a click's time).
            for (std::size_t k : named) racks << q(layout.racks[k].id);
        } else {
            std::unordered_set<std::string_view> holding;
            for (const auto& d : layout.devices)
                if (wanted.count(d.id)) holding.insert(d.rack);
            for (const auto& r : layout.racks)  // in project order
                if (holding.count(r.id) || wanted.count(r.id)) racks << q(r.id);
        }
    }
    if (racks == racks_) return;
    racks_ = std::move(racks);
    emit racksChanged();
}

}  // namespace pod
