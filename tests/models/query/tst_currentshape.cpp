// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Today's export shape: the 14 events of current.csv, as CSV (source 1), as JSON Lines (2) and in
// the older 11 columns (3). Actions match with '-' and '.' as one separator, addresses as
// addresses, organisations, accounts, requests and sources by their values; the SQL query and
// the in-memory index give the same answer, which is the expected one.

#include "currentshapecase.h"
#include "importing/importer.h"
#include "index/eventindex.h"
#include "index/eventindexcollector.h"
#include "index/eventindexstorage.h"
#include "query/columnconditions.h"
#include "query/indexquery.h"
#include "query/sqleventquery.h"
#include "session/eventreveal.h"
#include "session/queryworker.h"
#include "session/rowfetcher.h"
#include "store/casestore.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace auditlens;

namespace {
using auditlens::tests::data;
using auditlens::tests::openCurrentShapeCase;

Filter including(FilterField field, const QStringList &values)
{
    Filter f;
    f[field].include = values;
    return f;
}
} // namespace

// Filter is a metatype of the query worker (session/queryworker.h).

class TestCurrentShape : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counts_data();
    void counts();
    void actionFacetCountsBothSpellings();
    void outputKeepsTheActionAsWritten();
    void flatColumnsFillTheSameFields();
    void indexAgreesWithSql_data();
    void indexAgreesWithSql();
    void requestHashIsConfirmed();
    void revealConfirmsRequestById();
    void emptyCaseAnswersNothing_data();
    void emptyCaseAnswersNothing();
    void fetchedRowsHoldTodaysFields();
    void pickerListsAnActionOnce();

private:
    QueryResult indexAnswer(const Filter &filter);

    QTemporaryDir m_dir;
    CaseStore m_store;
    EventIndex m_index;
    int m_fetched = 0;
};

void TestCurrentShape::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(openCurrentShapeCase(m_dir.filePath(QStringLiteral("current.auditlens")), &m_store,
                                 &m_index));
}

QueryResult TestCurrentShape::indexAnswer(const Filter &filter)
{
    // As the viewer asks: the index alone, a request confirmed by the events' own ids.
    RowFetcher fetcher(m_store.handle());
    IndexQuery query(m_index);
    query.setRequestIdOf([&](qint64 seq, std::string *id) { return fetcher.requestId(seq, id); });
    return query.run(filter, SortSpec());
}

void TestCurrentShape::counts_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<qint64>("expected");
    const auto action = [](const char *a) {
        return including(FilterField::Action, {QString::fromLatin1(a)});
    };
    // Each action once per source.
    QTest::newRow("dotted names both spellings") << action("workflow.job.start") << qint64(6);
    QTest::newRow("hyphenated names both spellings") << action("workflow-job-start") << qint64(6);
    QTest::newRow("mixed spelling") << action("workflow-job.start") << qint64(6);
    QTest::newRow("family in both spellings") << action("workflow.*") << qint64(6);
    QTest::newRow("hyphenated family") << action("context-*") << qint64(18);
    QTest::newRow("underscore stays a letter") << action("role_grant.update") << qint64(6);
    QTest::newRow("underscore is no separator") << action("role.grant.update") << qint64(0);
    QTest::newRow("schedule") << action("schedule.create") << qint64(6);
    Filter excluded;
    excluded[FilterField::Action].exclude = {QStringLiteral("workflow.job.start")};
    QTest::newRow("excluded in both spellings") << excluded << qint64(36);

    const auto ip = [](std::initializer_list<const char *> blocks) {
        QStringList values;
        for (const char *b : blocks)
            values << QString::fromLatin1(b);
        return including(FilterField::Ip, values);
    };
    // Addresses only in today's shape (CSV and JSON Lines): each count twice.
    QTest::newRow("IPv4 exact") << ip({"203.0.113.24"}) << qint64(6);
    QTest::newRow("IPv4 as IPv4-mapped IPv6") << ip({"::ffff:203.0.113.24"}) << qint64(6);
    QTest::newRow("IPv4 CIDR") << ip({"10.0.0.0/8"}) << qint64(4);
    QTest::newRow("IPv6 exact, any spelling") << ip({"2001:0DB8:10:20::0005"}) << qint64(6);
    QTest::newRow("IPv6 CIDR") << ip({"2001:db8::/32"}) << qint64(8);
    QTest::newRow("address from common_fields") << ip({"2001:db8:10:20::6"}) << qint64(2);
    QTest::newRow("every IPv4 address") << ip({"0.0.0.0/0"}) << qint64(18);
    QTest::newRow("two blocks") << ip({"10.0.0.0/8", "192.0.2.0/24"}) << qint64(8);
    QTest::newRow("not an address") << ip({"10.1"}) << qint64(0);
    Filter noTen;
    noTen[FilterField::Ip].exclude = {QStringLiteral("10.0.0.0/8")};
    QTest::newRow("excluded block keeps events without an address") << noTen << qint64(38);

    QTest::newRow("organization by name")
        << including(FilterField::Organization, {QStringLiteral("acme-labs")}) << qint64(4);
    QTest::newRow("organization by id")
        << including(FilterField::Organization,
                     {QStringLiteral("c82a87b3-eb36-4f4c-b3a0-56214ed55894")})
        << qint64(4);
    QTest::newRow("account by id")
        << including(FilterField::Account, {QStringLiteral("0e40c324-1694-428d-8682-9fc03bb71586")})
        << qint64(4);
    QTest::newRow("account by name")
        << including(FilterField::Account, {QStringLiteral("acme-corp")}) << qint64(24);
    QTest::newRow("request: the events of one request")
        << including(FilterField::Request, {QStringLiteral("45e2b6fc-2bd9-4a04-9478-9a2c80be3f2d")})
        << qint64(6);
    QTest::newRow("source") << including(FilterField::Source, {QStringLiteral("2")}) << qint64(14);
    QTest::newRow("two sources") << including(FilterField::Source,
                                              {QStringLiteral("1"), QStringLiteral("3")})
                                 << qint64(28);
    Filter both = action("context.*");
    both[FilterField::Ip].include = {QStringLiteral("2001:db8::/32")};
    both[FilterField::Source].include = {QStringLiteral("2")};
    QTest::newRow("action, address and source") << both << qint64(2);
}

void TestCurrentShape::counts()
{
    QFETCH(Filter, filter);
    QFETCH(qint64, expected);
    QString error;
    QCOMPARE(SqlEventQuery(m_store).count(filter, &error), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(qint64(indexAnswer(filter).count()), expected);
}

void TestCurrentShape::actionFacetCountsBothSpellings()
{
    const QueryResult result = indexAnswer(Filter());
    const FacetCounts &actions = result.facets[int(IndexField::Action)];
    QStringList labels;
    quint32 total = 0;
    for (const FacetValue &v : actions.top) {
        labels << v.label;
        total += v.count;
        if (v.label == QLatin1String("workflow.job.start"))
            QCOMPARE(v.count, 6u);
        if (v.label == QLatin1String("context.secrets.accessed"))
            QCOMPARE(v.count, 12u);
    }
    // One entry per action, named by its dotted spelling.
    QCOMPARE(actions.distinct, 8u);
    QCOMPARE(labels.size(), 8);
    QVERIFY2(labels.contains(QStringLiteral("workflow.job.start")),
             qPrintable(labels.join(QLatin1Char(','))));
    QVERIFY(labels.contains(QStringLiteral("role_grant.update")));
    QVERIFY(!labels.contains(QStringLiteral("workflow-job-start")));
    QCOMPARE(total, 42u);
    // Chosen, it is one entry that includes both.
    const QueryResult chosen =
        indexAnswer(including(FilterField::Action, {QStringLiteral("schedule-create")}));
    int included = 0;
    for (const FacetValue &v : chosen.facets[int(IndexField::Action)].top) {
        if (v.included) {
            ++included;
            QCOMPARE(v.label, QStringLiteral("schedule.create"));
            QCOMPARE(v.count, 6u);
        }
    }
    QCOMPARE(included, 1);
}

void TestCurrentShape::outputKeepsTheActionAsWritten()
{
    QStringList actions;
    QString error;
    QVERIFY(SqlEventQuery(m_store).forEach(
        including(FilterField::Action, {QStringLiteral("workflow.job.start")}), -1,
        [&](const EventRow &r) {
            actions << r.action;
            return true;
        },
        &error));
    actions.sort();
    QCOMPARE(
        actions,
        (QStringList{QStringLiteral("workflow-job-start"), QStringLiteral("workflow-job-start"),
                     QStringLiteral("workflow-job-start"), QStringLiteral("workflow.job.start"),
                     QStringLiteral("workflow.job.start"), QStringLiteral("workflow.job.start")}));
}

// ACTOR_ID, ACTOR_TYPE, ..., REQUEST_IP_ADDRESS, COMMON_FIELDS_SOURCE_IP: the same fields as the
// nested cells give.
void TestCurrentShape::flatColumnsFillTheSameFields()
{
    CaseStore store;
    QString error;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("flat.auditlens")),
                        CaseStore::Mode::ReadWrite, &error),
             qPrintable(error));
    Importer importer(store);
    const ImportResult result = importer.run(
        {data(QStringLiteral("current.csv")), data(QStringLiteral("current_flat.csv"))});
    QVERIFY2(result.ok, qPrintable(result.error));
    QStringList rows[3];
    QVERIFY(SqlEventQuery(store).forEach(
        Filter(), -1,
        [&](const EventRow &r) {
            rows[r.sourceId].append(QStringList{
                QString::number(r.line), r.eventId, r.action, r.actorId, r.actorType, r.actorName,
                r.targetId, r.targetName, r.scopeId, r.scopeName, r.organizationId,
                r.organizationName, r.accountId, r.ip, r.requestId, r.clientTraceId}
                                        .join(QLatin1Char('|')));
            return true;
        },
        &error));
    QCOMPARE(rows[1].size(), 14);
    QCOMPARE(rows[2], rows[1]);
    QCOMPARE(
        SqlEventQuery(store).count(including(FilterField::Ip, {QStringLiteral("2001:db8::/32")})),
        8);
    QCOMPARE(store.problemCount(), 0);
}

void TestCurrentShape::revealConfirmsRequestById()
{
    // "Show me this event" lifts a request condition the event fails by its own id, even when
    // its request's hash is the one asked for.
    const QString request = QStringLiteral("45e2b6fc-2bd9-4a04-9478-9a2c80be3f2d");
    const Filter filter = including(FilterField::Request, {request});
    const QueryResult byHash = IndexQuery(m_index).run(filter, SortSpec());
    QVERIFY(byHash.count() > 0);
    const quint32 position = byHash.positions.front();
    RowFetcher fetcher(m_store.handle());
    EventRow row;
    QVERIFY(fetcher.fetch(m_index.seq(position), &row));
    QCOMPARE(row.requestId, request);
    QStringList changed;
    QCOMPARE(EventReveal::reveal(filter, m_index, position, row, &changed), filter);
    QVERIFY(changed.isEmpty());
    row.requestId = QStringLiteral("another request");
    const Filter revealed = EventReveal::reveal(filter, m_index, position, row, &changed);
    QVERIFY(revealed[FilterField::Request].isEmpty());
    QCOMPARE(changed, QStringList{QStringLiteral("request")});
}

QTEST_GUILESS_MAIN(TestCurrentShape)
namespace {
Filter excluding(FilterField field, const QStringList &values)
{
    Filter f;
    f[field].exclude = values;
    return f;
}
} // namespace

void TestCurrentShape::indexAgreesWithSql_data()
{
    QTest::addColumn<Filter>("filter");
    const QString org = QStringLiteral("acme-labs");
    const QString account = QStringLiteral("acme-corp");
    const QString request = QStringLiteral("45e2b6fc-2bd9-4a04-9478-9a2c80be3f2d");
    QTest::newRow("organization excluded") << excluding(FilterField::Organization, {org});
    QTest::newRow("unknown organization")
        << including(FilterField::Organization, {QStringLiteral("nope")});
    QTest::newRow("unknown organization excluded")
        << excluding(FilterField::Organization, {QStringLiteral("nope")});
    QTest::newRow("account excluded") << excluding(FilterField::Account, {account});
    QTest::newRow("account and organization") << [&] {
        Filter f = including(FilterField::Account, {account});
        f[FilterField::Organization].include = {org};
        return f;
    }();
    QTest::newRow("request excluded") << excluding(FilterField::Request, {request});
    QTest::newRow("unknown request") << including(FilterField::Request, {QStringLiteral("nope")});
    QTest::newRow("two requests, one unknown")
        << including(FilterField::Request, {request, QStringLiteral("nope")});
    QTest::newRow("request included and excluded") << [&] {
        Filter f = including(FilterField::Request, {request});
        f[FilterField::Request].exclude = {request};
        return f;
    }();
    QTest::newRow("IPv4 CIDR excluded")
        << excluding(FilterField::Ip, {QStringLiteral("10.0.0.0/8")});
    QTest::newRow("IPv6 CIDR excluded")
        << excluding(FilterField::Ip, {QStringLiteral("2001:db8::/32")});
    QTest::newRow("IPv4-mapped CIDR")
        << including(FilterField::Ip, {QStringLiteral("::ffff:10.0.0.0/104")});
    QTest::newRow("IPv4-mapped address excluded")
        << excluding(FilterField::Ip, {QStringLiteral("::ffff:203.0.113.24")});
    QTest::newRow("every IPv6 address") << including(FilterField::Ip, {QStringLiteral("::/0")});
    QTest::newRow("address and block, one excluded") << [] {
        Filter f = including(FilterField::Ip,
                             {QStringLiteral("10.0.0.0/8"), QStringLiteral("2001:db8::/32")});
        f[FilterField::Ip].exclude = {QStringLiteral("2001:db8:10:20::5")};
        return f;
    }();
    QTest::newRow("not an address excluded") << excluding(FilterField::Ip, {QStringLiteral("x")});
    QTest::newRow("source excluded") << excluding(FilterField::Source, {QStringLiteral("2")});
    QTest::newRow("unknown source") << including(FilterField::Source, {QStringLiteral("9")});
    QTest::newRow("source not a number") << including(FilterField::Source, {QStringLiteral("a")});
    // Conditions every event meets: the index query skips their list of positions.
    QTest::newRow("unknown source excluded, in a time range") << [&] {
        Filter f = excluding(FilterField::Source, {QStringLiteral("9")});
        f.hasFrom = f.hasTo = true;
        f.from = m_index.minTime() + 1;
        f.to = m_index.maxTime() - 1;
        return f;
    }();
    QTest::newRow("every source, with an action") << [&] {
        Filter f = including(FilterField::Source,
                             {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
        f[FilterField::Action].include = {QStringLiteral("workflow.*")};
        return f;
    }();
    QTest::newRow("every new field with a time and a text") << [&] {
        Filter f = including(FilterField::Source, {QStringLiteral("1"), QStringLiteral("2")});
        f[FilterField::Ip].exclude = {QStringLiteral("192.0.2.0/24")};
        f[FilterField::Account].include = {account};
        f[FilterField::Request].exclude = {QStringLiteral("nope")};
        f.success = SuccessFilter::Succeeded;
        return f;
    }();
}

void TestCurrentShape::indexAgreesWithSql()
{
    QFETCH(Filter, filter);
    // The same events, not only as many.
    std::vector<qint64> bySql;
    QString error;
    QVERIFY2(SqlEventQuery(m_store).forEach(
                 filter, -1,
                 [&](const EventRow &row) {
                     bySql.push_back(row.seq);
                     return true;
                 },
                 &error),
             qPrintable(error));
    const QueryResult result = indexAnswer(filter);
    std::vector<qint64> byIndex;
    for (const quint32 p : result.positions)
        byIndex.push_back(m_index.seq(p));
    std::sort(bySql.begin(), bySql.end());
    std::sort(byIndex.begin(), byIndex.end());
    QCOMPARE(byIndex, bySql);
}

void TestCurrentShape::requestHashIsConfirmed()
{
    // Should another request id share the hash of the one asked for, its events are confirmed by
    // their own id: here every event claims another id, so none matches and none is excluded.
    const QString request = QStringLiteral("45e2b6fc-2bd9-4a04-9478-9a2c80be3f2d");
    IndexQuery query(m_index);
    query.setRequestIdOf([](qint64, std::string *id) {
        *id = "another request";
        return true;
    });
    QCOMPARE(query.run(including(FilterField::Request, {request}), SortSpec()).count(), 0u);
    QCOMPARE(query.run(excluding(FilterField::Request, {request}), SortSpec()).count(), 42u);
    // By hash alone, the request's six events.
    QCOMPARE(
        IndexQuery(m_index).run(including(FilterField::Request, {request}), SortSpec()).count(),
        6u);
}

void TestCurrentShape::emptyCaseAnswersNothing_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::newRow("ip") << including(FilterField::Ip, {QStringLiteral("10.0.0.0/8")});
    QTest::newRow("ip excluded") << excluding(FilterField::Ip, {QStringLiteral("10.0.0.0/8")});
    QTest::newRow("organization") << including(FilterField::Organization, {QStringLiteral("a")});
    QTest::newRow("account excluded") << excluding(FilterField::Account, {QStringLiteral("a")});
    QTest::newRow("request") << including(FilterField::Request, {QStringLiteral("a")});
    QTest::newRow("source") << including(FilterField::Source, {QStringLiteral("1")});
}

void TestCurrentShape::emptyCaseAnswersNothing()
{
    QFETCH(Filter, filter);
    const EventIndex empty;
    QVERIFY(ColumnConditions::any(filter));
    QCOMPARE(IndexQuery(empty).run(filter, SortSpec()).count(), 0u);
}

void TestCurrentShape::fetchedRowsHoldTodaysFields()
{
    // The viewer's rows (the table, the detail pane) say what the CLI's rows say, event by event.
    RowFetcher fetcher(m_store.handle());
    int withAddress = 0, withOrganization = 0, withTrace = 0;
    QString error;
    QVERIFY2(SqlEventQuery(m_store).forEach(
                 Filter(), -1,
                 [&](const EventRow &expected) {
                     EventRow row;
                     if (!fetcher.fetch(expected.seq, &row))
                         return false;
                     const QString got[] = {row.ip,        row.organizationId, row.organizationName,
                                            row.accountId, row.accountName,    row.clientTraceId,
                                            row.requestId, row.sourceNumber};
                     const QString want[] = {
                         expected.ip,        expected.organizationId, expected.organizationName,
                         expected.accountId, expected.accountName,    expected.clientTraceId,
                         expected.requestId, expected.sourceNumber};
                     for (size_t i = 0; i < std::size(got); ++i) {
                         if (got[i] != want[i]) {
                             qWarning("event %lld, field %d: %s, expected %s", expected.seq, int(i),
                                      qPrintable(got[i]), qPrintable(want[i]));
                             return false;
                         }
                     }
                     withAddress += row.ip.isEmpty() ? 0 : 1;
                     withOrganization += row.organizationId.isEmpty() ? 0 : 1;
                     withTrace += row.clientTraceId.isEmpty() ? 0 : 1;
                     ++m_fetched;
                     return true;
                 },
                 &error),
             qPrintable(error));
    QCOMPARE(m_fetched, 42);
    QVERIFY(withAddress > 0);
    QVERIFY(withOrganization > 0);
    QVERIFY(withTrace > 0);
}

void TestCurrentShape::pickerListsAnActionOnce()
{
    // The value picker, like the facet: workflow-job-start and workflow.job.start are one entry,
    // named by the dotted spelling, counting both.
    std::atomic<quint64> latest{1};
    QueryWorker worker(m_dir.filePath(QStringLiteral("current.auditlens")), &latest);
    QSignalSpy opened(&worker, &QueryWorker::opened);
    worker.open();
    QCOMPARE(opened.size(), 1);
    worker.runQuery(1, Filter(), SortSpec());
    ValueMatchesPtr matches;
    connect(&worker, &QueryWorker::valuesFound, this,
            [&](const ValueMatchesPtr &m) { matches = m; });
    worker.findValues(1, IndexField::Action, QStringLiteral("job"));
    QVERIFY(matches);
    QCOMPARE(matches->values.size(), size_t(1));
    QCOMPARE(matches->values.front().label, QStringLiteral("workflow.job.start"));
    QCOMPARE(matches->values.front().key, QStringLiteral("workflow.job.start"));
    QCOMPARE(matches->values.front().count, 6u);
    worker.close();
}

#include "tst_currentshape.moc"
