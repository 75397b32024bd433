#pragma once
// The real podplanner window on a virtual X display (Xvfb), driven with a real X pointer and keyboard
// (xdotool) and grabbed as a person sees it (ImageMagick's import). What the planner opened or dropped
// is read from its podplanner.ui log on stderr, so a test waits for events rather than for time.
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

class RealWindow {
public:
    // Starts Xvfb (1600 × 1000, 24 bit) on a free display; empty string on success, else why not.
    QString startDisplay(const QString& size = "1600x1000x24") {
        xvfb_.setProcessChannelMode(QProcess::SeparateChannels);
        xvfb_.start("Xvfb", {"-displayfd", "1", "-screen", "0", size, "-nolisten", "tcp", "-noreset"});
        if (!xvfb_.waitForStarted(10000)) return "cannot start Xvfb (scripts/deps.sh installs xvfb): " + xvfb_.errorString();
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains('\n') && t.elapsed() < 15000) {
            xvfb_.waitForReadyRead(200);
            out += xvfb_.readAllStandardOutput();
        }
        if (!out.contains('\n')) return "Xvfb printed no display number: " + QString::fromLocal8Bit(xvfb_.readAllStandardError());
        display_ = ":" + QString::fromLatin1(out).trimmed();
        return {};
    }

    ~RealWindow() {
        stopPlanner();
        if (xvfb_.state() != QProcess::NotRunning) {
            xvfb_.terminate();
            xvfb_.waitForFinished(5000);
        }
    }

    // Starts the planner on `file` with settings, recovery files and autosave kept inside `home`.
    QString startPlanner(const QString& file, const QString& home) {
        QProcessEnvironment env = displayEnv();
        env.insert("QT_QPA_PLATFORM", "xcb");
        env.insert("QT_QUICK_BACKEND", "software");
        env.insert("QT_LOGGING_RULES", "podplanner.ui.info=true");
        env.insert("XDG_CONFIG_HOME", home + "/config");
        env.insert("XDG_DATA_HOME", home + "/data");
        env.insert("XDG_RUNTIME_DIR", home);
        env.insert("PODPLANNER_RECOVERY_DIR", home + "/recovery");
        env.insert("PODPLANNER_AUTOSAVE_SECONDS", "3600");
        planner_.setProcessEnvironment(env);
        planner_.setProcessChannelMode(QProcess::SeparateChannels);
        log_.clear();
        planner_.start(PODPLANNER_BINARY, {file});
        if (!planner_.waitForStarted(10000)) return "cannot start podplanner: " + planner_.errorString();
        // The window exists when xdotool finds it by name; then give it its first frames.
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            if (!plannerRunning()) return "podplanner exited at start: " + log();
            QProcess search;
            search.setProcessEnvironment(env);
            search.start("xdotool", {"search", "--name", "Pod Planner"});
            search.waitForFinished(5000);
            if (search.exitCode() == 0 && !search.readAllStandardOutput().trimmed().isEmpty()) {
                pause(1500);
                return {};
            }
            pause(200);
        }
        return "no planner window after 30 s: " + log();
    }

    void stopPlanner() {
        if (planner_.state() == QProcess::NotRunning) return;
        planner_.kill();
        planner_.waitForFinished(5000);
    }
    bool plannerRunning() const { return planner_.state() == QProcess::Running; }

    // Everything the planner printed on stderr so far.
    QString log() {
        log_ += QString::fromUtf8(planner_.readAllStandardError());
        return log_;
    }
    // Waits until the log holds `text` after position `from` (default: anywhere); false on timeout.
    bool waitForLog(const QString& text, int timeoutMs = 10000, qsizetype from = 0) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (log().indexOf(text, from) >= 0) return true;
            if (!plannerRunning()) return false;
            planner_.waitForReadyRead(100);
        }
        return log().indexOf(text, from) >= 0;
    }
    qsizetype logSize() { return log().size(); }

    // The environment with DISPLAY set to the virtual display.
    QProcessEnvironment displayEnv() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DISPLAY", display_);
        return env;
    }
    // xdotool with the virtual display; returns its exit code.
    int xdo(const QStringList& args) {
        QProcess p;
        p.setProcessEnvironment(displayEnv());
        p.start("xdotool", args);
        p.waitForFinished(10000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    // The planner window's title ("*" first when there are unsaved changes).
    QString windowTitle() {
        QProcess p;
        p.setProcessEnvironment(displayEnv());
        p.start("xdotool", {"search", "--name", "Pod Planner", "getwindowname"});
        p.waitForFinished(10000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
    void moveTo(int x, int y) { xdo({"mousemove", QString::number(x), QString::number(y)}); }
    void click(int x, int y) {
        moveTo(x, y);
        pause(150);
        xdo({"click", "1"});
        pause(300);
    }
    void key(const QString& k) {
        xdo({"key", k});
        pause(300);
    }
    void type(const QString& text) {
        xdo({"type", "--delay", "40", text});
        pause(300);
    }
    void press() { xdo({"mousedown", "1"}); }
    void release() { xdo({"mouseup", "1"}); }
    // Moves the pressed pointer along a straight line in `steps` small steps, as a hand does.
    void glide(QPoint from, QPoint to, int steps = 25) {
        for (int i = 1; i <= steps; ++i) {
            moveTo(from.x() + (to.x() - from.x()) * i / steps, from.y() + (to.y() - from.y()) * i / steps);
            pause(25);
        }
    }

    // The whole screen as a person sees it.
    QImage grab() {
        QTemporaryDir dir;
        const QString png = dir.path() + "/screen.png";
        QProcess p;
        p.start("import", {"-display", display_, "-window", "root", png});
        p.waitForFinished(20000);
        return QImage(png);
    }

    static void pause(int ms) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            QCoreApplication::processEvents();
            QThread::msleep(10);
        }
    }

private:
    QProcess xvfb_;
    QProcess planner_;
    QString display_;
    QString log_;
};

// Share of pixels that differ (any channel by more than 24) between the same rectangle of two images.
inline double differingShare(const QImage& a, const QImage& b, const QRect& r) {
    int differ = 0, total = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            if (!a.valid(x, y) || !b.valid(x, y)) continue;
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            ++total;
            if (std::abs(qRed(p) - qRed(q)) > 24 || std::abs(qGreen(p) - qGreen(q)) > 24 || std::abs(qBlue(p) - qBlue(q)) > 24) ++differ;
        }
    return total ? double(differ) / total : 0;
}
