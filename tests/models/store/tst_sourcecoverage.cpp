// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The holes in a case's evidence: whole UTC days between the earliest and the latest event that
// no source's span touches. (Sources, spans and shared counts of real exports: tst_sources.)

#include "store/sourcecoverage.h"

#include <QTest>

using namespace auditlens;

namespace {
constexpr qint64 kDay = 86400LL * 1000000000LL;
// 2026-08-01T00:00:00Z in days since the epoch.
constexpr qint64 kAug1 = 20666;

SourceSpan span(qint64 first, qint64 last)
{
    SourceSpan s;
    s.hasSpan = true;
    s.first = first;
    s.last = last;
    return s;
}
} // namespace

Q_DECLARE_METATYPE(QVector<SourceSpan>)

class TestSourceCoverage : public QObject
{
    Q_OBJECT

private slots:
    void days();
    void gaps_data();
    void gaps();
};

void TestSourceCoverage::days()
{
    QCOMPARE(SourceCoverage::dayText(kAug1), QStringLiteral("2026-08-01"));
    QCOMPARE(SourceCoverage::dayOf(kAug1 * kDay), kAug1);
    QCOMPARE(SourceCoverage::dayOf(kAug1 * kDay - 1), kAug1 - 1);
    QCOMPARE(SourceCoverage::dayOf(-1), qint64(-1)); // 1969-12-31T23:59:59.999999999Z
    QCOMPARE(SourceCoverage::dayText(-1), QStringLiteral("1969-12-31"));
}

void TestSourceCoverage::gaps_data()
{
    QTest::addColumn<QVector<SourceSpan>>("spans");
    QTest::addColumn<QString>("expected"); // from..to,from..to

    const qint64 a = kAug1 * kDay;
    QTest::newRow("no source") << QVector<SourceSpan>{} << QString();
    QTest::newRow("one source") << QVector<SourceSpan>{span(a, a + 9 * kDay)} << QString();
    QTest::newRow("overlapping") << QVector<SourceSpan>{span(a, a + 5 * kDay),
                                                        span(a + 4 * kDay, a + 9 * kDay)}
                                 << QString();
    QTest::newRow("adjacent days")
        << QVector<SourceSpan>{span(a, a + kDay - 1), span(a + kDay, a + 2 * kDay)} << QString();
    QTest::newRow("one day missing")
        << QVector<SourceSpan>{span(a, a + kDay - 1), span(a + 2 * kDay, a + 3 * kDay)}
        << QStringLiteral("2026-08-02..2026-08-02");
    QTest::newRow("a span touching a day by its last nanosecond covers it")
        << QVector<SourceSpan>{span(a, a + 2 * kDay - 1), span(a + 2 * kDay, a + 3 * kDay)}
        << QString();
    QTest::newRow("several days, in any order, twice")
        << QVector<SourceSpan>{span(a + 20 * kDay, a + 21 * kDay), span(a, a + 3 * kDay),
                               span(a + 8 * kDay + 5, a + 10 * kDay)}
        << QStringLiteral("2026-08-05..2026-08-08,2026-08-12..2026-08-20");
    QTest::newRow("a long span hides a short one's end")
        << QVector<SourceSpan>{span(a, a + 30 * kDay), span(a + 2 * kDay, a + 3 * kDay),
                               span(a + 33 * kDay, a + 34 * kDay)}
        << QStringLiteral("2026-09-01..2026-09-02");
    SourceSpan noTime;
    QTest::newRow("a source without times is left out")
        << QVector<SourceSpan>{span(a, a), noTime, span(a + 2 * kDay, a + 2 * kDay)}
        << QStringLiteral("2026-08-02..2026-08-02");
}

void TestSourceCoverage::gaps()
{
    QFETCH(QVector<SourceSpan>, spans);
    QFETCH(QString, expected);
    QStringList runs;
    for (const DayRun &run : SourceCoverage::gapsOf(spans))
        runs << SourceCoverage::dayText(run.from) + QStringLiteral("..") +
                    SourceCoverage::dayText(run.to);
    QCOMPARE(runs.join(QLatin1Char(',')), expected);
}

QTEST_GUILESS_MAIN(TestSourceCoverage)
#include "tst_sourcecoverage.moc"
