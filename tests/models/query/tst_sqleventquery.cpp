// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// What SqlEventQuery (the CLI's query and the reference of the index) makes of values a case
// should not hold but a damaged or hand-edited one may: text in an integer column, a number with a
// fraction, a blob, bytes that are not UTF-8. The answer must not change with the way the case is
// read.

#include "importing/importer.h"
#include "query/sqleventquery.h"
#include "store/casestore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace auditlens;

class TestSqlEventQuery : public QObject
{
    Q_OBJECT

private slots:
    void oddStoredValues_data();
    void oddStoredValues();
};

namespace {
QVariant fieldOf(const EventRow &r, const QString &name)
{
    if (name == QLatin1String("line"))
        return r.line;
    if (name == QLatin1String("offset"))
        return r.offset;
    if (name == QLatin1String("success"))
        return int(r.success);
    if (name == QLatin1String("hasTime"))
        return r.hasTime;
    if (name == QLatin1String("occurredNs"))
        return r.occurredNs;
    if (name == QLatin1String("flags"))
        return r.flags;
    if (name == QLatin1String("dupKind"))
        return int(r.dupKind);
    if (name == QLatin1String("dupCount"))
        return r.dupCount;
    if (name == QLatin1String("dupRank"))
        return r.dupRank;
    if (name == QLatin1String("eventId"))
        return r.eventId;
    if (name == QLatin1String("requestId"))
        return r.requestId;
    if (name == QLatin1String("occurredAt"))
        return r.occurredAt;
    if (name == QLatin1String("payload"))
        return r.payload;
    if (name == QLatin1String("payloadIsNull"))
        return r.payload.isNull();
    if (name == QLatin1String("actorName"))
        return r.actorName;
    return QStringLiteral("no such field");
}
} // namespace

void TestSqlEventQuery::oddStoredValues_data()
{
    QTest::addColumn<QString>("update"); // SQL run on the case before the query
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("expected");

    const QString one = QStringLiteral("UPDATE events SET %1 WHERE seq = 1");
    QTest::newRow("line as text with a number first")
        << one.arg(QStringLiteral("line = '12abc'")) << "line" << QVariant(qint64(0));
    QTest::newRow("line with a fraction")
        << one.arg(QStringLiteral("line = 7.6")) << "line" << QVariant(qint64(8));
    QTest::newRow("line as a blob of digits")
        << one.arg(QStringLiteral("line = X'3132'")) << "line" << QVariant(qint64(12));
    QTest::newRow("offset as text in spaces")
        << one.arg(QStringLiteral("offset = ' 34x'")) << "offset" << QVariant(qint64(0));
    QTest::newRow("success as text")
        << one.arg(QStringLiteral("success = '1x'")) << "success" << QVariant(0);
    QTest::newRow("success out of range")
        << one.arg(QStringLiteral("success = 2")) << "success" << QVariant(2);
    QTest::newRow("success with a fraction")
        << one.arg(QStringLiteral("success = 0.6")) << "success" << QVariant(1);
    QTest::newRow("time as text: there is one")
        << one.arg(QStringLiteral("occurred_ns = '123abc'")) << "hasTime" << QVariant(true);
    QTest::newRow("time as text: its value")
        << one.arg(QStringLiteral("occurred_ns = '123abc'")) << "occurredNs" << QVariant(qint64(0));
    QTest::newRow("flags as text")
        << one.arg(QStringLiteral("flags = '3z'")) << "flags" << QVariant(quint32(0));
    const QString copies = QStringLiteral(
        "INSERT INTO duplicates(seq, kind, count, rank) VALUES (1, '2x', '3y', 2.5)");
    QTest::newRow("duplicate kind as text") << copies << "dupKind" << QVariant(0);
    QTest::newRow("duplicate count as text") << copies << "dupCount" << QVariant(0);
    QTest::newRow("duplicate rank with a fraction") << copies << "dupRank" << QVariant(3);
    QTest::newRow("event id as a blob") << one.arg(QStringLiteral("event_id = X'616263'"))
                                        << "eventId" << QVariant(QStringLiteral("abc"));
    QTest::newRow("request id not UTF-8")
        << one.arg(QStringLiteral("request_id = CAST(X'ff41' AS TEXT)")) << "requestId"
        << QVariant(QStringLiteral("\uFFFDA"));
    QTest::newRow("cell as a blob with a NUL and a byte not UTF-8")
        << one.arg(QStringLiteral("occurred_at = X'00ff41'")) << "occurredAt"
        << QVariant(QByteArray("\0\xef\xbf\xbd"
                               "A",
                               5));
    QTest::newRow("cell not UTF-8")
        << one.arg(QStringLiteral("payload = CAST(X'ff41' AS TEXT)")) << "payload"
        << QVariant(QByteArray("\xef\xbf\xbd"
                               "A"));
    QTest::newRow("cell empty, not null")
        << one.arg(QStringLiteral("payload = ''")) << "payloadIsNull" << QVariant(false);
    QTest::newRow("cell null") << one.arg(QStringLiteral("payload = NULL")) << "payloadIsNull"
                               << QVariant(true);
    QTest::newRow("entity name as a blob")
        << QStringLiteral("UPDATE entities SET name = X'6f72656e' WHERE id ="
                          " (SELECT actor FROM events WHERE seq = 1)")
        << "actorName" << QVariant(QStringLiteral("oren"));
}

void TestSqlEventQuery::oddStoredValues()
{
    QFETCH(QString, update);
    QFETCH(QString, field);
    QFETCH(QVariant, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CaseStore store;
    QString error;
    QVERIFY2(
        store.open(dir.filePath(QStringLiteral("c.auditlens")), CaseStore::Mode::ReadWrite, &error),
        qPrintable(error));
    const ImportResult imported =
        Importer(store).run({QStringLiteral(AUDITLENS_TEST_DATA "/basic.csv")});
    QVERIFY2(imported.ok, qPrintable(imported.error));
    QSqlQuery q(store.database());
    QVERIFY2(q.exec(update), qPrintable(q.lastError().text()));

    const SqlEventQuery query(store);
    EventRow row;
    QVERIFY(query.fetch(1, &row));
    QCOMPARE(fieldOf(row, field), expected);
    // The same row through the filter's path.
    QVariant listed;
    QVERIFY(query.forEach(Filter(), -1, [&](const EventRow &r) {
        if (r.seq != 1)
            return true;
        listed = fieldOf(r, field);
        return false;
    }));
    QCOMPARE(listed, expected);
}

QTEST_GUILESS_MAIN(TestSqlEventQuery)
#include "tst_sqleventquery.moc"
