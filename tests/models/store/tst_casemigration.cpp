// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// A case of format 2 (before today's organization, account and IP columns), made by AuditLens
// at that format from current.csv: opened for writing it is brought up to date with the columns
// filled as an import of today fills them; opened read-only it stays byte for byte as it is and
// its addresses can still be compared.

#include "findings/shippedfindings.h"
#include "importing/importer.h"
#include "parsing/ipaddress.h"
#include "store/casestore.h"
#include "testdata.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace auditlens;

namespace {
using auditlens::tests::data;
using auditlens::tests::sha256Of;

int version(const CaseStore &store)
{
    QSqlQuery q(store.database());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

// What the new columns say of each event, in seq order.
QStringList requestColumns(const CaseStore &store)
{
    QSqlQuery q(store.database());
    const bool ran = q.exec(QStringLiteral(
        "SELECT e.line, o.ext_id, o.type, o.name, a.ext_id, a.type, a.name, e.ip, hex(e.ip_key),"
        " e.client_trace_id, e.request_id FROM events AS e LEFT JOIN entities AS o ON o.id ="
        " e.organization LEFT JOIN entities AS a ON a.id = e.account ORDER BY e.seq"));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < 11; ++c)
            cells << (q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
        rows << cells.join(QLatin1Char('|'));
    }
    if (!ran || q.lastError().isValid())
        rows << q.lastError().text();
    return rows;
}

// Events whose address lies in the block (or is the address) written as text.
qint64 eventsAt(const CaseStore &store, const QString &block)
{
    QByteArray first;
    QByteArray last;
    if (!IpAddress::range(block, &first, &last))
        return -1;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE ip_key BETWEEN ? AND ?"));
    q.addBindValue(first);
    q.addBindValue(last);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 eventsOf(const CaseStore &store, const QString &organization)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM events AS e JOIN entities AS o ON o.id ="
                             " e.organization WHERE o.name = ?"));
    q.addBindValue(organization);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestCaseMigration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readOnlyLeavesTheFileAsItIs();
    void writableOpenFillsTheNewColumns();
    void formatThreeGainsTheAnnotationTables_data();
    void formatThreeGainsTheAnnotationTables();
    void formatFourGainsTheEventLineIndex_data();
    void formatFourGainsTheEventLineIndex();
    void formatFiveGainsTheFindingTables_data();
    void formatFiveGainsTheFindingTables();
    void formatSixGainsTheRuleSettingsTable_data();
    void formatSixGainsTheRuleSettingsTable();
    void addressesAreComparedAsAddresses_data();
    void addressesAreComparedAsAddresses();

private:
    QTemporaryDir m_dir;
    QString m_case;
};

void TestCaseMigration::init()
{
    QVERIFY(m_dir.isValid());
    m_case = m_dir.filePath(QStringLiteral("format2.auditlens"));
    QFile::remove(m_case);
    QVERIFY(QFile::copy(data(QStringLiteral("format2_current.auditlens")), m_case));
    QVERIFY(QFile::setPermissions(m_case, QFile::ReadOwner | QFile::WriteOwner));
}

void TestCaseMigration::readOnlyLeavesTheFileAsItIs()
{
    const QByteArray before = sha256Of(m_case);
    {
        CaseStore store;
        QString error;
        QVERIFY2(store.open(m_case, CaseStore::Mode::ReadOnly, &error), qPrintable(error));
        QCOMPARE(version(store), 2);
        QCOMPARE(store.eventCount(), 14);
        // The addresses are read from the kept cells: request.ip_address, else
        // common_fields.source_ip (line 9).
        QCOMPARE(eventsAt(store, QStringLiteral("0.0.0.0/0")), 9);
        QCOMPARE(eventsAt(store, QStringLiteral("2001:db8::/32")), 4);
        QCOMPARE(eventsAt(store, QStringLiteral("10.0.0.0/8")), 2);
        QCOMPARE(eventsAt(store, QStringLiteral("::ffff:203.0.113.24")), 3);
        const QStringList rows = requestColumns(store);
        QCOMPARE(rows.size(), 14);
        QVERIFY2(rows[7].startsWith(QStringLiteral("9|")) &&
                     rows[7].contains(QStringLiteral("|2001:db8:10:20::6|")),
                 qPrintable(rows[7]));
    }
    QCOMPARE(sha256Of(m_case), before);
}

void TestCaseMigration::writableOpenFillsTheNewColumns()
{
    // The same events imported today, for comparison.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.auditlens"));
    QFile::remove(fresh);
    QStringList expected;
    {
        CaseStore store;
        QString error;
        QVERIFY2(store.open(fresh, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
        Importer importer(store);
        QVERIFY(importer.run({data(QStringLiteral("current.csv"))}).ok);
        expected = requestColumns(store);
    }
    {
        CaseStore store;
        QString error;
        QVERIFY2(store.open(m_case, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
        QCOMPARE(version(store), CaseStore::kSchemaVersion);
        QCOMPARE(requestColumns(store), expected);
        QCOMPARE(eventsOf(store, QStringLiteral("acme-labs")), 2);
        QCOMPARE(eventsOf(store, QStringLiteral("acme-corp")), 12);
        QCOMPARE(eventsAt(store, QStringLiteral("2001:db8:10:20::5")), 3);
    }
    // Once brought up to date, it opens as any case of this version, also read-only.
    CaseStore store;
    QString error;
    QVERIFY2(store.open(m_case, CaseStore::Mode::ReadOnly, &error), qPrintable(error));
    QCOMPARE(requestColumns(store), expected);
}

// A case of format 3 (before the annotation tables), made by AuditLens at that format from
// current.csv: opened for writing it gains the tables with the preset tags and is of this
// version; read-only, this connection sees the same (empty but for the presets) and the file
// stays byte for byte as it is.
void TestCaseMigration::formatThreeGainsTheAnnotationTables_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-write") << false;
    QTest::newRow("read-only") << true;
}

void TestCaseMigration::formatThreeGainsTheAnnotationTables()
{
    QFETCH(bool, readOnly);
    const QString path = m_dir.filePath(QStringLiteral("format3.auditlens"));
    QFile::remove(path);
    QVERIFY(QFile::copy(data(QStringLiteral("format3_current.auditlens")), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray before = sha256Of(path);
    {
        CaseStore store;
        QString error;
        QVERIFY2(store.open(path, readOnly ? CaseStore::Mode::ReadOnly : CaseStore::Mode::ReadWrite,
                            &error),
                 qPrintable(error));
        QCOMPARE(version(store), readOnly ? 3 : CaseStore::kSchemaVersion);
        QCOMPARE(store.eventCount(), 14);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM tags WHERE preset = 1 ORDER BY id")));
        QStringList presets;
        while (q.next())
            presets << q.value(0).toString();
        QCOMPARE(presets,
                 QStringLiteral("suspicious malicious benign needs-review false-positive reported")
                     .split(QLatin1Char(' ')));
        QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT color), min(length(description))"
                                      " FROM tags")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 6);
        QVERIFY(q.value(1).toInt() > 10);
        for (const char *table : {"event_tags", "stars", "notes", "annotation_log", "views"}) {
            QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        // The log is append-only here too.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO annotation_log(at, author, action)"
                                      " VALUES ('2026-01-01T00:00:00.000Z', 'a', 'test')")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM annotation_log")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE annotation_log SET author = 'b'")));
    }
    if (readOnly) {
        QCOMPARE(sha256Of(path), before);
        return;
    }
    QVERIFY(sha256Of(path) != before);
    // Brought up to date, it opens as a case of this version, also read-only.
    CaseStore store;
    QString error;
    QVERIFY2(store.open(path, CaseStore::Mode::ReadOnly, &error), qPrintable(error));
    QCOMPARE(version(store), CaseStore::kSchemaVersion);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM annotation_log")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

// A case of format 4 lacks only events_line, which finds an event by its source and line as an
// annotation names it. Opened for writing it gains the index and is of this version, and a
// lookup by source and line uses it; read-only, the file stays as it is.
void TestCaseMigration::formatFourGainsTheEventLineIndex_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-write") << false;
    QTest::newRow("read-only") << true;
}

void TestCaseMigration::formatFourGainsTheEventLineIndex()
{
    QFETCH(bool, readOnly);
    const QString path = m_dir.filePath(QStringLiteral("format4.auditlens"));
    QFile::remove(path);
    auto lineIndexes = [](const CaseStore &store) {
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT count(*) FROM main.sqlite_master WHERE type = 'index' AND"
                              " name = 'events_line'"));
        return q.next() ? q.value(0).toInt() : -1;
    };
    {
        // A case of today, taken back to format 4 as that format wrote it.
        CaseStore store;
        QString error;
        QVERIFY2(store.open(path, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY(Importer(store).run({data(QStringLiteral("current.csv"))}).ok);
        QCOMPARE(lineIndexes(store), 1);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("DROP INDEX events_line")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=4")));
    }
    const QByteArray before = sha256Of(path);
    {
        CaseStore store;
        QString error;
        QVERIFY2(store.open(path, readOnly ? CaseStore::Mode::ReadOnly : CaseStore::Mode::ReadWrite,
                            &error),
                 qPrintable(error));
        QCOMPARE(version(store), readOnly ? 4 : CaseStore::kSchemaVersion);
        QCOMPARE(lineIndexes(store), readOnly ? 0 : 1);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT seq FROM events WHERE"
                                      " source_id = 1 AND line = 3")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QCOMPARE(plan.contains(QLatin1String("events_line")), !readOnly);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM events WHERE source_id = 1 AND"
                                      " line = 3")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    if (readOnly)
        QCOMPARE(sha256Of(path), before);
}

void TestCaseMigration::formatFiveGainsTheFindingTables_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-write") << false;
    QTest::newRow("read-only") << true;
}

void TestCaseMigration::formatFiveGainsTheFindingTables()
{
    QFETCH(bool, readOnly);
    const QString path = m_dir.filePath(QStringLiteral("format5.auditlens"));
    QFile::remove(path);
    // The finding tables in the file itself (main), and in any schema (temp included).
    auto tables = [](const CaseStore &store, const char *schema) {
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM %1.sqlite_master"
                              " WHERE type = 'table' AND name LIKE 'finding%' ORDER BY name)")
                   .arg(QLatin1String(schema)));
        return q.next() ? q.value(0).toString() : QStringLiteral("?");
    };
    {
        // A case of today, taken back to format 5 as that format wrote it.
        CaseStore store;
        QString error;
        QVERIFY2(store.open(path, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY(Importer(store).run({data(QStringLiteral("current.csv"))}).ok);
        QCOMPARE(tables(store, "main"), QStringLiteral("finding_hits,finding_rules"));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE finding_rules")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE finding_hits")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM meta WHERE key = 'findings_fingerprint'")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=5")));
    }
    const QByteArray before = sha256Of(path);
    {
        CaseStore store;
        QString error;
        QVERIFY2(store.open(path, readOnly ? CaseStore::Mode::ReadOnly : CaseStore::Mode::ReadWrite,
                            &error),
                 qPrintable(error));
        QCOMPARE(version(store), readOnly ? 5 : CaseStore::kSchemaVersion);
        QCOMPARE(tables(store, "main"),
                 readOnly ? QString() : QStringLiteral("finding_hits,finding_rules"));
        QCOMPARE(tables(store, "temp"),
                 readOnly ? QStringLiteral("finding_hits,finding_rules") : QString());
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM finding_rules) +"
                                      " (SELECT count(*) FROM finding_hits)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    if (readOnly)
        QCOMPARE(sha256Of(path), before);
}

// A case of format 6 (findings kept, no rule settings): opened for writing it gains the empty
// rule_settings table and keeps its findings; read-only, this connection alone has the table (the
// kept findings stay readable) and the file stays byte for byte as it is.
void TestCaseMigration::formatSixGainsTheRuleSettingsTable_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-write") << false;
    QTest::newRow("read-only") << true;
}

void TestCaseMigration::formatSixGainsTheRuleSettingsTable()
{
    QFETCH(bool, readOnly);
    const QString path = m_dir.filePath(QStringLiteral("format6.auditlens"));
    QFile::remove(path);
    auto count = [](const CaseStore &store, const QString &sql) {
        QSqlQuery q(store.database());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    };
    int keptRules = 0;
    {
        // A case of today, taken back to format 6 as that format wrote it.
        CaseStore store;
        QString error;
        QVERIFY2(store.open(path, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY(Importer(store).run({data(QStringLiteral("current.csv"))}).ok);
        QVERIFY2(ShippedFindings::refresh(store, &error), qPrintable(error));
        keptRules = count(store, QStringLiteral("SELECT count(*) FROM finding_rules"));
        QVERIFY(keptRules > 0);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE rule_settings")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=6")));
    }
    const QByteArray before = sha256Of(path);
    {
        CaseStore store;
        QString error;
        QVERIFY2(store.open(path, readOnly ? CaseStore::Mode::ReadOnly : CaseStore::Mode::ReadWrite,
                            &error),
                 qPrintable(error));
        QCOMPARE(version(store), readOnly ? 6 : CaseStore::kSchemaVersion);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM main.sqlite_master WHERE"
                                             " name = 'rule_settings'")),
                 readOnly ? 0 : 1);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM rule_settings")), 0);
        // The findings kept at format 6 are still the file's, not shadowed by empty ones.
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM finding_rules")), keptRules);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM temp.sqlite_master WHERE"
                                             " name LIKE 'finding%'")),
                 0);
    }
    if (readOnly)
        QCOMPARE(sha256Of(path), before);
}

void TestCaseMigration::addressesAreComparedAsAddresses_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("inside");
    QTest::newRow("IPv4 as itself") << "10.1.2.3"
                                    << "10.1.2.3" << true;
    QTest::newRow("IPv4-mapped IPv6") << "10.1.2.3"
                                      << "::ffff:10.1.2.3" << true;
    QTest::newRow("IPv6 spelled out in capitals") << "2001:db8:10:20::5"
                                                  << "2001:0DB8:10:20:0:0:0:5" << true;
    QTest::newRow("IPv4 CIDR") << "10.0.0.0/8"
                               << "10.255.0.1" << true;
    QTest::newRow("outside an IPv4 CIDR") << "10.0.0.0/8"
                                          << "11.0.0.0" << false;
    QTest::newRow("IPv6 CIDR") << "2001:db8::/32"
                               << "2001:db8:ffff::1" << true;
    QTest::newRow("outside an IPv6 CIDR") << "2001:db8::/32"
                                          << "2001:db9::1" << false;
    QTest::newRow("an IPv4 block holds no IPv6 address") << "0.0.0.0/0"
                                                         << "2001:db8::1" << false;
    QTest::newRow("not an address") << "10.0.0.0/8"
                                    << "10.1" << false;
    QTest::newRow("IPv6 networks hold no IPv4 address") << "::/0"
                                                        << "10.1.2.3" << false;
    QTest::newRow("every IPv6 address") << "::/0"
                                        << "2001:db8::1" << true;
    QTest::newRow("the IPv4-mapped block") << "::ffff:0:0/96"
                                           << "10.1.2.3" << true;
    QTest::newRow("just beyond the IPv4 addresses") << "::/0"
                                                    << "::1:0:0:0" << true;
}

void TestCaseMigration::addressesAreComparedAsAddresses()
{
    QFETCH(QString, block);
    QFETCH(QString, address);
    QFETCH(bool, inside);
    QList<QPair<QByteArray, QByteArray>> ranges;
    QVERIFY(IpAddress::ranges(block, &ranges));
    const QByteArray key = IpAddress::key(address);
    bool in = false;
    for (const auto &[first, last] : ranges)
        in = in || (!key.isEmpty() && first <= key && key <= last);
    QCOMPARE(in, inside);
}

QTEST_GUILESS_MAIN(TestCaseMigration)
#include "tst_casemigration.moc"
