// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Cases from someone else. A case file travels between analysts, so it is input like any export:
// crafted rows, random damage, a forged kept index, sources it names that are not the files
// imported. The viewer opens each (answering every filter as the SQL engine does) or refuses it
// with a sentence, never crashes or hangs, and never reads a file the case merely names.

#include "casechecks.h"
#include "index/eventindex.h"
#include "robustness.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace auditlens;
using namespace auditlens::fuzz;
using namespace auditlens::robustness;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(AUDITLENS_TEST_DATA "/") + QLatin1String(name);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs statements on the case with an SQLite connection of the test's own; *changes: the rows
// they changed.
bool execSql(const QString &casePath, const QString &sql, int *changes = nullptr)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(casePath).constData(), &db) == SQLITE_OK;
    char *message = nullptr;
    ok = ok && sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (message)
        qWarning("%s", message);
    if (changes)
        *changes = sqlite3_total_changes(db);
    sqlite3_free(message);
    sqlite3_close(db);
    return ok;
}

std::string visit(const QString &casePath, CaseVisit *result, const QString &text = QString(),
                  bool proveSources = false, bool compareWithSql = true)
{
    VisitOptions options;
    options.text = text;
    options.proveSources = proveSources;
    options.compareWithSql = compareWithSql;
    return visitCase(casePath, options, result);
}

qint64 peakMemoryMiB()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// The kept index as its bytes (every row's checksum taken off), and back with valid checksums:
// what a forger who knows the format would write.
QByteArray readIndex(const QString &casePath, QByteArray *fingerprint)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(casePath).constData(), &db);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT fingerprint, data FROM viewer_index ORDER BY name", -1, &stmt,
                       nullptr);
    QByteArray data;
    while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
        *fingerprint = QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, 0)),
                                  sqlite3_column_bytes(stmt, 0));
        data += QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, 1)),
                           sqlite3_column_bytes(stmt, 1) - 8);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return data;
}

bool writeIndex(const QString &casePath, const QByteArray &fingerprint, QByteArray data)
{
    const quint64 sum =
        qToLittleEndian(EventIndex::checksum(data.constData(), size_t(data.size()), 0));
    data.append(reinterpret_cast<const char *>(&sum), 8);
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(casePath).constData(), &db);
    sqlite3_exec(db, "DELETE FROM viewer_index", nullptr, nullptr, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO viewer_index VALUES ('events.000000', ?, ?)", -1, &stmt,
                       nullptr);
    sqlite3_bind_blob(stmt, 1, fingerprint.constData(), int(fingerprint.size()), SQLITE_STATIC);
    sqlite3_bind_blob(stmt, 2, data.constData(), int(data.size()), SQLITE_STATIC);
    const bool ok = sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return ok;
}

// Where each part of the kept index starts: 3 numbers, 11 columns, then per dictionary 6 vectors
// and 2 lists of strings (each a count, then length and bytes per string).
struct IndexLayout
{
    std::vector<qsizetype> parts; // offset of each vector's or list's count
    explicit IndexLayout(const QByteArray &data)
    {
        qsizetype at = 24;
        auto u64 = [&](qsizetype p) { return qFromLittleEndian<quint64>(data.constData() + p); };
        auto vector = [&] {
            parts.push_back(at);
            at += 8 + qsizetype(u64(at));
        };
        auto strings = [&] {
            parts.push_back(at);
            const quint64 count = u64(at);
            at += 8;
            for (quint64 i = 0; i < count; ++i)
                at += 8 + qsizetype(u64(at));
        };
        for (int c = 0; c < kColumns; ++c)
            vector();
        for (int d = 0; d < 6; ++d) {
            for (int v = 0; v < 6; ++v)
                vector();
            strings();
            strings();
        }
    }
    // Parts, by name: the columns (a narrow column is three vectors, one per width, one of them
    // used), then per dictionary six vectors and two lists of strings.
    enum {
        Seq,
        Time,
        Offset,
        Source,
        Action,
        Actor,
        Target,
        Scope,
        Organization, // three widths
        Account = Organization + 3,
        Ip = Account + 3,
        IpKeys = Ip + 3,
        Request,
        Flags,
        DupCount,
        IdRank,
        kColumns
    };
    static int dictionaryPart(int dictionary, int part) { return kColumns + dictionary * 8 + part; }
    // The count of the width of a narrow column that holds its codes, and that width.
    qsizetype narrow(const QByteArray &data, int first, int *width) const
    {
        for (int w = 0; w < 3; ++w) {
            const qsizetype at = parts[size_t(first + w)];
            if (qFromLittleEndian<quint64>(data.constData() + at) != 0) {
                *width = 1 << w;
                return at;
            }
        }
        *width = 0;
        return -1;
    }
};
} // namespace

class TestCraftedCase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seqExtremes_data();
    void seqExtremes();
    void refusedAsDamaged_data();
    void refusedAsDamaged();
    void changedEventsAreSeen_data();
    void changedEventsAreSeen();
    void damagedIndexIsRebuilt_data();
    void damagedIndexIsRebuilt();
    void forgedIndexIsRebuilt_data();
    void forgedIndexIsRebuilt();
    void randomDamageToTheFile_data();
    void randomDamageToTheFile();
    void sourcesAreSearchedOnlyWhenProven_data();
    void sourcesAreSearchedOnlyWhenProven();
    void timesAtTheEndsOfInt64();
    void importIntoACraftedCase();

private:
    // A copy of a prepared case (with its kept index), to change.
    QString copyOf(const QString &casePath, const char *name);

    QTemporaryDir m_dir;
    QString m_small; // a few dozen events from four sources: compared in full when opened
    QString m_large; // 3,000 events: compared on a sample when opened
    QString m_largeSource;
    int m_copies = 0;
};

void TestCraftedCase::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStringList sources;
    for (const char *name :
         {"basic.csv", "duplicates.csv", "nanos.csv", "broken.csv", "current.csv"}) {
        const QString to = m_dir.filePath(QLatin1String(name));
        QVERIFY(QFile::copy(fixture(name), to));
        sources << to;
    }
    m_small = m_dir.filePath(QStringLiteral("small.auditlens"));
    CliRun run = runCli(QStringList{QStringLiteral("import"), m_small} + sources);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    m_largeSource = m_dir.filePath(QStringLiteral("large.csv"));
    QVERIFY(writeCsv(m_largeSource, 3000));
    m_large = m_dir.filePath(QStringLiteral("large.auditlens"));
    run = runCli({QStringLiteral("import"), m_large, m_largeSource});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // Both open from their kept index as imported, and agree with SQL.
    for (const QString &path : {m_small, m_large}) {
        CaseVisit visit;
        const std::string broken = ::visit(path, &visit, QStringLiteral("acme"), true);
        QVERIFY2(broken.empty(), broken.c_str());
        QVERIFY(visit.opened && !visit.built);
        QCOMPARE(visit.textNote, QStringLiteral("searched the source files"));
    }
}

QString TestCraftedCase::copyOf(const QString &casePath, const char *name)
{
    const QString path =
        m_dir.filePath(QStringLiteral("%1-%2.auditlens").arg(QLatin1String(name)).arg(++m_copies));
    return QFile::copy(casePath, path) ? path : QString();
}

void TestCraftedCase::seqExtremes_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("dropIndex");
    const std::pair<const char *, const char *> rows[] = {
        {"INT64_MIN and INT64_MAX", "UPDATE events SET seq = -9223372036854775808 WHERE seq = 6;"
                                    "UPDATE events SET seq = 9223372036854775807 WHERE seq = 5"},
        {"2^62", "UPDATE events SET seq = 4611686018427387904 WHERE seq = 3"},
        {"negative", "UPDATE events SET seq = -seq"},
        {"far apart", "UPDATE events SET seq = seq * 1000003"},
    };
    for (const auto &[name, sql] : rows) {
        QTest::addRow("%s, index kept", name) << QString::fromLatin1(sql) << false;
        QTest::addRow("%s, index dropped", name) << QString::fromLatin1(sql) << true;
    }
}

// Any int64 may number an event: the viewer maps them into memory of the events' size, never
// into a table the seqs choose (a wild write at INT64_MIN, a length_error at 2^62).
void TestCraftedCase::seqExtremes()
{
    QFETCH(QString, sql);
    QFETCH(bool, dropIndex);
    const QString path = copyOf(m_large, "seqs");
    QVERIFY(
        execSql(path, sql + (dropIndex ? QStringLiteral(";DROP TABLE viewer_index") : QString())));
    CaseVisit visit;
    const std::string broken = ::visit(path, &visit, QStringLiteral("user17"), true);
    QVERIFY2(broken.empty(), broken.c_str());
    QVERIFY2(visit.opened, qPrintable(visit.error));
    QVERIFY(visit.built); // the seqs changed: the kept index no longer applies
    QCOMPARE(visit.events, qint64(3000));
}

void TestCraftedCase::refusedAsDamaged_data()
{
    QTest::addColumn<bool>("keptIndex");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("says");
    const std::tuple<const char *, const char *, const char *> rows[] = {
        {"action_id -1", "UPDATE events SET action_id = -1 WHERE seq % 3 = 0",
         "names action_id -1"},
        {"actor 4000000000", "UPDATE events SET actor = 4000000000 WHERE seq % 2 = 0",
         "names actor 4000000000"},
        {"target -5", "UPDATE events SET target = -5 WHERE seq = 7", "names target -5"},
        {"source 70000", "UPDATE events SET source_id = 70000 WHERE seq = 9",
         "names source_id 70000"},
        {"an action the case lacks",
         "DELETE FROM actions WHERE id = (SELECT action_id FROM events WHERE seq = 1)",
         "names action_id"},
        {"time as text", "UPDATE events SET occurred_ns = 'yesterday' WHERE seq = 2",
         "occurred_ns that is not a number"},
        {"success 7", "UPDATE events SET success = 7 WHERE seq = 3", "success of 7"},
        {"duplicate kind 3", "INSERT OR REPLACE INTO duplicates VALUES (4, 3, 2, 1)",
         "impossible duplicate marks"},
        {"an action name that is not UTF-8",
         "UPDATE actions SET name = CAST(X'C9FD00' AS TEXT) WHERE id = (SELECT action_id FROM "
         "events WHERE seq = 1)",
         "is not UTF-8 text"},
        {"an actor name that is not UTF-8",
         "UPDATE entities SET name = CAST(X'6FFE72656E' AS TEXT) WHERE id = (SELECT actor FROM "
         "events WHERE seq = 1)",
         "is not UTF-8 text"},
    };
    for (const auto &[name, sql, says] : rows) {
        QTest::addRow("%s, index kept", name)
            << true << QString::fromLatin1(sql) << QString::fromLatin1(says);
        QTest::addRow("%s, index dropped", name)
            << false << QString::fromLatin1(sql) + QStringLiteral(";DROP TABLE viewer_index")
            << QString::fromLatin1(says);
    }
}

// Ids that name nothing the case holds, values of the wrong type, impossible marks: refused as
// damaged, at once and in little memory (action_id -1 looped forever; actor 4000000000 took 44 s
// and 15.6 GB), the file unchanged. With the index kept, the change is seen by the comparison
// of the index with the events (in full for the small case: one changed event is seen too).
void TestCraftedCase::refusedAsDamaged()
{
    QFETCH(bool, keptIndex);
    QFETCH(QString, sql);
    QFETCH(QString, says);
    const QString path = copyOf(keptIndex ? m_small : m_large, "damaged");
    QVERIFY(execSql(path, sql));
    const QByteArray before = fileBytes(path);
    const qint64 memoryBefore = peakMemoryMiB();
    QElapsedTimer timer;
    timer.start();
    CaseVisit visit;
    const std::string broken = ::visit(path, &visit);
    QVERIFY2(broken.empty(), broken.c_str());
    QVERIFY(!visit.opened);
    QVERIFY2(visit.error.contains(QLatin1String("damaged")) && visit.error.contains(says),
             qPrintable(visit.error));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(peakMemoryMiB() - memoryBefore < 512,
             qPrintable(QString::number(peakMemoryMiB() - memoryBefore)));
    QVERIFY(fileBytes(path) == before);
}

void TestCraftedCase::changedEventsAreSeen_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("success flipped") << QStringLiteral("UPDATE events SET success = 0 WHERE "
                                                       "success = 1");
    QTest::newRow("times reversed") << QStringLiteral(
        "UPDATE events SET occurred_ns = (SELECT max(occurred_ns) + min(occurred_ns) FROM events)"
        " - occurred_ns");
    QTest::newRow("every other event deleted")
        << QStringLiteral("DELETE FROM events WHERE seq % 2 = 0");
    QTest::newRow("duplicate marks deleted") << QStringLiteral("DELETE FROM duplicates");
    QTest::newRow("every actor renamed")
        << QStringLiteral("UPDATE entities SET name = name || '-renamed'");
    QTest::newRow("an action renamed")
        << QStringLiteral("UPDATE actions SET name = 'renamed.action' WHERE id = "
                          "(SELECT action_id FROM events LIMIT 1)");
    QTest::newRow("actors moved") << QStringLiteral("UPDATE events SET actor = target");
}

// A case changed by another program after its index was kept: the viewer notices, rebuilds,
// and answers as the SQL engine does (success=0 WHERE success=1 once gave 55 failures in the
// viewer where the CLI counted 1997).
void TestCraftedCase::changedEventsAreSeen()
{
    QFETCH(QString, sql);
    for (const QString &original : {m_small, m_large}) {
        const QString path = copyOf(original, "changed");
        int changes = 0;
        QVERIFY(execSql(path, sql, &changes));
        CaseVisit visit;
        const std::string broken = ::visit(path, &visit, QStringLiteral("user1"));
        QVERIFY2(broken.empty(), broken.c_str());
        QVERIFY2(visit.opened, qPrintable(visit.error));
        QCOMPARE(visit.built, changes > 0); // the large case has no duplicates to delete
    }
}

void TestCraftedCase::damagedIndexIsRebuilt_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 12; ++seed)
        QTest::addRow("copy %u", seed) << seed;
}

// 200 bits flipped at random in the kept index (12 copies, fixed seeds): every row's checksum
// sees it, and the index is built again from the events.
void TestCraftedCase::damagedIndexIsRebuilt()
{
    QFETCH(quint32, seed);
    const QString path = copyOf(m_large, "flipped");
    QByteArray fingerprint;
    QByteArray data = readIndex(path, &fingerprint);
    QVERIFY(data.size() > 1000);
    QRandomGenerator random(seed);
    // Flip through a blob handle: the bytes change, the rows' checksums stay as they were.
    const qint64 row = caseScalar(path, QStringLiteral("SELECT rowid FROM viewer_index"));
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_blob *blob = nullptr;
    QVERIFY(sqlite3_blob_open(db, "main", "viewer_index", "data", row, 1, &blob) == SQLITE_OK);
    const int bytes = sqlite3_blob_bytes(blob);
    for (int i = 0; i < 200; ++i) {
        const int at = int(random.bounded(quint32(bytes)));
        char c = 0;
        sqlite3_blob_read(blob, &c, 1, at);
        c = char(c ^ char(1 << random.bounded(8)));
        sqlite3_blob_write(blob, &c, 1, at);
    }
    sqlite3_blob_close(blob);
    sqlite3_close(db);
    CaseVisit visit;
    const std::string broken = ::visit(path, &visit);
    QVERIFY2(broken.empty(), broken.c_str());
    QVERIFY2(visit.opened, qPrintable(visit.error));
    QVERIFY(visit.built);
}

namespace {
enum class Forgery {
    ShortLabels,
    CodeBeyondDictionary,
    TimesReversed,
    SharedSeq,
    HugeColumn,
    HugeList,
    AddressesOutOfOrder,
    AddressCodeBeyond,
    OrganizationCodeBeyond,
    AddressKeyCutShort,
    TwoWidths
};

quint64 u64At(const QByteArray &d, qsizetype at)
{
    return qFromLittleEndian<quint64>(d.constData() + at);
}

void putAt(QByteArray &d, qsizetype at, quint64 v)
{
    qToLittleEndian(v, d.data() + at);
}

void forge(Forgery forgery, QByteArray &d)
{
    const IndexLayout l(d);
    switch (forgery) {
    case Forgery::ShortLabels: {
        // The actors' labels list loses its last string.
        const qsizetype at = l.parts[size_t(IndexLayout::dictionaryPart(1, 6))];
        const quint64 count = u64At(d, at);
        qsizetype last = at + 8;
        for (quint64 i = 0; i + 1 < count; ++i)
            last += 8 + qsizetype(u64At(d, last));
        d.remove(last, 8 + qsizetype(u64At(d, last)));
        putAt(d, at, count - 1);
        break;
    }
    case Forgery::CodeBeyondDictionary: // the first two 32-bit actor codes
        putAt(d, l.parts[IndexLayout::Actor] + 8, 0x7fffffffu);
        break;
    case Forgery::TimesReversed: {
        const qsizetype at = l.parts[IndexLayout::Time] + 8;
        const qsizetype n = qsizetype(u64At(d, at - 8) / 8);
        for (qsizetype i = 0; i < n / 2; ++i) {
            const quint64 a = u64At(d, at + i * 8), b = u64At(d, at + (n - 1 - i) * 8);
            putAt(d, at + i * 8, b);
            putAt(d, at + (n - 1 - i) * 8, a);
        }
        break;
    }
    case Forgery::SharedSeq: {
        const qsizetype at = l.parts[IndexLayout::Seq];
        putAt(d, at + 16, u64At(d, at + 8));
        break;
    }
    case Forgery::HugeColumn:
        putAt(d, l.parts[IndexLayout::Offset], ~quint64(7));
        break;
    case Forgery::HugeList:
        putAt(d, l.parts[size_t(IndexLayout::dictionaryPart(0, 7))], quint64(1) << 60);
        break;
    case Forgery::AddressesOutOfOrder: {
        // The first two address keys swapped: a CIDR block would no longer be one range.
        const qsizetype at = l.parts[IndexLayout::IpKeys] + 8;
        const QByteArray first = d.mid(at, 16);
        d.replace(at, 16, d.mid(at + 16, 16));
        d.replace(at + 16, 16, first);
        break;
    }
    case Forgery::AddressCodeBeyond:
    case Forgery::OrganizationCodeBeyond: {
        int width = 0;
        const qsizetype at = l.narrow(
            d, forgery == Forgery::AddressCodeBeyond ? IndexLayout::Ip : IndexLayout::Organization,
            &width);
        for (int b = 0; at >= 0 && b < width; ++b)
            d[at + 8 + b] = char(0xff);
        break;
    }
    case Forgery::AddressKeyCutShort: {
        // One byte of the keys gone, the count saying so.
        const qsizetype at = l.parts[IndexLayout::IpKeys];
        putAt(d, at, u64At(d, at) - 1);
        d.remove(at + 8, 1);
        break;
    }
    case Forgery::TwoWidths: {
        // The address codes also given in another width, the same events' worth.
        int width = 0;
        const qsizetype at = l.narrow(d, IndexLayout::Ip, &width);
        if (at < 0)
            break;
        const quint64 events = u64At(d, at) / quint64(width);
        const qsizetype other = l.parts[size_t(IndexLayout::Ip + (width == 1 ? 1 : 0))];
        QByteArray codes(qsizetype(events) * (width == 1 ? 2 : 1), '\0');
        putAt(d, other, quint64(codes.size()));
        d.insert(other + 8, codes);
        break;
    }
    }
}
} // namespace

void TestCraftedCase::forgedIndexIsRebuilt_data()
{
    QTest::addColumn<int>("forgery");
    QTest::newRow("labels shorter than their dictionary") << int(Forgery::ShortLabels);
    QTest::newRow("an actor code beyond its dictionary") << int(Forgery::CodeBeyondDictionary);
    QTest::newRow("times reversed") << int(Forgery::TimesReversed);
    QTest::newRow("two events with one seq") << int(Forgery::SharedSeq);
    QTest::newRow("a column of 2^64 - 8 bytes") << int(Forgery::HugeColumn);
    QTest::newRow("a list of 2^60 strings") << int(Forgery::HugeList);
    QTest::newRow("addresses out of order") << int(Forgery::AddressesOutOfOrder);
    QTest::newRow("an address code beyond the addresses") << int(Forgery::AddressCodeBeyond);
    QTest::newRow("an organization code beyond its dictionary")
        << int(Forgery::OrganizationCodeBeyond);
    QTest::newRow("an address key cut short") << int(Forgery::AddressKeyCutShort);
    QTest::newRow("address codes in two widths") << int(Forgery::TwoWidths);
}

// A kept index written by someone who knows the format, checksums and all: what it says is
// checked before it is used (a short labels list once crashed the viewer), and the index is
// built again.
void TestCraftedCase::forgedIndexIsRebuilt()
{
    QFETCH(int, forgery);
    for (const QString &original : {m_small, m_large}) {
        // Only the small case holds addresses and organizations (today's shape).
        if (forgery >= int(Forgery::AddressesOutOfOrder) && original == m_large)
            continue;
        const QString path = copyOf(original, "forged");
        QByteArray fingerprint;
        QByteArray data = readIndex(path, &fingerprint);
        forge(Forgery(forgery), data);
        QVERIFY(writeIndex(path, fingerprint, data));
        CaseVisit visit;
        const std::string broken = ::visit(path, &visit);
        QVERIFY2(broken.empty(), broken.c_str());
        QVERIFY2(visit.opened, qPrintable(visit.error));
        QVERIFY(visit.built);
    }
}

void TestCraftedCase::randomDamageToTheFile_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 12; ++seed)
        QTest::addRow("copy %u", seed) << seed;
}

// 200 bits flipped anywhere in the file (12 copies, fixed seeds): opened and right, or refused
// with a sentence; never a crash (4 of 12 once aborted with bad_alloc or length_error).
void TestCraftedCase::randomDamageToTheFile()
{
    QFETCH(quint32, seed);
    const QString path = copyOf(m_small, "damaged-file");
    QByteArray bytes = fileBytes(path);
    QRandomGenerator random(seed);
    for (int i = 0; i < 200; ++i)
        bytes[qsizetype(random.bounded(quint32(bytes.size())))] ^= char(1 << random.bounded(8));
    QVERIFY(writeFile(path, bytes));
    // SQLite's own indexes may now disagree with its tables: the SQL engine is then no reference.
    const bool intact = integrityCheck(path) == QLatin1String("ok");
    CaseVisit visit;
    const std::string broken = ::visit(path, &visit, QStringLiteral("e"), false, intact);
    QVERIFY2(broken.empty(), broken.c_str());
    QVERIFY(visit.opened || !visit.error.isEmpty());
}

void TestCraftedCase::sourcesAreSearchedOnlyWhenProven_data()
{
    QTest::addColumn<QString>("sql"); // %1: a path of the test's, %2: its size
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("note");
    const QString passwd = QStringLiteral("/etc/passwd");
    const QFileInfo info(passwd);
    const QString sameSizeAndTime =
        QStringLiteral("UPDATE sources SET path = '%1', bytes = %2, modified = '%3'")
            .arg(passwd)
            .arg(info.size())
            .arg(info.lastModified().toUTC().toString(Qt::ISODateWithMs));
    QTest::newRow("/etc/passwd with its size and time")
        << sameSizeAndTime << passwd << QStringLiteral("SHA-256 differs");
    QTest::newRow("a FIFO") << QStringLiteral("UPDATE sources SET path = '%1'")
                            << QStringLiteral("fifo") << QStringLiteral("not a regular file");
    QTest::newRow("a folder") << QStringLiteral("UPDATE sources SET path = '%1'") << QString()
                              << QStringLiteral("not a regular file");
    QTest::newRow("offsets before the file")
        << QStringLiteral("UPDATE events SET offset = -1000000 WHERE seq % 4 = 0") << QString()
        << QStringLiteral("record offsets outside");
    QTest::newRow("offsets after the file")
        << QStringLiteral("UPDATE events SET offset = 1000000000000 WHERE seq % 5 = 0") << QString()
        << QStringLiteral("record offsets outside");
    QTest::newRow("a copy elsewhere, another time")
        << QStringLiteral("UPDATE sources SET path = '%1'") << QStringLiteral("copy")
        << QStringLiteral("searched the source files");
    QTest::newRow("a copy with one byte changed")
        << QStringLiteral("UPDATE sources SET path = '%1'") << QStringLiteral("changed")
        << QStringLiteral("SHA-256 differs");
}

// The viewer reads a source file only once it is proven to be the bytes imported (SHA-256), only
// a regular file (a FIFO once blocked the open forever), and only within its size (an offset of
// -1000000 once crashed the search); otherwise it searches the case's own cells.
void TestCraftedCase::sourcesAreSearchedOnlyWhenProven()
{
    QFETCH(QString, sql);
    QFETCH(QString, path);
    QFETCH(QString, note);
    const QString casePath = copyOf(m_large, "sources");
    QString target = path;
    if (path == QLatin1String("fifo")) {
        target = m_dir.filePath(QStringLiteral("fifo-%1").arg(m_copies));
        QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
    } else if (path == QLatin1String("copy") || path == QLatin1String("changed")) {
        target = m_dir.filePath(QStringLiteral("copy-%1.csv").arg(m_copies));
        QByteArray bytes = fileBytes(m_largeSource);
        if (path == QLatin1String("changed"))
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 1);
        QVERIFY(writeFile(target, bytes));
    } else if (path.isEmpty()) {
        target = m_dir.path();
    }
    QVERIFY(execSql(casePath, sql.contains(QLatin1String("%1")) ? sql.arg(target) : sql));
    QElapsedTimer timer;
    timer.start();
    CaseVisit visit;
    // "root": in /etc/passwd, in no event.
    const std::string broken = ::visit(casePath, &visit, QStringLiteral("root"), true);
    QVERIFY2(broken.empty(), broken.c_str());
    QVERIFY2(visit.opened, qPrintable(visit.error));
    QVERIFY2(visit.textNote.contains(note), qPrintable(visit.textNote));
    QCOMPARE(visit.textMatches, qint64(0));
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
}

// The parser accepts every int64 instant, 1677-09-21T00:12:43.145224192Z (INT64_MIN) to
// 2262-04-11T23:47:16.854775807Z (INT64_MAX): histograms, time filters and sorts at both ends
// keep to int64 (a bucket bound once overflowed on the first query).
void TestCraftedCase::timesAtTheEndsOfInt64()
{
    QByteArray csv = fileBytes(fixture("basic.csv"));
    csv.replace("2026-01-03T10:02:11.123456789Z", "1677-09-21T00:12:43.145224192Z");
    csv.replace("2026-01-03T10:02:14.201Z", "2262-04-11T23:47:16.854775807Z");
    const QString source = m_dir.filePath(QStringLiteral("ends.csv"));
    QVERIFY(writeFile(source, csv));
    const QString path = m_dir.filePath(QStringLiteral("ends.auditlens"));
    const CliRun run = runCli({QStringLiteral("import"), path, source});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(caseScalar(path, QStringLiteral("SELECT min(occurred_ns) FROM events")),
             std::numeric_limits<qint64>::min());
    QCOMPARE(caseScalar(path, QStringLiteral("SELECT max(occurred_ns) FROM events")),
             std::numeric_limits<qint64>::max());
    CaseVisit visit;
    const std::string broken = ::visit(path, &visit, QStringLiteral("acme"), true);
    QVERIFY2(broken.empty(), broken.c_str());
    QVERIFY(visit.opened);
}

// The CLI adds to a case only what it can number: a case numbered up to INT64_MAX is refused,
// and one whose events name an action -1 no longer hangs the import once it has committed.
void TestCraftedCase::importIntoACraftedCase()
{
    const QString extreme = copyOf(m_small, "import-extreme");
    QVERIFY(execSql(extreme, QStringLiteral("UPDATE events SET seq = 9223372036854775807 WHERE "
                                            "seq = 5")));
    const QByteArray before = caseDigest(extreme);
    CliRun run = runCli({QStringLiteral("import"), extreme, fixture("bigint.csv")});
    QVERIFY(!run.crashed);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("numbered outside"), run.err.constData());
    QCOMPARE(caseDigest(extreme), before);

    const QString looping = copyOf(m_small, "import-looping");
    QVERIFY(execSql(looping, QStringLiteral("UPDATE events SET action_id = -1 WHERE seq % 3 = 0")));
    QElapsedTimer timer;
    timer.start();
    run = runCli({QStringLiteral("import"), looping, fixture("bigint.csv")}, {}, {}, 60000);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestCraftedCase)
#include "tst_craftedcase.moc"
