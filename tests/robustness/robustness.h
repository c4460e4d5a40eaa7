// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Helpers shared by the robustness tests: running the CLI as a user would, writing audit logs
// of any size quickly, and looking into a case file without going through the code under test.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace auditlens::robustness {

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

// Runs auditlens-cli to completion. `modifier` runs in the child before exec (limits, signals).
CliRun runCli(const QStringList &args, const QProcessEnvironment &env = {},
              const std::function<void()> &modifier = {}, int timeoutMs = 600000,
              const QString &workingDirectory = {});

// What the viewer makes of a case: its session (the code the window uses, on its worker thread)
// opens it and runs the first query.
struct ViewerOpen
{
    bool answered = false; // opened or failed within a minute
    bool opened = false;
    QString error;            // what the viewer would show when it failed
    qint64 events = -1;       // the events its index holds
    bool firstResult = false; // the first query's result came
};
// Needs an event loop on this thread (QCoreApplication); closes the session before returning.
ViewerOpen openInViewer(const QString &casePath);

// Three exports of one organisation, sliced from one generated log (2,500 events over 26 days,
// seed 7) as CircleCI serves them: requests of 10 days padded by one, so that exports 1 and 2
// overlap, and none around 2026-01-15, a hole in the evidence. Writes dir/full.csv and
// dir/slices/full-01.csv to full-03.csv, and returns the slicer's manifest (what `sources` must
// say); an empty object after a failure, said in *error.
QJsonObject sliceThreeExports(const QString &dir, QString *error);

// The CSV header CircleCI writes.
QByteArray csvHeader();
// One well-formed CSV record with a unique id derived from n, about 900 bytes like real rows.
QByteArray csvRecord(qint64 n);
// A CSV export of `rows` records, written straight to path; false when it cannot be written.
bool writeCsv(const QString &path, qint64 rows, qint64 firstId = 0);
bool writeFile(const QString &path, const QByteArray &bytes);
// The rows of a CSV file, RFC 4180: enough for our own exports.
QList<QStringList> parseCsv(const QByteArray &bytes);

// Straight SQLite, independent of CaseStore: "ok" when PRAGMA integrity_check passes,
// otherwise what it says (or why the file could not be opened).
QString integrityCheck(const QString &casePath);
// A single integer from the case, or -1 when the query fails.
qint64 caseScalar(const QString &casePath, const QString &sql);

// The case's content as text (sources without paths and times, events, problems), to show
// that a refused operation left it exactly as it was.
QByteArray caseDigest(const QString &casePath);

} // namespace auditlens::robustness
