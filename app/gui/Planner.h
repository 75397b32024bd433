#pragma once
// The one facade QML talks to: the open document, the catalog palette, selection, totals and
// violations, and every edit as a Q_INVOKABLE that returns "" or the reason it was refused.
// main() creates it (with the loaded catalog) before the QML engine starts.
#include <QObject>
#include <QRectF>
#include <QSet>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <QtQml/qqmlregistration.h>

#include "Catalog.h"
#include "Document.h"
#include "PaletteModel.h"
#include "RackListModel.h"
#include "Totals.h"
#include "ViolationListModel.h"

class QQmlEngine;
class QJSEngine;

namespace pod {

class Planner : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString title READ title NOTIFY titleChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY titleChanged)
    Q_PROPERTY(bool modified READ modified NOTIFY titleChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(pod::RackListModel* racks READ racks CONSTANT)
    Q_PROPERTY(pod::PaletteModel* palette READ palette CONSTANT)
    Q_PROPERTY(QVariantList totals READ totals NOTIFY totalsChanged)
    Q_PROPERTY(pod::ViolationListModel* violations READ violations CONSTANT)
    Q_PROPERTY(QString statusText READ statusText NOTIFY checked)
    Q_PROPERTY(QStringList selection READ selection NOTIFY selectionChanged)
    // Bumped on every selection change: bindings that call isSelected() read it to re-evaluate (converting
    // `selection` to a JS array per binding is O(selected) each: a whole hall selected took 50 s).
    Q_PROPERTY(int selectionRevision READ selectionRevision NOTIFY selectionChanged)
    // Racks that are selected or hold a selected device, in project order (the elevation strip shows these).
    Q_PROPERTY(QStringList selectedRacks READ selectedRacks NOTIFY selectedRacksChanged)
    Q_PROPERTY(QVariantMap inspector READ inspector NOTIFY inspectorChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoChanged)
    Q_PROPERTY(QVariantList roomOutline READ roomOutline NOTIFY roomChanged)
    Q_PROPERTY(QVariantList keepouts READ keepouts NOTIFY roomChanged)
    Q_PROPERTY(QRectF roomBounds READ roomBounds NOTIFY roomChanged)
    Q_PROPERTY(QVariantList coolingOptions READ coolingOptions CONSTANT)
    Q_PROPERTY(QStringList recentFiles READ recentFiles NOTIFY recentFilesChanged)
    // The project's power warning line (share of a rack's budget; model/PowerBand.h), for colouring racks
    // by load, and as legends print it ("80 %").
    Q_PROPERTY(double powerWarningFraction READ powerWarningFraction NOTIFY roomChanged)
    Q_PROPERTY(QString powerWarningText READ powerWarningText NOTIFY roomChanged)
public:
    explicit Planner(Catalog catalog, QObject* parent = nullptr);

    static Planner* create(QQmlEngine*, QJSEngine*);
    static void setInstance(Planner* planner);

    Document* document() { return &document_; }
    const Catalog& catalog() const { return catalog_; }
    static Planner* instance();
    QString title() const;
    QString filePath() const { return document_.filePath(); }
    bool modified() const { return document_.isModified(); }
    QString lastError() const { return lastError_; }
    RackListModel* racks() { return &racks_; }
    PaletteModel* palette() { return &palette_; }
    QVariantList totals() const { return totals_; }
    ViolationListModel* violations() { return &violations_; }
    QString statusText() const { return statusText_; }
    QStringList selection() const { return QStringList(selection_.begin(), selection_.end()); }
    QStringList selectedRacks() const { return selectedRacks_; }
    int selectionRevision() const { return selectionRevision_; }
    Q_INVOKABLE bool isSelected(const QString& id) const { return selection_.contains(id); }
    QVariantMap inspector() const;
    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;
    QVariantList roomOutline() const;
    QVariantList keepouts() const;
    QRectF roomBounds() const;
    QVariantList coolingOptions() const;
    QStringList recentFiles() const;
    double powerWarningFraction() const;
    // model/PowerBand.h loadBand against the project's line: 0 none, 1 ok, 2 above the line, 3 over budget.
    Q_INVOKABLE int loadBand(double fraction) const;
    QString powerWarningText() const;

    // Files. Paths may be local paths or file:// URLs.
    Q_INVOKABLE void newProject();
    Q_INVOKABLE bool openFile(const QString& path);
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool saveAs(const QString& path);
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();

    // Selection.
    Q_INVOKABLE void select(const QString& id, bool additive = false);
    Q_INVOKABLE void selectMany(const QStringList& ids);
    Q_INVOKABLE void clearSelection();
    Q_INVOKABLE QString rackOf(const QString& id) const;  // a device's rack, or the id if it is a rack

    // Edits: "" on success, else why not (also put in lastError).
    Q_INVOKABLE QString placementProblem(const QString& catalogId, const QString& rackId, double u, const QString& face,
                                         const QString& movingDevice = {}) const;
    Q_INVOKABLE QString addDevice(const QString& catalogId, const QString& rackId, double u, const QString& face);
    Q_INVOKABLE QString moveDevice(const QString& deviceId, const QString& rackId, double u, const QString& face);
    Q_INVOKABLE QString addRack(const QString& modelId, double xMm, double yMm);
    // Where addRack would put a rack of `modelId` dropped at (x, y) mm: the snapped centre (drag ghost).
    Q_INVOKABLE QPointF rackLanding(const QString& modelId, double xMm, double yMm) const;
    // Without a drag (Enter or double-click on a palette item): equipment goes into the selected rack at
    // the lowest free front slot that fits; a rack model extends the selected rack's row (the last rack's
    // row when nothing is selected; the room's centre in an empty project). One undo step; "" or why not.
    Q_INVOKABLE QString addToSelection(const QString& catalogId);
    Q_INVOKABLE int beginRackDrag();
    Q_INVOKABLE QPointF moveRack(const QString& rackId, double xMm, double yMm, int dragId);
    Q_INVOKABLE QString deleteSelection();
    Q_INVOKABLE QString duplicateSelection();
    Q_INVOKABLE QString rotateSelection();
    Q_INVOKABLE QString nudgeSelection(int dx, int dy);
    Q_INVOKABLE QString rename(const QString& id, const QString& name);
    Q_INVOKABLE QString setRackCooling(const QString& rackId, const QString& coolingId);
    Q_INVOKABLE QString setRackBudgetKw(const QString& rackId, double kw);
    Q_INVOKABLE QString setRackFeeds(const QString& rackId, const QString& feeds);
    Q_INVOKABLE QString setDeviceFace(const QString& deviceId, const QString& face);
    Q_INVOKABLE QString projectJson() const;  // the file as it would be saved (tests, debugging)

signals:
    void titleChanged();
    void lastErrorChanged();
    void checked();
    void totalsChanged();  // only when a shown figure changed
    void selectionChanged();
    void selectedRacksChanged();  // the selection's racks changed (a new selection, or a selected device moved)
    void inspectorChanged();
    void undoChanged();
    void roomChanged();
    void recentFilesChanged();

private:
    QString report(const QString& error);
    void onChanged();
    void onReset();
    void rebuildViews();
    void addRecent(const QString& path);
    void updateSelectedRacks();
    QStringList racksOfSelection() const;
    QStringList selectedRackIds() const;
    // Runs `body` (edits on `items` selected items) as one all-or-nothing undo step when there are several.
    QString editSelection(const QString& text, int items, const std::function<QString()>& body);

    Catalog catalog_;
    Document document_;
    RackListModel racks_;
    PaletteModel palette_;
    QString lastError_;
    QVariantList totals_;
    ViolationListModel violations_;
    QString statusText_;
    QSet<QString> selection_;
    int dragCounter_ = 0;
    int selectionRevision_ = 0;
    QStringList selectedRacks_;  // computed once per selection change or edit, read by several bindings
};

}  // namespace pod
