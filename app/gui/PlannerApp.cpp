#include "PlannerApp.h"

#include <QQmlEngine>

#include "CompareController.h"
#include "DialogFolders.h"
#include "Exporter.h"
#include "NewPodController.h"
#include "Planner.h"
#include "Recovery.h"

namespace pod {

namespace {
constexpr const char* kEngineProperty = "_podplannerApp";
}

PlannerApp::PlannerApp(Catalog catalog, QObject* parent)
    : QObject(parent),
      planner_(std::make_unique<Planner>(std::move(catalog))),
      recovery_(std::make_unique<Recovery>(*planner_)),
      exporter_(std::make_unique<Exporter>(*planner_)),
      newPod_(std::make_unique<NewPodController>(planner_.get())),
      compare_(std::make_unique<CompareController>(planner_.get())),
      folders_(std::make_unique<DialogFolders>(planner_.get())) {}

// Controllers hold a reference to the planner: they go first.
PlannerApp::~PlannerApp() {
    folders_.reset();
    compare_.reset();
    newPod_.reset();
    exporter_.reset();
    recovery_.reset();
    planner_.reset();
}

void PlannerApp::attach(QQmlEngine& engine) { engine.setProperty(kEngineProperty, QVariant::fromValue<QObject*>(this)); }

PlannerApp& PlannerApp::of(QQmlEngine* engine) {
    auto* app = engine ? qobject_cast<PlannerApp*>(engine->property(kEngineProperty).value<QObject*>()) : nullptr;
    if (!app) qFatal("podplanner: no PlannerApp attached to the QML engine (PlannerApp::attach before loading QML)");
    return *app;
}

template <class T>
T* cppOwned(T* object) {
    QQmlEngine::setObjectOwnership(object, QQmlEngine::CppOwnership);
    return object;
}

template Planner* cppOwned(Planner*);
template Recovery* cppOwned(Recovery*);
template Exporter* cppOwned(Exporter*);
template NewPodController* cppOwned(NewPodController*);
template CompareController* cppOwned(CompareController*);
template DialogFolders* cppOwned(DialogFolders*);

}  // namespace pod
