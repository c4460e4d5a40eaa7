// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Today's export shape: the 14 events of current.csv, as CSV (source 1), as JSON Lines (2) and in
// the older 11 columns (3). Actions match with '-' and '.' as one separator, addresses as
// addresses, organisations, accounts, requests and sources by their values; the SQL query and
// the in-memory index give the same answer, which is the expected one.

#include "importing/importer.h"
#include "index/eventindex.h"
#include "index/eventindexcollector.h"
#include "index/eventindexstorage.h"
#include "query/indexquery.h"
#include "query/sqleventquery.h"
#include "store/casestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace auditlens;

namespace {
QString data(const QString &name)
{
    return QStringLiteral(AUDITLENS_TEST_DATA "/") + name;
}

Filter including(FilterField field, const QStringList &values)
{
    Filter f;
    f[field].include = values;
    return f;
}
} // namespace

Q_DECLARE_METATYPE(auditlens::Filter)

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

private:
    QueryResult indexAnswer(const Filter &filter);

    QTemporaryDir m_dir;
    CaseStore m_store;
    EventIndex m_index;
};

void TestCurrentShape::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("current.auditlens")),
                          CaseStore::Mode::ReadWrite, &error),
             qPrintable(error));
    Importer importer(m_store);
    EventIndexCollector collector;
    importer.setIndexRowsSink(&collector);
    const ImportResult result =
        importer.run({data(QStringLiteral("current.csv")), data(QStringLiteral("current.jsonl")),
                      data(QStringLiteral("current_classic.csv"))});
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(collector.keep(m_store.handle()));
    QVERIFY(EventIndexStorage::load(m_store.handle(), &m_index));
    QCOMPARE(m_index.size(), 42u);
}

QueryResult TestCurrentShape::indexAnswer(const Filter &filter)
{
    // As the viewer asks: the conditions the index does not hold are answered by the case.
    PositionBits matches;
    const bool fromCase = hasUnindexedConditions(filter);
    if (fromCase)
        SqlEventQuery(m_store).narrowToUnindexed(filter, m_index, &matches);
    return IndexQuery(m_index).run(filter, SortSpec(), fromCase ? &matches : nullptr);
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

QTEST_GUILESS_MAIN(TestCurrentShape)
#include "tst_currentshape.moc"
