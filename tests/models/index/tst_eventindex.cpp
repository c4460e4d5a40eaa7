// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "importing/importer.h"
#include "index/eventindex.h"
#include "index/eventindexbuilder.h"
#include "index/eventindexcollector.h"
#include "index/eventindexstorage.h"
#include "index/indexfingerprint.h"
#include "parsing/timestampparser.h"
#include "query/indexquery.h"
#include "query/sqleventquery.h"
#include "query/textsearch.h"
#include "store/casestore.h"
#include "testdata.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace auditlens;

namespace {
using auditlens::tests::data;
QString sample()
{
    return QStringLiteral(AUDITLENS_SOURCE_DIR "/resources/sample/circleci-audit-sample.csv");
}
qint64 ns(const char *text)
{
    qint64 v = 0;
    TimestampParser::parse(text, &v);
    return v;
}
} // namespace

Q_DECLARE_METATYPE(auditlens::Filter)

// The index answers every filter exactly as the SQL engine does: same events, same order.
class TestEventIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameAnswersAsSql_data();
    void sameAnswersAsSql();
    void everyPathCountsAsAPlainLoop_data();
    void everyPathCountsAsAPlainLoop();
    void emptyIndexAnswersEveryFilter();
    void facetsCountAlternatives();
    void histogramCoversTheSpan();
    void sortsByColumns();
    void keptIndexIsReusedUntilTheCaseChanges();
    void keptIndexSpansRows();
    void duplicateCopiesAreFound();
    void textSearchFallsBackToTheCase();
    void findIgnoresAsciiCase_data();
    void findIgnoresAsciiCase();

private:
    QTemporaryDir m_dir;
    QString m_case;
    QString m_sourceCopy;
    CaseStore m_store;
    EventIndex m_index;
};

void TestEventIndex::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_case = m_dir.filePath(QStringLiteral("t.auditlens"));
    // A copy of one source, so the fallback test can move it away.
    m_sourceCopy = m_dir.filePath(QStringLiteral("duplicates.csv"));
    QVERIFY(QFile::copy(data(QStringLiteral("duplicates.csv")), m_sourceCopy));
    QString error;
    QVERIFY2(m_store.open(m_case, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
    Importer importer(m_store);
    EventIndexCollector collector;
    importer.setIndexRowsSink(&collector);
    const ImportResult result =
        importer.run({sample(), m_sourceCopy, data(QStringLiteral("broken.csv")),
                      data(QStringLiteral("nanos.csv"))});
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(collector.keep(m_store.handle()));
    QVERIFY(EventIndexStorage::load(m_store.handle(), &m_index)); // the import kept it
    QCOMPARE(qint64(m_index.size()), m_store.eventCount());
}

namespace {
void addFilterRows()
{
    QTest::addColumn<Filter>("filter");
    auto row = [](const char *name, auto change) {
        Filter f;
        change(f);
        QTest::newRow(name) << f;
    };
    row("all", [](Filter &) {});
    row("one action",
        [](Filter &f) { f[FilterField::Action].include = {QStringLiteral("workflow.job.start")}; });
    row("action family",
        [](Filter &f) { f[FilterField::Action].include = {QStringLiteral("context.*")}; });
    row("two actions", [](Filter &f) {
        f[FilterField::Action].include = {QStringLiteral("user.logged_in"),
                                          QStringLiteral("project.settings.update")};
    });
    row("excluded family",
        [](Filter &f) { f[FilterField::Action].exclude = {QStringLiteral("workflow.*")}; });
    row("actor by name",
        [](Filter &f) { f[FilterField::Actor].include = {QStringLiteral("nightly")}; });
    row("actor by id", [](Filter &f) {
        f[FilterField::Actor].include = {QStringLiteral("e43eeb17-9a15-4823-93f9-52ae76eee25c")};
    });
    row("excluded actor",
        [](Filter &f) { f[FilterField::Actor].exclude = {QStringLiteral("nightly")}; });
    row("target",
        [](Filter &f) { f[FilterField::Target].include = {QStringLiteral("deploy-prod")}; });
    row("scope", [](Filter &f) { f[FilterField::Scope].include = {QStringLiteral("acme-corp")}; });
    row("unknown actor",
        [](Filter &f) { f[FilterField::Actor].include = {QStringLiteral("nobody-at-all")}; });
    row("success false", [](Filter &f) { f.success = SuccessFilter::Failed; });
    row("success true", [](Filter &f) { f.success = SuccessFilter::Succeeded; });
    row("from", [](Filter &f) {
        f.hasFrom = true;
        f.from = ns("2026-01-15T00:00:00Z");
    });
    row("range", [](Filter &f) {
        f.hasFrom = f.hasTo = true;
        f.from = ns("2026-01-03T00:00:00Z");
        f.to = ns("2026-01-04T12:00:00.5Z");
    });
    row("to the nanosecond", [](Filter &f) {
        f.hasTo = true;
        f.to = ns("2026-03-01T10:00:00.123456789Z");
    });
    for (const DuplicateFilter d :
         {DuplicateFilter::Duplicates, DuplicateFilter::Exact, DuplicateFilter::Conflicting,
          DuplicateFilter::Unique, DuplicateFilter::CollapseExact}) {
        QTest::newRow(duplicateFilterName(d)) << [d] {
            Filter f;
            f.duplicates = d;
            return f;
        }();
    }
    row("text", [](Filter &f) { f.text = QStringLiteral("deploy-prod"); });
    row("text any case", [](Filter &f) { f.text = QStringLiteral("ACME-corp"); });
    row("text in a payload", [](Filter &f) { f.text = QStringLiteral("build_num"); });
    row("text with quotes", [](Filter &f) { f.text = QStringLiteral("\"name\":\"nightly\""); });
    row("text nowhere", [](Filter &f) { f.text = QStringLiteral("no-such-text-anywhere"); });
    row("combination", [](Filter &f) {
        f[FilterField::Action].include = {QStringLiteral("workflow.*")};
        f[FilterField::Actor].include = {QStringLiteral("nightly"), QStringLiteral("ugo0")};
        f.success = SuccessFilter::Succeeded;
        f.hasFrom = true;
        f.from = ns("2026-01-10T00:00:00Z");
        f.text = QStringLiteral("main");
    });
}
} // namespace

void TestEventIndex::sameAnswersAsSql_data()
{
    addFilterRows();
}

void TestEventIndex::sameAnswersAsSql()
{
    QFETCH(Filter, filter);
    std::vector<qint64> expected;
    QString error;
    QVERIFY2(SqlEventQuery(m_store).forEach(
                 filter, -1,
                 [&](const EventRow &r) {
                     expected.push_back(r.seq);
                     return true;
                 },
                 &error),
             qPrintable(error));
    PositionBits text;
    if (!filter.text.isEmpty()) {
        TextSearch search(m_index, m_store.handle());
        search.proveSources(); // the source files, not the cells
        QVERIFY(search.search(filter.text, &text, {}));
    }
    const QueryResult result =
        IndexQuery(m_index).run(filter, SortSpec(), filter.text.isEmpty() ? nullptr : &text);
    std::vector<qint64> actual;
    for (const quint32 p : result.positions)
        actual.push_back(m_index.seq(p));
    QCOMPARE(actual.size(), expected.size());
    QVERIFY(actual == expected);

    // Reading a filter from the postings of its rarest value gives what a scan gives: the same
    // events, histogram and facet counts.
    IndexQuery scanning(m_index);
    scanning.setUsePostings(false);
    const QueryResult scanned =
        scanning.run(filter, SortSpec(), filter.text.isEmpty() ? nullptr : &text);
    QVERIFY(scanned.positions == result.positions);
    QVERIFY(scanned.histogram.counts == result.histogram.counts);
    QCOMPARE(scanned.histogram.untimed, result.histogram.untimed);
    for (int field = 0; field < kIndexFieldCount; ++field) {
        const FacetCounts &a = scanned.facets[field];
        const FacetCounts &b = result.facets[field];
        QCOMPARE(a.distinct, b.distinct);
        QVERIFY(a.all == b.all);
        QCOMPARE(a.top.size(), b.top.size());
        for (size_t i = 0; i < a.top.size(); ++i) {
            QCOMPARE(a.top[i].code, b.top[i].code);
            QCOMPARE(a.top[i].count, b.top[i].count);
        }
    }
}

namespace {
// What a filter gives, counted the plain way: one event after the other.
struct Expected
{
    std::vector<quint32> positions;
    std::vector<quint32> counts[kIndexFieldCount];
    std::vector<quint32> buckets;
    qint64 untimed = 0;
};

Expected countPlainly(const EventIndex &ix, const IndexQuery &query, const Filter &f,
                      const PositionBits *text)
{
    Expected e;
    std::vector<quint8> allowed[kCodedFilterFieldCount];
    for (int field = 0; field < kCodedFilterFieldCount; ++field) {
        const FieldCondition &condition = f[FilterField(field)];
        const quint32 size = ix.dictionary(IndexField(field)).size();
        allowed[field].assign(size, condition.include.isEmpty() ? 1 : 0);
        query.resolve(IndexField(field), condition.include, &allowed[field], true);
        query.resolve(IndexField(field), condition.exclude, &allowed[field], false);
        e.counts[field].assign(size, 0);
    }
    e.counts[int(IndexField::Success)].assign(4, 0);
    const Histogram h = IndexQuery::emptyHistogram(f.hasFrom ? f.from : ix.minTime(),
                                                   f.hasTo ? f.to : ix.maxTime());
    e.buckets.assign(h.counts.size(), 0);
    for (quint32 i = 0; i < ix.size(); ++i) {
        if ((f.hasFrom || f.hasTo) && (!ix.hasTime(i) || (f.hasFrom && ix.time(i) < f.from) ||
                                       (f.hasTo && ix.time(i) > f.to)))
            continue;
        if (!f.text.isEmpty() && (!text || !((*text)[i / 64] >> (i % 64) & 1)))
            continue;
        const DuplicateKind kind = ix.dupKind(i);
        const bool keep =
            f.duplicates == DuplicateFilter::All ||
            (f.duplicates == DuplicateFilter::Duplicates && kind != DuplicateKind::None) ||
            (f.duplicates == DuplicateFilter::Exact && kind == DuplicateKind::Exact) ||
            (f.duplicates == DuplicateFilter::Conflicting && kind == DuplicateKind::Conflicting) ||
            (f.duplicates == DuplicateFilter::Unique && kind == DuplicateKind::None) ||
            (f.duplicates == DuplicateFilter::CollapseExact &&
             !(ix.flags(i) & EventIndex::ExtraExactCopy));
        if (!keep)
            continue;
        quint32 codes[kIndexFieldCount];
        unsigned fail = 0;
        for (int field = 0; field < kCodedFilterFieldCount; ++field) {
            codes[field] = ix.code(IndexField(field), i);
            if (!allowed[field][codes[field]])
                fail |= 1u << field;
        }
        codes[4] = ix.flags(i) & EventIndex::SuccessMask;
        if (f.success != SuccessFilter::Any &&
            ix.success(i) !=
                (f.success == SuccessFilter::Succeeded ? EventSuccess::True : EventSuccess::False))
            fail |= 16;
        for (int field = 0; field < kIndexFieldCount; ++field) {
            if ((fail & ~(1u << field)) == 0)
                ++e.counts[field][codes[field]];
        }
        if (fail)
            continue;
        e.positions.push_back(i);
        if (!ix.hasTime(i)) {
            ++e.untimed;
        } else if (ix.time(i) >= h.bounds.front() && ix.time(i) < h.bounds.back()) {
            const auto at = std::upper_bound(h.bounds.begin(), h.bounds.end(), ix.time(i));
            ++e.buckets[size_t(at - h.bounds.begin()) - 1];
        }
    }
    return e;
}
} // namespace

void TestEventIndex::everyPathCountsAsAPlainLoop_data()
{
    addFilterRows();
    auto row = [](const char *name, auto change) {
        Filter f;
        change(f);
        QTest::newRow(name) << f;
    };
    row("excluded target",
        [](Filter &f) { f[FilterField::Target].exclude = {QStringLiteral("deploy-prod")}; });
    row("target and excluded target", [](Filter &f) {
        f[FilterField::Target].include = {QStringLiteral("deploy-prod"), QStringLiteral("nightly")};
        f[FilterField::Target].exclude = {QStringLiteral("nightly")};
    });
    row("scope and success", [](Filter &f) {
        f[FilterField::Scope].include = {QStringLiteral("acme-corp")};
        f.success = SuccessFilter::Succeeded;
    });
    row("family without an actor", [](Filter &f) {
        f[FilterField::Action].include = {QStringLiteral("workflow.*")};
        f[FilterField::Actor].exclude = {QStringLiteral("nightly")};
    });
    row("no duplicates, success", [](Filter &f) {
        f.duplicates = DuplicateFilter::Unique;
        f.success = SuccessFilter::Succeeded;
    });
    row("collapsed, excluded action", [](Filter &f) {
        f.duplicates = DuplicateFilter::CollapseExact;
        f[FilterField::Action].exclude = {QStringLiteral("workflow.job.start")};
    });
    row("two actions, two actors", [](Filter &f) {
        f[FilterField::Action].include = {QStringLiteral("workflow.job.start"),
                                          QStringLiteral("workflow.job.finish")};
        f[FilterField::Actor].include = {QStringLiteral("nightly"), QStringLiteral("ugo0")};
    });
    row("target and range", [](Filter &f) {
        f[FilterField::Target].include = {QStringLiteral("deploy-prod")};
        f.hasFrom = true;
        f.from = ns("2026-01-15T00:00:00Z");
    });
}

// Whichever way a filter is read (postings or a scan of the range, the whole log minus what it
// leaves out, targets counted through bitmaps as for a million of them, two threads), it finds
// the events, histogram and facet counts a plain loop over the events finds.
void TestEventIndex::everyPathCountsAsAPlainLoop()
{
    QFETCH(Filter, filter);
    PositionBits text;
    if (!filter.text.isEmpty()) {
        TextSearch search(m_index, m_store.handle());
        search.proveSources(); // the source files, not the cells
        QVERIFY(search.search(filter.text, &text, {}));
    }
    const PositionBits *matches = filter.text.isEmpty() ? nullptr : &text;
    IndexQuery plain(m_index);
    const Expected e = countPlainly(m_index, plain, filter, matches);
    QVERIFY(!e.positions.empty() || filter.text.contains(QLatin1String("no-such")) ||
            filter[FilterField::Actor].include.contains(QLatin1String("nobody-at-all")));
    for (int way = 0; way < 8; ++way) {
        IndexQuery query(m_index);
        query.setUsePostings(way & 1);
        const bool large = way & 2;
        if (large)
            query.setLargeDictionaryAbove(0);
        if (way & 4)
            query.setTwoThreadsFrom(2);
        query.warmUp();
        for (int again = 0; again < 2; ++again) { // buffers reused from the first run
            const QueryResult r = query.run(filter, SortSpec(), matches, 5);
            const QByteArray where = "way " + QByteArray::number(way);
            QVERIFY2(r.positions == e.positions, where.constData());
            QVERIFY2(r.histogram.counts == e.buckets, where.constData());
            QCOMPARE(r.histogram.untimed, e.untimed);
            for (int field = 0; field < kIndexFieldCount; ++field) {
                const std::vector<quint32> &counts = e.counts[field];
                const FacetCounts &facet = r.facets[field];
                // The top values: by count, then label, then code; then values of the filter.
                std::vector<quint32> order;
                for (quint32 c = 0; c < counts.size(); ++c) {
                    if (counts[c] && (field != int(IndexField::Success) || c < 3))
                        order.push_back(c);
                }
                QCOMPARE(facet.distinct, quint32(order.size()));
                const std::vector<quint32> *rank =
                    field == int(IndexField::Success) ? nullptr
                                                      : &m_index.dictionary(IndexField(field)).rank;
                std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
                    if (counts[a] != counts[b])
                        return counts[a] > counts[b];
                    return rank && (*rank)[a] < (*rank)[b];
                });
                order.resize(std::min<size_t>(order.size(), 5));
                QVERIFY2(facet.top.size() >= order.size(), where.constData());
                for (size_t i = 0; i < facet.top.size(); ++i) {
                    const FacetValue &v = facet.top[i];
                    QCOMPARE(v.count, counts[v.code]);
                    if (i < order.size())
                        QCOMPARE(v.code, order[i]);
                }
                if (!(large && field == int(IndexField::Target)) &&
                    field != int(IndexField::Success))
                    QVERIFY2(facet.all == counts, where.constData());
            }
        }
    }
}

void TestEventIndex::emptyIndexAnswersEveryFilter()
{
    // A case whose every record was rejected: no events, no values.
    const EventIndex empty;
    IndexQuery query(empty);
    query.warmUp();
    Filter f;
    QCOMPARE(query.run(f, SortSpec()).count(), 0u);
    f.success = SuccessFilter::Succeeded;
    f[FilterField::Action].exclude = {QStringLiteral("workflow.*")};
    QCOMPARE(query.run(f, SortSpec()).count(), 0u);
    f[FilterField::Actor].include = {QStringLiteral("nightly")};
    const QueryResult r = query.run(f, SortSpec());
    QCOMPARE(r.count(), 0u);
    QCOMPARE(r.facets[int(IndexField::Success)].distinct, 0u);
}

void TestEventIndex::facetsCountAlternatives()
{
    // With an action chosen, the action facet still counts the other actions.
    Filter f;
    f[FilterField::Action].include = {QStringLiteral("workflow.job.start")};
    const QueryResult result = IndexQuery(m_index).run(f, SortSpec());
    const FacetCounts &actions = result.facets[int(IndexField::Action)];
    QVERIFY(actions.top.size() > 1);
    quint32 total = 0;
    bool sawChosen = false;
    for (const FacetValue &v : actions.top) {
        total += v.count;
        if (v.key == QLatin1String("workflow.job.start")) {
            sawChosen = true;
            QVERIFY(v.included);
            QCOMPARE(v.count, result.count());
        }
    }
    QVERIFY(sawChosen);
    QVERIFY(total > result.count());
    // The actor facet counts only the matching events.
    quint32 actors = 0;
    for (const quint32 c : result.facets[int(IndexField::Actor)].all)
        actors += c;
    QCOMPARE(actors, result.count());
}

void TestEventIndex::histogramCoversTheSpan()
{
    const QueryResult all = IndexQuery(m_index).run(Filter(), SortSpec());
    quint64 inBuckets = 0;
    for (const quint32 c : all.histogram.counts)
        inBuckets += c;
    QCOMPARE(inBuckets + quint64(all.histogram.untimed), quint64(all.count()));
    QVERIFY(all.histogram.bucketCount() <= 120);
    // An hour's span is cut into minutes or less; empty buckets are kept.
    Filter hour;
    hour.hasFrom = hour.hasTo = true;
    hour.from = ns("2026-01-05T10:00:00Z");
    hour.to = ns("2026-01-05T10:59:59.999999999Z");
    const QueryResult narrow = IndexQuery(m_index).run(hour, SortSpec());
    QVERIFY(narrow.histogram.unit == TimeUnit::Minute || narrow.histogram.unit == TimeUnit::Second);
    QVERIFY(narrow.histogram.bucketCount() >= 12);
    QCOMPARE(narrow.histogram.bounds.front(), hour.from);
}

void TestEventIndex::sortsByColumns()
{
    IndexQuery query(m_index);
    const QueryResult byActor = query.run(Filter(), {EventColumn::Actor, false});
    const FieldDictionary &actors = m_index.dictionary(IndexField::Actor);
    for (size_t i = 1; i < byActor.positions.size(); ++i) {
        const quint32 a = byActor.positions[i - 1], b = byActor.positions[i];
        const quint32 ra = actors.rank[m_index.code(IndexField::Actor, a)];
        const quint32 rb = actors.rank[m_index.code(IndexField::Actor, b)];
        QVERIFY(ra < rb || (ra == rb && a < b)); // ties stay in time order
    }
    const QueryResult newestFirst = query.run(Filter(), {EventColumn::Time, true});
    QCOMPARE(newestFirst.positions.front(), m_index.timedCount() > 0 ? m_index.size() - 1 : 0u);
    const QueryResult byLine = query.run(Filter(), {EventColumn::Line, false});
    for (size_t i = 1; i < byLine.positions.size(); ++i)
        QVERIFY(m_index.seq(byLine.positions[i - 1]) < m_index.seq(byLine.positions[i]));
}

void TestEventIndex::keptIndexIsReusedUntilTheCaseChanges()
{
    EventIndex loaded;
    QVERIFY(EventIndexStorage::load(m_store.handle(), &loaded));
    QCOMPARE(loaded.size(), m_index.size());
    QCOMPARE(loaded.fingerprintOfData(), IndexFingerprint::ofCase(m_store.handle()));
    // Another source changes the fingerprint: the kept index no longer applies until rebuilt.
    QTemporaryDir dir;
    CaseStore other;
    QString error;
    const QString path = dir.filePath(QStringLiteral("o.auditlens"));
    QVERIFY(other.open(path, CaseStore::Mode::ReadWrite, &error));
    Importer first(other);
    EventIndexCollector collector;
    first.setIndexRowsSink(&collector);
    QVERIFY(first.run({data(QStringLiteral("basic.csv"))}).ok);
    QVERIFY(collector.keep(other.handle()));
    EventIndex one;
    QVERIFY(EventIndexStorage::load(other.handle(), &one));
    QCOMPARE(one.size(), 5u);
    sqlite3 *db = other.handle();
    const QByteArray before = IndexFingerprint::ofCase(db);
    Importer second(other);
    QVERIFY(second.run({data(QStringLiteral("nanos.csv"))}).ok);
    QVERIFY(IndexFingerprint::ofCase(db) != before);
    EventIndex two;
    bool built = true;
    QVERIFY(EventIndexStorage::loadOrBuild(db, true, &two, &error, &built));
    QCOMPARE(two.size(), 9u);
}

// The kept index is stored in rows of a bounded size; loading puts them back together, and a
// missing row makes the case rebuild its index rather than load a wrong one.
void TestEventIndex::keptIndexSpansRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.auditlens"));
    QVERIFY(QFile::copy(m_case, path));
    CaseStore store;
    QString error;
    QVERIFY2(store.open(path, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
    sqlite3 *db = store.handle();
    QVERIFY2(EventIndexStorage::store(db, m_index, &error, 4096), qPrintable(error));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(length(data)) FROM viewer_index")));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toInt() > 10, qPrintable(q.value(0).toString()));
    QCOMPARE(q.value(1).toInt(), 4096);
    EventIndex loaded;
    QVERIFY(EventIndexStorage::load(db, &loaded));
    QCOMPARE(loaded.size(), m_index.size());
    for (quint32 i = 0; i < m_index.size(); ++i) {
        QCOMPARE(loaded.seq(i), m_index.seq(i));
        QCOMPARE(loaded.time(i), m_index.time(i));
        QCOMPARE(loaded.flags(i), m_index.flags(i));
        QCOMPARE(loaded.idRank(i), m_index.idRank(i));
        for (const IndexField f :
             {IndexField::Action, IndexField::Actor, IndexField::Target, IndexField::Scope})
            QCOMPARE(loaded.code(f, i), m_index.code(f, i));
    }
    for (const IndexField f :
         {IndexField::Action, IndexField::Actor, IndexField::Target, IndexField::Scope}) {
        QCOMPARE(loaded.dictionary(f).ids, m_index.dictionary(f).ids);
        QCOMPARE(loaded.dictionary(f).rank, m_index.dictionary(f).rank);
    }
    // Storing again replaces every row: one larger chunk now.
    QVERIFY2(EventIndexStorage::store(db, m_index, &error), qPrintable(error));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM viewer_index")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY2(EventIndexStorage::store(db, m_index, &error, 4096), qPrintable(error));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM viewer_index WHERE name = 'events.000003'")));
    QVERIFY(!EventIndexStorage::load(db, &loaded));
    bool built = false;
    QVERIFY(EventIndexStorage::loadOrBuild(db, true, &loaded, &error, &built));
    QVERIFY(built);
    QCOMPARE(loaded.size(), m_index.size());
    QVERIFY(EventIndexStorage::load(db, &loaded));
}

void TestEventIndex::duplicateCopiesAreFound()
{
    // duplicates.csv: id B at lines 4 and 8, conflicting.
    Filter f;
    f.duplicates = DuplicateFilter::Conflicting;
    f.text = QStringLiteral("64716f87-9529-475c-bdb9-6f7d19d6b177");
    TextSearch search(m_index, m_store.handle());
    PositionBits bits;
    QVERIFY(search.search(f.text, &bits, {}));
    const QueryResult r = IndexQuery(m_index).run(f, SortSpec(), &bits);
    QCOMPARE(r.count(), 2u);
    const std::vector<quint32> copies = m_index.copiesOf(r.positions[0]);
    QCOMPARE(copies.size(), size_t(2));
    QCOMPARE(m_index.dupKind(copies[0]), DuplicateKind::Conflicting);
}

void TestEventIndex::textSearchFallsBackToTheCase()
{
    Filter f;
    f.text = QStringLiteral("oren1");
    TextSearch fromFiles(m_index, m_store.handle());
    fromFiles.proveSources();
    PositionBits viaFiles;
    QVERIFY(fromFiles.search(f.text, &viaFiles, {}));
    QCOMPARE(fromFiles.note(), QStringLiteral("searched the source files"));
    QVERIFY(QFile::rename(m_sourceCopy, m_sourceCopy + QStringLiteral(".moved")));
    TextSearch fromCase(m_index, m_store.handle());
    fromCase.proveSources();
    PositionBits viaCase;
    QVERIFY(fromCase.search(f.text, &viaCase, {}));
    QVERIFY(fromCase.note().contains(QStringLiteral("no longer there")));
    QVERIFY(viaFiles == viaCase);
    QVERIFY(QFile::rename(m_sourceCopy + QStringLiteral(".moved"), m_sourceCopy));
}

void TestEventIndex::findIgnoresAsciiCase_data()
{
    QTest::addColumn<QByteArray>("haystack");
    QTest::addColumn<QByteArray>("needle"); // lower case, as TextSearch passes it
    QTest::addColumn<int>("at");            // -1: not found
    const QByteArray filler(100, 'x');
    QTest::newRow("start") << QByteArray("Deploy-Prod") + filler << QByteArray("deploy-prod") << 0;
    QTest::newRow("end") << filler + "DEPLOY" << QByteArray("deploy") << 100;
    QTest::newRow("across a 16-byte step")
        << filler.left(13) + "nightly" + filler << QByteArray("nightly") << 13;
    QTest::newRow("across a 32-byte step")
        << filler.left(29) + "NiGhTlY" + filler << QByteArray("nightly") << 29;
    QTest::newRow("one byte") << filler + "Q" << QByteArray("q") << 100;
    QTest::newRow("quotes") << filler + ""
                                        "name"
                                        ":"
                            << QByteArray(""
                                          "name"
                                          "")
                            << 100;
    QTest::newRow("not letters folded") << filler + "@[" << QByteArray("`{") << -1;
    QTest::newRow("utf-8 exact") << filler + "山田太郎" << QByteArray("田太") << 103;
    QTest::newRow("absent") << filler + filler << QByteArray("xy") << -1;
    QTest::newRow("longer than text") << QByteArray("abc") << QByteArray("abcd") << -1;
}

void TestEventIndex::findIgnoresAsciiCase()
{
    QFETCH(QByteArray, haystack);
    QFETCH(QByteArray, needle);
    QFETCH(int, at);
    const char *begin = haystack.constData();
    const char *hit = TextSearch::find(begin, begin + haystack.size(), needle);
    QCOMPARE(hit ? int(hit - begin) : -1, at);
}

QTEST_GUILESS_MAIN(TestEventIndex)
#include "tst_eventindex.moc"
