// Faults around the case file and the source: a full disk, a case that is damaged, not a case,
// from a newer version or in use by another AuditLens, and a source that changes while it is
// read. Each ends with a clear error and a case exactly as it was.

#include "robustness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <sys/resource.h>

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
    QThread::msleep(150);
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

QTEST_GUILESS_MAIN(TestCaseFaults)
#include "tst_casefaults.moc"
