// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// A filter's time bounds as people type them: a day, a minute, a second, a full timestamp.

#include "parsing/timestampparser.h"
#include "query/timebound.h"

#include <QTest>

using namespace auditlens;

class TestTimeBound : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void refusals_data();
    void refusals();
    void formatReadsBack_data();
    void formatReadsBack();
};

namespace {
qint64 at(const char *iso)
{
    qint64 ns = 0;
    const bool ok = TimestampParser::parse(iso, &ns);
    Q_ASSERT(ok);
    return ns;
}
} // namespace

void TestTimeBound::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("to");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("day as From: its first nanosecond")
        << QStringLiteral("2026-02-05") << false << at("2026-02-05T00:00:00Z");
    QTest::newRow("day as To: its last nanosecond")
        << QStringLiteral("2026-02-05") << true << at("2026-02-05T23:59:59.999999999Z");
    QTest::newRow("day with spaces around")
        << QStringLiteral("  2026-02-05 ") << true << at("2026-02-05T23:59:59.999999999Z");
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << true
                              << at("2024-02-29T23:59:59.999999999Z");
    QTest::newRow("minute with a space, From")
        << QStringLiteral("2026-02-05 10:15") << false << at("2026-02-05T10:15:00Z");
    QTest::newRow("minute with T, To")
        << QStringLiteral("2026-02-05T10:15") << true << at("2026-02-05T10:15:59.999999999Z");
    QTest::newRow("minute in UTC")
        << QStringLiteral("2026-02-05T10:15Z") << true << at("2026-02-05T10:15:59.999999999Z");
    QTest::newRow("second without zone is UTC and exact")
        << QStringLiteral("2026-02-05 10:15:30") << true << at("2026-02-05T10:15:30Z");
    QTest::newRow("fraction without zone")
        << QStringLiteral("2026-02-05T10:15:30.5") << false << at("2026-02-05T10:15:30.5Z");
    QTest::newRow("full timestamp stays exact as To")
        << QStringLiteral("2026-02-05T10:15:30.123456789Z") << true
        << at("2026-02-05T10:15:30.123456789Z");
    QTest::newRow("offset") << QStringLiteral("2026-02-05T12:15:30+02:00") << false
                            << at("2026-02-05T10:15:30Z");
}

void TestTimeBound::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, to);
    QFETCH(qint64, expected);
    qint64 ns = 0;
    QVERIFY(TimeBound::parse(text, to ? TimeBound::Side::To : TimeBound::Side::From, &ns));
    QCOMPARE(TimestampParser::format(ns), TimestampParser::format(expected));
}

void TestTimeBound::refusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no such day") << QStringLiteral("2026-02-30");
    QTest::newRow("month only") << QStringLiteral("2026-02");
    QTest::newRow("hour only") << QStringLiteral("2026-02-05 10");
    QTest::newRow("words") << QStringLiteral("yesterday");
    QTest::newRow("no such minute") << QStringLiteral("2026-02-05 10:75");
}

void TestTimeBound::refusals()
{
    QFETCH(QString, text);
    qint64 ns = 0;
    const char *why = nullptr;
    QVERIFY(!TimeBound::parse(text, TimeBound::Side::From, &ns, &why));
    QVERIFY(why && *why);
}

void TestTimeBound::formatReadsBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("to");
    QTest::addColumn<QString>("shown");
    QTest::newRow("day From") << QStringLiteral("2026-02-05") << false
                              << QStringLiteral("2026-02-05");
    QTest::newRow("day To") << QStringLiteral("2026-02-05") << true << QStringLiteral("2026-02-05");
    QTest::newRow("minute To") << QStringLiteral("2026-02-05T10:15") << true
                               << QStringLiteral("2026-02-05 10:15");
    QTest::newRow("midnight as To is an instant")
        << QStringLiteral("2026-02-05T00:00:00Z") << true << QStringLiteral("2026-02-05T00:00:00Z");
    QTest::newRow("nanoseconds") << QStringLiteral("2026-02-05T10:15:30.123456789Z") << false
                                 << QStringLiteral("2026-02-05T10:15:30.123456789Z");
}

void TestTimeBound::formatReadsBack()
{
    QFETCH(QString, text);
    QFETCH(bool, to);
    QFETCH(QString, shown);
    const auto side = to ? TimeBound::Side::To : TimeBound::Side::From;
    qint64 ns = 0, again = 0;
    QVERIFY(TimeBound::parse(text, side, &ns));
    QCOMPARE(TimeBound::format(ns, side), shown);
    QVERIFY(TimeBound::parse(TimeBound::format(ns, side), side, &again));
    QCOMPARE(again, ns);
}

QTEST_APPLESS_MAIN(TestTimeBound)
#include "tst_timebound.moc"
