// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Hostile and odd input, each with the outcome a user can rely on: refused with a reason,
// read correctly, or kept and flagged. Never a crash, a hang, an unbounded allocation or a
// record that silently disappears.

#include "robustness.h"

#include "importing/importer.h"
#include "itemmodels/payloadtreemodel.h"
#include "parsing/timestampparser.h"
#include "reading/bytesource.h"
#include "reading/csvrecordreader.h"
#include "store/casestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace auditlens;
using namespace auditlens::robustness;

namespace {
// One CSV record with the given cells in CircleCI's column order, quoted as an export would.
QByteArray row(const QByteArray &payload, const QByteArray &occurredAt = "2026-01-05T10:00:00Z",
               const QByteArray &action = "project.settings.update", const QByteArray &id = {})
{
    static int n = 0;
    auto quote = [](QByteArray cell) -> QByteArray {
        return '"' + cell.replace('"', "\"\"") + '"';
    };
    const QByteArray eventId = id.isEmpty() ? QByteArray("00000000-0000-4000-8000-") +
                                                  QByteArray::number(++n).rightJustified(12, '0')
                                            : id;
    return quote(action) + ',' + quote(R"({"id":"u1","type":"user","name":"oren"})") + ',' +
           quote(R"({"id":"p1","type":"project","name":"web"})") + ',' + quote(payload) + ',' +
           occurredAt + ',' + quote("{}") + ',' + eventId + ",1," +
           quote(R"({"id":"o1","type":"organization","name":"acme"})") + ",true," +
           quote(R"({"id":"r1"})") + '\n';
}

// A JSON document without the values that only say when or how fast something ran.
QByteArray withoutClockReadings(const QByteArray &json)
{
    std::function<QJsonValue(const QJsonValue &)> strip = [&](const QJsonValue &v) -> QJsonValue {
        if (v.isArray()) {
            QJsonArray a;
            for (const auto &e : v.toArray())
                a.append(strip(e));
            return a;
        }
        if (!v.isObject())
            return v;
        QJsonObject o = v.toObject();
        o.remove(QStringLiteral("imported_at"));
        o.remove(QStringLiteral("elapsed_ms"));
        for (auto it = o.begin(); it != o.end(); ++it)
            *it = strip(*it);
        return o;
    };
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return json;
    return QJsonDocument(strip(doc.object()).toObject()).toJson();
}

struct Outcome
{
    ImportResult result;
    QString casePath;
    QStringList kinds; // problem kinds, in order
};
} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedFiles_data();
    void refusedFiles();
    void contentIsKeptAndFlagged_data();
    void contentIsKeptAndFlagged();
    void loneCrLineEnds();
    void crlfSplitAcrossReads();
    void nulInsideAField();
    void numbersBeyondDoubleAndInt64KeptAsText();
    void deepJsonLine();
    void deepJsonInThePayloadTree_data();
    void deepJsonInThePayloadTree();
    void leapSecondIsTheNextMinute();
    void hugeFieldIsRejectedByTheLimit();
    void recordLimitIsConfigurable();
    void multiGigabyteFileWithoutNewline();
    void filterTextIsNeverSql();
    void sameResultsInOtherTimeZonesAndLocales();
    void outOfRangeNumbersAreValidJson_data();
    void outOfRangeNumbersAreValidJson();
    void depthLimitsAreNamed();
    void headerNamesShowInvisibleCharacters();

private:
    Outcome import(const QByteArray &bytes, const QString &name = QStringLiteral("in.csv"),
                   size_t maxRecordBytes = ImportOptions().maxRecordBytes);
    qint64 peakRssKb(const QStringList &cliArgs, int *exitCode);

    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestHostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

Outcome TestHostileInput::import(const QByteArray &bytes, const QString &name,
                                 size_t maxRecordBytes)
{
    Outcome outcome;
    const QString folder = m_dir.filePath(QString::number(++m_count));
    QDir().mkpath(folder);
    const QString source = folder + QLatin1Char('/') + name;
    writeFile(source, bytes);
    outcome.casePath = folder + QStringLiteral("/case.auditlens");
    CaseStore store;
    QString error;
    if (!store.open(outcome.casePath, CaseStore::Mode::ReadWrite, &error)) {
        outcome.result.error = error;
        return outcome;
    }
    ImportOptions options;
    options.maxRecordBytes = maxRecordBytes;
    Importer importer(store, options);
    outcome.result = importer.run({source});
    for (const ImportProblem &p : outcome.result.problems)
        outcome.kinds << QLatin1String(problemKindName(p.problem.kind));
    return outcome;
}

void TestHostileInput::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QString text = QString::fromUtf8(csvHeader() + csvRecord(1));
    QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-16 LE with BOM") << QByteArray(le(text)) << QStringLiteral("UTF-16");
    QTest::newRow("UTF-16 BE with BOM") << QByteArray(be(text)) << QStringLiteral("UTF-16");
    // gzip's magic, a real deflate header and some compressed-looking bytes, named .csv.
    QTest::newRow("gzip renamed .csv")
        << QByteArray::fromHex("1f8b0800000000000003edc1010d000000c2a0f74f6d0e37a00000000000")
        << QStringLiteral("gzip");
    QTest::newRow("zip renamed .csv")
        << QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10) + QByteArray(200, 'A')
        << QStringLiteral("ZIP");
    QTest::newRow("NUL in the header")
        << QByteArray("action,act\0or,target\n", 21) << QStringLiteral("binary");
}

void TestHostileInput::refusedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const Outcome o = import(bytes);
    QVERIFY(!o.result.ok);
    QVERIFY2(o.result.error.contains(reason), qPrintable(o.result.error));
    QCOMPARE(caseScalar(o.casePath, QStringLiteral("SELECT count(*) FROM events")), qint64(0));
    QCOMPARE(caseScalar(o.casePath, QStringLiteral("SELECT count(*) FROM sources")), qint64(0));
}

void TestHostileInput::contentIsKeptAndFlagged_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("kind"); // the one flagged problem expected, empty for none
    QTest::addColumn<QString>("column");
    QTest::newRow("duplicate keys") << row(R"({"a":1,"b":{"c":1,"c":2}})")
                                    << QStringLiteral("duplicate_key") << QStringLiteral("payload");
    QTest::newRow("invalid escape")
        << row(R"({"a":"\q"})") << QStringLiteral("invalid_json") << QStringLiteral("payload");
    QTest::newRow("lone high surrogate")
        << row(R"({"a":"\ud800"})") << QStringLiteral("invalid_json") << QStringLiteral("payload");
    QTest::newRow("lone low surrogate")
        << row(R"({"a":"x\udc00y"})") << QStringLiteral("invalid_json")
        << QStringLiteral("payload");
    QTest::newRow("NaN") << row(R"({"a":NaN})") << QStringLiteral("invalid_json")
                         << QStringLiteral("payload");
    QTest::newRow("Infinity") << row(R"({"a":-Infinity})") << QStringLiteral("invalid_json")
                              << QStringLiteral("payload");
    QTest::newRow("nested 10000 deep")
        << row(QByteArray(10000, '[') + QByteArray(10000, ']')) << QStringLiteral("invalid_json")
        << QStringLiteral("payload");
    QTest::newRow("time without zone")
        << row("{}", "2026-01-05T10:00:00") << QStringLiteral("bad_timestamp")
        << QStringLiteral("occurred_at");
    QTest::newRow("impossible date 2026-02-30")
        << row("{}", "2026-02-30T10:00:00Z") << QStringLiteral("bad_timestamp")
        << QStringLiteral("occurred_at");
    QTest::newRow("ten fractional digits")
        << row("{}", "2026-01-05T10:00:00.1234567891Z") << QStringLiteral("bad_timestamp")
        << QStringLiteral("occurred_at");
    QTest::newRow("nine fractional digits")
        << row("{}", "2026-01-05T10:00:00.123456789Z") << QString() << QString();
    QTest::newRow("number beyond a double")
        << row(R"({"a":1e400})") << QStringLiteral("number_out_of_range")
        << QStringLiteral("payload");
}

void TestHostileInput::contentIsKeptAndFlagged()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, kind);
    QFETCH(QString, column);
    const Outcome o = import(csvHeader() + record);
    QVERIFY2(o.result.ok, qPrintable(o.result.error));
    QCOMPARE(o.result.records, qint64(1));
    QCOMPARE(o.result.imported, qint64(1));
    QCOMPARE(o.result.rejected, qint64(0));
    QCOMPARE(o.kinds, kind.isEmpty() ? QStringList() : QStringList{kind});
    if (!kind.isEmpty()) {
        QCOMPARE(o.result.problems.front().problem.column, column);
        QCOMPARE(o.result.problems.front().problem.line, qint64(2));
        QVERIFY(!o.result.problems.front().problem.message.isEmpty());
    }
    // Whatever its fate, the cell is kept byte for byte.
    CaseStore store;
    QString error;
    QVERIFY2(store.open(o.casePath, CaseStore::Mode::ReadOnly, &error), qPrintable(error));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT payload, occurred_at FROM events")) && q.next());
    QVERIFY(record.contains(q.value(0).toByteArray().replace('"', "\"\"")));
    QVERIFY(record.contains(q.value(1).toByteArray()));
}

void TestHostileInput::loneCrLineEnds()
{
    QByteArray bytes = csvHeader() + row("{}") + row("{\"a\":\"x\ny\"}") + row("{}");
    bytes.replace('\n', '\r'); // also inside the quoted cell: a lone CR there is a line break
    const Outcome o = import(bytes);
    QVERIFY2(o.result.ok, qPrintable(o.result.error));
    QCOMPARE(o.result.records, qint64(3));
    QCOMPARE(o.result.imported, qint64(3));
    QCOMPARE(o.result.blankLines, qint64(0));
    CaseStore store;
    QString error;
    QVERIFY(store.open(o.casePath, CaseStore::Mode::ReadOnly, &error));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(line, ' ') FROM events ORDER BY seq")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2 3 5"));
}

void TestHostileInput::crlfSplitAcrossReads()
{
    // Every possible split, including between the CR and the LF of each line end: the same
    // records, the same lines, no blank line invented.
    const QByteArray bytes = "a,b\r\n1,2\r\n\"x\r\ny\",3\r\n4,5\r\n";
    for (qint64 chunk = 1; chunk <= bytes.size(); ++chunk) {
        MemorySource source(bytes, chunk);
        CsvRecordReader reader(source, 1 << 20, size_t(chunk));
        RawRecord r;
        QList<qint64> lines;
        QStringList last;
        while (reader.next(r)) {
            lines << r.line;
            QVERIFY(!r.rejected);
            last.clear();
            for (const auto f : r.fields)
                last << QString::fromUtf8(f.data(), qsizetype(f.size()));
        }
        QCOMPARE(lines, (QList<qint64>{1, 2, 3, 5}));
        QCOMPARE(last, (QStringList{QStringLiteral("4"), QStringLiteral("5")}));
        QCOMPARE(reader.blankLines(), qint64(0));
    }
}

void TestHostileInput::nulInsideAField()
{
    // A NUL is valid UTF-8: the event is kept with the byte, wherever it sits in the file
    // (only a header with NULs, or many NULs, marks a file as binary).
    const QByteArray withNul = row("{}", "2026-01-05T10:00:00Z", QByteArray("a.b\0c", 5));
    for (int before : {0, 20}) {
        QByteArray bytes = csvHeader();
        for (int i = 0; i < before; ++i)
            bytes += row("{}");
        bytes += withNul;
        const Outcome o = import(bytes);
        QVERIFY2(o.result.ok, qPrintable(o.result.error));
        QCOMPARE(o.result.imported, qint64(before + 1));
        CaseStore store;
        QString error;
        QVERIFY(store.open(o.casePath, CaseStore::Mode::ReadOnly, &error));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT CAST(name AS BLOB) FROM actions WHERE instr(CAST(name"
                                      " AS BLOB), x'00') > 0")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toByteArray(), QByteArray("a.b\0c", 5));
    }
}

void TestHostileInput::numbersBeyondDoubleAndInt64KeptAsText()
{
    const QByteArray payload =
        R"({"above_2^53":9007199254740993,"above_int64":9223372036854775808,)"
        R"("below_int64":-9223372036854775809,"huge":1e400,)"
        R"("long":123456789012345678901234567890.000000000000000000001})";
    const Outcome o = import(csvHeader() + row(payload));
    QVERIFY2(o.result.ok, qPrintable(o.result.error));
    QCOMPARE(o.result.imported, qint64(1));
    CaseStore store;
    QString error;
    QVERIFY(store.open(o.casePath, CaseStore::Mode::ReadOnly, &error));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT payload FROM events")) && q.next());
    QCOMPARE(q.value(0).toByteArray(), payload);
}

void TestHostileInput::deepJsonLine()
{
    // The same depth in a JSON Lines event: the event is kept, its payload flagged.
    const QByteArray line = R"({"action":"a.b","id":"deep-1","occurred_at":"2026-01-05T10:00:00Z",)"
                            R"("success":true,"payload":)" +
                            QByteArray(10000, '[') + QByteArray(10000, ']') + "}\n";
    const Outcome o = import(line, QStringLiteral("deep.jsonl"));
    QVERIFY2(o.result.ok, qPrintable(o.result.error));
    QCOMPARE(o.result.records, qint64(1));
    QCOMPARE(o.result.imported, qint64(1));
    QVERIFY2(o.kinds.contains(QStringLiteral("invalid_json")), qPrintable(o.kinds.join(u',')));
}

void TestHostileInput::deepJsonInThePayloadTree_data()
{
    QTest::addColumn<int>("depth");
    QTest::newRow("10,000") << 10000;
    QTest::newRow("1,000,000") << 1000000;
}

void TestHostileInput::deepJsonInThePayloadTree()
{
    // What the detail pane shows for such a payload: the tree builds, can be walked to its
    // deepest node and torn down without exhausting the stack.
    QFETCH(int, depth);
    const QByteArray deep = QByteArray(depth, '[') + "1" + QByteArray(depth, ']');
    const QByteArray deepObject =
        QByteArray("{\"a\":").repeated(depth) + "1" + QByteArray(depth, '}');
    PayloadTreeModel model;
    model.setDocuments({{QStringLiteral("payload"), deep},
                        {QStringLiteral("metadata"), deepObject},
                        {QStringLiteral("request"), QByteArray(R"({"id":"r1"})")}});
    QCOMPARE(model.rowCount(), 3);
    for (int top = 0; top < 2; ++top) {
        QModelIndex at = model.index(top, 0);
        int walked = 0;
        while (model.rowCount(at) > 0) {
            at = model.index(0, 0, at);
            QVERIFY(at.isValid());
            model.data(at.siblingAtColumn(PayloadTreeModel::Value));
            ++walked;
        }
        QVERIFY(walked <= depth + 1);
    }
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestHostileInput::leapSecondIsTheNextMinute()
{
    const Outcome o = import(csvHeader() + row("{}", "2016-12-31T23:59:60Z"));
    QVERIFY2(o.result.ok, qPrintable(o.result.error));
    QVERIFY(o.kinds.isEmpty());
    qint64 expected = 0;
    QVERIFY(TimestampParser::parse("2017-01-01T00:00:00Z", &expected));
    QCOMPARE(caseScalar(o.casePath, QStringLiteral("SELECT occurred_ns FROM events")), expected);
    // The text as written is what is shown and exported.
    CaseStore store;
    QString error;
    QVERIFY(store.open(o.casePath, CaseStore::Mode::ReadOnly, &error));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT occurred_at FROM events")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2016-12-31T23:59:60Z"));
}

qint64 TestHostileInput::peakRssKb(const QStringList &cliArgs, int *exitCode)
{
    // The CLI's own peak, measured by a parent that does nothing else.
    QProcess p;
    p.start(
        QStringLiteral("python3"),
        QStringList{QStringLiteral("-c"),
                    QStringLiteral("import resource, subprocess, sys\n"
                                   "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
                                   "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
                                   "sys.exit(r.returncode)\n"),
                    QStringLiteral(AUDITLENS_CLI)} +
            cliArgs);
    p.waitForFinished(600000);
    *exitCode = p.exitCode();
    return p.readAllStandardOutput().trimmed().toLongLong();
}

void TestHostileInput::hugeFieldIsRejectedByTheLimit()
{
    // A 100 MB payload, then a good record: the big one is rejected under the default limit
    // (64 MiB), with its line and a head of its bytes; the next one is read normally.
    const QString source = m_dir.filePath(QStringLiteral("huge-field.csv"));
    {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csvHeader());
        f.write("a.b,{},{},\"{\"\"x\"\":\"\"");
        const QByteArray block(1 << 20, 'x');
        for (int i = 0; i < 100; ++i)
            f.write(block);
        f.write("\"\"}\",2026-01-05T10:00:00Z,{},big,1,{},true,{}\n");
        f.write(row("{}"));
    }
    const QString casePath = m_dir.filePath(QStringLiteral("huge-field.auditlens"));
    int exitCode = -1;
    const qint64 rss = peakRssKb({QStringLiteral("import"), casePath, source}, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(caseScalar(casePath, QStringLiteral("SELECT count(*) FROM events")), qint64(1));
    QCOMPARE(caseScalar(casePath, QStringLiteral("SELECT line FROM problems WHERE kind ="
                                                 " 'record_too_large'")),
             qint64(2));
    QCOMPARE(caseScalar(casePath, QStringLiteral("SELECT line FROM events")), qint64(3));
    qInfo("peak RSS importing a 100 MB field: %lld MiB", rss / 1024);
    if (!qEnvironmentVariableIsSet("AUDITLENS_SANITIZED")) // ASan's shadow and quarantine
        QVERIFY2(rss < 300 * 1024, "memory is not bounded by the record limit");
}

void TestHostileInput::recordLimitIsConfigurable()
{
    const QByteArray big = row("{\"x\":\"" + QByteArray(3 << 20, 'y') + "\"}");
    const QByteArray bytes = csvHeader() + big + row("{}");
    const Outcome small = import(bytes, QStringLiteral("in.csv"), 1 << 20);
    QVERIFY2(small.result.ok, qPrintable(small.result.error));
    QCOMPARE(small.result.records, qint64(2));
    QCOMPARE(small.result.rejected, qint64(1));
    QCOMPARE(small.kinds, QStringList{QStringLiteral("record_too_large")});
    const Outcome large = import(bytes, QStringLiteral("in.csv"), 8 << 20);
    QCOMPARE(large.result.imported, qint64(2));

    // The same through the CLI's option, and a limit too small to be useful is a usage error.
    const QString source = m_dir.filePath(QStringLiteral("limit.csv"));
    QVERIFY(writeFile(source, bytes));
    const CliRun run =
        runCli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("limit.auditlens")), source,
                QStringLiteral("--max-record-bytes"), QStringLiteral("1048576"),
                QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 1);
    const CliRun bad =
        runCli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("x.auditlens")), source,
                QStringLiteral("--max-record-bytes"), QStringLiteral("lots")});
    QCOMPARE(bad.exitCode, 2);
}

void TestHostileInput::multiGigabyteFileWithoutNewline()
{
    // A header, then 2.2 GiB without a single line break: one record, rejected as too large,
    // read in bounded memory; offsets beyond 2^31 do not wrap. Past its first 8 MiB of text the
    // file is a hole (NULs inside the field, which is data), so it takes no room on the disk
    // and a machine with little free space runs the test all the same.
    const QString source = m_dir.filePath(QStringLiteral("no-newline.csv"));
    const auto removeSource = qScopeGuard([&source] { QFile::remove(source); });
    const qint64 total = qint64(csvHeader().size()) + qint64(282) * (8 << 20); // 2.2 GiB
    {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csvHeader());
        const QByteArray block(8 << 20, 'x');
        QVERIFY(f.write(block) == block.size());
        QVERIFY(f.resize(total));
    }
    const QString casePath = m_dir.filePath(QStringLiteral("no-newline.auditlens"));
    int exitCode = -1;
    const qint64 rss = peakRssKb({QStringLiteral("import"), casePath, source}, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(caseScalar(casePath, QStringLiteral("SELECT records FROM sources")), qint64(1));
    QCOMPARE(caseScalar(casePath, QStringLiteral("SELECT rejected FROM sources")), qint64(1));
    QCOMPARE(caseScalar(casePath, QStringLiteral("SELECT bytes FROM sources")), total);
    QCOMPARE(caseScalar(casePath, QStringLiteral("SELECT offset FROM problems")),
             qint64(csvHeader().size()));
    qInfo("peak RSS reading 2.2 GiB without a newline: %lld MiB", rss / 1024);
    if (!qEnvironmentVariableIsSet("AUDITLENS_SANITIZED"))
        QVERIFY2(rss < 300 * 1024, "memory grows with the file");
}

void TestHostileInput::filterTextIsNeverSql()
{
    const QString source = m_dir.filePath(QStringLiteral("filters.csv"));
    QVERIFY(writeFile(source, csvHeader() + row(R"({"note":"50% off"})") +
                                  row(R"({"note":"snake_case"})") + row(R"({"note":"plain"})")));
    const QString casePath = m_dir.filePath(QStringLiteral("filters.auditlens"));
    QCOMPARE(runCli({QStringLiteral("import"), casePath, source}).exitCode, 0);
    auto count = [&](const QStringList &filter) {
        const CliRun run = runCli(
            QStringList{QStringLiteral("query"), casePath, QStringLiteral("--count")} + filter);
        return run.exitCode == 0 ? run.out.trimmed().toLongLong() : -1;
    };
    const QString injection = QStringLiteral("' OR 1=1 --");
    QCOMPARE(count({}), 3);
    QCOMPARE(count({QStringLiteral("--text"), QStringLiteral("%")}), 1);
    QCOMPARE(count({QStringLiteral("--text"), QStringLiteral("_")}), 1);
    QCOMPARE(count({QStringLiteral("--text"), QStringLiteral("50%")}), 1);
    QCOMPARE(count({QStringLiteral("--text"), injection}), 0);
    QCOMPARE(count({QStringLiteral("--actor"), injection}), 0);
    QCOMPARE(count({QStringLiteral("--actor"), QStringLiteral("%")}), 0);
    QCOMPARE(count({QStringLiteral("--action"), injection}), 0);
    QCOMPARE(count({QStringLiteral("--target"), QStringLiteral("\" OR \"\"=\"")}), 0);
    QCOMPARE(integrityCheck(casePath), QStringLiteral("ok"));
}

void TestHostileInput::sameResultsInOtherTimeZonesAndLocales()
{
    const QString source = m_dir.filePath(QStringLiteral("zones.csv"));
    // Times around Lord Howe's half-hour DST switch and a day boundary, with offsets.
    QVERIFY(writeFile(
        source, csvHeader() + row("{}", "2026-04-04T14:59:59.999999999Z") +
                    row("{}", "2026-04-05T02:00:00+11:00") + row("{}", "2026-10-03T15:30:00.5Z") +
                    row("{}", "2026-12-31T23:59:59.9995-00:30") + row("{}", "not a time")));
    auto outputs = [&](const QString &tz, const QString &lang) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), tz);
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("LC_ALL"), lang);
        const QString casePath =
            m_dir.filePath(QStringLiteral("zones-%1.auditlens").arg(++m_count));
        QByteArray all;
        const CliRun imported =
            runCli({QStringLiteral("import"), casePath, source, QStringLiteral("--json")}, env);
        all += withoutClockReadings(imported.out) + imported.err;
        for (const QStringList &args :
             {QStringList{QStringLiteral("query"), casePath, QStringLiteral("--format"),
                          QStringLiteral("csv")},
              QStringList{QStringLiteral("query"), casePath, QStringLiteral("--format"),
                          QStringLiteral("jsonl")},
              QStringList{QStringLiteral("query"), casePath, QStringLiteral("--count"),
                          QStringLiteral("--from"), QStringLiteral("2026-04-05T01:00:00+11:00"),
                          QStringLiteral("--to"), QStringLiteral("2026-12-31T23:59:59Z")},
              QStringList{QStringLiteral("problems"), casePath, QStringLiteral("--json")}}) {
            const CliRun run = runCli(args, env);
            all += QByteArray::number(run.exitCode) + '\n' + run.out + run.err;
        }
        const CliRun stats =
            runCli({QStringLiteral("stats"), casePath, QStringLiteral("--json")}, env);
        all += withoutClockReadings(stats.out) + stats.err;
        return all;
    };
    const QByteArray reference = outputs(QStringLiteral("UTC"), QStringLiteral("C.UTF-8"));
    QVERIFY(reference.contains("2026-04-04T14:59:59.999999999Z"));
    QCOMPARE(outputs(QStringLiteral("Australia/Lord_Howe"), QStringLiteral("ja_JP.UTF-8")),
             reference);
    QCOMPARE(outputs(QStringLiteral("America/St_Johns"), QStringLiteral("de_DE.UTF-8")), reference);
}

void TestHostileInput::outOfRangeNumbersAreValidJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::newRow("CSV cell") << csvHeader() + row(R"({"a":1e400,"b":[-1e999]})")
                              << QStringLiteral("in.csv");
    QTest::newRow("JSON Lines event")
        << QByteArray(R"({"action":"a.b","id":"n-1","occurred_at":"2026-01-05T10:00:00Z",)"
                      R"("success":true,"payload":{"a":1e400,"b":[-1e999],)"
                      R"("c":123456789012345678901234567890}})"
                      "\n")
        << QStringLiteral("in.jsonl");
}

// 1e400 is valid JSON that no double holds: the event is kept, flagged as a number out of range
// (never "not valid JSON"), its cell kept byte for byte; the JSON Lines export writes it as JSON.
void TestHostileInput::outOfRangeNumbersAreValidJson()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    const Outcome o = import(bytes, name);
    QVERIFY2(o.result.ok, qPrintable(o.result.error));
    QCOMPARE(o.result.imported, qint64(1));
    QCOMPARE(o.result.rejected, qint64(0));
    QCOMPARE(o.kinds, QStringList{QStringLiteral("number_out_of_range")});
    const Problem &p = o.result.problems.front().problem;
    QCOMPARE(p.column, QStringLiteral("payload"));
    QVERIFY2(p.message.contains(QStringLiteral("1e400")) &&
                 p.message.contains(QStringLiteral("valid JSON but beyond the range")),
             qPrintable(p.message));
    QVERIFY(!p.message.contains(QStringLiteral("not valid JSON")));
    QCOMPARE(caseScalar(o.casePath, QStringLiteral("SELECT count(*) FROM events WHERE payload LIKE "
                                                   "'%1e400%'")),
             qint64(1));
    const QString output = o.casePath + QStringLiteral(".jsonl");
    const CliRun run = runCli({QStringLiteral("export"), o.casePath, QStringLiteral("--format"),
                               QStringLiteral("jsonl"), QStringLiteral("--output"), output});
    QCOMPARE(run.exitCode, 0);
    QFile f(output);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains(R"("payload":{"a":1e400,"b":[-1e999])"));
}

// A document deeper than a reader follows is named with the limit it went past.
void TestHostileInput::depthLimitsAreNamed()
{
    const Outcome cell = import(csvHeader() + row(QByteArray(2000, '[') + QByteArray(2000, ']')));
    QVERIFY2(cell.result.ok, qPrintable(cell.result.error));
    QCOMPARE(cell.kinds, QStringList{QStringLiteral("invalid_json")});
    const QString cellMessage = cell.result.problems.front().problem.message;
    QVERIFY2(
        cellMessage.contains(QRegularExpression(QStringLiteral("more than 1.?024 levels deep"))),
        qPrintable(cellMessage));

    const QByteArray line = R"({"action":"a.b","id":"deep-2","payload":)" + QByteArray(70000, '[') +
                            QByteArray(70000, ']') + "}\n";
    const Outcome record = import(line, QStringLiteral("deeper.jsonl"));
    QCOMPARE(record.result.records, qint64(1));
    QCOMPARE(record.result.rejected, qint64(1));
    const QString recordMessage = record.result.problems.front().problem.message;
    QVERIFY2(
        recordMessage.contains(QRegularExpression(QStringLiteral("more than 65.?536 levels deep"))),
        qPrintable(recordMessage));
}

// A header name with a no-break space is not "id": the refusal shows which character it holds.
void TestHostileInput::headerNamesShowInvisibleCharacters()
{
    QByteArray header = csvHeader();
    header.replace(",id,", ",id\xc2\xa0,");
    const Outcome o = import(header + row("{}"));
    QVERIFY(!o.result.ok);
    QVERIFY2(o.result.error.contains(QStringLiteral("id\\u00a0")), qPrintable(o.result.error));
    QVERIFY(!o.result.error.contains(QChar(0xa0)));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
