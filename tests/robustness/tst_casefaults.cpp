// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Faults around the case file and the source: a full disk, a case that is damaged, not a case,
// missing a table, from a newer version, in use by another AuditLens or interrupted on read-only
// media, a failed import into a new case, and a source that changes while it is read. Each ends
// with a clear error and a case exactly as it was.

#include "robustness.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <sys/resource.h>
#include <unistd.h>

using namespace auditlens;
using namespace auditlens::robustness;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().toBase64(); // small files only; the content itself is the witness
}

// An SQLite connection of our own that holds a lock on the case, as another instance would.
class CaseLock
{
public:
    CaseLock(const QString &path, const char *begin)
    {
        sqlite3_open(QFile::encodeName(path).constData(), &m_db);
        sqlite3_exec(m_db, begin, nullptr, nullptr, nullptr);
        // Touch the data so the lock is really taken.
        sqlite3_exec(m_db, "UPDATE meta SET value = value WHERE key = 'created_by'", nullptr,
                     nullptr, nullptr);
    }
    ~CaseLock()
    {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
    }
    CaseLock(const CaseLock &) = delete;
    CaseLock &operator=(const CaseLock &) = delete;

private:
    sqlite3 *m_db = nullptr;
};

// This test program runs itself as a child for what must happen in a process of its own.
const char *const kInterruptWrite = "AUDITLENS_TEST_INTERRUPT_WRITE";
const char *const kOpenAsViewer = "AUDITLENS_TEST_OPEN_AS_VIEWER";

// In the child: a write transaction into the case that spills into the file, then the process
// ends without committing, as a killed import does. The journal is left hot.
int interruptWrite(const QString &casePath)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(casePath).constData(), &db) != SQLITE_OK ||
        sqlite3_exec(db, "PRAGMA cache_size=4; BEGIN; UPDATE events SET flags = flags + 1", nullptr,
                     nullptr, nullptr) != SQLITE_OK)
        return 1;
    std::fflush(stdout);
    ::_exit(0); // no commit, no close
}

// In the child: opens the case as the viewer does and prints what the viewer would show.
int openAsViewer(const QString &casePath)
{
    const ViewerOpen viewer = openInViewer(casePath);
    const QByteArray said = viewer.opened     ? QByteArray("opened")
                            : viewer.answered ? "failed: " + viewer.error.toUtf8()
                                              : QByteArray("no answer");
    std::fwrite(said.constData(), 1, size_t(said.size()), stdout);
    return 0;
}

// Runs this program as a child that does `what` with the case; its standard output. readOnly:
// the child may read the case's folder but write nothing in it (another user when we are root,
// who may write anywhere; otherwise the folder and files lose their write permission meanwhile).
QByteArray runChild(const char *what, const QString &casePath, bool readOnly = false)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(what), casePath);
    child.setProcessEnvironment(env);
    if (readOnly && ::geteuid() == 0) {
        child.setChildProcessModifier([] {
            // nobody: may read what everyone may, write nothing of ours
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    }
    child.start(QCoreApplication::applicationFilePath(), {});
    child.waitForFinished(120000);
    return child.readAllStandardOutput();
}
} // namespace

class TestCaseFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void diskFullDuringImport();
    void diskFullDuringExport_data();
    void diskFullDuringExport();
    void notACaseIsRefusedUntouched_data();
    void notACaseIsRefusedUntouched();
    void damagedCaseIsRefusedUntouched_data();
    void damagedCaseIsRefusedUntouched();
    void newerCaseIsRefusedUntouched();
    void caseInUseByAnotherWriter();
    void caseLockedExclusively();
    void caseMissingATableIsDamaged_data();
    void caseMissingATableIsDamaged();
    void damagedPageFails_data();
    void damagedPageFails();
    void interruptedCaseOnReadOnlyMedia();
    void failedImportLeavesNoNewCase();
    void sourceChangesDuringImport_data();
    void sourceChangesDuringImport();

private:
    QTemporaryDir m_dir;
    QString m_small;
    QString m_medium;
    QString m_case;
};

void TestCaseFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_small = m_dir.filePath(QStringLiteral("small.csv"));
    QVERIFY(writeCsv(m_small, 300, 0));
    m_medium = m_dir.filePath(QStringLiteral("medium.csv"));
    QVERIFY(writeCsv(m_medium, 40000, 100000));
}

void TestCaseFaults::init()
{
    static int n = 0;
    m_case = m_dir.filePath(QStringLiteral("case%1.auditlens").arg(++n));
    const CliRun run = runCli({QStringLiteral("import"), m_case, m_small});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCaseFaults::diskFullDuringImport()
{
    const QByteArray before = caseDigest(m_case);
    const qint64 limit = QFileInfo(m_case).size() + (2 << 20);
    // The file size limit stands in for a full disk: writes past it fail with EFBIG. SIGXFSZ
    // keeps its default action here; the CLI must ignore it to report the error itself.
    const CliRun run = runCli({QStringLiteral("import"), m_case, m_medium}, {}, [limit] {
        struct rlimit rl = {rlim_t(limit), rlim_t(limit)};
        ::setrlimit(RLIMIT_FSIZE, &rl);
    });
    QVERIFY2(!run.crashed, "the CLI died of the file size limit instead of reporting it");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("error: "), run.err.constData());
    QVERIFY2(run.err.contains("file size limit") || run.err.contains("full"), run.err.constData());
    QVERIFY2(run.err.contains("as it was") || run.err.contains("nothing"), run.err.constData());
    QCOMPARE(integrityCheck(m_case), QStringLiteral("ok"));
    QCOMPARE(caseDigest(m_case), before);
    QVERIFY(!QFile::exists(m_case + QStringLiteral("-journal")));
    // With room again, the same import succeeds.
    const CliRun again = runCli({QStringLiteral("import"), m_case, m_medium});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(caseScalar(m_case, QStringLiteral("SELECT count(*) FROM events")), qint64(40300));
}

void TestCaseFaults::diskFullDuringExport_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
    QTest::newRow("html") << QStringLiteral("html");
}

void TestCaseFaults::diskFullDuringExport()
{
    QFETCH(QString, format);
    const CliRun imported = runCli({QStringLiteral("import"), m_case, m_medium});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QString folder = m_dir.filePath(QStringLiteral("export-") + format);
    QVERIFY(QDir().mkpath(folder));
    const QString output = folder + QStringLiteral("/events.") + format;
    const qint64 limit = 1 << 20; // far less than 40,000 events
    const CliRun run = runCli({QStringLiteral("export"), m_case, QStringLiteral("--format"), format,
                               QStringLiteral("--output"), output},
                              {}, [limit] {
                                  struct rlimit rl = {rlim_t(limit), rlim_t(limit)};
                                  ::setrlimit(RLIMIT_FSIZE, &rl);
                              });
    QVERIFY2(!run.crashed, "the CLI died of the file size limit instead of reporting it");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("error: "), run.err.constData());
    // No partial file, under its name or a temporary one.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestCaseFaults::notACaseIsRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("text") << QByteArray("these are my notes, not a case\n") << QByteArray("not");
    QTest::newRow("audit log") << (csvHeader() + csvRecord(1)) << QByteArray("not");
    QTest::newRow("other sqlite")
        << QByteArray() /* made below */ << QByteArray("not an AuditLens case");
}

void TestCaseFaults::notACaseIsRefusedUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, expected);
    const QString path = m_dir.filePath(QStringLiteral("notacase-%1.auditlens")
                                            .arg(QString::fromLatin1(QTest::currentDataTag())
                                                     .replace(QLatin1Char(' '), QLatin1Char('-'))));
    if (content.isEmpty()) {
        QFile::remove(path);
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        sqlite3_exec(db, "CREATE TABLE addresses(name TEXT); INSERT INTO addresses VALUES('x')",
                     nullptr, nullptr, nullptr);
        sqlite3_close(db);
    } else {
        QVERIFY(writeFile(path, content));
    }
    const QByteArray before = fileHash(path);
    for (const QStringList &args :
         {QStringList{QStringLiteral("import"), path, m_small},
          QStringList{QStringLiteral("stats"), path},
          QStringList{QStringLiteral("query"), path, QStringLiteral("--count")}}) {
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("error: ") && run.err.contains(expected), run.err.constData());
        QCOMPARE(fileHash(path), before);
    }
}

void TestCaseFaults::damagedCaseIsRefusedUntouched_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("header overwritten") << QStringLiteral("header");
    QTest::newRow("schema page overwritten") << QStringLiteral("schema");
    QTest::newRow("truncated to one page") << QStringLiteral("truncate");
}

void TestCaseFaults::damagedCaseIsRefusedUntouched()
{
    QFETCH(QString, damage);
    {
        QFile f(m_case);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (damage == QLatin1String("header")) {
            f.seek(0);
            f.write(QByteArray(100, '\x5a'));
        } else if (damage == QLatin1String("schema")) {
            f.seek(100); // the rest of page 1: where the schema lives
            f.write(QByteArray(4000, '\xa5'));
        } else {
            QVERIFY(f.resize(16384));
        }
    }
    const QByteArray before = fileHash(m_case);
    for (const QStringList &args :
         {QStringList{QStringLiteral("import"), m_case, m_medium},
          QStringList{QStringLiteral("stats"), m_case},
          QStringList{QStringLiteral("query"), m_case, QStringLiteral("--count")}}) {
        const CliRun run = runCli(args);
        QVERIFY2(!run.crashed, run.err.constData());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("error: ") &&
                     (run.err.contains("damaged") || run.err.contains("not an AuditLens")),
                 run.err.constData());
        QCOMPARE(fileHash(m_case), before);
    }
}

void TestCaseFaults::newerCaseIsRefusedUntouched()
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(m_case).constData(), &db);
    sqlite3_exec(db, "PRAGMA user_version=99", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    const QByteArray before = fileHash(m_case);
    for (const QStringList &args : {QStringList{QStringLiteral("import"), m_case, m_medium},
                                    QStringList{QStringLiteral("stats"), m_case}}) {
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("newer AuditLens"), run.err.constData());
        QCOMPARE(fileHash(m_case), before);
    }
}

void TestCaseFaults::caseInUseByAnotherWriter()
{
    // Another instance is in the middle of writing (it holds SQLite's RESERVED lock): reading
    // still works, a second import is refused with a reason and changes nothing.
    const QByteArray before = caseDigest(m_case);
    {
        CaseLock lock(m_case, "BEGIN IMMEDIATE");
        const CliRun stats = runCli({QStringLiteral("query"), m_case, QStringLiteral("--count")});
        QVERIFY2(stats.exitCode == 0, stats.err.constData());
        QCOMPARE(stats.out.trimmed(), QByteArray("300"));
        const CliRun run = runCli({QStringLiteral("import"), m_case, m_medium});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("error: ") && run.err.contains("in use"), run.err.constData());
    }
    QCOMPARE(caseDigest(m_case), before);
    QCOMPARE(integrityCheck(m_case), QStringLiteral("ok"));
}

void TestCaseFaults::caseLockedExclusively()
{
    // Another instance is committing (an EXCLUSIVE lock): nothing can read or write for now.
    // The message must say so, not call the case damaged.
    const QByteArray before = caseDigest(m_case);
    {
        CaseLock lock(m_case, "BEGIN EXCLUSIVE");
        for (const QStringList &args : {QStringList{QStringLiteral("import"), m_case, m_medium},
                                        QStringList{QStringLiteral("stats"), m_case}}) {
            const CliRun run = runCli(args);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.startsWith("error: ") && run.err.contains("in use") &&
                         !run.err.contains("damaged"),
                     run.err.constData());
        }
    }
    QCOMPARE(caseDigest(m_case), before);
}

void TestCaseFaults::caseMissingATableIsDamaged_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QByteArray>("named");
    QTest::newRow("no problems") << QStringLiteral("DROP TABLE problems") << QByteArray("problems");
    QTest::newRow("no duplicates")
        << QStringLiteral("DROP TABLE duplicates") << QByteArray("duplicates");
    QTest::newRow("no events") << QStringLiteral("DROP TABLE events") << QByteArray("events");
    QTest::newRow("no entities") << QStringLiteral("DROP TABLE entities") << QByteArray("entities");
    QTest::newRow("events without payload")
        << QStringLiteral("ALTER TABLE events DROP COLUMN payload") << QByteArray("payload");
}

void TestCaseFaults::caseMissingATableIsDamaged()
{
    // A case without a table it must hold is damaged, for every command: never zeros.
    QFETCH(QString, damage);
    QFETCH(QByteArray, named);
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(m_case).constData(), &db);
    QCOMPARE(sqlite3_exec(db, damage.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    const QByteArray before = fileHash(m_case);
    const QString output = m_dir.filePath(QStringLiteral("missing.csv"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("stats"), m_case},
          QStringList{QStringLiteral("stats"), m_case, QStringLiteral("--json")},
          QStringList{QStringLiteral("problems"), m_case},
          QStringList{QStringLiteral("query"), m_case, QStringLiteral("--count")},
          QStringList{QStringLiteral("export"), m_case, QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("--output"), output},
          QStringList{QStringLiteral("import"), m_case, m_medium}}) {
        const CliRun run = runCli(args);
        QVERIFY2(!run.crashed, run.err.constData());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("error: ") && run.err.contains("damaged") &&
                     run.err.contains(named),
                 qPrintable(args.first() + QLatin1String(": ") + QString::fromUtf8(run.err)));
        QVERIFY2(!run.out.contains("events: 0"), run.out.constData());
        QCOMPARE(fileHash(m_case), before);
        QVERIFY(!QFile::exists(output));
    }
    // The viewer says the same.
    const QByteArray viewer = runChild(kOpenAsViewer, m_case);
    QVERIFY2(viewer.startsWith("failed: ") && viewer.contains("damaged") && viewer.contains(named),
             viewer.constData());
}

void TestCaseFaults::damagedPageFails_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("commands"); // those that read the table
    QTest::newRow("events") << QStringLiteral("events")
                            << QStringList{QStringLiteral("stats"), QStringLiteral("query"),
                                           QStringLiteral("export")};
    QTest::newRow("problems") << QStringLiteral("problems")
                              << QStringList{QStringLiteral("stats"), QStringLiteral("problems")};
    QTest::newRow("duplicates") << QStringLiteral("duplicates")
                                << QStringList{QStringLiteral("stats")};
}

void TestCaseFaults::damagedPageFails()
{
    // The first page of a table overwritten: SQLite still reads the schema and the other tables.
    // Every command that reads that table says the case is damaged rather than count what it
    // could read.
    QFETCH(QString, table);
    QFETCH(QStringList, commands);
    const qint64 root = caseScalar(
        m_case, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table));
    const qint64 pageSize = caseScalar(m_case, QStringLiteral("PRAGMA page_size"));
    QVERIFY(root > 1 && pageSize > 0);
    {
        QFile f(m_case);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek((root - 1) * pageSize));
        QCOMPARE(f.write(QByteArray(64, '\xee')), qint64(64)); // no valid b-tree page type
    }
    const QByteArray before = fileHash(m_case);
    const QString output = m_dir.filePath(QStringLiteral("damaged.csv"));
    for (const QString &command : commands) {
        QStringList args{command, m_case};
        if (command == QLatin1String("query"))
            args << QStringLiteral("--count");
        if (command == QLatin1String("export"))
            args << QStringLiteral("--format") << QStringLiteral("csv")
                 << QStringLiteral("--output") << output;
        for (const bool json : {false, true}) {
            if (json && command != QLatin1String("stats") && command != QLatin1String("problems"))
                continue;
            const CliRun run = runCli(json ? args + QStringList{QStringLiteral("--json")} : args);
            QVERIFY2(!run.crashed, run.err.constData());
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.startsWith("error: ") &&
                         (run.err.contains("damaged") || run.err.contains("malformed")),
                     qPrintable(command + QLatin1String(": ") + QString::fromUtf8(run.err)));
            QVERIFY2(!run.out.contains("events:") && !run.out.contains("\"events\""),
                     run.out.constData());
            QCOMPARE(fileHash(m_case), before);
            QVERIFY(!QFile::exists(output));
        }
    }
}

void TestCaseFaults::interruptedCaseOnReadOnlyMedia()
{
    // A case whose import was interrupted, on media that cannot be written (a read-only mount,
    // a write-protected folder): the journal cannot be played back, so it cannot be read. The
    // viewer says so, as the CLI does, not what the attempt to open it for writing said.
    const QString folder = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    const QString casePath = folder + QStringLiteral("/interrupted.auditlens");
    QVERIFY(QFile::copy(m_case, casePath));
    QCOMPARE(runChild(kInterruptWrite, casePath), QByteArray());
    QVERIFY2(QFile::exists(casePath + QStringLiteral("-journal")), "no journal was left");

    const bool root = ::geteuid() == 0;
    const QFileDevice::Permissions readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ReadOther | QFileDevice::ReadUser;
    const QFileDevice::Permissions listable = readable | QFileDevice::ExeOwner |
                                              QFileDevice::ExeGroup | QFileDevice::ExeOther |
                                              QFileDevice::ExeUser;
    const QFileDevice::Permissions dirBefore = QFile::permissions(m_dir.path());
    // The other user must reach the folder; nobody may write in it.
    QVERIFY(QFile::setPermissions(m_dir.path(), dirBefore | listable));
    QVERIFY(QFile::setPermissions(folder, listable));
    QVERIFY(QFile::setPermissions(casePath, readable));
    QVERIFY(QFile::setPermissions(casePath + QStringLiteral("-journal"), readable));
    const QByteArray before = fileHash(casePath);

    const QByteArray viewer = runChild(kOpenAsViewer, casePath, true);
    const CliRun cli = runCli({QStringLiteral("stats"), casePath}, {}, [root] {
        if (root && (::setgid(65534) != 0 || ::setuid(65534) != 0))
            ::_exit(99);
    });

    QFile::setPermissions(folder, listable | QFileDevice::WriteOwner | QFileDevice::WriteUser);
    QFile::setPermissions(m_dir.path(), dirBefore);
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.err.contains("was interrupted") && cli.err.contains("cannot be written"),
             cli.err.constData());
    QVERIFY2(viewer.startsWith("failed: ") && viewer.contains("was interrupted") &&
                 viewer.contains("cannot be written"),
             viewer.constData());
    QCOMPARE(fileHash(casePath), before);
    QVERIFY(QFile::exists(casePath + QStringLiteral("-journal")));
}

void TestCaseFaults::failedImportLeavesNoNewCase()
{
    // An import into a case that did not exist, which fails: no empty case is left behind, and
    // nothing is said about a case that is not there.
    const QString broken = m_dir.filePath(QStringLiteral("no-header.csv"));
    QVERIFY(writeFile(broken, QByteArray()));
    const QString notThere = m_dir.filePath(QStringLiteral("missing-source.csv"));
    for (const QString &source : {broken, notThere}) {
        const QString casePath = m_dir.filePath(QStringLiteral("new.auditlens"));
        QVERIFY(!QFile::exists(casePath));
        const CliRun run = runCli({QStringLiteral("import"), casePath, source});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("error: "), run.err.constData());
        QVERIFY2(!run.out.contains("duplicate ids"), run.out.constData());
        QVERIFY2(!QFile::exists(casePath), qPrintable(source));
        QVERIFY(!QFile::exists(casePath + QStringLiteral("-journal")));
    }
    // An existing case is kept, and so is what it held.
    const QByteArray before = caseDigest(m_case);
    const CliRun run = runCli({QStringLiteral("import"), m_case, broken});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(QFile::exists(m_case));
    QCOMPARE(caseDigest(m_case), before);
}

void TestCaseFaults::sourceChangesDuringImport_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("appended") << QStringLiteral("append");
    QTest::newRow("rewritten in place") << QStringLiteral("rewrite");
    QTest::newRow("truncated") << QStringLiteral("truncate");
}

void TestCaseFaults::sourceChangesDuringImport()
{
    QFETCH(QString, change);
    const QString source = m_dir.filePath(QStringLiteral("changing.csv"));
    QFile::remove(source);
    QVERIFY(writeCsv(source, 150000, 500000));
    const QByteArray before = caseDigest(m_case);

    QProcess process;
    process.start(QStringLiteral(AUDITLENS_CLI), {QStringLiteral("import"), m_case, source});
    QVERIFY(process.waitForStarted());
    // Once the import has the source open: its journal appears when it starts writing, after it
    // opened the source. (A fixed delay lost the race on a loaded machine under the sanitizers:
    // the source changed before it was opened, and the import rightly read the changed file.)
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(m_case + QStringLiteral("-journal")) &&
           process.state() == QProcess::Running && waited.elapsed() < 60000)
        QThread::msleep(2);
    QThread::msleep(50);
    QVERIFY2(process.state() == QProcess::Running, "the import ended before the source changed");
    {
        QFile f(source);
        if (change == QLatin1String("append")) {
            QVERIFY(f.open(QIODevice::Append));
            f.write(csvRecord(999999999));
        } else if (change == QLatin1String("rewrite")) {
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            f.write("tampered");
        } else {
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 3));
        }
    }
    QVERIFY(process.waitForFinished(300000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.startsWith("error: ") && err.contains("while it was read") &&
                 err.contains("nothing was imported"),
             err.constData());
    QCOMPARE(caseDigest(m_case), before);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kInterruptWrite))
        return interruptWrite(qEnvironmentVariable(kInterruptWrite));
    if (qEnvironmentVariableIsSet(kOpenAsViewer))
        return openAsViewer(qEnvironmentVariable(kOpenAsViewer));
    TestCaseFaults test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_casefaults.moc"
