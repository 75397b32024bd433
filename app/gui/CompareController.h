#pragma once
// The comparison view's adapter: compares two scenarios of the open project, the open project with a
// file, or two files (`podplanner --compare A B`), and exposes the table (model/Compare's rows, already
// formatted), both pods' floors (FloorSnapshot: the racks as the planner and the PDF draw them) and the front of each pod's first GPU
// rack (its devices by U) for drawing two elevations. Also duplicates and switches
// scenarios of the open project, as undoable edits of the Document.
#include <QObject>
#include <QRectF>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

#include "CompareTableModel.h"
#include "FloorSnapshot.h"
#include "Project.h"

class QQmlEngine;
class QJSEngine;

namespace pod {

class Planner;

class CompareController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(pod::CompareTableModel* table READ table CONSTANT)
    Q_PROPERTY(QStringList scenarios READ scenarios NOTIFY scenariosChanged)
    Q_PROPERTY(int activeScenario READ activeScenario NOTIFY scenariosChanged)
    Q_PROPERTY(bool active READ active NOTIFY compared)
    Q_PROPERTY(QString titleA READ titleA NOTIFY compared)
    Q_PROPERTY(QString titleB READ titleB NOTIFY compared)
    Q_PROPERTY(QString detailA READ detailA NOTIFY compared)
    Q_PROPERTY(QString detailB READ detailB NOTIFY compared)
    Q_PROPERTY(QVariantList racksA READ racksA NOTIFY compared)
    Q_PROPERTY(QVariantList racksB READ racksB NOTIFY compared)
    Q_PROPERTY(QRectF roomA READ roomA NOTIFY compared)
    Q_PROPERTY(QRectF roomB READ roomB NOTIFY compared)
    Q_PROPERTY(pod::FloorSnapshot* floorA READ floorA CONSTANT)
    Q_PROPERTY(pod::FloorSnapshot* floorB READ floorB CONSTANT)
    Q_PROPERTY(QVariantMap gpuRackA READ gpuRackA NOTIFY compared)
    Q_PROPERTY(QVariantMap gpuRackB READ gpuRackB NOTIFY compared)
    Q_PROPERTY(int comparedScenarioA READ comparedScenarioA NOTIFY compared)
    Q_PROPERTY(int comparedScenarioB READ comparedScenarioB NOTIFY compared)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool startInView READ startInView CONSTANT)
public:
    explicit CompareController(Planner* planner, QObject* parent = nullptr);
    static CompareController* create(QQmlEngine*, QJSEngine*);
    // `podplanner --compare A B`: compare the two files as soon as the view's controller exists.
    // Opens in the comparison view with A against B (podplanner --compare A B); an error shows in the view.
    void startInView(const QString& a, const QString& b);

    CompareTableModel* table() { return &table_; }
    QStringList scenarios() const;
    int activeScenario() const { return 0; }  // scenarioNames() lists the active one first
    bool active() const { return !table_.rows().empty(); }
    QString titleA() const { return sides_[0].title; }
    QString titleB() const { return sides_[1].title; }
    QString detailA() const { return sides_[0].detail; }
    QString detailB() const { return sides_[1].detail; }
    QVariantList racksA() const { return sides_[0].racks; }
    QVariantList racksB() const { return sides_[1].racks; }
    QRectF roomA() const { return sides_[0].room; }
    QRectF roomB() const { return sides_[1].room; }
    // Each side's floor for a FloorCanvas (FloorScene.h), its first GPU rack outlined; racksA/B and roomA/B
    // are the same racks as {id, name, x, y, width, depth, powerText, powerFraction} and their extent, mm.
    FloorSnapshot* floorA() { return &floors_[0]; }
    FloorSnapshot* floorB() { return &floors_[1]; }
    // The first rack holding a GPU node, for its front elevation: {id, name, modelName, uHeight, summary,
    // gpuRacks (how many GPU racks the pod has), devices: [{id, name, kind, model, u, height, face,
    // fullDepth, kw}]}; empty when the pod has no GPU rack.
    QVariantMap gpuRackA() const { return sides_[0].gpuRack; }
    QVariantMap gpuRackB() const { return sides_[1].gpuRack; }
    // Indices into `scenarios` of the sides when two scenarios are compared, else -1.
    int comparedScenarioA() const { return source_ == Source::Scenarios ? scenarioA_ : -1; }
    int comparedScenarioB() const { return source_ == Source::Scenarios ? scenarioB_ : -1; }
    QString error() const { return error_; }
    bool startInView() const { return startInView_; }

    // Each returns "" or why not (also in `error`).
    Q_INVOKABLE QString compareScenarios(int a, int b);           // indices into `scenarios`
    Q_INVOKABLE QString compareWithFile(const QString& pathOrUrl); // A: the open project as it is now
    Q_INVOKABLE QString compareFiles(const QString& a, const QString& b);
    Q_INVOKABLE QString refresh();                                 // the last comparison again
    Q_INVOKABLE QString swapSides();                               // the last comparison, B against A
    Q_INVOKABLE QString duplicateScenario(const QString& name);
    Q_INVOKABLE QString switchScenario(int index);
    Q_INVOKABLE QString suggestedScenarioName() const;
    Q_INVOKABLE void clear();

signals:
    void scenariosChanged();
    void compared();
    void errorChanged();

private:
    struct Side {
        QString title, detail;
        QVariantList racks;
        QRectF room;
        QVariantMap gpuRack;
        FloorScene floor;  // handed to floors_ by run()
    };
    enum class Source { None, Scenarios, WithFile, Files };

    QString report(const QString& error);
    QString run(const Project& a, const QString& detailA, const Project& b, const QString& detailB);
    std::optional<Project> loadFile(const QString& path, QString* error) const;
    std::optional<Project> openScenario(int index, QString* error) const;
    Side describe(const Project& project, const QString& detail) const;
    QString runWithFile(const QString& pathOrUrl);

    Planner* planner_;
    CompareTableModel table_;
    Side sides_[2];
    FloorSnapshot floors_[2];
    QString error_;
    Source source_ = Source::None;
    int scenarioA_ = 0, scenarioB_ = 0;
    QString fileA_, fileB_;
    bool withFileSwapped_ = false;  // WithFile: the file is A, the open project B
    bool startInView_ = false;
};

}  // namespace pod
