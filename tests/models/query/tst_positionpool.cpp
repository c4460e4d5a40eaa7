// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The buffers of results' positions: a buffer given back is the one taken next, empty and whole;
// and a query that writes its results into them answers every filter as one without a pool does,
// whichever results are still held and in whatever order the others are dropped.

#include "currentshapecase.h"
#include "index/eventindex.h"
#include "query/indexquery.h"
#include "query/positionpool.h"
#include "session/rowfetcher.h"
#include "store/casestore.h"

#include <QTemporaryDir>
#include <QTest>

#include <deque>
#include <memory>

using namespace auditlens;

namespace {
using auditlens::tests::openCurrentShapeCase;

Filter including(FilterField field, const QStringList &values)
{
    Filter f;
    f[field].include = values;
    return f;
}

Filter excluding(FilterField field, const QStringList &values)
{
    Filter f;
    f[field].exclude = values;
    return f;
}

// What a filter's answer is made of, to compare two answers.
QString shape(const QueryResult &r)
{
    QStringList parts;
    for (const quint32 p : r.positions)
        parts << QString::number(p);
    QString text = parts.join(QLatin1Char(',')) + QLatin1Char('|');
    for (const FacetCounts &facet : r.facets) {
        text += QString::number(facet.distinct) + QLatin1Char(':');
        for (const FacetValue &v : facet.top)
            text += v.key + QLatin1Char('=') + QString::number(v.count) + QLatin1Char(' ');
        text += QLatin1Char(';');
    }
    for (const quint32 c : r.histogram.counts)
        text += QString::number(c) + QLatin1Char(' ');
    return text;
}
} // namespace

class TestPositionPool : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bufferGivenBackIsTakenNext();
    void smallBuffersAreLeftToTheAllocator();
    void fullPoolKeepsItsLargest();
    void takeGrowsToTheCapacityAsked();
    void resultsAreThoseWithoutAPool_data();
    void resultsAreThoseWithoutAPool();

private:
    QTemporaryDir m_dir;
    CaseStore m_store;
    EventIndex m_index;
};

void TestPositionPool::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(
        openCurrentShapeCase(m_dir.filePath(QStringLiteral("pool.auditlens")), &m_store, &m_index));
}

void TestPositionPool::bufferGivenBackIsTakenNext()
{
    PositionPool pool;
    std::vector<quint32> first = pool.take(100000);
    QVERIFY(first.empty());
    QVERIFY(first.capacity() >= 100000);
    first.assign(70000, 7u);
    const quint32 *memory = first.data();
    pool.give(std::move(first));

    std::vector<quint32> again = pool.take(100000);
    QCOMPARE(again.data(), memory); // the same pages, not new ones
    QVERIFY(again.empty());         // and nothing of the result before
    QVERIFY(again.capacity() >= 100000);
}

void TestPositionPool::smallBuffersAreLeftToTheAllocator()
{
    PositionPool pool;
    std::vector<quint32> small(PositionPool::kSmallest / 2, 1u);
    pool.give(std::move(small));
    const std::vector<quint32> next = pool.take(0);
    QCOMPARE(next.capacity(), size_t(0));
}

void TestPositionPool::fullPoolKeepsItsLargest()
{
    PositionPool pool;
    const size_t base = PositionPool::kSmallest;
    std::vector<const quint32 *> largest;
    for (size_t i = 0; i < PositionPool::kKept + 2; ++i) {
        std::vector<quint32> buffer;
        buffer.reserve(base * (i + 1));
        if (i >= 2)
            largest.push_back(buffer.data());
        pool.give(std::move(buffer));
    }
    // The kKept largest stay, and the largest of them comes first.
    for (size_t i = 0; i < PositionPool::kKept; ++i) {
        const std::vector<quint32> taken = pool.take(0);
        QCOMPARE(taken.capacity(), base * (PositionPool::kKept + 2 - i));
        QCOMPARE(taken.data(), largest[largest.size() - 1 - i]);
    }
    QCOMPARE(pool.take(0).capacity(), size_t(0));
}

void TestPositionPool::takeGrowsToTheCapacityAsked()
{
    PositionPool pool;
    pool.prepare(2, 50000);
    const std::vector<quint32> a = pool.take(50000), b = pool.take(80000);
    QVERIFY(a.capacity() >= 50000);
    QVERIFY(b.capacity() >= 80000); // grown once, so that no later result outgrows it
    QCOMPARE(pool.take(10).capacity() >= 10, true);
}

void TestPositionPool::resultsAreThoseWithoutAPool_data()
{
    QTest::addColumn<int>("held");
    QTest::addColumn<bool>("smallCase"); // every way of the pass: two threads, target bitmaps
    QTest::newRow("each dropped at once") << 0 << false;
    QTest::newRow("one held") << 1 << false;
    QTest::newRow("three held") << 3 << false;
    QTest::newRow("six held, passes of a large case") << 6 << true;
}

void TestPositionPool::resultsAreThoseWithoutAPool()
{
    QFETCH(int, held);
    QFETCH(bool, smallCase);
    RowFetcher fetcher(m_store.handle());
    auto requestIdOf = [&](qint64 seq, std::string *id) { return fetcher.requestId(seq, id); };
    IndexQuery plain(m_index), pooled(m_index);
    for (IndexQuery *q : {&plain, &pooled}) {
        q->setRequestIdOf(requestIdOf);
        if (smallCase) {
            q->setTwoThreadsFrom(4);
            q->setLargeDictionaryAbove(2);
        }
    }
    auto pool = std::make_shared<PositionPool>();
    pool->prepare(2, m_index.size());
    pooled.setPositionPool(pool);

    Filter family = including(FilterField::Action, {QStringLiteral("workflow.*")});
    Filter withIp = family;
    withIp[FilterField::Ip].include = {QStringLiteral("2001:db8::/32")};
    Filter notOne = excluding(FilterField::Scope, {QStringLiteral("nope")});
    notOne.duplicates = DuplicateFilter::Unique;
    const QList<Filter> filters = {
        Filter(),
        family,
        withIp,
        notOne,
        including(FilterField::Source, {QStringLiteral("2")}),
        excluding(FilterField::Action, {QStringLiteral("workflow-job-start")}),
        including(FilterField::Ip, {QStringLiteral("10.0.0.0/8")}),
        excluding(FilterField::Request, {QStringLiteral("45e2b6fc-2bd9-4a04-9478-9a2c80be3f2d")}),
        family,
        Filter(),
    };
    std::deque<std::shared_ptr<QueryResult>> kept;
    for (int round = 0; round < 3; ++round) {
        for (const Filter &f : filters) {
            const QueryResult expected = plain.run(f, SortSpec());
            std::shared_ptr<QueryResult> got(new QueryResult(pooled.run(f, SortSpec())),
                                             [pool](QueryResult *done) {
                                                 pool->give(std::move(done->positions));
                                                 delete done;
                                             });
            QCOMPARE(shape(*got), shape(expected));
            kept.push_back(got);
            // Drop the oldest, or (every other round) a held one from the middle.
            while (int(kept.size()) > held) {
                const size_t at = round % 2 && kept.size() > 2 ? kept.size() / 2 : 0;
                kept.erase(kept.begin() + qptrdiff(at));
            }
        }
    }
    // The held results still say what they said.
    for (const auto &r : kept)
        QCOMPARE(shape(*r), shape(plain.run(r->filter, SortSpec())));
}

QTEST_GUILESS_MAIN(TestPositionPool)
#include "tst_positionpool.moc"
