// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The case file's SQLite layer: a write transaction that keeps the case's existing pages aside
// leaves readers reading the case as it was, holds little in memory, commits everything and
// rolls back to the very bytes it started from; and the descriptor it gives is SQLite's own.

#include "store/casefilevfs.h"
#include "store/casestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <sys/stat.h>

using namespace auditlens;

namespace {
sqlite3 *openCase(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 100);
    return db;
}

qint64 scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

bool run(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

// Rows of about a kilobyte each, many more than the small page cache holds: SQLite must write
// pages out while the transaction runs.
const char *const kAppend =
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
    " INSERT INTO t(v) SELECT printf('%.1000c', 'x') FROM n";
} // namespace

class TestCaseFileVfs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readersSeeTheCaseAsBeforeUntilCommit();
    void changedPagesAreKeptAside();
    void rollbackLeavesTheSameBytes();
    void withoutDeferringReadersAreKeptOut();
    void descriptorIsSqlitesOwn();

private:
    QTemporaryDir m_dir;
    QString m_path;
    sqlite3 *m_writer = nullptr;
    sqlite3 *m_reader = nullptr;
};

void TestCaseFileVfs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    CaseStore store; // installs the layer, as every program of ours does before using SQLite
    QVERIFY(CaseFileVfs::install());
}

void TestCaseFileVfs::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("case%1.db").arg(++n));
    m_writer = openCase(m_path);
    QVERIFY(m_writer);
    QVERIFY(run(m_writer, "PRAGMA page_size=16384; CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT);"
                          "INSERT INTO t(v) VALUES ('before')"));
    QVERIFY(run(m_writer, "PRAGMA cache_size=-1024")); // 1 MiB: spills early
    m_reader = openCase(m_path);
    QVERIFY(m_reader);
}

void TestCaseFileVfs::cleanup()
{
    sqlite3_close(m_reader);
    sqlite3_close(m_writer);
    m_reader = m_writer = nullptr;
}

void TestCaseFileVfs::readersSeeTheCaseAsBeforeUntilCommit()
{
    QVERIFY(CaseFileVfs::setDeferWrites(m_writer, true));
    QVERIFY(run(m_writer, "BEGIN IMMEDIATE"));
    QVERIFY(run(m_writer, kAppend));
    // 20 MB written, most of it into the file already, and a reader still reads the one row.
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &st), 0);
    QVERIFY2(st.st_size > (10 << 20), "the transaction never wrote into the file");
    QCOMPARE(scalar(m_reader, "SELECT count(*) FROM t"), qint64(1));
    // Kept aside: only the pages the case had, a few, not what was appended.
    const long long kept = CaseFileVfs::deferredBytes(m_writer);
    QVERIFY2(kept < (1 << 20), qPrintable(QString::number(kept)));
    // The writer reads its own rows.
    QCOMPARE(scalar(m_writer, "SELECT count(*) FROM t"), qint64(20001));

    // The commit waits for a reader in the middle of reading, and for no one else.
    sqlite3_stmt *reading = nullptr;
    QCOMPARE(sqlite3_prepare_v2(m_reader, "SELECT id FROM t", -1, &reading, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(reading), SQLITE_ROW);
    QCOMPARE(CaseFileVfs::finishDeferredWrites(m_writer, 200, nullptr), SQLITE_BUSY);
    sqlite3_finalize(reading);
    QCOMPARE(CaseFileVfs::finishDeferredWrites(m_writer, 5000, nullptr), SQLITE_OK);
    QCOMPARE(CaseFileVfs::deferredBytes(m_writer), 0LL);
    QVERIFY(run(m_writer, "COMMIT"));

    QCOMPARE(scalar(m_reader, "SELECT count(*) FROM t"), qint64(20001));
    sqlite3_stmt *check = nullptr;
    QCOMPARE(sqlite3_prepare_v2(m_reader, "PRAGMA integrity_check", -1, &check, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_step(check), SQLITE_ROW);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(check, 0))),
             QByteArray("ok"));
    sqlite3_finalize(check);
}

void TestCaseFileVfs::changedPagesAreKeptAside()
{
    // Rewriting what the case already held: those pages stay out of the file until the commit.
    QVERIFY(run(m_writer, kAppend));
    QVERIFY(CaseFileVfs::setDeferWrites(m_writer, true));
    QVERIFY(run(m_writer, "BEGIN IMMEDIATE"));
    QVERIFY(run(m_writer, "UPDATE t SET v = upper(v)"));
    QVERIFY2(CaseFileVfs::deferredBytes(m_writer) > (1 << 20), "nothing was kept aside");
    QCOMPARE(scalar(m_writer, "SELECT count(*) FROM t WHERE substr(v, 1, 1) = 'X'"), qint64(20000));
    QCOMPARE(scalar(m_reader, "SELECT count(*) FROM t WHERE substr(v, 1, 1) = 'X'"), qint64(0));
    QCOMPARE(CaseFileVfs::finishDeferredWrites(m_writer, 5000, nullptr), SQLITE_OK);
    QVERIFY(run(m_writer, "COMMIT"));
    QCOMPARE(scalar(m_reader, "SELECT count(*) FROM t WHERE substr(v, 1, 1) = 'X'"), qint64(20000));
}

void TestCaseFileVfs::rollbackLeavesTheSameBytes()
{
    const QByteArray before = fileHash(m_path);
    QVERIFY(CaseFileVfs::setDeferWrites(m_writer, true));
    QVERIFY(run(m_writer, "BEGIN IMMEDIATE"));
    QVERIFY(run(m_writer, "UPDATE t SET v = 'changed'"));
    QVERIFY(run(m_writer, kAppend));
    // A reader in the middle of reading does not hold up the rollback.
    sqlite3_stmt *reading = nullptr;
    QCOMPARE(sqlite3_prepare_v2(m_reader, "SELECT v FROM t", -1, &reading, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(reading), SQLITE_ROW);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(reading, 0))),
             QByteArray("before"));
    CaseFileVfs::discardDeferredWrites(m_writer);
    QVERIFY(run(m_writer, "ROLLBACK"));
    sqlite3_finalize(reading);
    QCOMPARE(fileHash(m_path), before);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-journal")));
    QCOMPARE(scalar(m_writer, "SELECT count(*) FROM t"), qint64(1));
}

void TestCaseFileVfs::withoutDeferringReadersAreKeptOut()
{
    // What the layer changes: plain SQLite takes the exclusive lock at the first page it writes
    // into the file and keeps readers out until the commit.
    QVERIFY(CaseFileVfs::setDeferWrites(m_writer, false));
    QVERIFY(run(m_writer, "BEGIN IMMEDIATE"));
    QVERIFY(run(m_writer, kAppend));
    QCOMPARE(scalar(m_reader, "SELECT count(*) FROM t"), qint64(-1));
    QCOMPARE(sqlite3_errcode(m_reader) & 0xff, SQLITE_BUSY);
    QVERIFY(run(m_writer, "COMMIT"));
    QCOMPARE(scalar(m_reader, "SELECT count(*) FROM t"), qint64(20001));
}

void TestCaseFileVfs::descriptorIsSqlitesOwn()
{
    const int fd = CaseFileVfs::descriptor(m_writer);
    QVERIFY(fd >= 0);
    struct stat byPath = {}, byDescriptor = {};
    QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &byPath), 0);
    QCOMPARE(::fstat(fd, &byDescriptor), 0);
    QCOMPARE(byDescriptor.st_ino, byPath.st_ino);
    // Not a descriptor of ours: the writer and the reader each have SQLite's own.
    QVERIFY(CaseFileVfs::descriptor(m_reader) >= 0);
    QVERIFY(CaseFileVfs::descriptor(m_reader) != fd);
    // A database that is not a file has none.
    sqlite3 *memory = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &memory), SQLITE_OK);
    QCOMPARE(CaseFileVfs::descriptor(memory), -1);
    sqlite3_close(memory);
}

QTEST_GUILESS_MAIN(TestCaseFileVfs)
#include "tst_casefilevfs.moc"
