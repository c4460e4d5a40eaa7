// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "importing/importer.h"
#include "itemmodels/duplicatecopiesmodel.h"
#include "itemmodels/eventtablemodel.h"
#include "itemmodels/facetmodel.h"
#include "itemmodels/payloadtreemodel.h"
#include "itemmodels/problemmodel.h"
#include "session/casesession.h"
#include "session/queryworker.h"
#include "store/casestore.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace auditlens;

namespace {
using auditlens::tests::data;
} // namespace

// Every item model of the viewer under QAbstractItemModelTester, fed by a real case.
class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eventTable_data();
    void eventTable();
    void eventTableFetchesRowsOnDemand();
    void eventTablePreview();
    void facets();
    void facetToggling();
    void problems();
    void payloadTree();
    void duplicateCopies();

private:
    bool openSession(CaseSession &session);
    bool applyFilter(CaseSession &session, const Filter &filter);

    QTemporaryDir m_dir;
    QString m_case;
};

void TestItemModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_case = m_dir.filePath(QStringLiteral("m.auditlens"));
    CaseStore store;
    QString error;
    QVERIFY(store.open(m_case, CaseStore::Mode::ReadWrite, &error));
    Importer importer(store);
    const ImportResult r =
        importer.run({data(QStringLiteral("duplicates.csv")), data(QStringLiteral("broken.csv")),
                      data(QStringLiteral("basic.csv")), data(QStringLiteral("bigint.csv"))});
    QVERIFY2(r.ok, qPrintable(r.error));
}

bool TestItemModels::openSession(CaseSession &session)
{
    QSignalSpy result(&session, &CaseSession::resultReady);
    session.open(m_case);
    return result.wait(10000);
}

bool TestItemModels::applyFilter(CaseSession &session, const Filter &filter)
{
    if (filter == session.filter())
        return true;
    QSignalSpy result(&session, &CaseSession::resultReady);
    session.setFilter(filter);
    return result.wait(10000);
}

void TestItemModels::eventTable_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("success");
    QTest::addColumn<int>("rows");
    // duplicates.csv (7) + broken.csv (5) + basic.csv (5) + bigint.csv (3) = 20 events.
    QTest::newRow("all") << QString() << -1 << 20;
    QTest::newRow("failed") << QString() << 0 << 2;
    QTest::newRow("family") << QStringLiteral("context.*") << -1 << 5;
}

void TestItemModels::eventTable()
{
    QFETCH(QString, action);
    QFETCH(int, success);
    QFETCH(int, rows);
    CaseSession session;
    EventTableModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openSession(session));
    Filter f;
    if (!action.isEmpty())
        f[FilterField::Action].include = {action};
    f.success = success < 0 ? SuccessFilter::Any
                : success   ? SuccessFilter::Succeeded
                            : SuccessFilter::Failed;
    QVERIFY(applyFilter(session, f));
    QCOMPARE(model.rowCount(), rows);
    // and the marks, the tags and the findings
    QCOMPARE(model.columnCount(), EventTableModel::kColumnCount);
    QCOMPARE(EventTableModel::kColumnCount, kEventColumnCount + 3);
    for (int r = 0; r < model.rowCount(); ++r) {
        QVERIFY(model.data(model.index(r, int(EventColumn::Action))).toString().size() > 0);
        if (success >= 0)
            QCOMPARE(model.data(model.index(r, int(EventColumn::Success))).toString(),
                     success ? QStringLiteral("true") : QStringLiteral("false"));
    }
    // Sorting goes through the session and comes back as a new result.
    QSignalSpy result(&session, &CaseSession::resultReady);
    model.sort(int(EventColumn::Actor), Qt::DescendingOrder);
    QVERIFY(result.wait(10000));
    QCOMPARE(model.rowCount(), rows);
    for (int r = 1; r < model.rowCount(); ++r) {
        const QString a = model.data(model.index(r - 1, int(EventColumn::Actor))).toString();
        const QString b = model.data(model.index(r, int(EventColumn::Actor))).toString();
        QVERIFY2(QString::compare(a, b, Qt::CaseInsensitive) >= 0,
                 qPrintable(a + QLatin1Char('|') + b));
    }
}

void TestItemModels::eventTableFetchesRowsOnDemand()
{
    CaseSession session;
    EventTableModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openSession(session));
    // The first rows arrive with the result: nothing is left to fetch on a small case.
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.data(model.index(r, 0), EventTableModel::LoadedRole).toBool());
    const QModelIndex first = model.index(0, int(EventColumn::Time));
    QVERIFY(model.data(first, Qt::ToolTipRole).toString().contains(QStringLiteral("as written")));
    QCOMPARE(model.data(first, EventTableModel::CsvRole).toString().size(),
             QStringLiteral("2026-01-01T00:00:00.000000000Z").size());
    QCOMPARE(model.rowOfSeq(model.seqAt(7)), 7);
    // Local time changes the time column's header and text, not the row count.
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setLocalTime(true);
    QCOMPARE(header.size(), 1);
    model.setLocalTime(false);

    // A case with more events than the first rows sent: the rest come from the worker when a
    // row is shown, and a copy never reads the case on this thread.
    const int events = 3 * QueryWorker::kFirstRows;
    QByteArray csv =
        "action,actor,target,payload,occurred_at,metadata,id,version,scope,success,request\n";
    for (int i = 0; i < events; ++i) {
        csv += QStringLiteral("workflow.job.start,\"{\"\"id\"\":\"\"a%1\"\",\"\"name\"\":"
                              "\"\"ugo%1\"\"}\",{},{},2026-01-01T00:%2:%3Z,{},id-%4,1,{},true,{}\n")
                   .arg(i % 7)
                   .arg(i / 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(i, 4, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    const QString source = m_dir.filePath(QStringLiteral("many.csv"));
    const QString bigCase = m_dir.filePath(QStringLiteral("many.auditlens"));
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(csv), csv.size());
    }
    {
        CaseStore store;
        QString error;
        QVERIFY(store.open(bigCase, CaseStore::Mode::ReadWrite, &error));
        Importer importer(store);
        const ImportResult r = importer.run({source});
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    CaseSession big;
    EventTableModel bigModel(&big);
    QAbstractItemModelTester bigTester(&bigModel,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy opened(&big, &CaseSession::resultReady);
    big.open(bigCase);
    QVERIFY(opened.wait(10000));
    QCOMPARE(bigModel.rowCount(), events);
    const int last = events - 1;
    QVERIFY(!bigModel.data(bigModel.index(last, 0), EventTableModel::LoadedRole).toBool());
    const QModelIndex lastId = bigModel.index(last, int(EventColumn::Id));
    QVERIFY(bigModel.data(lastId, EventTableModel::CsvRole).isNull()); // not read here
    QSignalSpy changed(&bigModel, &QAbstractItemModel::dataChanged);
    QCOMPARE(bigModel.data(lastId).toString(), QStringLiteral("…"));
    QTRY_VERIFY(bigModel.data(bigModel.index(last, 0), EventTableModel::LoadedRole).toBool());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(bigModel.data(lastId).toString(),
             QStringLiteral("id-%1").arg(last, 4, 10, QLatin1Char('0')));
    QCOMPARE(bigModel.data(lastId, EventTableModel::CsvRole).toString(),
             bigModel.data(lastId).toString());
    // A copy of rows not fetched yet asks for them and says when they are there.
    QVERIFY(!bigModel.fetchRows({QueryWorker::kFirstRows + 1}));
    QSignalSpy fetched(&bigModel, &EventTableModel::rowsFetched);
    QVERIFY(fetched.wait(10000));
    QVERIFY(bigModel.fetchRows({QueryWorker::kFirstRows + 1}));
}

void TestItemModels::eventTablePreview()
{
    CaseSession session;
    EventTableModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<PreviewEvent> events(3);
    for (int i = 0; i < 3; ++i) {
        events[size_t(i)].seq = i + 1;
        events[size_t(i)].line = i + 2;
        events[size_t(i)].action = QStringLiteral("workflow.job.start");
        events[size_t(i)].actor = QStringLiteral("ugo0");
    }
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.showPreview(events);
    model.showPreview(events);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(model.isPreview());
    QCOMPARE(model.data(model.index(5, int(EventColumn::Line))).toLongLong(), 4);
    model.clearPreview();
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::facets()
{
    CaseSession session;
    FacetModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openSession(session));
    // The pass's fields, then source (four exports), then the findings rules with hits (the
    // fixture has secrets read off hours among them); these older exports have no
    // organization, account or address, so no facet of them.
    QCOMPARE(model.rowCount(), kIndexFieldCount + 2);
    QCOMPARE(model.index(kIndexFieldCount, 0).data(FacetModel::FieldRole).toInt(),
             int(IndexField::Source));
    const QModelIndex findings = model.index(kIndexFieldCount + 1, 0);
    QCOMPARE(findings.data(FacetModel::FieldRole).toInt(), int(IndexField::Finding));
    QStringList rules;
    for (int r = 0; r < model.rowCount(findings); ++r)
        rules << model.index(r, 0, findings).data(FacetModel::KeyRole).toString();
    QVERIFY2(rules.contains(QStringLiteral("secrets-access-off-hours")),
             qPrintable(rules.join(u' ')));
    const QModelIndex success = model.index(int(IndexField::Success), 0);
    QVERIFY(model.rowCount(success) >= 2);
    quint32 total = 0;
    for (int r = 0; r < model.rowCount(success); ++r)
        total += model.index(r, 0, success).data(FacetModel::CountRole).toUInt();
    QCOMPARE(total, 20u);
    Filter f;
    f[FilterField::Actor].include = {QStringLiteral("oren1")};
    QVERIFY(applyFilter(session, f));
    const QModelIndex actors = model.index(int(IndexField::Actor), 0);
    bool included = false;
    for (int r = 0; r < model.rowCount(actors); ++r) {
        const QModelIndex v = model.index(r, 0, actors);
        if (v.data(FacetModel::KeyRole).toString() == QLatin1String("oren1"))
            included = v.data(FacetModel::IncludedRole).toBool();
    }
    QVERIFY(included);
}

void TestItemModels::facetToggling()
{
    Filter f;
    f = FacetModel::toggled(f, IndexField::Actor, QStringLiteral("oren1"), false);
    QCOMPARE(f[FilterField::Actor].include, QStringList{QStringLiteral("oren1")});
    f = FacetModel::toggled(f, IndexField::Actor, QStringLiteral("oren1"), true);
    QVERIFY(f[FilterField::Actor].include.isEmpty());
    QCOMPARE(f[FilterField::Actor].exclude, QStringList{QStringLiteral("oren1")});
    f = FacetModel::toggled(f, IndexField::Actor, QStringLiteral("oren1"), true);
    QVERIFY(f[FilterField::Actor].exclude.isEmpty());
    f = FacetModel::toggled(f, IndexField::Success, QStringLiteral("false"), false);
    QCOMPARE(f.success, SuccessFilter::Failed);
    f = FacetModel::toggled(f, IndexField::Success, QStringLiteral("false"), false);
    QCOMPARE(f.success, SuccessFilter::Any);
    f = FacetModel::toggled(f, IndexField::Success, QStringLiteral("false"), true);
    QCOMPARE(f.success, SuccessFilter::Succeeded);
}

void TestItemModels::problems()
{
    CaseSession session;
    QVERIFY(openSession(session));
    ProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(session.store().database());
    // broken.csv: 3 rejected records and 4 flagged events.
    QCOMPARE(model.totalCount(), 7);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 7);
    int rejected = 0, withEvent = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, ProblemModel::Severity);
        if (i.data(ProblemModel::EventSeqRole).isValid())
            ++withEvent;
        else
            ++rejected;
        QVERIFY(!model.index(r, ProblemModel::Message).data().toString().isEmpty());
    }
    QCOMPARE(rejected, 3);
    QCOMPARE(withEvent, 4);
    model.setDatabase({});
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::payloadTree()
{
    PayloadTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocuments(
        {{QStringLiteral("payload"),
          QByteArray(R"({"n":12345678901234567890123,"job":{"name":"deploy","tags":["a","b"]},)"
                     R"("s":"\u00e9\n\"","ok":true,"none":null})")},
         {QStringLiteral("metadata"), QByteArray("{\"cut\":")},
         {QStringLiteral("request"), QByteArray()}});
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex payload = model.index(0, 0);
    QCOMPARE(model.rowCount(payload), 5);
    const QModelIndex n = model.index(0, 0, payload);
    QCOMPARE(n.data(PayloadTreeModel::ValueRole).toString(),
             QStringLiteral("12345678901234567890123")); // exactly as written
    QCOMPARE(n.data(PayloadTreeModel::PathRole).toString(), QStringLiteral("payload.n"));
    const QModelIndex job = model.index(1, 0, payload);
    const QModelIndex tags = model.index(1, 0, job);
    QCOMPARE(model.index(1, 0, tags).data(PayloadTreeModel::PathRole).toString(),
             QStringLiteral("payload.job.tags[1]"));
    QCOMPARE(model.index(2, 0, payload).data(PayloadTreeModel::ValueRole).toString(),
             QString(QChar(0xe9)) + QStringLiteral("\n\""));
    // The pivots' conditions: scalars only, keys quoted where a path needs it.
    QCOMPARE(n.data(PayloadTreeModel::ConditionRole).toString(),
             QStringLiteral("payload.n=12345678901234567890123"));
    QCOMPARE(model.index(1, 0, tags).data(PayloadTreeModel::ConditionRole).toString(),
             QStringLiteral("payload.job.tags[1]=b"));
    QCOMPARE(model.index(3, 0, payload).data(PayloadTreeModel::ConditionRole).toString(),
             QStringLiteral("payload.ok=true"));
    QCOMPARE(model.index(4, 0, payload).data(PayloadTreeModel::ConditionRole).toString(),
             QStringLiteral("payload.none=null"));
    QVERIFY(job.data(PayloadTreeModel::ConditionRole).toString().isEmpty());
    QVERIFY(payload.data(PayloadTreeModel::ConditionRole).toString().isEmpty());
    PayloadTreeModel odd;
    odd.setDocuments(
        {{QStringLiteral("metadata"), QByteArray(R"({"build.url":{"a b":1},"say \"x\"":2})")}});
    const QModelIndex url = odd.index(0, 0, odd.index(0, 0));
    QCOMPARE(odd.index(0, 0, url).data(PayloadTreeModel::ConditionRole).toString(),
             QStringLiteral("metadata.\"build.url\".\"a b\"=1"));
    QVERIFY(odd.index(1, 0, odd.index(0, 0))
                .data(PayloadTreeModel::ConditionRole)
                .toString()
                .isEmpty());
    QCOMPARE(model.index(1, 0).data(PayloadTreeModel::TypeRole).toString(),
             QStringLiteral("invalid"));
    QCOMPARE(model.index(2, 0).data(PayloadTreeModel::TypeRole).toString(),
             QStringLiteral("missing"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::duplicateCopies()
{
    DuplicateCopiesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EventRow a;
    a.eventId = QStringLiteral("b");
    a.action = QStringLiteral("context.env_var.store");
    a.successText = "true";
    a.payload = "{}";
    a.line = 4;
    EventRow b = a;
    b.successText = "false";
    b.line = 8;
    model.setCopies({a, b});
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.rowCount(), int(DuplicateCopiesModel::FieldCount));
    QCOMPARE(model.differingFieldCount(), 1);
    QVERIFY(model.index(DuplicateCopiesModel::Success, 0)
                .data(DuplicateCopiesModel::DiffersRole)
                .toBool());
    QVERIFY(!model.index(DuplicateCopiesModel::Payload, 0)
                 .data(DuplicateCopiesModel::DiffersRole)
                 .toBool());
    QVERIFY(!model.index(DuplicateCopiesModel::Line, 0)
                 .data(DuplicateCopiesModel::DiffersRole)
                 .toBool());
    model.setCopies({});
    QCOMPARE(model.columnCount(), 0);
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
