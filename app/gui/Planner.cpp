#include "Planner.h"

#include <QFileInfo>
#include <QQmlEngine>
#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "Placement.h"
#include "PlannerApp.h"
#include "ProjectDefaults.h"
#include "ProjectFile.h"

namespace pod {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
std::string s(const QString& q) { return q.toStdString(); }
Face faceOf(const QString& f) { return f == "rear" ? Face::Rear : Face::Front; }
QString localPath(const QString& pathOrUrl) {
    QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}
}  // namespace

Planner::Planner(Catalog catalog, QObject* parent)
    : QObject(parent),
      catalog_(std::move(catalog)),
      document_(catalog_),
      palette_(catalog_),
      halls_(document_, racks_),
      totals_(document_, halls_),
      selection_(document_),
      inspector_(document_, selection_) {
    racks_.setDocument(&document_);
    connect(&document_, &Document::layoutChanged, this, [this](const LayoutChange& change, bool forward) {
        // Violations first: rack rows recount their markers only when the findings changed.
        const bool violationsChanged = violations_.update(document_.checker().violations());
        racks_.applyChange(change, forward, violationsChanged);
        onChanged();
    });
    connect(&document_, &Document::projectReplaced, this, [this] { halls_.forgetHall(); });
    connect(&document_, &Document::projectReset, this, &Planner::onReset);
    connect(&halls_, &HallScope::scopeChanged, this, [this] { totals_.rebuild(); });
    connect(&document_, &Document::projectReset, this, &Planner::priceBookChanged);
    connect(&document_, &Document::settingsChanged, this, &Planner::priceBookChanged);
    connect(&document_, &Document::filePathChanged, this, &Planner::priceBookChanged);
    connect(&selection_, &SelectionModel::changed, this, [this] {
        racks_.setSelection(selection_.set());
        emit inspector_.changed();
    });
    connect(&document_, &Document::filePathChanged, this, &Planner::titleChanged);
    connect(&document_, &Document::modifiedChanged, this, &Planner::titleChanged);
    connect(document_.undoStack(), &QUndoStack::cleanChanged, this, &Planner::titleChanged);
    connect(document_.undoStack(), &QUndoStack::indexChanged, this, &Planner::undoChanged);
    onReset();
}

Planner* Planner::create(QQmlEngine* engine, QJSEngine*) { return cppOwned(&PlannerApp::of(engine).planner()); }

QString Planner::title() const {
    const Project& p = document_.project();
    QString name = p.meta.name.empty() ? QFileInfo(filePath()).fileName() : q(p.meta.name);
    if (name.isEmpty()) name = tr("Untitled");
    return (modified() ? QStringLiteral("*") : QString()) + name + QStringLiteral(" — Pod Planner");
}

bool Planner::canUndo() const { return document_.undoStack()->canUndo(); }
bool Planner::canRedo() const { return document_.undoStack()->canRedo(); }
QString Planner::undoText() const { return document_.undoStack()->undoText(); }
QString Planner::redoText() const { return document_.undoStack()->redoText(); }

QString Planner::report(const QString& error) {
    if (lastError_ != error) {
        lastError_ = error;
        emit lastErrorChanged();
    }
    return error;
}

void Planner::onReset() {
    violations_.update(document_.checker().violations());
    racks_.resetAll();
    selection_.reset();
    halls_.refresh();
    totals_.rebuild();
    emit roomChanged();
    emit titleChanged();
    emit undoChanged();
}

void Planner::onChanged() {
    selection_.prune();
    halls_.updateOverview();
    totals_.rebuild();
    emit inspector_.changed();
    emit titleChanged();
}

void Planner::newProject() {
    document_.reset(defaults::emptyProject(), {});
    report({});
}

bool Planner::openFile(const QString& pathOrUrl) {
    QString path = localPath(pathOrUrl);
    QString error;
    if (!document_.load(path, &error)) {
        report(error);
        return false;
    }
    report({});
    addRecent(path);
    return true;
}

bool Planner::save() {
    if (filePath().isEmpty()) return !report(tr("Choose a file name first (Save As)")).isEmpty() && false;
    return saveAs(filePath());
}

bool Planner::saveAs(const QString& pathOrUrl) {
    QString path = localPath(pathOrUrl);
    QString error;
    if (!document_.save(path, &error)) {
        report(error);
        return false;
    }
    report({});
    addRecent(path);
    emit titleChanged();
    return true;
}

void Planner::undo() { document_.undoStack()->undo(); }
void Planner::redo() { document_.undoStack()->redo(); }

QStringList Planner::recentFiles() const { return QSettings().value("recentFiles").toStringList(); }

void Planner::addRecent(const QString& path) {
    QStringList list = recentFiles();
    QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > 8) list.removeLast();
    QSettings().setValue("recentFiles", list);
    emit recentFilesChanged();
}

QString Planner::rackOf(const QString& id) const {
    if (const Device* d = document_.project().device(s(id))) return q(d->rack);
    return id;
}

QString Planner::placementProblem(const QString& catalogId, const QString& rackId, double u, const QString& face,
                                  const QString& movingDevice) const {
    std::string cat = s(catalogId);
    if (!movingDevice.isEmpty())
        if (const Device* d = document_.project().device(s(movingDevice))) cat = d->catalogId;
    return q(pod::placementProblem(document_.project(), catalog_, cat, s(rackId), u, faceOf(face), s(movingDevice)));
}

QString Planner::addDevice(const QString& catalogId, const QString& rackId, double u, const QString& face) {
    std::string id;
    QString error = document_.addDevice(s(catalogId), s(rackId), u, faceOf(face), &id);
    if (error.isEmpty()) selection_.select(q(id));
    return report(error);
}

QString Planner::moveDevice(const QString& deviceId, const QString& rackId, double u, const QString& face) {
    return report(document_.moveDevice(s(deviceId), s(rackId), u, faceOf(face)));
}

QPointF Planner::rackLanding(const QString& modelId, double xMm, double yMm) const {
    Point wanted{std::llround(xMm), std::llround(yMm)};
    if (catalog_.rack(s(modelId))) {
        Rack probe;  // not in the project: snapped against every rack there (no copy of the layout per move)
        probe.id = "\n";
        probe.model = s(modelId);
        probe.position = wanted;
        wanted = snapRackPosition(document_.project(), catalog_, probe, wanted);
    }
    return QPointF(double(wanted.x), double(wanted.y));
}

QString Planner::addRack(const QString& modelId, double xMm, double yMm) {
    const QPointF landing = rackLanding(modelId, xMm, yMm);
    std::string id;
    QString error = document_.addRack(s(modelId), {std::llround(landing.x()), std::llround(landing.y())}, &id);
    if (error.isEmpty()) selection_.select(q(id));
    return report(error);
}

QString Planner::addToSelection(const QString& catalogId) {
    const Project& project = document_.project();
    const QStringList racks = selection_.racks();
    if (catalog_.rack(s(catalogId))) {
        std::string anchor = racks.isEmpty() ? (project.layout.racks.empty() ? std::string() : project.layout.racks.back().id)
                                             : s(racks.first());
        if (anchor.empty()) {
            const QRectF room = roomBounds();
            return addRack(catalogId, room.center().x(), room.center().y());
        }
        auto at = endOfRowPosition(project, catalog_, anchor, s(catalogId));
        if (!at) return report(tr("Cannot place a rack next to %1").arg(q(anchor)));
        std::string id;
        const Rack like = *project.rack(anchor);
        QString error = document_.addRack(s(catalogId), *at, &id, &like);
        if (error.isEmpty()) selection_.select(q(id));
        return report(error);
    }
    if (racks.isEmpty()) return report(tr("Select a rack to add this to (click it on the floor plan)"));
    std::string why;
    auto u = lowestFreeU(project, catalog_, s(catalogId), s(racks.first()), Face::Front, &why);
    if (!u) return report(q(why));
    std::string id;
    QString error = document_.addDevice(s(catalogId), s(racks.first()), *u, Face::Front, &id);
    if (error.isEmpty()) selection_.select(q(id));
    return report(error);
}

int Planner::beginRackDrag() { return ++dragCounter_; }

QPointF Planner::moveRack(const QString& rackId, double xMm, double yMm, int dragId) {
    Point snapped = snapRackPosition(document_.project(), catalog_, s(rackId), {std::llround(xMm), std::llround(yMm)});
    report(document_.moveRack(s(rackId), snapped, dragId));
    return QPointF(double(snapped.x), double(snapped.y));
}

QString Planner::deleteSelection() {
    std::vector<std::string> ids;
    for (const auto& id : selection_.set()) ids.push_back(s(id));
    return report(document_.removeItems(ids));
}

QString Planner::editSelection(const QString& text, int items, const std::function<QString()>& body) {
    return report(items > 1 ? document_.editAll(text, body) : body());  // one item: its own undo step, as before
}

QString Planner::duplicateSelection() {
    const QStringList racks = selection_.selectedRackIds();
    if (racks.isEmpty()) return report(tr("select a rack to duplicate"));
    QStringList created;
    const QString error = editSelection(tr("Duplicate %n rack(s)", nullptr, int(racks.size())), int(racks.size()), [&] {
        for (const auto& id : racks) {
            std::string copy;
            if (QString e = document_.duplicateRack(s(id), &copy); !e.isEmpty()) return e;
            created << q(copy);
        }
        return QString();
    });
    if (error.isEmpty()) selection_.selectMany(created);
    return error;
}

QString Planner::rotateSelection() {
    const QStringList racks = selection_.selectedRackIds();
    if (racks.isEmpty()) return report(tr("select a rack to rotate"));
    return editSelection(tr("Rotate %n rack(s)", nullptr, int(racks.size())), int(racks.size()), [&] {
        for (const auto& id : racks)
            if (QString e = document_.rotateRack(s(id)); !e.isEmpty()) return e;
        return QString();
    });
}

QString Planner::nudgeSelection(int dx, int dy) {
    std::vector<std::string> racks, devices;  // project order
    for (const auto& r : document_.project().layout.racks)
        if (selection_.contains(q(r.id))) racks.push_back(r.id);
    for (const auto& d : document_.project().layout.devices)
        if (selection_.contains(q(d.id)) && dy != 0 && d.u != 0) devices.push_back(d.id);
    const int items = int(racks.size() + devices.size());
    return editSelection(tr("Nudge %n item(s)", nullptr, items), items, [&] {
        for (const auto& id : racks) {
            const Rack* r = document_.project().rack(id);
            if (QString e = document_.moveRack(id, {r->position.x + dx * 100, r->position.y + dy * 100}); !e.isEmpty()) return e;
        }
        // Moving up: the top device first, so a stack moves together without colliding with itself.
        std::sort(devices.begin(), devices.end(), [&](const std::string& a, const std::string& b) {
            const double ua = document_.project().device(a)->u, ub = document_.project().device(b)->u;
            return dy < 0 ? ua > ub : ua < ub;
        });
        for (const auto& id : devices) {
            const Device* d = document_.project().device(id);
            if (QString e = document_.moveDevice(id, d->rack, d->u - dy, d->face); !e.isEmpty()) return e;
        }
        return QString();
    });
}

QString Planner::rename(const QString& id, const QString& name) {
    if (name.trimmed().isEmpty()) return report(tr("a name cannot be empty"));
    return report(document_.renameItem(s(id), s(name.trimmed())));
}

QString Planner::setRackCooling(const QString& rackId, const QString& coolingId) {
    return report(document_.setRackCooling(s(rackId), s(coolingId)));
}

QString Planner::setRackBudgetKw(const QString& rackId, double kw) {
    return report(document_.setRackBudget(s(rackId), kw * 1000.0));
}

QString Planner::setRackFeeds(const QString& rackId, const QString& feeds) {
    std::vector<std::string> list;
    for (const auto& f : feeds.split(',', Qt::SkipEmptyParts)) {
        std::string name = s(f.trimmed());
        if (std::find(list.begin(), list.end(), name) != list.end()) return report(tr("feed %1 listed twice").arg(f.trimmed()));
        list.push_back(name);
    }
    return report(document_.setRackFeeds(s(rackId), list));
}

QString Planner::setDeviceFace(const QString& deviceId, const QString& face) {
    return report(document_.setDeviceFace(s(deviceId), faceOf(face)));
}

QString Planner::projectJson() const { return q(ProjectFile::serialize(document_.project())); }

QString Planner::setPriceBook(const QString& pathOrUrl) {
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    return report(document_.setPriceBook(path));
}

}  // namespace pod
