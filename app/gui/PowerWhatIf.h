#pragma once
// The power view's live what-if: which power chain nodes the user has failed ("Fail" on a node, several at
// once, "Clear"), the chain recomputed by model/power/WhatIf.h whatIf() without them — the node rows
// (PowerTreeModel), the racks left dark, the racks carried by an overloaded node, a summary line — and the
// floor's overlay of those racks. The project is never changed by a what-if (no undo step). It also edits
// where a rack feed hangs (node and phase, an undoable edit::setRackFeed) for the inspector.
// QML reaches it as the PowerWhatIf singleton; FloorCanvas reads the rack overlay straight from C++.
#include <QColor>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

#include "PowerTreeModel.h"
#include "WhatIf.h"

class QPainter;
class QQmlEngine;
class QJSEngine;

namespace pod {

class Document;

class PowerWhatIf : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(pod::PowerTreeModel* nodes READ nodes CONSTANT)
    Q_PROPERTY(bool hasChain READ hasChain NOTIFY changed)
    Q_PROPERTY(QStringList failed READ failed NOTIFY changed)      // failed node ids, chain order
    Q_PROPERTY(bool active READ active NOTIFY changed)             // something is failed
    Q_PROPERTY(bool carried READ carried NOTIFY changed)           // no rack dark, no node over capacity
    // "UPS-A failed: 0 racks dark, UPS-B at 136 %"; without failures the normal operation's highest load.
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QStringList darkRacks READ darkRacks NOTIFY changed)        // rack ids, layout order
    Q_PROPERTY(QStringList overloadedRacks READ overloadedRacks NOTIFY changed)  // carried by a node over capacity
    // The nodes a rack feed may hang from (every UPS and distribution node), [{id, name}], with
    // {id: "", name: "(not on the chain)"} first; and the phases a feed may use, [{id, name}], three-phase first.
    Q_PROPERTY(QVariantList feedNodeOptions READ feedNodeOptions NOTIFY changed)
    Q_PROPERTY(QVariantList phaseOptions READ phaseOptions CONSTANT)
    // The floor's what-if colours (darkRackFill, overloadedRackOutline) for the legend.
    Q_PROPERTY(QColor darkFill READ darkFill CONSTANT)
    Q_PROPERTY(QColor overloadOutline READ overloadOutline CONSTANT)
public:
    explicit PowerWhatIf(Document& document, QObject* parent = nullptr);
    static PowerWhatIf* create(QQmlEngine* engine, QJSEngine*);

    PowerTreeModel* nodes() { return &nodes_; }
    bool hasChain() const;
    QStringList failed() const;
    bool active() const { return !failed_.empty(); }
    bool carried() const { return result_.outcome.carried(); }
    QString summary() const { return summary_; }
    QStringList darkRacks() const;
    QStringList overloadedRacks() const;
    bool isDark(const QString& rackId) const { return dark_.contains(rackId); }
    bool isOverloaded(const QString& rackId) const { return overloaded_.contains(rackId); }
    QVariantList feedNodeOptions() const;
    QVariantList phaseOptions() const;
    QColor darkFill() const;
    QColor overloadOutline() const;

    Q_INVOKABLE void setFailed(const QString& nodeId, bool failed);
    Q_INVOKABLE void toggleFailed(const QString& nodeId) { setFailed(nodeId, !failed_.count(nodeId.toStdString())); }
    Q_INVOKABLE void clear();
    // One rack feed's node and phase ("" node: off the chain; "" phase: three-phase), one undo step; "" or why not.
    Q_INVOKABLE QString setRackFeed(const QString& rackId, const QString& feed, const QString& nodeId, const QString& phase);
    // A rack feed's node and phase now: {node, phase}.
    Q_INVOKABLE QVariantMap rackFeed(const QString& rackId, const QString& feed) const;

signals:
    void changed();

private:
    void recompute();

    Document& document_;
    PowerTreeModel nodes_;
    std::set<std::string> failed_;
    WhatIfResult result_;  // its `power` is empty when nothing failed (the checker's flow is used)
    QString summary_;
    QSet<QString> dark_, overloaded_;
};

// The floor's what-if colours: a dark rack's fill, and the outline of a rack carried by an overloaded node.
QColor darkRackFill();
QColor overloadedRackOutline();
// Outlines the racks of `whatIf` carried by an overloaded node (`rectOf` maps a rack id to pixels; empty
// when it is not drawn). Dark racks are filled by the floor itself (darkRackFill).
void paintPowerWhatIf(QPainter* painter, const PowerWhatIf& whatIf, const std::function<QRectF(const QString&)>& rectOf);

}  // namespace pod
