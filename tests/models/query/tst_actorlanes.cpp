// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The actor timeline's lanes, computed off the index, against SQL over the case: the lanes are
// the busiest actors with their counts, the ticks add up to each actor's timed events in the
// buckets, and an actor filter's lanes are exactly the actors it names.

#include "catalogue/actioncatalogue.h"
#include "importing/importer.h"
#include "index/eventindex.h"
#include "index/eventindexcollector.h"
#include "index/eventindexstorage.h"
#include "query/actorlanes.h"
#include "query/indexquery.h"
#include "store/casestore.h"
#include "store/sqlitestatement.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

#include <sqlite3.h>

using namespace auditlens;

class TestActorLanes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void busiestActorsEqualSql_data();
    void busiestActorsEqualSql();
    void namedActorsAreTheLanes();
    void sensitivityFromTheCatalogue();

private:
    // SQL: events per actor entity id among those from..to (or all), timed ones only when asked.
    std::map<quint32, quint32> sqlCounts(bool timedOnly, qint64 from, qint64 to, bool ranged);

    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    EventIndex m_index;
};

void TestActorLanes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString file = m_dir.filePath(QStringLiteral("export.csv"));
    QProcess gen;
    gen.start(QStringLiteral("python3"),
              {QStringLiteral(AUDITLENS_SOURCE_DIR "/scripts/gen_audit.py"), file,
               QStringLiteral("--rows"), QStringLiteral("4000"), QStringLiteral("--bad"),
               QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("5"),
               QStringLiteral("--shape"), QStringLiteral("current")});
    QVERIFY(gen.waitForFinished(120000) && gen.exitCode() == 0);
    m_store = std::make_unique<CaseStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("case.auditlens")),
                           CaseStore::Mode::ReadWrite, &error),
             qPrintable(error));
    Importer importer(*m_store);
    EventIndexCollector collector;
    importer.setIndexRowsSink(&collector);
    QVERIFY(importer.run({file}).ok);
    QVERIFY(collector.keep(m_store->handle()));
    QVERIFY(EventIndexStorage::load(m_store->handle(), &m_index));
    QVERIFY(m_index.size() > 3000);
    QVERIFY(m_index.dictionary(IndexField::Actor).size() > ActorLaneCounter::kDefaultLanes + 2);
}

std::map<quint32, quint32> TestActorLanes::sqlCounts(bool timedOnly, qint64 from, qint64 to,
                                                     bool ranged)
{
    std::map<quint32, quint32> counts;
    QByteArray sql = "SELECT actor, count(*) FROM events WHERE actor IS NOT NULL";
    if (timedOnly || ranged)
        sql += " AND occurred_ns IS NOT NULL";
    if (ranged)
        sql += " AND occurred_ns BETWEEN " + QByteArray::number(from) + " AND " +
               QByteArray::number(to);
    sql += " GROUP BY actor";
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(m_store->handle(), sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        return counts;
    while (sqlite3_step(st) == SQLITE_ROW)
        counts[quint32(sqlite3_column_int64(st, 0))] = quint32(sqlite3_column_int64(st, 1));
    sqlite3_finalize(st);
    return counts;
}

void TestActorLanes::busiestActorsEqualSql_data()
{
    QTest::addColumn<bool>("ranged");
    QTest::addColumn<bool>("facetCounts");
    QTest::newRow("whole log") << false << false;
    QTest::newRow("a time range") << true << false;
    QTest::newRow("whole log, the facet's counts") << false << true;
    QTest::newRow("a time range, the facet's counts") << true << true;
}

void TestActorLanes::busiestActorsEqualSql()
{
    QFETCH(bool, ranged);
    IndexQuery query(m_index);
    Filter f;
    if (ranged) {
        const qint64 span = m_index.maxTime() - m_index.minTime();
        f.hasFrom = f.hasTo = true;
        f.from = m_index.minTime() + span / 4;
        f.to = m_index.minTime() + span / 2;
    }
    const QueryResult r = query.run(f, SortSpec{EventColumn::Actor, true});
    ActorLaneCounter counter(m_index);
    // The Actor facet's counts spare the first pass: the lanes are the same.
    QFETCH(bool, facetCounts);
    if (facetCounts)
        QCOMPARE(r.facets[int(IndexField::Actor)].all.size(),
                 size_t(m_index.dictionary(IndexField::Actor).size()));
    const ActorLanes lanes =
        counter.count(r.positions, r.histogram, {}, nullptr, ActorLaneCounter::kDefaultLanes,
                      facetCounts ? &r.facets[int(IndexField::Actor)].all : nullptr);
    const std::map<quint32, quint32> all = sqlCounts(false, f.from, f.to, ranged);
    const std::map<quint32, quint32> timed = sqlCounts(true, f.from, f.to, ranged);
    QCOMPARE(lanes.named, false);
    QCOMPARE(lanes.actors, quint32(all.size()));
    QCOMPARE(int(lanes.lanes.size()),
             std::min<int>(ActorLaneCounter::kDefaultLanes, int(all.size())));
    // The lanes' counts are SQL's, and no actor left out has more events than a lane.
    std::vector<quint32> sqlTop;
    for (const auto &[actor, count] : all)
        sqlTop.push_back(count);
    std::sort(sqlTop.rbegin(), sqlTop.rend());
    const FieldDictionary &d = m_index.dictionary(IndexField::Actor);
    for (size_t l = 0; l < lanes.lanes.size(); ++l) {
        const ActorLane &lane = lanes.lanes[l];
        const quint32 entity = d.entityIds[lane.actor];
        QCOMPARE(lane.count, all.at(entity));
        QCOMPARE(lane.count, sqlTop[l]);
        // The ticks hold every timed event of the actor, in ascending buckets.
        quint32 ticked = 0;
        int previous = -1;
        for (const LaneTick &t : lane.ticks) {
            QVERIFY(t.bucket > previous && t.bucket < r.histogram.bucketCount());
            previous = t.bucket;
            QVERIFY(t.count() > 0);
            ticked += t.count();
            // The event a tick selects is the actor's, in the tick's bucket.
            const qint64 p = m_index.positionOfSeq(t.seq);
            QVERIFY(p >= 0);
            QCOMPARE(m_index.code(IndexField::Actor, quint32(p)), lane.actor);
            QVERIFY(m_index.time(quint32(p)) >= r.histogram.bounds[size_t(t.bucket)]);
            QVERIFY(m_index.time(quint32(p)) < r.histogram.bounds[size_t(t.bucket) + 1]);
        }
        QCOMPARE(ticked, timed.count(entity) ? timed.at(entity) : 0u);
    }
}

void TestActorLanes::namedActorsAreTheLanes()
{
    // Three actors of the dictionary, one of them with no event in the range: each a lane.
    const FieldDictionary &d = m_index.dictionary(IndexField::Actor);
    IndexQuery query(m_index);
    Filter f;
    const std::vector<quint32> named = {1, 2, d.size() - 1};
    QVERIFY(d.ids.size() == d.size());
    for (const quint32 c : named)
        f[FilterField::Actor].include << d.ids[c];
    const QueryResult r = query.run(f, SortSpec{});
    ActorLaneCounter counter(m_index);
    const ActorLanes lanes = counter.count(r.positions, r.histogram, named, nullptr);
    QVERIFY(lanes.named);
    QCOMPARE(lanes.lanes.size(), named.size());
    const std::map<quint32, quint32> all = sqlCounts(false, 0, 0, false);
    std::vector<quint32> got;
    for (const ActorLane &lane : lanes.lanes) {
        got.push_back(lane.actor);
        QCOMPARE(lane.count, all.at(d.entityIds[lane.actor]));
    }
    std::sort(got.begin(), got.end());
    QCOMPARE(got, named);
}

void TestActorLanes::sensitivityFromTheCatalogue()
{
    const std::vector<quint8> s =
        ActorLaneCounter::sensitivities(m_index, ActionCatalogue::shipped());
    const FieldDictionary &d = m_index.dictionary(IndexField::Action);
    QCOMPARE(s.size(), size_t(d.size()));
    int checked = 0;
    for (quint32 c = 1; c < d.labels.size(); ++c) {
        const ActionEntry *e = ActionCatalogue::shipped().find(d.labels[c]);
        const LaneSensitivity want =
            !e                                        ? LaneSensitivity::Medium
            : e->sensitivity == QLatin1String("high") ? LaneSensitivity::High
            : e->sensitivity == QLatin1String("low")  ? LaneSensitivity::Low
                                                      : LaneSensitivity::Medium;
        QCOMPARE(LaneSensitivity(s[c]), want);
        ++checked;
    }
    QVERIFY(checked > 3);
}

QTEST_GUILESS_MAIN(TestActorLanes)
#include "tst_actorlanes.moc"
