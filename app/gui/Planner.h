#pragma once
// The facade QML talks to: the open document and its files and undo, the models views bind to (racks,
// palette, selection, inspector, totals, violations: each its own object), and every edit as a
// Q_INVOKABLE that returns "" or the reason it was refused (the edits themselves are model/edit/Edits.h).
// PlannerApp owns it (with the loaded catalog); QML reaches it as the Planner singleton.
#include <QObject>
#include <QRectF>
#include <QSet>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <QtQml/qqmlregistration.h>

#include "Catalog.h"
#include "Document.h"
#include "HallScope.h"
#include "PaletteModel.h"
#include "InspectorModel.h"
#include "RackListModel.h"
#include "SelectionModel.h"
#include "TotalsModel.h"
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
    Q_PROPERTY(pod::TotalsModel* totals READ totals CONSTANT)
    Q_PROPERTY(pod::ViolationListModel* violations READ violations CONSTANT)
    Q_PROPERTY(pod::SelectionModel* selection READ selection CONSTANT)
    Q_PROPERTY(pod::InspectorModel* inspector READ inspector CONSTANT)
    // The site or the hall the floor and the totals show (a project with halls; view state, not an edit).
    Q_PROPERTY(pod::HallScope* halls READ halls CONSTANT)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoChanged)
    Q_PROPERTY(QVariantList roomOutline READ roomOutline NOTIFY roomChanged)
    Q_PROPERTY(QVariantList keepouts READ keepouts NOTIFY roomChanged)
    Q_PROPERTY(QRectF roomBounds READ roomBounds NOTIFY roomChanged)
    Q_PROPERTY(QVariantList coolingOptions READ coolingOptions CONSTANT)
    // The largest power budget a rack may have (model/edit/ProjectDefaults.h), for the inspector's editor.
    Q_PROPERTY(double maxRackBudgetKw READ maxRackBudgetKw CONSTANT)
    Q_PROPERTY(QStringList recentFiles READ recentFiles NOTIFY recentFilesChanged)
    // The project's power warning line (share of a rack's budget; model/PowerBand.h), for colouring racks
    // by load, and as legends print it ("80 %").
    Q_PROPERTY(double powerWarningFraction READ powerWarningFraction NOTIFY roomChanged)
    Q_PROPERTY(QString powerWarningText READ powerWarningText NOTIFY roomChanged)
    // The project's price book (settings.price_book), as a full path; "" when none (File → Price book…).
    Q_PROPERTY(QString priceBook READ priceBook NOTIFY priceBookChanged)
public:
    explicit Planner(Catalog catalog, QObject* parent = nullptr);

    static Planner* create(QQmlEngine*, QJSEngine*);

    Document* document() { return &document_; }
    const Catalog& catalog() const { return catalog_; }
    QString title() const;
    QString filePath() const { return document_.filePath(); }
    bool modified() const { return document_.isModified(); }
    QString lastError() const { return lastError_; }
    RackListModel* racks() { return &racks_; }
    PaletteModel* palette() { return &palette_; }
    TotalsModel* totals() { return &totals_; }
    ViolationListModel* violations() { return &violations_; }
    SelectionModel* selection() { return &selection_; }
    InspectorModel* inspector() { return &inspector_; }
    HallScope* halls() { return &halls_; }
    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;
    QVariantList roomOutline() const;
    QVariantList keepouts() const;
    QRectF roomBounds() const;
    QVariantList coolingOptions() const;
    double maxRackBudgetKw() const;
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
    // Sets (a file path or file: URL) or clears ("") the price book, one undo step; "" or the reason.
    Q_INVOKABLE QString setPriceBook(const QString& pathOrUrl);
    QString priceBook() const { return document_.priceBookPath(); }
    Q_INVOKABLE QString projectJson() const;  // the file as it would be saved (tests, debugging)

signals:
    void priceBookChanged();
    void titleChanged();
    void lastErrorChanged();
    void undoChanged();
    void roomChanged();
    void recentFilesChanged();

private:
    QString report(const QString& error);
    void onChanged();
    void onReset();
    void addRecent(const QString& path);
    // Runs `body` (edits on `items` selected items) as one all-or-nothing undo step when there are several.
    QString editSelection(const QString& text, int items, const std::function<QString()>& body);

    Catalog catalog_;
    Document document_;
    RackListModel racks_;
    PaletteModel palette_;
    QString lastError_;
    HallScope halls_;
    TotalsModel totals_;
    ViolationListModel violations_;
    SelectionModel selection_;
    InspectorModel inspector_;
    int dragCounter_ = 0;
};

}  // namespace pod
