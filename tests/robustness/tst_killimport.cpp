// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// An import killed at any moment (power cut, OOM killer, kill -9) leaves the case as it was:
// SQLite's rollback journal undoes the unfinished transaction on the next open.

#include "robustness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <sys/types.h>

using namespace auditlens::robustness;

class TestKillImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImportLeavesAllOrNothing();

private:
    QTemporaryDir m_dir;
    QString m_base; // a case already holding a small source
    QString m_big;  // the source killed while importing
    qint64 m_baseEvents = 0;
    qint64 m_bigRecords = 0;
    qint64 m_fullImportMs = 0;
};

void TestKillImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Big enough that an import takes seconds here (longer under the sanitizers).
    m_bigRecords = qEnvironmentVariableIsSet("AUDITLENS_SANITIZED") ? 60000 : 150000;
    m_big = m_dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeCsv(m_big, m_bigRecords, 1000000));
    const QString small = m_dir.filePath(QStringLiteral("small.csv"));
    QVERIFY(writeCsv(small, 500, 0));
    m_base = m_dir.filePath(QStringLiteral("base.auditlens"));
    const CliRun base = runCli({QStringLiteral("import"), m_base, small});
    QVERIFY2(base.exitCode == 0, base.err.constData());
    m_baseEvents = caseScalar(m_base, QStringLiteral("SELECT count(*) FROM events"));
    QCOMPARE(m_baseEvents, qint64(500));

    // One import to the end, to know how long one takes.
    const QString full = m_dir.filePath(QStringLiteral("full.auditlens"));
    QVERIFY(QFile::copy(m_base, full));
    QElapsedTimer timer;
    timer.start();
    const CliRun run = runCli({QStringLiteral("import"), full, m_big});
    m_fullImportMs = timer.elapsed();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(caseScalar(full, QStringLiteral("SELECT count(*) FROM events")),
             m_baseEvents + m_bigRecords);
    qInfo("a full import of %lld records takes %lld ms", m_bigRecords, m_fullImportMs);
    QVERIFY2(m_fullImportMs > 500, "the source imports too fast for kills to land mid-import");
}

void TestKillImport::killedImportLeavesAllOrNothing()
{
    // At least 20 kills must land during an import; a kill that comes too late (the import
    // finished first) is checked too but not counted.
    constexpr int kKills = 20;
    constexpr int kAttempts = 60;
    int killedMidway = 0;
    QRandomGenerator random(20260105);
    for (int i = 0; i < kAttempts && killedMidway < kKills; ++i) {
        const QString casePath = m_dir.filePath(QStringLiteral("kill%1.auditlens").arg(i));
        QFile::remove(casePath);
        QFile::remove(casePath + QStringLiteral("-journal"));
        QVERIFY(QFile::copy(m_base, casePath));

        // Kill somewhere between the start and most of the usual duration.
        const int delayMs = int(random.bounded(qint64(m_fullImportMs * 9 / 10)));
        QProcess process;
        process.start(QStringLiteral(AUDITLENS_CLI), {QStringLiteral("import"), casePath, m_big});
        QVERIFY(process.waitForStarted());
        const bool finishedFirst = process.waitForFinished(delayMs);
        if (finishedFirst) {
            // The machine is faster now than when it was measured: aim earlier from now on.
            m_fullImportMs = std::max<qint64>(delayMs, 100);
        } else {
            ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished(30000));
            ++killedMidway;
        }

        // The next open, even a read-only one as stats is, plays back the journal of the
        // killed import; the independent checks below can only read the case after that.
        const CliRun stats = runCli({QStringLiteral("stats"), casePath, QStringLiteral("--json")});
        QVERIFY2(stats.exitCode == 0, stats.err.constData());
        const QString integrity = integrityCheck(casePath);
        QVERIFY2(integrity == QLatin1String("ok"),
                 qPrintable(
                     QStringLiteral("kill %1 after %2 ms: %3").arg(i).arg(delayMs).arg(integrity)));
        const qint64 events = caseScalar(casePath, QStringLiteral("SELECT count(*) FROM events"));
        const qint64 sources = caseScalar(casePath, QStringLiteral("SELECT count(*) FROM sources"));
        const bool nothing = events == m_baseEvents && sources == 1;
        const bool all = events == m_baseEvents + m_bigRecords && sources == 2;
        QVERIFY2(nothing || all,
                 qPrintable(QStringLiteral("kill %1 after %2 ms: %3 events in %4 sources")
                                .arg(i)
                                .arg(delayMs)
                                .arg(events)
                                .arg(sources)));
        QCOMPARE(caseScalar(casePath, QStringLiteral("SELECT count(*) FROM problems")), qint64(0));

        // A fresh import then succeeds and ends with everything, once.
        const CliRun again = runCli({QStringLiteral("import"), casePath, m_big});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(caseScalar(casePath, QStringLiteral("SELECT count(*) FROM events")),
                 m_baseEvents + m_bigRecords);
        QFile::remove(casePath);
    }
    qInfo("%d imports were killed before they finished", killedMidway);
    QVERIFY2(killedMidway >= kKills, "too few kills landed during an import");
}

QTEST_GUILESS_MAIN(TestKillImport)
#include "tst_killimport.moc"
