// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// A bulk tag killed at any moment (kill -9) leaves all of its events tagged or none, with its
// log rows exactly when its tags are there: one transaction, undone by SQLite's journal.

#include "robustness.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <sys/types.h>

using namespace auditlens::robustness;

class TestKillAnnotate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedTagLeavesAllOrNothing();

private:
    QTemporaryDir m_dir;
    QString m_case;
    qint64 m_events = 0;
    qint64 m_tagMs = 0;
};

void TestKillAnnotate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Big enough that tagging every event takes a good part of a second here.
    m_events = qEnvironmentVariableIsSet("AUDITLENS_SANITIZED") ? 50000 : 200000;
    const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeCsv(csv, m_events));
    m_case = m_dir.filePath(QStringLiteral("big.auditlens"));
    const CliRun import = runCli({QStringLiteral("import"), m_case, csv});
    QVERIFY2(import.exitCode == 0, import.err.constData());
    QElapsedTimer timer;
    timer.start();
    const CliRun tag = runCli({QStringLiteral("tag"), m_case, QStringLiteral("measured")});
    m_tagMs = timer.elapsed();
    QVERIFY2(tag.exitCode == 0, tag.err.constData());
    QCOMPARE(tag.out, QByteArray("created tag measured\ntagged ") + QByteArray::number(m_events) +
                          QByteArray(" events\n"));
    qInfo("tagging %lld events takes %lld ms", m_events, m_tagMs);
}

void TestKillAnnotate::killedTagLeavesAllOrNothing()
{
    constexpr int kKills = 8;
    constexpr int kAttempts = 30;
    int killedMidway = 0;
    QRandomGenerator random(20261128);
    for (int i = 0; i < kAttempts && killedMidway < kKills; ++i) {
        const QString tag = QStringLiteral("kill-%1").arg(i);
        const int delayMs = int(random.bounded(std::max<qint64>(m_tagMs * 9 / 10, 20)));
        QProcess process;
        process.start(QStringLiteral(AUDITLENS_CLI), {QStringLiteral("tag"), m_case, tag});
        QVERIFY(process.waitForStarted());
        if (process.waitForFinished(delayMs)) {
            m_tagMs = std::max<qint64>(delayMs, 20); // faster than measured: aim earlier
        } else {
            ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished(30000));
            ++killedMidway;
        }
        // A read plays back the journal of the killed change first.
        const CliRun read =
            runCli({QStringLiteral("annotations"), m_case, QStringLiteral("--json")});
        QVERIFY2(read.exitCode == 0, read.err.constData());
        QCOMPARE(integrityCheck(m_case), QStringLiteral("ok"));
        const qint64 tagged = caseScalar(
            m_case, QStringLiteral("SELECT count(*) FROM event_tags AS e JOIN tags AS t ON t.id ="
                                   " e.tag_id WHERE t.name = '%1'")
                        .arg(tag));
        const qint64 tags = caseScalar(
            m_case, QStringLiteral("SELECT count(*) FROM tags WHERE name = '%1'").arg(tag));
        const qint64 logged =
            caseScalar(m_case, QStringLiteral("SELECT count(*) FROM annotation_log WHERE"
                                              " json_extract(detail, '$.tag') = '%1'")
                                   .arg(tag));
        const bool nothing = tagged == 0 && tags == 0 && logged == 0;
        const bool all = tagged == m_events && tags == 1 && logged == 2;
        QVERIFY2(nothing || all,
                 qPrintable(QStringLiteral("kill %1 after %2 ms: %3 tagged, %4 tags, %5 log rows")
                                .arg(i)
                                .arg(delayMs)
                                .arg(tagged)
                                .arg(tags)
                                .arg(logged)));
    }
    qInfo("%d tags were killed before they finished", killedMidway);
    QVERIFY2(killedMidway >= kKills, "too few kills landed during a tag");
}

QTEST_GUILESS_MAIN(TestKillAnnotate)
#include "tst_killannotate.moc"
