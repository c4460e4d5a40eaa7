// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// A case of several exports, through auditlens-cli: three exports sliced from one generated file
// with overlaps and one hole (scripts/slice_exports.py states what `sources` must print), taking
// a source out again, and adding bytes that are already in the case.

#include "robustness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <sys/resource.h>

using namespace auditlens::robustness;

class TestSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sourcesMatchTheSlices();
    void sourcesInWords();
    void readdingSaysWhichSource();
    void removeSourceLeavesTheOtherAsAlone_data();
    void removeSourceLeavesTheOtherAsAlone();
    void removeSourceRefusesWhatItCannotName();
    void sourceFilterNamesSourcesAsRemoveSourceDoes();
    void failedRemovalChangesNothing();
    void removeInUseCaseChangesNothing();
    void removingTheLastSourceLeavesAnEmptyCase();

private:
    QString slice(int number) const
    {
        return m_dir.filePath(
            QStringLiteral("slices/full-%1.csv").arg(number, 2, 10, QLatin1Char('0')));
    }
    QString importCase(const QString &name, const QStringList &sources);
    static QJsonObject json(const CliRun &run);
    // What a user reads of a case: its stats without the sources' paths and times, and every
    // event with its duplicate mark.
    static QByteArray content(const QString &casePath);

    QTemporaryDir m_dir;
    QJsonObject m_manifest;
    QString m_threeCase;
};

QJsonObject TestSources::json(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QString TestSources::importCase(const QString &name, const QStringList &sources)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    const CliRun run = runCli(QStringList{QStringLiteral("import"), path} + sources);
    if (run.exitCode != 0)
        qWarning("import failed: %s", run.err.constData());
    return path;
}

QByteArray TestSources::content(const QString &casePath)
{
    QJsonObject stats = json(runCli({QStringLiteral("stats"), casePath, QStringLiteral("--json")}));
    stats.remove(QStringLiteral("sources"));
    const CliRun events = runCli(
        {QStringLiteral("query"), casePath, QStringLiteral("--format"), QStringLiteral("jsonl")});
    // The events as they read, without their numbers in the case (a case that lost a source
    // keeps the numbers of the events it still holds).
    QByteArray lines;
    for (const QByteArray &line : events.out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonObject event = QJsonDocument::fromJson(line).object();
        event.remove(QStringLiteral("seq"));
        lines += QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n';
    }
    return QJsonDocument(stats).toJson() + lines;
}

void TestSources::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_manifest = sliceThreeExports(m_dir.path(), &error);
    QVERIFY2(!m_manifest.isEmpty(), qPrintable(error));
    QCOMPARE(m_manifest[QStringLiteral("sources")].toArray().size(), 3);
    QCOMPARE(m_manifest[QStringLiteral("gaps")].toArray().size(), 1);
    m_threeCase = importCase(QStringLiteral("three.auditlens"), {slice(1), slice(2), slice(3)});
}

void TestSources::sourcesMatchTheSlices()
{
    const CliRun run = runCli({QStringLiteral("sources"), m_threeCase, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject o = json(run);
    QStringList keys = o.keys();
    QCOMPARE(keys, (QStringList{QStringLiteral("gaps"), QStringLiteral("sources")}));
    const QJsonArray sources = o[QStringLiteral("sources")].toArray();
    const QJsonArray expected = m_manifest[QStringLiteral("sources")].toArray();
    QCOMPARE(sources.size(), expected.size());
    for (int i = 0; i < sources.size(); ++i) {
        const QJsonObject s = sources.at(i).toObject();
        const QJsonObject e = expected.at(i).toObject();
        QCOMPARE(s.keys().size(), 12);
        QCOMPARE(s[QStringLiteral("number")].toInteger(), e[QStringLiteral("number")].toInteger());
        QCOMPARE(QFileInfo(s[QStringLiteral("path")].toString()).fileName(),
                 e[QStringLiteral("path")].toString());
        QVERIFY(QFileInfo(s[QStringLiteral("path")].toString()).isAbsolute());
        for (const char *text : {"format", "sha256", "first", "last"})
            QCOMPARE(s[QLatin1String(text)].toString(), e[QLatin1String(text)].toString());
        for (const char *number :
             {"bytes", "records", "rejected", "shared_exact", "shared_conflicting"})
            QCOMPARE(s[QLatin1String(number)].toInteger(), e[QLatin1String(number)].toInteger());
        QCOMPARE(s[QStringLiteral("imported")].toInteger(),
                 e[QStringLiteral("records")].toInteger());
    }
    // The overlap of exports 1 and 2 shows on both sides; 3 shares a conflicting copy.
    QVERIFY(sources.at(0)[QStringLiteral("shared_exact")].toInteger() > 100);
    QVERIFY(sources.at(2)[QStringLiteral("shared_conflicting")].toInteger() > 0);
    const QJsonArray gaps = o[QStringLiteral("gaps")].toArray();
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps.at(0).toObject().keys(),
             (QStringList{QStringLiteral("from"), QStringLiteral("to")}));
    QCOMPARE(gaps.at(0)[QStringLiteral("from")].toString(), QStringLiteral("2026-01-15"));
    QCOMPARE(gaps.at(0)[QStringLiteral("to")].toString(), QStringLiteral("2026-01-15"));
}

void TestSources::sourcesInWords()
{
    const CliRun run = runCli({QStringLiteral("sources"), m_threeCase});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    for (int n = 1; n <= 3; ++n)
        QVERIFY2(text.contains(QFileInfo(slice(n)).fileName()), run.out.constData());
    QVERIFY2(text.contains(QStringLiteral("no source covers 2026-01-15")), run.out.constData());
    const CliRun one = runCli(
        {QStringLiteral("sources"), importCase(QStringLiteral("one.auditlens"), {slice(1)})});
    QVERIFY2(QString::fromUtf8(one.out).contains(QStringLiteral("Every day")), one.out.constData());
}

void TestSources::readdingSaysWhichSource()
{
    const CliRun text = runCli({QStringLiteral("import"), m_threeCase, slice(2)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("already in the case as source 2"), text.out.constData());
    // A copy of the bytes under another name is recognised by its digest.
    const QString copy = m_dir.filePath(QStringLiteral("copy-of-3.csv"));
    QVERIFY(QFile::copy(slice(3), copy));
    const CliRun run =
        runCli({QStringLiteral("import"), m_threeCase, copy, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject s = json(run)[QStringLiteral("sources")].toArray().at(0).toObject();
    QVERIFY(s[QStringLiteral("already_imported")].toBool());
    QCOMPARE(s[QStringLiteral("already_in_case_as")].toInteger(), 3);
    QCOMPARE(json(run)[QStringLiteral("imported")].toInteger(), 0);
}

void TestSources::removeSourceLeavesTheOtherAsAlone_data()
{
    QTest::addColumn<int>("kept");
    QTest::addColumn<int>("removed");
    QTest::addColumn<QString>("named"); // how remove-source names it
    QTest::newRow("the later, by number") << 1 << 2 << QStringLiteral("number");
    QTest::newRow("the earlier, by file name") << 2 << 1 << QStringLiteral("name");
    QTest::newRow("the later, by path") << 1 << 2 << QStringLiteral("path");
    QTest::newRow("the earlier, by digest prefix") << 2 << 1 << QStringLiteral("digest");
}

void TestSources::removeSourceLeavesTheOtherAsAlone()
{
    QFETCH(int, kept);
    QFETCH(int, removed);
    QFETCH(QString, named);
    const QString both = importCase(QStringLiteral("both.auditlens"), {slice(1), slice(2)});
    const QString alone = importCase(QStringLiteral("alone.auditlens"), {slice(kept)});
    QVERIFY(caseScalar(both, QStringLiteral("SELECT count(*) FROM duplicates")) > 0);
    QVERIFY(caseScalar(both, QStringLiteral("SELECT count(*) FROM viewer_index")) > 0);
    const QString sha = m_manifest[QStringLiteral("sources")]
                            .toArray()
                            .at(removed - 1)[QStringLiteral("sha256")]
                            .toString();
    const QString spec = named == QLatin1String("number") ? QString::number(removed)
                         : named == QLatin1String("name") ? QFileInfo(slice(removed)).fileName()
                         : named == QLatin1String("path") ? slice(removed)
                                                          : sha.left(10);
    const CliRun run = runCli({QStringLiteral("remove-source"), both, spec});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains(QFileInfo(slice(removed)).fileName().toUtf8()), run.out.constData());
    const qint64 removedEvents = m_manifest[QStringLiteral("sources")]
                                     .toArray()
                                     .at(removed - 1)[QStringLiteral("records")]
                                     .toInteger();
    QVERIFY2(run.out.contains(QByteArray(QLocale().toString(removedEvents).toUtf8() + " events")),
             run.out.constData());
    QCOMPARE(integrityCheck(both), QStringLiteral("ok"));
    // Stats, duplicates and every event with its mark: as if the other had never been added.
    QCOMPARE(content(both), content(alone));
    // Actors, targets, scopes, organisations and accounts only the removed export named go too.
    const QString entities = QStringLiteral("SELECT count(*) FROM entities");
    QCOMPARE(caseScalar(both, entities), caseScalar(alone, entities));
    const QJsonArray sources = json(runCli(
        {QStringLiteral("sources"), both, QStringLiteral("--json")}))[QStringLiteral("sources")]
                                   .toArray();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.at(0)[QStringLiteral("shared_exact")].toInteger(), 0);
    QCOMPARE(sources.at(0)[QStringLiteral("shared_conflicting")].toInteger(), 0);
    // The index kept for the viewer described both: it is not used again.
    QCOMPARE(caseScalar(both, QStringLiteral("SELECT count(*) FROM viewer_index")), qint64(0));
    const ViewerOpen viewer = openInViewer(both);
    QVERIFY2(viewer.opened, qPrintable(viewer.error));
    QCOMPARE(viewer.events, m_manifest[QStringLiteral("sources")]
                                .toArray()
                                .at(kept - 1)[QStringLiteral("records")]
                                .toInteger());
    // The removed export can come back.
    const CliRun again = runCli({QStringLiteral("import"), both, slice(removed)});
    QVERIFY2(again.exitCode == 0 && !again.out.contains("already"), again.out.constData());
}

void TestSources::removeSourceRefusesWhatItCannotName()
{
    const QByteArray before = caseDigest(m_threeCase);
    for (const QString &spec : {QStringLiteral("9"), QStringLiteral("full-09.csv")}) {
        const CliRun run = runCli({QStringLiteral("remove-source"), m_threeCase, spec});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not a source of the case") && run.err.contains("full-01.csv") &&
                     run.err.contains("full-03.csv"),
                 run.err.constData());
    }
    QCOMPARE(runCli({QStringLiteral("remove-source"), m_threeCase}).exitCode, 2);
    // A case that is not there is not made by trying to remove from it.
    const QString missing = m_dir.filePath(QStringLiteral("missing.auditlens"));
    const CliRun none = runCli({QStringLiteral("remove-source"), missing, QStringLiteral("1")});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains("no case file"), none.err.constData());
    QVERIFY(!QFile::exists(missing));
    QCOMPARE(caseDigest(m_threeCase), before);
}

void TestSources::sourceFilterNamesSourcesAsRemoveSourceDoes()
{
    const QJsonObject second = json(runCli({QStringLiteral("sources"), m_threeCase,
                                            QStringLiteral("--json")}))[QStringLiteral("sources")]
                                   .toArray()
                                   .at(1)
                                   .toObject();
    const qint64 imported = second[QStringLiteral("imported")].toInteger();
    QVERIFY(imported > 0);
    auto count = [&](const QString &spec) {
        const CliRun run = runCli({QStringLiteral("query"), m_threeCase, QStringLiteral("--source"),
                                   spec, QStringLiteral("--count")});
        return run.exitCode == 0 ? run.out.trimmed().toLongLong() : -1;
    };
    for (const QString &spec : {QStringLiteral("2"), QStringLiteral("full-02.csv"), slice(2),
                                second[QStringLiteral("sha256")].toString().left(8)})
        QCOMPARE(count(spec), imported);
    const CliRun unknown = runCli({QStringLiteral("query"), m_threeCase, QStringLiteral("--source"),
                                   QStringLiteral("full-09.csv"), QStringLiteral("--count")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("not a source of the case"), unknown.err.constData());
    // The export takes the same names.
    const QString out = m_dir.filePath(QStringLiteral("second.jsonl"));
    const CliRun exported = runCli({QStringLiteral("export"), m_threeCase,
                                    QStringLiteral("--format"), QStringLiteral("jsonl"),
                                    QStringLiteral("--output"), out, QStringLiteral("--source"),
                                    QStringLiteral("full-02.csv"), QStringLiteral("--json")});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(json(exported)[QStringLiteral("events")].toInteger(), imported);
    // ... and refuses a name the case does not hold, writing nothing.
    const QString none = m_dir.filePath(QStringLiteral("none.jsonl"));
    const CliRun refused =
        runCli({QStringLiteral("export"), m_threeCase, QStringLiteral("--format"),
                QStringLiteral("jsonl"), QStringLiteral("--output"), none,
                QStringLiteral("--source"), QStringLiteral("full-09.csv")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("not a source of the case"), refused.err.constData());
    QVERIFY(!QFileInfo::exists(none));
}

void TestSources::failedRemovalChangesNothing()
{
    const QString path = importCase(QStringLiteral("fail.auditlens"), {slice(1), slice(2)});
    const QByteArray before = caseDigest(path);
    const qint64 marks = caseScalar(path, QStringLiteral("SELECT count(*) FROM duplicates"));
    // The file size limit stands in for a full disk: the rollback journal cannot grow past two
    // pages, so the removal fails part way.
    const CliRun run = runCli({QStringLiteral("remove-source"), path, QStringLiteral("1")}, {}, [] {
        struct rlimit rl = {rlim_t(32768), rlim_t(32768)};
        ::setrlimit(RLIMIT_FSIZE, &rl);
    });
    QVERIFY2(!run.crashed, "the CLI died of the file size limit instead of reporting it");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("as it was before"), run.err.constData());
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    QCOMPARE(caseDigest(path), before);
    QCOMPARE(caseScalar(path, QStringLiteral("SELECT count(*) FROM duplicates")), marks);
    QVERIFY(caseScalar(path, QStringLiteral("SELECT count(*) FROM viewer_index")) > 0);
}

void TestSources::removeInUseCaseChangesNothing()
{
    const QString path = importCase(QStringLiteral("busy.auditlens"), {slice(1), slice(2)});
    const QByteArray before = caseDigest(path);
    // Another AuditLens writing to it holds its reserved lock.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    const CliRun run = runCli({QStringLiteral("remove-source"), path, QStringLiteral("2")});
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("in use"), run.err.constData());
    QCOMPARE(caseDigest(path), before);
}

void TestSources::removingTheLastSourceLeavesAnEmptyCase()
{
    const QString path = importCase(QStringLiteral("last.auditlens"), {slice(3)});
    const CliRun run = runCli(
        {QStringLiteral("remove-source"), path, QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject removed = json(run);
    QCOMPARE(removed[QStringLiteral("number")].toInteger(), 1);
    QCOMPARE(removed[QStringLiteral("events")].toInteger(), m_manifest[QStringLiteral("sources")]
                                                                .toArray()
                                                                .at(2)[QStringLiteral("records")]
                                                                .toInteger());
    QCOMPARE(removed[QStringLiteral("sources_left")].toInteger(), 0);
    QCOMPARE(removed[QStringLiteral("duplicate_ids")].toInteger(), 0);
    QVERIFY(QFile::exists(path));
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    const QJsonObject stats =
        json(runCli({QStringLiteral("stats"), path, QStringLiteral("--json")}));
    QCOMPARE(stats[QStringLiteral("events")].toInteger(), 0);
    QCOMPARE(stats[QStringLiteral("sources")].toArray().size(), 0);
    const QJsonObject sources =
        json(runCli({QStringLiteral("sources"), path, QStringLiteral("--json")}));
    QCOMPARE(sources[QStringLiteral("sources")].toArray().size(), 0);
    QCOMPARE(sources[QStringLiteral("gaps")].toArray().size(), 0);
    for (const char *table : {"events", "problems", "duplicates", "actions"})
        QCOMPARE(
            caseScalar(path, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
            qint64(0));
    const ViewerOpen viewer = openInViewer(path);
    QVERIFY2(viewer.opened, qPrintable(viewer.error));
    QCOMPARE(viewer.events, qint64(0));
    // And it takes an export again.
    const CliRun again = runCli({QStringLiteral("import"), path, slice(3)});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(caseScalar(path, QStringLiteral("SELECT count(*) FROM events")),
             m_manifest[QStringLiteral("sources")]
                 .toArray()
                 .at(2)[QStringLiteral("records")]
                 .toInteger());
}

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
