// 200 random edits to the sample through the Planner's Q_INVOKABLE API (what the QML calls), then
// undo all 200 → byte-identical to the opened file's JSON, redo all 200 → byte-identical to the
// edited state; every state on the way back and forth equals the one recorded going forward, and
// every state saves to a file that loads. Seeded: the same 200 edits on every run
// (POD_UNDO_SEED=N tries another sequence).
#include <QtTest>

#include <QtQml/qqmlextensionplugin.h>

#include <random>

#include "CatalogLoader.h"
#include "Planner.h"
#include "ProjectFile.h"

Q_IMPORT_QML_PLUGIN(PodPlannerPlugin)

using namespace pod;

namespace {
constexpr int kSteps = 200;
constexpr int kMaxAttempts = 5000;  // refused edits (occupied U, wall in the way …) do not count
}  // namespace

class TestUndoRandom : public QObject {
    Q_OBJECT
    std::unique_ptr<Planner> planner;
    std::mt19937 rng;
    QStringList paletteIds;
    QStringList coolingIds;
    QStringList rackModels;

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); }

    QStringList rackIds() const {
        QStringList ids;
        for (const Rack& r : planner->document()->project().layout.racks) ids << QString::fromStdString(r.id);
        return ids;
    }
    QStringList deviceIds() const {
        QStringList ids;
        for (const Device& d : planner->document()->project().layout.devices) ids << QString::fromStdString(d.id);
        return ids;
    }
    QString anyOf(const QStringList& list) { return list.isEmpty() ? QString() : list[pick(int(list.size()))]; }

    QString randomName() {
        static const QStringList parts = {"A", "B07", "Rack", "GPU", "Süd", "北", "spine \"1\"", "r/2", "x,y", "—"};
        QString name;
        for (int i = 0, n = 1 + pick(3); i < n; ++i) name += (i ? " " : "") + parts[pick(int(parts.size()))];
        return name;
    }

    // One random edit through the QML-facing API. Returns what was tried (for failure messages).
    QString randomEdit() {
        const QStringList racks = rackIds();
        const QStringList devices = deviceIds();
        const QRectF room = planner->roomBounds();
        const QString face = pick(2) ? "front" : "rear";
        switch (pick(13)) {
        case 0: {  // drag a rack (one drag = one undo step)
            QString r = anyOf(racks);
            planner->moveRack(r, uniform(room.left(), room.right()), uniform(room.top(), room.bottom()),
                              planner->beginRackDrag());
            return "moveRack " + r;
        }
        case 1: {
            QString d = anyOf(devices);
            planner->moveDevice(d, anyOf(racks), 1 + pick(48), face);
            return "moveDevice " + d;
        }
        case 2:
        case 3: {  // add from the palette
            QString c = anyOf(paletteIds);
            planner->addDevice(c, anyOf(racks), 1 + pick(48), face);
            return "addDevice " + c;
        }
        case 4: {
            QString id = pick(4) == 0 ? anyOf(racks) : anyOf(devices);
            planner->selection()->select(id);
            planner->deleteSelection();
            return "delete " + id;
        }
        case 5: {
            QString id = pick(2) ? anyOf(racks) : anyOf(devices);
            planner->rename(id, randomName());
            return "rename " + id;
        }
        case 6: {
            QString r = anyOf(racks);
            planner->selection()->select(r);
            planner->rotateSelection();
            return "rotate " + r;
        }
        case 7: {
            QString r = anyOf(racks);
            planner->setRackBudgetKw(r, std::round(uniform(5, 120)));
            return "budget " + r;
        }
        case 8: {
            QString r = anyOf(racks);
            planner->selection()->select(r);
            planner->duplicateSelection();
            return "duplicate " + r;
        }
        case 9: {
            QString id = pick(2) ? anyOf(racks) : anyOf(devices);
            planner->selection()->select(id);
            planner->nudgeSelection(pick(3) - 1, pick(3) - 1);
            return "nudge " + id;
        }
        case 10: {
            QString r = anyOf(racks);
            planner->setRackCooling(r, anyOf(coolingIds));
            return "cooling " + r;
        }
        case 11: {
            QString r = anyOf(racks);
            planner->setRackFeeds(r, QStringList({"A", "A,B", "B", "A,B,C", "A1,B1"})[pick(5)]);
            return "feeds " + r;
        }
        default: {
            if (pick(3) == 0) {
                QString m = anyOf(rackModels);
                planner->addRack(m, uniform(room.left(), room.right()), uniform(room.top(), room.bottom()));
                return "addRack " + m;
            }
            QString d = anyOf(devices);
            planner->setDeviceFace(d, face);
            return "face " + d;
        }
        }
    }

    // The saved bytes load back (the GUI never makes a file the loader refuses).
    bool loads(const QString& json, QString* why) {
        ProjectResult r = ProjectFile::parse(json.toStdString(), "state.podplan", planner->document()->catalog());
        if (const auto* e = std::get_if<LoadError>(&r)) {
            *why = QString::fromStdString(e->message());
            return false;
        }
        return true;
    }

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName("podplanner-tests");
        Catalog catalog;
        QVERIFY(!loadStandardCatalog({}, {}, catalog));
        planner = std::make_unique<Planner>(std::move(catalog));
        QVERIFY(planner->openFile(PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan"));
        for (int i = 0; i < planner->palette()->rowCount(); ++i)
            paletteIds << planner->palette()->data(planner->palette()->index(i), PaletteModel::IdRole).toString();
        for (const auto& c : planner->coolingOptions()) coolingIds << c.toMap()["id"].toString();
        for (const auto& [id, model] : planner->document()->catalog().racks()) rackModels << QString::fromStdString(id);
        QVERIFY(paletteIds.size() >= 45);
        QVERIFY(!coolingIds.isEmpty());
        QVERIFY(!rackModels.isEmpty());
        const unsigned seed = qEnvironmentVariableIsSet("POD_UNDO_SEED") ? qEnvironmentVariableIntValue("POD_UNDO_SEED") : 20240808u;
        qInfo("seed %u", seed);
        rng.seed(seed);
    }

    void undoRedo200RandomEdits() {
        QUndoStack* stack = planner->document()->undoStack();
        QCOMPARE(stack->count(), 0);
        std::vector<QString> states = {planner->projectJson()};  // states[i]: after i undo steps
        QStringList done;
        int attempts = 0;
        while (stack->count() < kSteps) {
            QVERIFY2(++attempts <= kMaxAttempts, "too many refused edits");
            const QString before = planner->projectJson();
            const int countBefore = stack->count();
            const QString what = randomEdit();
            const int added = stack->count() - countBefore;
            const QString after = planner->projectJson();
            // Every action the QML offers is at most one undo step, and a refused one changes nothing.
            QVERIFY2(added == 0 || added == 1, qPrintable(what));
            if (added == 0) {
                QVERIFY2(after == before, qPrintable("refused but changed: " + what));
                continue;
            }
            QVERIFY2(after != before, qPrintable("an undo step that changes nothing: " + what));
            QString why;
            QVERIFY2(loads(after, &why), qPrintable(what + " made a file that does not load: " + why));
            states.push_back(after);
            done << what;
        }
        QCOMPARE(int(states.size()), kSteps + 1);
        qInfo("%d edits accepted of %d tried", kSteps, attempts);

        // Undo all 200: every intermediate state again, ending byte-identical to the opened file.
        for (int i = kSteps; i > 0; --i) {
            QVERIFY(planner->canUndo());
            planner->undo();
            QVERIFY2(planner->projectJson() == states[i - 1], qPrintable("undo of step " + QString::number(i) + ": " + done[i - 1]));
        }
        QVERIFY(!planner->canUndo());
        QCOMPARE(planner->projectJson(), states.front());
        QVERIFY(!planner->modified());

        // Redo all 200: forward through the same states to the edited one.
        for (int i = 1; i <= kSteps; ++i) {
            QVERIFY(planner->canRedo());
            planner->redo();
            QVERIFY2(planner->projectJson() == states[i], qPrintable("redo of step " + QString::number(i) + ": " + done[i - 1]));
        }
        QVERIFY(!planner->canRedo());
        QCOMPARE(planner->projectJson(), states.back());
        QVERIFY(planner->modified());
    }
};

QTEST_MAIN(TestUndoRandom)
#include "tst_undo_random.moc"
