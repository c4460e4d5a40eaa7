// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "parsing/timestampparser.h"

#include <QDateTime>
#include <QTest>

using namespace auditlens;

class TestTimestampParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void roundTrip();
    void agreesWithQDateTimeOnMilliseconds();
};

void TestTimestampParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ns");
    QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << qint64(0);
    QTest::newRow("millis") << "2017-12-21T13:50:54.474Z" << qint64(1513864254474000000);
    QTest::newRow("nine digits") << "2026-03-01T10:00:00.123456789Z" << qint64(1772359200123456789);
    QTest::newRow("one digit") << "2026-03-01T10:00:00.1Z" << qint64(1772359200100000000);
    QTest::newRow("no rounding into the next day")
        << "2026-12-31T23:59:59.9995Z" << qint64(1798761599999500000);
    QTest::newRow("last nanosecond of a day")
        << "2026-12-31T23:59:59.999999999Z" << qint64(1798761599999999999);
    QTest::newRow("offset east") << "2026-03-01T12:00:00.123456789+02:00"
                                 << qint64(1772359200123456789);
    QTest::newRow("offset west") << "2026-03-01T05:30:00-04:30" << qint64(1772359200000000000);
    QTest::newRow("offset without colon")
        << "2026-03-01T12:00:00+0200" << qint64(1772359200000000000);
    QTest::newRow("lower-case t and z") << "2026-03-01t10:00:00z" << qint64(1772359200000000000);
    QTest::newRow("space separator") << "2026-03-01 10:00:00Z" << qint64(1772359200000000000);
    QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << qint64(1709164800000000000);
    QTest::newRow("leap second reads as the next minute")
        << "2016-12-31T23:59:60Z" << qint64(1483228800000000000);
    QTest::newRow("before the epoch") << "1969-12-31T23:59:59.5Z" << qint64(-500000000);
}

void TestTimestampParser::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, ns);
    const QByteArray bytes = text.toUtf8();
    qint64 value = 0;
    const char *error = nullptr;
    QVERIFY2(TimestampParser::parse(std::string_view(bytes.constData(), size_t(bytes.size())),
                                    &value, &error),
             error);
    QCOMPARE(value, ns);
}

void TestTimestampParser::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("words") << "yesterday";
    QTest::newRow("month 13") << "2023-13-45T99:00:00Z";
    QTest::newRow("february 30") << "2026-02-30T00:00:00Z";
    QTest::newRow("february 29 of a common year") << "2025-02-29T00:00:00Z";
    QTest::newRow("hour 24") << "2026-01-01T24:00:00Z";
    QTest::newRow("leap second not at midnight") << "2026-01-01T12:00:60Z";
    QTest::newRow("no zone") << "2026-01-01T00:00:00";
    QTest::newRow("ten fractional digits") << "2026-01-01T00:00:00.1234567891Z";
    QTest::newRow("dot without digits") << "2026-01-01T00:00:00.Z";
    QTest::newRow("trailing text") << "2026-01-01T00:00:00Zjunk";
    QTest::newRow("date only") << "2026-01-01";
    QTest::newRow("beyond int64 nanoseconds") << "2263-01-01T00:00:00Z";
    QTest::newRow("bad offset") << "2026-01-01T00:00:00+25:00";
}

void TestTimestampParser::rejects()
{
    QFETCH(QString, text);
    const QByteArray bytes = text.toUtf8();
    qint64 value = 0;
    const char *error = nullptr;
    QVERIFY(!TimestampParser::parse(std::string_view(bytes.constData(), size_t(bytes.size())),
                                    &value, &error));
    QVERIFY(error && *error);
}

void TestTimestampParser::roundTrip()
{
    const qint64 samples[] = {0,  1,          999999999,           1798761599999500000,
                              -1, -500000000, 1772359200123456789, 4102444800000000000};
    for (const qint64 ns : samples) {
        const QByteArray text = TimestampParser::format(ns, 9).toLatin1();
        qint64 back = 0;
        QVERIFY(
            TimestampParser::parse(std::string_view(text.constData(), size_t(text.size())), &back));
        QCOMPARE(back, ns);
    }
    QCOMPARE(TimestampParser::format(1798761599999500000, 9),
             QStringLiteral("2026-12-31T23:59:59.999500000Z"));
    QCOMPARE(TimestampParser::format(1798761599999500000, -1),
             QStringLiteral("2026-12-31T23:59:59.999500Z"));
    QCOMPARE(TimestampParser::format(1767225600000000000, -1),
             QStringLiteral("2026-01-01T00:00:00Z"));
    QCOMPARE(TimestampParser::formatWithOffset(1772359200123456789, 2 * 3600, 3),
             QStringLiteral("2026-03-01T12:00:00.123+02:00"));
}

// On whole milliseconds both must agree, for any day of four centuries.
void TestTimestampParser::agreesWithQDateTimeOnMilliseconds()
{
    for (qint64 day = -25000; day < 105000; day += 997) {
        const qint64 ms = day * 86400000 + (day * 7919 % 86400000 + 86400000) % 86400000;
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QByteArray text = dt.toString(Qt::ISODateWithMs).toLatin1();
        qint64 ns = 0;
        QVERIFY2(
            TimestampParser::parse(std::string_view(text.constData(), size_t(text.size())), &ns),
            text.constData());
        QCOMPARE(ns, ms * 1000000);
    }
}

QTEST_GUILESS_MAIN(TestTimestampParser)
#include "tst_timestampparser.moc"
