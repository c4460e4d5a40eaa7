// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Every int64 is a seq a case may hold and a time the parser accepts
// (1677-09-21T00:12:43.145224192Z is INT64_MIN, 2262-04-11T23:47:16.854775807Z is INT64_MAX): the
// index's map of seqs and the histogram's buckets work at both ends without overflow and in memory
// of the events' size.

#include "index/seqmap.h"
#include "parsing/timestampparser.h"
#include "query/indexquery.h"

#include <QTest>

#include <algorithm>
#include <limits>
#include <vector>

using namespace auditlens;

namespace {
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kDay = 86400LL * 1000000000LL;
} // namespace

Q_DECLARE_METATYPE(std::vector<qint64>)

class TestInt64Ends : public QObject
{
    Q_OBJECT

private slots:
    void seqMap_data();
    void seqMap();
    void seqMapRefusesSharedSeqs();
    void histogram_data();
    void histogram();
};

void TestInt64Ends::seqMap_data()
{
    QTest::addColumn<std::vector<qint64>>("seqs");
    QTest::newRow("dense from 1") << std::vector<qint64>{3, 1, 2, 5, 4};
    QTest::newRow("INT64_MIN and INT64_MAX") << std::vector<qint64>{1, 2, kMax, 4, kMin, 7};
    QTest::newRow("2^62") << std::vector<qint64>{1, 2, 4611686018427387904LL, 3};
    QTest::newRow("negative") << std::vector<qint64>{-1, -5, -3, -2, -4};
    QTest::newRow("far apart") << std::vector<qint64>{1000003, 2000006, 3000009, 0};
    QTest::newRow("one") << std::vector<qint64>{kMin};
}

// Each seq finds its position, a seq not held finds none, the order of seqs is kept, and the map
// costs memory of the events' size whatever the seqs (a table from INT64_MIN to INT64_MAX once
// wrapped to a small size and was written past its end).
void TestInt64Ends::seqMap()
{
    QFETCH(std::vector<qint64>, seqs);
    SeqMap map;
    QVERIFY(map.build(seqs));
    for (size_t p = 0; p < seqs.size(); ++p)
        QCOMPARE(map.positionOf(seqs[p]), qint64(p));
    for (const qint64 absent : {kMin + 1, kMax - 1, qint64(-6), qint64(6), qint64(1000004)}) {
        if (std::find(seqs.begin(), seqs.end(), absent) == seqs.end())
            QCOMPARE(map.positionOf(absent), qint64(-1));
    }
    std::vector<qint64> sorted = seqs;
    std::sort(sorted.begin(), sorted.end());
    for (size_t i = 1; i < sorted.size(); ++i) {
        QVERIFY(map.orderOf(sorted[i - 1]) < map.orderOf(sorted[i]));
        // Nothing between neighbours; each one itself.
        QVERIFY(!map.holdsSeqIn(sorted[i - 1] + 1, sorted[i] - 1));
        QVERIFY(map.holdsSeqIn(sorted[i], sorted[i]));
        QVERIFY(map.holdsSeqIn(sorted[i - 1], sorted[i - 1]));
    }
    QVERIFY(!map.holdsSeqIn(sorted.back() + (sorted.back() < kMax ? 1 : 0), kMax) ||
            sorted.back() == kMax);
    QVERIFY(map.holdsSeqIn(kMin, kMax));
    QVERIFY2(map.memoryBytes() <= qint64(seqs.size()) * 24 + 4 * 2048,
             qPrintable(QString::number(map.memoryBytes())));
}

void TestInt64Ends::seqMapRefusesSharedSeqs()
{
    SeqMap map;
    QVERIFY(!map.build({1, 2, 2, 3}));
    QVERIFY(!map.build({kMin, kMax, kMin}));
    QCOMPARE(map.positionOf(kMin), qint64(-1));
}

void TestInt64Ends::histogram_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::newRow("INT64_MIN alone") << kMin << kMin;
    QTest::newRow("the first second") << kMin << kMin + 1000000000LL;
    QTest::newRow("the first week") << kMin << kMin + 7 * kDay;
    QTest::newRow("the first year") << kMin << kMin + 365 * kDay;
    QTest::newRow("INT64_MAX alone") << kMax << kMax;
    QTest::newRow("the last minute") << kMax - 60000000000LL << kMax;
    QTest::newRow("the last week") << kMax - 7 * kDay << kMax;
    QTest::newRow("every instant") << kMin << kMax;
    QTest::newRow("every instant, backwards") << kMax << kMin;
    QTest::newRow("a day in 2026")
        << qint64(1767225600) * 1000000000LL << qint64(1767225600) * 1000000000LL + kDay;
}

// Buckets cover the span, from a bound at or before its start to one after its end (or
// INT64_MAX, which closes the last bucket), in ascending order and in at most the buckets asked
// for (a bucket bound at the ends of int64 once overflowed on the first query).
void TestInt64Ends::histogram()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    const Histogram h = IndexQuery::emptyHistogram(from, to, 120);
    const qint64 lo = std::min(from, to), hi = std::max(from, to);
    QVERIFY(h.bounds.size() >= 2);
    QCOMPARE(h.counts.size(), h.bounds.size() - 1);
    QVERIFY2(h.counts.size() <= 242, qPrintable(QString::number(h.counts.size())));
    QVERIFY(h.bounds.front() <= lo);
    QVERIFY(h.bounds.back() > hi || h.bounds.back() == kMax);
    for (size_t i = 1; i < h.bounds.size(); ++i)
        QVERIFY(h.bounds[i - 1] < h.bounds[i]);
    // Every bound is a time the viewer can show.
    for (const qint64 b : h.bounds) {
        qint64 back = 0;
        QVERIFY(TimestampParser::parse(TimestampParser::format(b, 9).toStdString(), &back));
        QCOMPARE(back, b);
    }
}

QTEST_GUILESS_MAIN(TestInt64Ends)
#include "tst_int64ends.moc"
