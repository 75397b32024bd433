// Palette drags in the real window with a real X pointer, as a person does them: a DGX H100 from the
// palette into a free slot diagonally (across the floor plan) and again sideways (straight out of the
// list, then down), a rack from the palette onto the floor, Ctrl+S; the saved file holds exactly what
// the drops meant. A frame grabbed mid-drag shows the proxy under the pointer.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "RealWindow.h"
#include "Screen.h"

namespace {
QJsonObject readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}
// Devices of `catalog` in `rack`, as [u, …] sorted.
QList<double> usOf(const QJsonObject& project, const QString& rack, const QString& catalog) {
    QList<double> out;
    for (const QJsonValue& v : project["devices"].toArray()) {
        const QJsonObject d = v.toObject();
        if (d["rack"].toString() == rack && d["catalog"].toString() == catalog) out << d["u"].toDouble();
    }
    std::sort(out.begin(), out.end());
    return out;
}
}  // namespace

class TestX11Drag : public QObject {
    Q_OBJECT
    RealWindow w;
    QTemporaryDir home;
    QString project;
    QJsonObject before;

    // A search that leaves one palette item, at the top of the list (a click gives the window focus
    // first; Ctrl+F then selects the search text).
    void search(const QString& text) {
        w.click(screen::paletteSearch.x(), screen::paletteSearch.y());
        w.key("ctrl+f");
        const qsizetype from = w.logSize();
        w.type(text);
        // The list shows the search's items before the pointer goes for the first one (slow builds lag).
        QVERIFY2(w.waitForLog("palette filter: \"" + text + "\"", 10000, from), qPrintable(w.log().mid(from)));
        RealWindow::pause(300);
    }
    void selectOnFloor(QPoint at, const QString& rackId) {
        const qsizetype from = w.logSize();
        w.click(at.x(), at.y());
        QVERIFY2(w.waitForLog("floor press: rack " + rackId, 5000, from), qPrintable("expected to press " + rackId + ": " + w.log().mid(from)));
        RealWindow::pause(500);
    }

private slots:
    void initTestCase() {
        const QString error = w.startDisplay();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(home.isValid());
        project = home.path() + "/pod.podplan";
        QVERIFY(QFile::copy(PODPLANNER_SOURCE_DIR "/resources/samples/sample-pod.podplan", project));
        QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner);
        before = readJson(project);
        const QString started = w.startPlanner(project, home.path());
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    // A05 (network rack) is free from U1 to U27. The pointer carries the device's top edge: released
    // in the middle of U27's row, an 8U DGX H100 takes U20–U27.
    void diagonalDragIntoFreeSlotWithProxyUnderPointer() {
        search("nvidia-dgx-h100");
        if (QTest::currentTestFailed()) return;
        selectOnFloor(screen::floorA05, "r05");
        if (QTest::currentTestFailed()) return;
        const QPoint from = screen::firstPaletteTile;
        const QPoint mid = screen::emptyFloor;  // on the way, over empty floor
        const QPoint to{screen::frontFaceX, screen::uTop(27) + screen::uPx / 2};
        // The same screen region before the drag and with the pointer held over it mid-drag.
        w.moveTo(mid.x(), mid.y());
        RealWindow::pause(400);
        const QImage plain = w.grab();
        const qsizetype logFrom = w.logSize();
        w.moveTo(from.x(), from.y());
        RealWindow::pause(300);
        w.press();
        w.glide(from, mid, 20);
        RealWindow::pause(400);
        const QImage midDrag = w.grab();
        QVERIFY2(w.log().indexOf("drag started: nvidia-dgx-h100", logFrom) >= 0, qPrintable(w.log().mid(logFrom)));
        w.glide(mid, to, 20);
        RealWindow::pause(400);
        w.release();
        QVERIFY2(w.waitForLog("drag dropped: nvidia-dgx-h100", 5000, logFrom), qPrintable(w.log().mid(logFrom)));
        QVERIFY2(w.log().indexOf("(not taken)", logFrom) < 0, qPrintable(w.log().mid(logFrom)));
        // The proxy (230 × 40 px tile, drawn just below and right of the pointer) changed the region.
        QVERIFY(!plain.isNull() && !midDrag.isNull());
        if (qEnvironmentVariableIsSet("PODPLANNER_X11_FRAMES")) midDrag.save(qEnvironmentVariable("PODPLANNER_X11_FRAMES") + "/mid-drag.png");
        const QRect underPointer(mid.x(), mid.y(), 240, 50);
        const double changed = differingShare(plain, midDrag, underPointer);
        QVERIFY2(changed > 0.3, qPrintable(QString("only %1 % of the region under the pointer changed mid-drag").arg(changed * 100)));
        const QRect farAway(mid.x() - 300, mid.y() - 120, 120, 60);  // the rest of the floor did not
        QVERIFY2(differingShare(plain, midDrag, farAway) < 0.02, "the floor away from the pointer changed");

    }

    // A06 alike, but the pointer leaves the list sideways (a flat horizontal move) before going down.
    void sidewaysDragIntoFreeSlot() {
        selectOnFloor(screen::floorA06, "r06");
        if (QTest::currentTestFailed()) return;
        const QPoint from = screen::firstPaletteTile;
        const QPoint side{screen::frontFaceX, from.y()};
        const QPoint to{screen::frontFaceX, screen::uTop(27) + screen::uPx / 2};
        const qsizetype logFrom = w.logSize();
        w.moveTo(from.x(), from.y());
        RealWindow::pause(300);
        w.press();
        w.glide(from, side, 25);
        w.glide(side, to, 25);
        RealWindow::pause(400);
        w.release();
        QVERIFY2(w.waitForLog("drag dropped: nvidia-dgx-h100", 5000, logFrom), qPrintable(w.log().mid(logFrom)));
        QVERIFY2(w.log().indexOf("(not taken)", logFrom) < 0, qPrintable(w.log().mid(logFrom)));
    }

    // A rack model from the palette onto empty floor south of row A.
    void rackOntoFloor() {
        search("hpe-10848-g2");
        if (QTest::currentTestFailed()) return;
        const QPoint from = screen::firstPaletteTile;
        const QPoint to = screen::floorSouthOfRow;
        const qsizetype logFrom = w.logSize();
        w.moveTo(from.x(), from.y());
        RealWindow::pause(300);
        w.press();
        w.glide(from, to, 30);
        RealWindow::pause(400);
        w.release();
        QVERIFY2(w.waitForLog("drag dropped: hpe-10848-g2", 5000, logFrom), qPrintable(w.log().mid(logFrom)));
        QVERIFY2(w.log().indexOf("(not taken)", logFrom) < 0, qPrintable(w.log().mid(logFrom)));
    }

    void savedFileHoldsTheDrops() {
        const QByteArray original = QJsonDocument(before).toJson();
        w.key("Escape");  // leave the search field: Ctrl+S is the window's
        w.key("ctrl+s");
        QElapsedTimer t;
        t.start();
        QJsonObject after;
        while (t.elapsed() < 10000) {
            after = readJson(project);
            if (after["devices"].toArray().size() != before["devices"].toArray().size()) break;
            RealWindow::pause(200);
        }
        // Two devices and one rack more, nothing else lost.
        QCOMPARE(after["devices"].toArray().size(), before["devices"].toArray().size() + 2);
        QCOMPARE(after["racks"].toArray().size(), before["racks"].toArray().size() + 1);
        // 32 DGX H100 in the sample + 2 = 34; 8 GPUs each.
        int dgx = 0;
        for (const QJsonValue& v : after["devices"].toArray()) dgx += v.toObject()["catalog"].toString() == "nvidia-dgx-h100";
        QCOMPARE(dgx, 34);
        QCOMPARE(dgx * 8, 272);
        // Where the pointer let go: top edge at U27, 8U high → bottom U20, in A05 and in A06.
        QCOMPARE(usOf(after, "r05", "nvidia-dgx-h100"), QList<double>{20});
        QCOMPARE(usOf(after, "r06", "nvidia-dgx-h100"), QList<double>{20});
        // The new rack: the palette's model, south of row A (centre line y = 4,000 mm, 1,112 mm deep),
        // inside the 14 × 9 m room, on the 100 mm grid.
        QJsonObject rack = after["racks"].toArray().last().toObject();
        QCOMPARE(rack["model"].toString(), QString("hpe-10848-g2"));
        const QJsonArray pos = rack["position"].toArray();
        const qint64 x = pos[0].toInteger(), y = pos[1].toInteger();
        QVERIFY2(y > 4000 + 1112 && y < 9000 - 556 && x > 400 && x < 14000 - 400, qPrintable(QString("%1, %2").arg(x).arg(y)));
        QCOMPARE(x % 100, 0);
        QCOMPARE(y % 100, 0);
        QVERIFY2(w.plannerRunning(), qPrintable(w.log()));
        w.stopPlanner();
    }
};

QTEST_GUILESS_MAIN(TestX11Drag)
#include "tst_x11_drag.moc"
