// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "importing/importer.h"
#include "index/eventindex.h"
#include "index/eventindexbuilder.h"
#include "index/eventindexcollector.h"
#include "index/eventindexstorage.h"
#include "index/indexfingerprint.h"
#include "query/sqleventquery.h"
#include "store/casestore.h"
#include "testdata.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace auditlens;

namespace {
using auditlens::tests::data;

qint64 scalar(CaseStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Runs each command into a new case at path; *last is the last command's result.
bool importAfresh(CaseStore &store, const QString &path, const ImportOptions &options,
                  const QList<QStringList> &commands, ImportResult *last)
{
    QFile::remove(path);
    QString error;
    if (!store.open(path, CaseStore::Mode::ReadWrite, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    for (const QStringList &command : commands) {
        Importer importer(store, options);
        *last = importer.run(command);
        if (!last->ok) {
            qWarning("%s", qPrintable(last->error));
            return false;
        }
    }
    return true;
}

// Each event's line and duplicate marks (kind, count, rank), in seq order.
QList<QList<qint64>> marks(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT e.line, coalesce(d.kind, 0), coalesce(d.count, 1),"
                          " coalesce(d.rank, 1) FROM events AS e"
                          " LEFT JOIN duplicates AS d ON d.seq = e.seq ORDER BY e.seq"));
    QList<QList<qint64>> rows;
    while (q.next())
        rows << QList<qint64>{q.value(0).toLongLong(), q.value(1).toLongLong(),
                              q.value(2).toLongLong(), q.value(3).toLongLong()};
    return rows;
}
} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fixtureCounts_data();
    void fixtureCounts();
    void refusedFiles_data();
    void refusedFiles();
    void duplicateGroups();
    void duplicatesAcrossSources();
    void duplicatesFoundThroughATemporaryFile();
    void entitiesPastTheDictionaryAreFoundInTheCase();
    void sameSourceTwiceImportsNothing();
    void cellsAreKeptByteForByte();
    void timesKeepNanoseconds();
    void extraColumnsAreKept();
    void cancelLeavesTheCaseAsItWas();
    void caseFromANewerVersionIsRefused();
    void caseOfFormatOneIsMigrated();
    void notACaseFileIsRefusedAndUntouched();
    void indexFromTheImportMatchesTheCase_data();
    void indexFromTheImportMatchesTheCase();
    void largeCaseIsIndexedByTheViewer_data();
    void largeCaseIsIndexedByTheViewer();

private:
    QTemporaryDir m_dir;
    QString m_case;
};

void TestImporter::init()
{
    static int n = 0;
    m_case = m_dir.filePath(QStringLiteral("case%1.auditlens").arg(++n));
}

void TestImporter::fixtureCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("records");
    QTest::addColumn<qint64>("imported");
    QTest::addColumn<qint64>("rejected");
    QTest::addColumn<qint64>("blank");
    QTest::addColumn<qint64>("flagged");
    QTest::addColumn<QList<qint64>>("problemLines");
    // The table in tests/data/README.md.
    QTest::newRow("basic") << "basic.csv" << 5ll << 5ll << 0ll << 0ll << 0ll << QList<qint64>{};
    QTest::newRow("bom_crlf") << "bom_crlf.csv" << 4ll << 4ll << 0ll << 0ll << 0ll
                              << QList<qint64>{};
    QTest::newRow("cr_only") << "cr_only.csv" << 3ll << 3ll << 0ll << 0ll << 0ll << QList<qint64>{};
    QTest::newRow("upper_shuffled")
        << "upper_shuffled.csv" << 4ll << 4ll << 0ll << 0ll << 0ll << QList<qint64>{};
    QTest::newRow("no_final_newline")
        << "no_final_newline.csv" << 3ll << 3ll << 0ll << 0ll << 0ll << QList<qint64>{};
    QTest::newRow("blank_lines") << "blank_lines.csv" << 3ll << 3ll << 0ll << 5ll << 0ll
                                 << QList<qint64>{};
    QTest::newRow("broken") << "broken.csv" << 8ll << 5ll << 3ll << 0ll << 4ll
                            << QList<qint64>{3, 4, 5, 6, 7, 8, 9};
    QTest::newRow("duplicates") << "duplicates.csv" << 7ll << 7ll << 0ll << 0ll << 0ll
                                << QList<qint64>{};
    QTest::newRow("nanos") << "nanos.csv" << 4ll << 4ll << 0ll << 0ll << 0ll << QList<qint64>{};
    QTest::newRow("bigint") << "bigint.csv" << 3ll << 3ll << 0ll << 0ll << 0ll << QList<qint64>{};
    QTest::newRow("header_only") << "header_only.csv" << 0ll << 0ll << 0ll << 0ll << 0ll
                                 << QList<qint64>{};
    QTest::newRow("basic.jsonl") << "basic.jsonl" << 5ll << 5ll << 0ll << 0ll << 0ll
                                 << QList<qint64>{};
    QTest::newRow("broken.jsonl") << "broken.jsonl" << 4ll << 3ll << 1ll << 0ll << 0ll
                                  << QList<qint64>{3};
    QTest::newRow("array.json") << "array.json" << 3ll << 3ll << 0ll << 0ll << 0ll
                                << QList<qint64>{};
    QTest::newRow("items.json") << "items.json" << 3ll << 3ll << 0ll << 0ll << 0ll
                                << QList<qint64>{};
}

// Counts always add up, and the case holds exactly what the import reported.
void TestImporter::fixtureCounts()
{
    QFETCH(QString, file);
    QFETCH(qint64, records);
    QFETCH(qint64, imported);
    QFETCH(qint64, rejected);
    QFETCH(qint64, blank);
    QFETCH(qint64, flagged);
    QFETCH(QList<qint64>, problemLines);
    CaseStore store;
    QString error;
    QVERIFY2(store.open(m_case, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
    Importer importer(store);
    const ImportResult r = importer.run({data(file)});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.records, records);
    QCOMPARE(r.imported, imported);
    QCOMPARE(r.rejected, rejected);
    QCOMPARE(r.records, r.imported + r.rejected);
    QCOMPARE(r.blankLines, blank);
    QCOMPARE(r.sources.at(0).flagged, flagged);
    QList<qint64> lines;
    for (const ImportProblem &p : r.problems) {
        QVERIFY(p.problem.line > 0);
        QVERIFY(!p.problem.message.isEmpty());
        lines << p.problem.line;
    }
    QCOMPARE(lines, problemLines);
    QCOMPARE(store.eventCount(), imported);
    QCOMPARE(
        scalar(store, QStringLiteral("SELECT count(*) FROM problems WHERE severity = 'rejected'")),
        rejected);
    QCOMPARE(
        scalar(store, QStringLiteral("SELECT count(*) FROM problems WHERE severity = 'rejected'"
                                     " AND length(raw) > 0")),
        rejected);
    const QVector<SourceInfo> sources = store.sources();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources[0].records, records);
    QCOMPARE(sources[0].sha256.size(), 64);
}

void TestImporter::refusedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("words");
    QTest::newRow("semicolons") << "semicolon.csv"
                                << "semicolons";
    QTest::newRow("html") << "not_audit.html"
                          << "HTML";
    QTest::newRow("binary") << "binary.bin"
                            << "binary";
    QTest::newRow("no id column") << "missing_id.csv"
                                  << "id";
    QTest::newRow("empty") << "empty.csv"
                           << "empty";
}

// Not an audit log: a sentence that names the problem, and nothing in the case.
void TestImporter::refusedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, words);
    CaseStore store;
    QString error;
    QVERIFY(store.open(m_case, CaseStore::Mode::ReadWrite, &error));
    Importer importer(store);
    const ImportResult r = importer.run({data(file)});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(words), qPrintable(r.error));
    QCOMPARE(store.eventCount(), 0);
    QCOMPARE(store.sources().size(), 0);
}

// With room for only two ids in memory, the ids go to a temporary file and are grouped a part at
// a time: the groups, counts and marks are the ones found in memory.
void TestImporter::duplicatesFoundThroughATemporaryFile()
{
    QList<QList<qint64>> inMemory;
    ImportResult expected;
    for (const qint64 limit : {qint64(1) << 20, qint64(2), qint64(1)}) {
        ImportOptions options;
        options.duplicateMemoryEvents = limit;
        CaseStore store;
        ImportResult r;
        QVERIFY(importAfresh(
            store, m_case, options,
            {{data(QStringLiteral("duplicates.csv")), data(QStringLiteral("basic.csv"))}}, &r));
        if (inMemory.isEmpty()) {
            inMemory = marks(store.database());
            expected = r;
            QCOMPARE(r.duplicates.duplicateIds, 2);
            continue;
        }
        QCOMPARE(marks(store.database()), inMemory);
        QCOMPARE(r.uniqueIds, expected.uniqueIds);
        QCOMPARE(r.duplicates.duplicateIds, expected.duplicates.duplicateIds);
        QCOMPARE(r.duplicates.duplicateExtraRecords, expected.duplicates.duplicateExtraRecords);
        QCOMPARE(r.duplicates.conflictingIds, expected.duplicates.conflictingIds);
    }
}

// With room for only a few entities in memory, the others are looked up in the case: every
// event names the same actor, target and scope, and no entity is stored twice.
void TestImporter::entitiesPastTheDictionaryAreFoundInTheCase()
{
    auto entities = [](const QSqlDatabase &db) {
        QSqlQuery q(db);
        q.exec(QStringLiteral(
            "SELECT e.line, ac.ext_id, ac.type, ac.name, t.ext_id, t.type, t.name, sc.ext_id,"
            " sc.type, sc.name FROM events AS e LEFT JOIN entities AS ac ON ac.id = e.actor"
            " LEFT JOIN entities AS t ON t.id = e.target"
            " LEFT JOIN entities AS sc ON sc.id = e.scope ORDER BY e.seq"));
        QStringList rows;
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < 10; ++c)
                row << q.value(c).toString();
            rows << row.join(QLatin1Char('|'));
        }
        return rows;
    };
    QStringList inMemory;
    for (const qint64 limit : {qint64(1) << 20, qint64(2), qint64(1)}) {
        ImportOptions options;
        options.entityMemoryEntries = limit;
        CaseStore store;
        ImportResult r;
        QVERIFY(importAfresh(
            store, m_case, options,
            {{data(QStringLiteral("duplicates.csv")), data(QStringLiteral("basic.csv"))},
             {data(QStringLiteral("nanos.csv")), data(QStringLiteral("basic.jsonl"))}},
            &r));
        const QStringList rows = entities(store.database());
        QVERIFY(rows.size() > 10);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM entities"
                                      " GROUP BY ext_id, type, name HAVING count(*) > 1)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        if (inMemory.isEmpty())
            inMemory = rows;
        else
            QCOMPARE(rows, inMemory);
    }
}

void TestImporter::duplicateGroups()
{
    CaseStore store;
    QString error;
    QVERIFY(store.open(m_case, CaseStore::Mode::ReadWrite, &error));
    Importer importer(store);
    const ImportResult r = importer.run({data(QStringLiteral("duplicates.csv"))});
    QVERIFY(r.ok);
    QCOMPARE(r.uniqueIds, 4);
    QCOMPARE(r.duplicates.duplicateIds, 2);
    QCOMPARE(r.duplicates.duplicateExtraRecords, 3);
    QCOMPARE(r.duplicates.conflictingIds, 1);
    const QList<QList<qint64>> rows = marks(store.database());
    const QList<QList<qint64>> expected = {
        {2, 1, 3, 1}, {3, 0, 1, 1}, {4, 2, 2, 1}, {5, 1, 3, 2},
        {6, 0, 1, 1}, {7, 1, 3, 3}, {8, 2, 2, 2},
    };
    QCOMPARE(rows, expected);
    const DuplicateCounts counts = store.duplicateCounts();
    QCOMPARE(counts.duplicateIds, 2);
    QCOMPARE(counts.conflictingIds, 1);
}

void TestImporter::duplicatesAcrossSources()
{
    CaseStore store;
    QString error;
    QVERIFY(store.open(m_case, CaseStore::Mode::ReadWrite, &error));
    {
        Importer importer(store);
        QVERIFY(importer.run({data(QStringLiteral("basic.csv"))}).ok);
    }
    Importer importer(store);
    const ImportResult r = importer.run({data(QStringLiteral("basic.jsonl"))});
    QVERIFY(r.ok);
    QCOMPARE(r.imported, 5);
    QCOMPARE(r.uniqueIds, 5);
    QCOMPARE(r.duplicates.duplicateIds, 5);
    QCOMPARE(r.duplicates.duplicateExtraRecords, 5);
    QCOMPARE(store.sources().size(), 2);
}

void TestImporter::sameSourceTwiceImportsNothing()
{
    CaseStore store;
    QString error;
    QVERIFY(store.open(m_case, CaseStore::Mode::ReadWrite, &error));
    Importer first(store);
    QVERIFY(first.run({data(QStringLiteral("basic.csv"))}).ok);
    // The same bytes under another name are recognised by their SHA-256.
    const QString copy = m_dir.filePath(QStringLiteral("copy-of-basic.csv"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(data(QStringLiteral("basic.csv")), copy));
    for (const QString &path : {data(QStringLiteral("basic.csv")), copy}) {
        Importer again(store);
        const ImportResult r = again.run({path});
        QVERIFY(r.ok);
        QVERIFY(r.sources.at(0).alreadyImported);
        QCOMPARE(r.imported, 0);
        QCOMPARE(store.eventCount(), 5);
        QCOMPARE(store.sources().size(), 1);
    }
}

void TestImporter::cellsAreKeptByteForByte()
{
    CaseStore store;
    QString error;
    QVERIFY(store.open(m_case, CaseStore::Mode::ReadWrite, &error));
    Importer importer(store);
    QVERIFY(importer.run({data(QStringLiteral("bigint.csv"))}).ok);
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT payload FROM events ORDER BY line"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(),
             QStringLiteral(
                 R"({"n":12345678901234567890123,"m":9007199254740993,)"
                 R"("below_int64":-9223372036854775809,"above_uint64":18446744073709551616})"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(),
             QStringLiteral("{ \"a\" :  1 ,\t\"b\" : [ 1 , 2.50 , -0 ] , \"c\" : { } }"));
    SqlEventQuery query(store);
    EventRow row;
    QVERIFY(query.fetch(1, &row));
    QCOMPARE(row.actorName, QStringLiteral("山田太郎"));
}

void TestImporter::timesKeepNanoseconds()
{
    CaseStore store;
    QString error;
    QVERIFY(store.open(m_case, CaseStore::Mode::ReadWrite, &error));
    Importer importer(store);
    QVERIFY(importer.run({data(QStringLiteral("nanos.csv"))}).ok);
    QSqlQuery q(store.database());
    q.exec(
        QStringLiteral("SELECT line, occurred_ns, occurred_at FROM events ORDER BY occurred_ns"));
    QList<qint64> lines, ns;
    QStringList texts;
    while (q.next()) {
        lines << q.value(0).toLongLong();
        ns << q.value(1).toLongLong();
        texts << q.value(2).toString();
    }
    QCOMPARE(lines, (QList<qint64>{3, 5, 4, 2}));
    QCOMPARE(ns, (QList<qint64>{1767225600000000000, 1772359200100000000, 1772359200123456789,
                                1798761599999500000}));
    QCOMPARE(texts.at(2), QStringLiteral("2026-03-01T12:00:00.123456789+02:00"));
}

void TestImporter::extraColumnsAreKept()
{
    CaseStore store;
    QString error;
    QVERIFY(store.open(m_case, CaseStore::Mode::ReadWrite, &error));
    Importer importer(store);
    QVERIFY(importer.run({data(QStringLiteral("upper_shuffled.csv"))}).ok);
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT extra FROM events ORDER BY line"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral(R"({"region":"us-east-1"})"));
    QCOMPARE(store.sources().at(0).header.size(), 12);
    QCOMPARE(store.sources().at(0).header.at(0), QStringLiteral("SUCCESS"));
}

void TestImporter::cancelLeavesTheCaseAsItWas()
{
    // A file large enough to report progress, made from the fixture's rows.
    QFile in(data(QStringLiteral("basic.csv")));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray header = in.readLine();
    const QByteArray rows = in.readAll();
    const QString big = m_dir.filePath(QStringLiteral("big.csv"));
    QFile out(big);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(header);
    for (int i = 0; i < 30000; ++i)
        out.write(rows);
    out.close();

    CaseStore store;
    QString error;
    QVERIFY(store.open(m_case, CaseStore::Mode::ReadWrite, &error));
    Importer before(store);
    QVERIFY(before.run({data(QStringLiteral("duplicates.csv"))}).ok);
    Importer importer(store);
    int calls = 0;
    importer.setProgressHandler([&](const ImportProgress &) {
        if (++calls == 1)
            importer.cancel();
    });
    const ImportResult r = importer.run({big});
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    QVERIFY(calls >= 1);
    QCOMPARE(store.eventCount(), 7);
    QCOMPARE(store.sources().size(), 1);
    QSqlQuery check(store.database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void TestImporter::caseFromANewerVersionIsRefused()
{
    {
        CaseStore store;
        QString error;
        QVERIFY(store.open(m_case, CaseStore::Mode::ReadWrite, &error));
        QSqlQuery q(store.database());
        QVERIFY(
            q.exec(QStringLiteral("PRAGMA user_version=%1").arg(CaseStore::kSchemaVersion + 1)));
    }
    CaseStore store;
    QString error;
    QVERIFY(!store.open(m_case, CaseStore::Mode::ReadWrite, &error));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
}

// Format 1 kept the duplicate marks in events; a writable open moves them into their own table,
// a read-only one reads them without touching the file.
void TestImporter::caseOfFormatOneIsMigrated()
{
    auto version = [](const QSqlDatabase &db) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
    };
    QList<QList<qint64>> expected;
    {
        CaseStore store;
        QString error;
        QVERIFY(store.open(m_case, CaseStore::Mode::ReadWrite, &error));
        Importer importer(store);
        QVERIFY(importer.run({data(QStringLiteral("duplicates.csv"))}).ok);
        expected = marks(store.database());
        QCOMPARE(expected.size(), 7);
        QSqlQuery q(store.database());
        for (const char *sql : {
                 "ALTER TABLE events ADD COLUMN dup_kind INTEGER NOT NULL DEFAULT 0",
                 "ALTER TABLE events ADD COLUMN dup_count INTEGER NOT NULL DEFAULT 1",
                 "ALTER TABLE events ADD COLUMN dup_rank INTEGER NOT NULL DEFAULT 1",
                 "UPDATE events SET (dup_kind, dup_count, dup_rank) = (SELECT kind, count, rank"
                 " FROM duplicates AS d WHERE d.seq = events.seq)"
                 " WHERE seq IN (SELECT seq FROM duplicates)",
                 "DROP TABLE duplicates",
                 "PRAGMA user_version=1",
             })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }
    QFile file(m_case);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    file.close();
    {
        CaseStore store;
        QString error;
        QVERIFY2(store.open(m_case, CaseStore::Mode::ReadOnly, &error), qPrintable(error));
        QCOMPARE(marks(store.database()), expected);
        QCOMPARE(store.duplicateCounts().duplicateIds, 2);
        QCOMPARE(version(store.database()), 1);
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
    file.close();
    {
        CaseStore store;
        QString error;
        QVERIFY2(store.open(m_case, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
        QCOMPARE(version(store.database()), CaseStore::kSchemaVersion);
        QCOMPARE(marks(store.database()), expected);
        const DuplicateCounts counts = store.duplicateCounts();
        QCOMPARE(counts.duplicateIds, 2);
        QCOMPARE(counts.duplicateExtraRecords, 3);
        QCOMPARE(counts.conflictingIds, 1);
    }
}

void TestImporter::notACaseFileIsRefusedAndUntouched()
{
    const QString evidence = m_dir.filePath(QStringLiteral("evidence.csv"));
    QFile::remove(evidence);
    QVERIFY(QFile::copy(data(QStringLiteral("basic.csv")), evidence));
    QFile f(evidence);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    CaseStore store;
    QString error;
    QVERIFY(!store.open(evidence, CaseStore::Mode::ReadWrite, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"

void TestImporter::indexFromTheImportMatchesTheCase_data()
{
    QTest::addColumn<QStringList>("first");  // a command on the empty case
    QTest::addColumn<QStringList>("second"); // a later command, if any
    const QString copy = m_dir.filePath(QStringLiteral("same-bytes-as-basic.csv"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(data(QStringLiteral("basic.csv")), copy));
    auto files = [](std::initializer_list<const char *> names) {
        QStringList list;
        for (const char *name : names)
            list << data(QString::fromLatin1(name));
        return list;
    };
    QTest::newRow("duplicates") << files({"duplicates.csv"}) << QStringList();
    QTest::newRow("three sources, duplicates across them")
        << files({"broken.csv", "duplicates.csv", "basic.jsonl", "basic.csv"}) << QStringList();
    QTest::newRow("a source already in the case by its bytes")
        << (files({"basic.csv"}) << copy << data(QStringLiteral("nanos.csv"))) << QStringList();
    QTest::newRow("JSON sources") << files({"broken.jsonl", "items.json", "array.json"})
                                  << QStringList();
    QTest::newRow("a second command adds to the case")
        << files({"duplicates.csv"}) << files({"basic.csv", "basic.jsonl"});
}

// The index an import builds from what it wrote must be the one a reading of the case gives.
void TestImporter::largeCaseIsIndexedByTheViewer_data()
{
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QStringList>("second");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<bool>("kept");
    const QString basic = data(QStringLiteral("basic.csv")); // 5 events
    const QString nanos = data(QStringLiteral("nanos.csv")); // 4 events
    QTest::newRow("at the limit") << QStringList{basic} << QStringList{} << qint64(5) << true;
    QTest::newRow("one source over it")
        << QStringList{basic} << QStringList{} << qint64(4) << false;
    QTest::newRow("the second source of a command crosses it")
        << QStringList{basic, nanos} << QStringList{} << qint64(7) << false;
    QTest::newRow("a second command crosses it")
        << QStringList{basic} << QStringList{nanos} << qint64(7) << false;
}

// Over EventIndexCollector's limit of events, the import keeps no index (its memory would grow
// with the case); the case is complete, and the viewer's index built from it is right.
void TestImporter::largeCaseIsIndexedByTheViewer()
{
    QFETCH(QStringList, first);
    QFETCH(QStringList, second);
    QFETCH(qint64, limit);
    QFETCH(bool, kept);
    CaseStore store;
    QString error;
    QVERIFY(store.open(m_case, CaseStore::Mode::ReadWrite, &error));
    qint64 imported = 0;
    for (const QStringList &command : {first, second}) {
        if (command.isEmpty())
            continue;
        Importer importer(store);
        EventIndexCollector index(limit);
        importer.setIndexRowsSink(&index);
        const ImportResult r = importer.run(command);
        QVERIFY2(r.ok, qPrintable(r.error));
        if (r.imported > 0)
            index.keep(store.handle());
        imported += r.imported;
    }
    QCOMPARE(store.eventCount(), imported);
    sqlite3 *db = store.handle();
    EventIndex index;
    QCOMPARE(EventIndexStorage::load(db, &index), kept);
    bool built = false;
    QVERIFY2(EventIndexStorage::loadOrBuild(db, true, &index, &error, &built), qPrintable(error));
    QCOMPARE(built, !kept);
    QCOMPARE(qint64(index.size()), imported);
    QVERIFY(EventIndexStorage::load(db, &index)); // the viewer kept what it built
}

void TestImporter::indexFromTheImportMatchesTheCase()
{
    QFETCH(QStringList, first);
    QFETCH(QStringList, second);
    CaseStore store;
    QString error;
    QVERIFY(store.open(m_case, CaseStore::Mode::ReadWrite, &error));
    for (const QStringList &command : {first, second}) {
        if (command.isEmpty())
            continue;
        Importer importer(store);
        EventIndexCollector index;
        importer.setIndexRowsSink(&index);
        const ImportResult r = importer.run(command);
        QVERIFY(r.ok);
        if (r.imported > 0)
            QVERIFY(index.keep(store.handle()));
    }
    sqlite3 *db = store.handle();
    EventIndex kept;
    QVERIFY2(EventIndexStorage::load(db, &kept), "the import kept no index for the case");
    EventIndex read;
    QVERIFY2(EventIndexBuilder::fromCase(db, &read, &error), qPrintable(error));
    QVERIFY(kept.size() > 0);
    QCOMPARE(kept.size(), quint32(store.eventCount()));
    QCOMPARE(kept.size(), read.size());
    QCOMPARE(kept.timedCount(), read.timedCount());
    for (quint32 i = 0; i < kept.size(); ++i) {
        const QByteArray at = "position " + QByteArray::number(i);
        QVERIFY2(kept.seq(i) == read.seq(i), at.constData());
        QVERIFY2(kept.time(i) == read.time(i), at.constData());
        QVERIFY2(kept.offset(i) == read.offset(i), at.constData());
        QVERIFY2(kept.source(i) == read.source(i), at.constData());
        QVERIFY2(kept.flags(i) == read.flags(i), at.constData());
        QVERIFY2(kept.dupCount(i) == read.dupCount(i), at.constData());
        QVERIFY2(kept.idRank(i) == read.idRank(i), at.constData());
        for (int f = 0; f < kIndexFieldCount; ++f)
            QVERIFY2(kept.code(IndexField(f), i) == read.code(IndexField(f), i), at.constData());
    }
    for (int f = 0; f < int(IndexField::Success); ++f) {
        const FieldDictionary &a = kept.dictionary(IndexField(f));
        const FieldDictionary &b = read.dictionary(IndexField(f));
        QCOMPARE(a.entityIds, b.entityIds);
        QCOMPARE(a.rank, b.rank);
        QCOMPARE(a.idHashes, b.idHashes);
        QCOMPARE(a.idCodes, b.idCodes);
        QCOMPARE(a.nameHashes, b.nameHashes);
        QCOMPARE(a.nameCodes, b.nameCodes);
        QCOMPARE(a.labels, b.labels);
        QCOMPARE(a.ids, b.ids);
    }
    // The duplicates the import found are the ones the index shows.
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT e.seq, coalesce(d.kind, 0), coalesce(d.count, 1)"
                                  " FROM events AS e LEFT JOIN duplicates AS d ON d.seq = e.seq")));
    while (q.next()) {
        const qint64 p = kept.positionOfSeq(q.value(0).toLongLong());
        QVERIFY(p >= 0);
        QCOMPARE(int(kept.dupKind(quint32(p))), q.value(1).toInt());
        QCOMPARE(qint64(kept.dupCount(quint32(p))), q.value(2).toLongLong());
    }
}
