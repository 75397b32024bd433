#pragma once
// The real podplanner binary as the CLI tests run it: exit code (-1 if it crashed), stdout, stderr.
#include <QProcess>
#include <QStringList>
#include <QtGlobal>

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

inline Run podplanner(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(PODPLANNER_BINARY), args);
    if (!p.waitForFinished(120000)) qFatal("podplanner did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
