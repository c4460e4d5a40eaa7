// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Conditions on values inside the JSON cells (payload.project.slug=gh/acme/api): how a path is
// read, and that the viewer's answer (the index, narrowed by the text search first) and the
// CLI's (SQL) are the events a JSON reader of the export finds.

#include "currentshapecase.h"
#include "query/filterargs.h"
#include "query/jsoncondition.h"
#include "query/jsonsearch.h"
#include "query/sqleventquery.h"
#include "query/textsearch.h"
#include "session/queryworker.h"
#include "store/sqlitestatement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace auditlens;

namespace {
// The value at keys in one exported event, as the payload tree shows it; false when absent.
bool valueAt(const QJsonObject &event, const QStringList &keys, QString *text)
{
    QJsonValue v = event.value(keys.first());
    for (qsizetype i = 1; i < keys.size(); ++i) {
        const QString &k = keys[i];
        if (k.startsWith(QLatin1Char('[')))
            v = v.toArray().at(k.mid(1, k.size() - 2).toInt());
        else
            v = v.toObject().value(k);
    }
    if (v.isUndefined())
        return false;
    if (v.isString())
        *text = v.toString();
    else if (v.isBool())
        *text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (v.isNull())
        *text = QStringLiteral("null");
    else if (v.isDouble())
        *text = QString::number(v.toInteger());
    else
        *text = QString::fromUtf8(v.isObject()
                                      ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                      : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return true;
}
} // namespace

class TestJsonCondition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readsPaths_data();
    void readsPaths();
    void quotesKeysThatNeedIt();
    void findsTheLiteralPart();
    void roundTripsThroughArguments();
    void matchesWhatAJsonReaderFinds_data();
    void matchesWhatAJsonReaderFinds();
    void cellThatIsNotJsonFailsQuietly();

private:
    // The case's events for which keys has value (or has not, for an exclusion).
    int expected(const QStringList &keys, const QString &value, bool exclude) const;
    qint64 viaWorker(const Filter &filter);

    QTemporaryDir m_dir;
    CaseStore m_store;
    EventIndex m_index;
    QList<QJsonObject> m_events;
    std::atomic<quint64> m_latest{0};
    std::unique_ptr<QueryWorker> m_worker;
};

void TestJsonCondition::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(tests::openCurrentShapeCase(m_dir.filePath(QStringLiteral("current.auditlens")),
                                        &m_store, &m_index));
    QFile jsonl(tests::data(QStringLiteral("current.jsonl")));
    QVERIFY(jsonl.open(QIODevice::ReadOnly));
    while (!jsonl.atEnd()) {
        const QByteArray line = jsonl.readLine().trimmed();
        if (!line.isEmpty())
            m_events << QJsonDocument::fromJson(line).object();
    }
    QCOMPARE(m_events.size(), 14);
    m_worker = std::make_unique<QueryWorker>(m_dir.filePath(QStringLiteral("current.auditlens")),
                                             &m_latest);
    QSignalSpy opened(m_worker.get(), &QueryWorker::opened);
    m_worker->open();
    QCOMPARE(opened.size(), 1);
}

void TestJsonCondition::readsPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("column"); // empty: not a path
    QTest::addColumn<QByteArray>("sqlitePath");
    const auto row = [](const char *path, const char *column, const char *sqlitePath) {
        QTest::newRow(path) << QString::fromUtf8(path) << QString::fromUtf8(column)
                            << QByteArray(sqlitePath);
    };
    row("payload.project.slug", "payload", "$.\"project\".\"slug\"");
    row("payload.secrets[1]", "payload", "$.\"secrets\"[1]");
    row("actor.name", "actor_json", "$.\"name\"");
    row("metadata.\"build.url\".x", "metadata", "$.\"build.url\".\"x\"");
    row("request.\"a=b\"", "request", "$.\"a=b\"");
    for (const char *bad : {"payload", "extra.x", "payload..x", "payload.x.", "payload.x[a]",
                            "payload.x[+1]", "payload.x[1", "payload.\"x", "payload.a b"})
        row(bad, "", "");
}

void TestJsonCondition::readsPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, column);
    QFETCH(QByteArray, sqlitePath);
    const char *readColumn = nullptr;
    QByteArray readPath;
    QString error;
    const bool ok = JsonCondition::readPath(path, &readColumn, &readPath, &error);
    QCOMPARE(ok, !column.isEmpty());
    if (ok) {
        QCOMPARE(QLatin1String(readColumn), column);
        QCOMPARE(readPath, sqlitePath);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestJsonCondition::quotesKeysThatNeedIt()
{
    QCOMPARE(JsonCondition::keyStep(QStringLiteral("slug")), QStringLiteral(".slug"));
    QCOMPARE(JsonCondition::keyStep(QStringLiteral("build.url")), QStringLiteral(".\"build.url\""));
    QCOMPARE(JsonCondition::keyStep(QStringLiteral("a b")), QStringLiteral(".\"a b\""));
    QCOMPARE(JsonCondition::keyStep(QString()), QStringLiteral(".\"\""));
    QVERIFY(JsonCondition::keyStep(QStringLiteral("say \"hi\"")).isEmpty());
    // What keyStep writes, readPath reads back to the same key.
    const char *column = nullptr;
    QByteArray sqlitePath;
    QVERIFY(JsonCondition::readPath(QStringLiteral("payload") +
                                        JsonCondition::keyStep(QStringLiteral("x=[1]")),
                                    &column, &sqlitePath));
    QCOMPARE(sqlitePath, QByteArray("$.\"x=[1]\""));
    JsonCondition c;
    QVERIFY(JsonCondition::parse(QStringLiteral("payload.\"x=[1]\"=a=b"), false, &c));
    QCOMPARE(c.path, QStringLiteral("payload.\"x=[1]\""));
    QCOMPARE(c.value, QStringLiteral("a=b"));
    QVERIFY(!JsonCondition::parse(QStringLiteral("payload.x"), false, &c));
}

void TestJsonCondition::findsTheLiteralPart()
{
    QCOMPARE(JsonCondition::literalPart(QStringLiteral("gh/acme-corp/api-gateway")),
             QStringLiteral("api-gateway"));
    QCOMPARE(JsonCondition::literalPart(QStringLiteral("a<b>c&dd")), QStringLiteral("dd"));
    QCOMPARE(JsonCondition::literalPart(QStringLiteral("caf\u00e9 latte")),
             QStringLiteral("latte"));
    QCOMPARE(JsonCondition::literalPart(QStringLiteral("\"quoted\"")), QStringLiteral("quoted"));
    QCOMPARE(JsonCondition::literalPart(QString()), QString());
}

void TestJsonCondition::roundTripsThroughArguments()
{
    Filter f;
    JsonCondition include;
    QVERIFY(
        JsonCondition::parse(QStringLiteral("payload.project.slug=gh/acme/api"), false, &include));
    JsonCondition exclude;
    QVERIFY(JsonCondition::parse(QStringLiteral("request.ip_address=10.0.0.1"), true, &exclude));
    f.json << include << exclude;
    const QStringList args = FilterArgs::write(f);
    QCOMPARE(args, (QStringList{QStringLiteral("--json-path"),
                                QStringLiteral("payload.project.slug=gh/acme/api"),
                                QStringLiteral("--not-json-path"),
                                QStringLiteral("request.ip_address=10.0.0.1")}));
    QCommandLineParser parser;
    FilterArgs::addOptions(parser);
    QVERIFY(parser.parse(QStringList{QStringLiteral("cli")} + args));
    Filter back;
    QCOMPARE(FilterArgs::read(parser, &back), QString());
    QVERIFY(back == f);
    QCOMPARE(f.describe(), QStringLiteral("payload.project.slug = \"gh/acme/api\" AND "
                                          "request.ip_address != \"10.0.0.1\""));

    QCommandLineParser bad;
    FilterArgs::addOptions(bad);
    QVERIFY(bad.parse(
        {QStringLiteral("cli"), QStringLiteral("--json-path"), QStringLiteral("extra.x=1")}));
    Filter unread;
    QVERIFY(FilterArgs::read(bad, &unread).startsWith(QStringLiteral("--json-path extra.x=1: ")));
}

int TestJsonCondition::expected(const QStringList &keys, const QString &value, bool exclude) const
{
    const auto passes = [&](const QJsonObject &event) {
        QString text;
        const bool equal = valueAt(event, keys, &text) && text == value;
        return equal != exclude ? 1 : 0;
    };
    int n = 0;
    for (const QJsonObject &event : m_events) {
        // current.csv holds the event as current.jsonl does; the older columns' copy has a
        // request with its id alone.
        QJsonObject older = event;
        older[QStringLiteral("request")] = QJsonObject{
            {QStringLiteral("id"), event.value(QStringLiteral("request"))[QStringLiteral("id")]}};
        n += 2 * passes(event) + passes(older);
    }
    return n;
}

qint64 TestJsonCondition::viaWorker(const Filter &filter)
{
    const quint64 generation = ++m_latest;
    QueryResultPtr result;
    auto connection = connect(m_worker.get(), &QueryWorker::resultReady, this,
                              [&](const QueryResultPtr &r) { result = r; });
    m_worker->runQuery(generation, filter, SortSpec());
    disconnect(connection);
    return result ? qint64(result->count()) : -1;
}

void TestJsonCondition::matchesWhatAJsonReaderFinds_data()
{
    QTest::addColumn<QString>("path"); // unquoted keys only: the oracle splits it
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("exclude");
    const auto row = [](const char *name, const char *path, const char *value, bool exclude) {
        QTest::newRow(name) << QString::fromUtf8(path) << QString::fromUtf8(value) << exclude;
    };
    row("string", "payload.project.slug", "gh/acme-corp/api-gateway", false);
    row("string excluded", "payload.project.slug", "gh/acme-corp/api-gateway", true);
    row("number", "payload.job.build_num", "61001", false);
    row("array element", "payload.secrets[0]", "AWS_ACCESS_KEY_ID", false);
    row("second element", "payload.secrets[1]", "AWS_SECRET_ACCESS_KEY", false);
    row("empty string", "request.client_trace_id", "", false);
    row("actor", "actor.name", "circleci", false);
    row("case matters", "actor.name", "CircleCI", false);
    row("absent path", "payload.nothing.here", "x", false);
    row("absent path excluded", "payload.nothing.here", "x", true);
}

void TestJsonCondition::matchesWhatAJsonReaderFinds()
{
    QFETCH(QString, path);
    QStringList keys;
    for (const QString &key : path.split(QLatin1Char('.'))) {
        const qsizetype bracket = key.indexOf(QLatin1Char('['));
        keys << key.left(bracket);
        if (bracket >= 0)
            keys << key.mid(bracket);
    }
    QFETCH(QString, value);
    QFETCH(bool, exclude);
    Filter f;
    JsonCondition c;
    c.path = path;
    c.value = value;
    c.exclude = exclude;
    f.json << c;
    const char *column = nullptr;
    QByteArray sqlitePath;
    QVERIFY(JsonCondition::readPath(path, &column, &sqlitePath));
    const int want = expected(keys, value, exclude);
    QString error;
    QCOMPARE(SqlEventQuery(m_store).count(f, &error), qint64(want));
    QCOMPARE(viaWorker(f), qint64(want));
    // Without the text search's narrowing: every cell read.
    JsonSearch everyCell(m_index, m_store.handle(), nullptr);
    PositionBits bits;
    QVERIFY(everyCell.search(f.json, &bits, {}));
    QCOMPARE(everyCell.eventsRead(), qint64(42));
    qint64 passed = 0;
    for (const quint64 w : bits)
        passed += __builtin_popcountll(w);
    QCOMPARE(passed, qint64(want));
    // Narrowed by the text search, the candidates read one by one and in one pass.
    TextSearch text(m_index, m_store.handle());
    for (const quint32 share : {1u, 1000u}) {
        JsonSearch narrowed(m_index, m_store.handle(), &text);
        narrowed.setLookupShare(share);
        PositionBits narrowedBits;
        QVERIFY(narrowed.search(f.json, &narrowedBits, {}));
        QVERIFY(narrowedBits == bits);
        if (share == 1 && JsonCondition::literalPart(value).size() >= 3 && !exclude)
            QVERIFY(narrowed.eventsRead() < 42);
    }
    // With the text: both conditions hold.
    f.text = QStringLiteral("acme-corp");
    const qint64 both = SqlEventQuery(m_store).count(f, &error);
    QCOMPARE(viaWorker(f), both);
}

void TestJsonCondition::cellThatIsNotJsonFailsQuietly()
{
    // A cell kept as read that is not JSON (a broken export) is no value, never an error.
    QTemporaryDir dir;
    CaseStore store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("broken.auditlens")), CaseStore::Mode::ReadWrite,
                       &error));
    Importer importer(store);
    const ImportResult result = importer.run({tests::data(QStringLiteral("broken.csv"))});
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(SqliteStatement::exec(store.handle(),
                                  "UPDATE events SET payload = '{not json' WHERE seq = 1", &error));
    Filter f;
    JsonCondition c;
    QVERIFY(JsonCondition::parse(QStringLiteral("payload.x=1"), false, &c));
    f.json << c;
    QCOMPARE(SqlEventQuery(store).count(f, &error), qint64(0));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    f.json.first().exclude = true;
    const qint64 all = SqlEventQuery(store).count(Filter(), &error);
    QVERIFY(all > 0);
    QCOMPARE(SqlEventQuery(store).count(f, &error), all);
}

QTEST_GUILESS_MAIN(TestJsonCondition)
#include "tst_jsoncondition.moc"
