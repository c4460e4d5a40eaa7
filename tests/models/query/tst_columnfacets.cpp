// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The facets of today's fields (organization, account, IP address, source) on the project's
// generator output: their counts equal SQL's over the case's events, with every condition but the
// facet's own; an older 11-column case has none; a click on a value includes or leaves out
// exactly the events it counts.

#include "importing/importer.h"
#include "index/eventindex.h"
#include "index/eventindexcollector.h"
#include "index/eventindexstorage.h"
#include "itemmodels/facetmodel.h"
#include "parsing/ipaddress.h"
#include "query/indexquery.h"
#include "session/rowfetcher.h"
#include "store/casestore.h"
#include "store/sqlitestatement.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace auditlens;

namespace {
constexpr IndexField kTodaysFields[] = {IndexField::Organization, IndexField::Account,
                                        IndexField::Ip, IndexField::Source};

// A facet's value as SQL sees it: the entity's row id, the address's key, the source's id.
QByteArray sqlKeyOf(const EventIndex &ix, IndexField field, quint32 code)
{
    switch (field) {
    case IndexField::Ip:
        return code == 0 ? QByteArray() : QByteArray(ix.ipKey(code).data(), 16).toHex();
    case IndexField::Source:
        return QByteArray::number(code);
    default:
        return code == 0 ? QByteArray("0")
                         : QByteArray::number(ix.dictionary(field).entityIds[code]);
    }
}

const char *sqlColumn(IndexField field)
{
    switch (field) {
    case IndexField::Organization:
        return "coalesce(organization, 0)";
    case IndexField::Account:
        return "coalesce(account, 0)";
    case IndexField::Ip:
        return "coalesce(hex(ip_key), '')";
    default:
        return "source_id";
    }
}

// What a test filter names, and its SQL.
struct Conditions
{
    QString actor;         // an actor id or name
    bool actorOut = false; // leave the actor out rather than keep it
    QString ip;            // an address
    QString source;        // a source number
};
} // namespace

class TestColumnFacets : public QObject
{
    Q_OBJECT

private slots:
    void countsEqualSql_data();
    void countsEqualSql();
    void olderExportsHaveNone();
    void clickIncludesAndExcludes_data();
    void clickIncludesAndExcludes();
    void sortByAddress_data();
    void sortByAddress();

private:
    // Generates an export of this shape and imports it (twice with two: a second source).
    bool makeCase(const QString &shape, int sources);
    std::map<QByteArray, quint32> sqlCounts(IndexField field, const Conditions &c);

    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    EventIndex m_index;
    int m_cases = 0;
};

bool TestColumnFacets::makeCase(const QString &shape, int sources)
{
    QStringList files;
    for (int s = 0; s < sources; ++s) {
        const QString file =
            m_dir.filePath(QStringLiteral("%1-%2-%3.csv").arg(shape).arg(m_cases).arg(s));
        QStringList args{QStringLiteral(AUDITLENS_SOURCE_DIR "/scripts/gen_audit.py"), file};
        args << QStringLiteral("--rows") << QStringLiteral("3000") << QStringLiteral("--bad")
             << QStringLiteral("0") << QStringLiteral("--seed") << QString::number(11 + s)
             << QStringLiteral("--shape") << shape;
        if (shape != QLatin1String("classic")) // several organisations
            args << QStringLiteral("--orgs") << QStringLiteral("3");
        QProcess gen;
        gen.start(QStringLiteral("python3"), args);
        if (!gen.waitForFinished(120000) || gen.exitCode() != 0) {
            qWarning() << gen.readAllStandardError();
            return false;
        }
        files << file;
    }
    m_store = std::make_unique<CaseStore>();
    QString error;
    if (!m_store->open(m_dir.filePath(QStringLiteral("case-%1.auditlens").arg(m_cases++)),
                       CaseStore::Mode::ReadWrite, &error))
        return false;
    Importer importer(*m_store);
    EventIndexCollector collector;
    importer.setIndexRowsSink(&collector);
    const ImportResult result = importer.run(files);
    m_index = EventIndex();
    return result.ok && collector.keep(m_store->handle()) &&
           EventIndexStorage::load(m_store->handle(), &m_index);
}

std::map<QByteArray, quint32> TestColumnFacets::sqlCounts(IndexField field, const Conditions &c)
{
    // Every condition but the field's own.
    QStringList where{QStringLiteral("1")};
    if (!c.actor.isEmpty())
        where << QStringLiteral("coalesce(actor, 0) %1 (SELECT id FROM entities WHERE ext_id = ?1 "
                                "OR name = ?1)")
                     .arg(QLatin1String(c.actorOut ? "NOT IN" : "IN"));
    if (!c.ip.isEmpty() && field != IndexField::Ip)
        where << QStringLiteral("hex(ip_key) = ?2");
    if (!c.source.isEmpty() && field != IndexField::Source)
        where << QStringLiteral("source_id = ?3");
    const QByteArray sql =
        QStringLiteral("SELECT %1, count(*) FROM events WHERE %2 GROUP BY 1")
            .arg(QLatin1String(sqlColumn(field)), where.join(QLatin1String(" AND ")))
            .toUtf8();
    SqliteStatement select(m_store->handle(), sql.constData());
    select.bindTextCopy(1, c.actor.toUtf8());
    select.bindTextCopy(2, IpAddress::key(c.ip).toHex().toUpper());
    select.bindTextCopy(3, c.source.toUtf8());
    std::map<QByteArray, quint32> counts;
    while (select.row()) {
        QByteArray key = select.columnString(0).toUtf8().toLower();
        counts[key] = quint32(select.columnInt64(1));
    }
    return counts;
}

void TestColumnFacets::countsEqualSql_data()
{
    // The query counts today's columns in its pass, however it reads the case: one thread or
    // two, a scan of every event, the events of one value, or the case less the events left out.
    QTest::addColumn<QString>("shape");
    QTest::addColumn<bool>("twoThreads");
    QTest::addColumn<bool>("postings");
    QTest::newRow("current") << QStringLiteral("current") << false << true;
    QTest::newRow("flat") << QStringLiteral("flat") << false << true;
    QTest::newRow("current, two threads") << QStringLiteral("current") << true << true;
    QTest::newRow("current, scans only") << QStringLiteral("current") << true << false;
}

void TestColumnFacets::countsEqualSql()
{
    QFETCH(QString, shape);
    QFETCH(bool, twoThreads);
    QFETCH(bool, postings);
    QVERIFY(makeCase(shape, 2));
    IndexQuery query(m_index);
    if (twoThreads)
        query.setTwoThreadsFrom(64);
    query.setUsePostings(postings);
    const int everyValue = 1000000;
    const QueryResult all = query.run(Filter(), SortSpec(), nullptr, everyValue);
    for (const IndexField field : kTodaysFields)
        QVERIFY2(all.facets[int(field)].inCase, qPrintable(FacetModel::fieldTitle(field)));
    QVERIFY(!all.facets[int(IndexField::Request)].inCase);
    const FacetCounts &ips = all.facets[int(IndexField::Ip)];
    QVERIFY(ips.distinct > 1);
    // The filters: none; an actor; all but an actor; an actor and an address and a source (each
    // facet ignoring its own condition); all but an actor, and an address.
    Conditions actor;
    actor.actor = all.facets[int(IndexField::Actor)].top.at(1).key;
    Conditions notActor;
    notActor.actor = all.facets[int(IndexField::Actor)].top.back().key;
    notActor.actorOut = true;
    Conditions several = actor;
    for (const FacetValue &v : ips.top) {
        if (v.code != 0) {
            several.ip = v.key;
            break;
        }
    }
    several.source = QStringLiteral("2");
    QVERIFY(!several.ip.isEmpty());
    Conditions addressOnly;
    addressOnly.ip = several.ip;
    Conditions notActorAtAddress = notActor;
    notActorAtAddress.ip = several.ip;
    for (const Conditions &c :
         {Conditions(), actor, notActor, several, addressOnly, notActorAtAddress}) {
        Filter f;
        if (!c.actor.isEmpty())
            (c.actorOut ? f[FilterField::Actor].exclude
                        : f[FilterField::Actor].include) = {c.actor};
        if (!c.ip.isEmpty())
            f[FilterField::Ip].include = {c.ip};
        if (!c.source.isEmpty())
            f[FilterField::Source].include = {c.source};
        const QueryResult r = query.run(f, SortSpec(), nullptr, everyValue);
        for (const IndexField field : kTodaysFields) {
            const FacetCounts &facet = r.facets[int(field)];
            std::map<QByteArray, quint32> counted;
            for (const FacetValue &v : facet.top) {
                if (v.count)
                    counted[sqlKeyOf(m_index, field, v.code)] = v.count;
                if (field == IndexField::Ip && v.code != 0)
                    QCOMPARE(IpAddress::key(v.label), QByteArray(m_index.ipKey(v.code).data(), 16));
            }
            const std::map<QByteArray, quint32> expected = sqlCounts(field, c);
            QCOMPARE(counted, expected);
            QCOMPARE(facet.distinct, quint32(expected.size()));
        }
    }
}

void TestColumnFacets::olderExportsHaveNone()
{
    QVERIFY(makeCase(QStringLiteral("classic"), 1));
    IndexQuery query(m_index);
    const QueryResult r = query.run(Filter(), SortSpec());
    for (const IndexField field : kTodaysFields)
        QVERIFY2(!r.facets[int(field)].inCase, qPrintable(FacetModel::fieldTitle(field)));
    FacetModel model(nullptr);
    model.setResult(std::make_shared<const QueryResult>(r));
    QCOMPARE(model.rowCount(), kIndexFieldCount);
}

void TestColumnFacets::clickIncludesAndExcludes_data()
{
    QTest::addColumn<int>("field");
    for (const IndexField field : kTodaysFields)
        QTest::newRow(qPrintable(FacetModel::fieldTitle(field))) << int(field);
}

void TestColumnFacets::clickIncludesAndExcludes()
{
    QFETCH(int, field);
    if (!m_store || m_index.ipCount() == 0)
        QVERIFY(makeCase(QStringLiteral("current"), 2));
    IndexQuery query(m_index);
    const QueryResult all = query.run(Filter(), SortSpec());
    // The second value: the first may be "none".
    const FacetValue chosen = all.facets[field].top.at(1);
    QVERIFY(!chosen.key.isEmpty());
    const Filter in = FacetModel::toggled(Filter(), IndexField(field), chosen.key, false);
    const QueryResult included = query.run(in, SortSpec());
    QCOMPARE(included.count(), chosen.count);
    bool shown = false;
    for (const FacetValue &v : included.facets[field].top) {
        if (v.code == chosen.code) {
            shown = v.included && !v.excluded && v.count == chosen.count;
        }
    }
    QVERIFY(shown);
    // The other values stay visible with their counts.
    QCOMPARE(included.facets[field].distinct, all.facets[field].distinct);
    const Filter out = FacetModel::toggled(Filter(), IndexField(field), chosen.key, true);
    const QueryResult excluded = query.run(out, SortSpec());
    QCOMPARE(excluded.count(), all.count() - chosen.count);
    for (const FacetValue &v : excluded.facets[field].top) {
        if (v.code == chosen.code)
            QVERIFY(v.excluded && !v.included);
    }
    // A second click lifts it.
    QVERIFY(FacetModel::toggled(in, IndexField(field), chosen.key, false) == Filter());
}

void TestColumnFacets::sortByAddress_data()
{
    QTest::addColumn<QString>("shape");
    QTest::newRow("current") << QStringLiteral("current");
    QTest::newRow("classic") << QStringLiteral("classic");
}

void TestColumnFacets::sortByAddress()
{
    // IPv4 before IPv6, each by address (not as text: 9.x before 10.x), events without one last.
    QFETCH(QString, shape);
    QVERIFY(makeCase(shape, 1));
    IndexQuery query(m_index);
    const QueryResult r = query.run(Filter(), SortSpec{EventColumn::Ip, false});
    QCOMPARE(r.count(), m_index.size());
    auto group = [](const QByteArray &key) { // 0 IPv4, 1 IPv6, 2 none
        if (key.isEmpty())
            return 2;
        return key.startsWith(QByteArray("\0\0\0\0\0\0\0\0\0\0\xff\xff", 12)) ? 0 : 1;
    };
    QByteArray previous;
    int previousGroup = -1;
    int groups[3] = {};
    for (const quint32 p : r.positions) {
        const quint32 code = m_index.ipColumn()[p];
        const QByteArray key = code ? QByteArray(m_index.ipKey(code).data(), 16) : QByteArray();
        const int g = group(key);
        ++groups[g];
        QVERIFY(g >= previousGroup);
        if (g == previousGroup)
            QVERIFY(key >= previous);
        previous = key;
        previousGroup = g;
    }
    if (shape == QLatin1String("classic")) {
        QCOMPARE(groups[2], int(m_index.size()));
        return;
    }
    QVERIFY(groups[0] > 0);
    QVERIFY(groups[1] > 0);
    // Descending: the other way round.
    const QueryResult down = query.run(Filter(), SortSpec{EventColumn::Ip, true});
    const quint32 first = m_index.ipColumn()[down.positions.front()];
    QCOMPARE(first ? group(QByteArray(m_index.ipKey(first).data(), 16)) : 2, groups[2] ? 2 : 1);
}

QTEST_MAIN(TestColumnFacets)
#include "tst_columnfacets.moc"
