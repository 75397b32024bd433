#pragma once
// The application object: owns the planner (document, catalog, views) and every controller QML uses —
// recovery (autosave), exporter, new-pod generator, compare view, dialog folders. main() and the GUI tests
// create one and attach it to their QML engine; each QML singleton's create() asks the engine for it.
// No static instance pointers: two engines with two apps (tests) do not see each other.
#include <QObject>

#include <memory>

#include "Catalog.h"

class QQmlEngine;

namespace pod {

class Planner;
class Recovery;
class Exporter;
class NewPodController;
class CompareController;
class DialogFolders;

class PlannerApp : public QObject {
    Q_OBJECT
public:
    explicit PlannerApp(Catalog catalog, QObject* parent = nullptr);
    ~PlannerApp() override;

    Planner& planner() { return *planner_; }
    Recovery& recovery() { return *recovery_; }
    Exporter& exporter() { return *exporter_; }
    NewPodController& newPod() { return *newPod_; }
    CompareController& compare() { return *compare_; }
    DialogFolders& dialogFolders() { return *folders_; }

    // QML singletons created by `engine` (Planner, Recovery, Exporter, …) are this app's objects.
    void attach(QQmlEngine& engine);
    // The app attached to `engine`; aborts with a message when there is none (a set-up error).
    static PlannerApp& of(QQmlEngine* engine);

private:
    std::unique_ptr<Planner> planner_;
    std::unique_ptr<Recovery> recovery_;
    std::unique_ptr<Exporter> exporter_;
    std::unique_ptr<NewPodController> newPod_;
    std::unique_ptr<CompareController> compare_;
    std::unique_ptr<DialogFolders> folders_;
};

// For the QML singletons' create(): `object`, owned by C++ (the engine must not delete it).
template <class T>
T* cppOwned(T* object);

}  // namespace pod
