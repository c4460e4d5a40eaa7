// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The findings engine: each kind's boundaries on hand-made exports written here, and the five
// fixed rules against the generator's ground truth (the manifest's "findings").

#include "testdata.h"

#include "catalogue/actioncatalogue.h"
#include "catalogue/rulebook.h"
#include "findings/findingsengine.h"
#include "findings/findingskeeper.h"
#include "importing/importer.h"
#include "index/annotationmarks.h"
#include "index/eventindex.h"
#include "index/eventindexcollector.h"
#include "index/eventindexstorage.h"
#include "query/indexquery.h"
#include "query/sqleventquery.h"
#include "store/casestore.h"
#include "store/sqlitestatement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace auditlens;

namespace {

const QStringList kFailedSensitive = {QStringLiteral("context.env_var.store"),
                                      QStringLiteral("context.env_var.delete"),
                                      QStringLiteral("context.restriction.delete"),
                                      QStringLiteral("context.group_remove"),
                                      QStringLiteral("context.delete"),
                                      QStringLiteral("project.env_var.create"),
                                      QStringLiteral("project.env_var.delete"),
                                      QStringLiteral("project.env_var.copy"),
                                      QStringLiteral("project.ssh_key.create"),
                                      QStringLiteral("project.api_token.create"),
                                      QStringLiteral("checkout-key.create"),
                                      QStringLiteral("checkout-key.delete-all"),
                                      QStringLiteral("deploy-keys.delete"),
                                      QStringLiteral("role_grant.update"),
                                      QStringLiteral("role_grant.delete"),
                                      QStringLiteral("project_group_role_grant.create"),
                                      QStringLiteral("project_group_role_grant.update"),
                                      QStringLiteral("group_member.add"),
                                      QStringLiteral("org_member.remove"),
                                      QStringLiteral("organization.settings.update"),
                                      QStringLiteral("project.settings.update"),
                                      QStringLiteral("webhook.create"),
                                      QStringLiteral("webhook.update"),
                                      QStringLiteral("release_integration.token.create"),
                                      QStringLiteral("orb.publish.release"),
                                      QStringLiteral("orb.version.promote"),
                                      QStringLiteral("audit_log.requested"),
                                      QStringLiteral("audit_log.download_url.generated")};

Rule rule(const QString &id, const QString &kind, const QVariantMap &parameters)
{
    Rule r;
    r.id = id;
    r.title = id;
    r.severity = QStringLiteral("medium");
    r.kind = kind;
    r.parameters = parameters;
    return r;
}

Rule offHours(const QString &zone = QStringLiteral("UTC"))
{
    return rule(
        QStringLiteral("secrets-access-off-hours"), QStringLiteral("off-hours"),
        {{QStringLiteral("actions"), QStringList{QStringLiteral("context.secrets.accessed")}},
         {QStringLiteral("success"), QStringLiteral("any")},
         {QStringLiteral("days"),
          QStringList{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                      QStringLiteral("thu"), QStringLiteral("fri")}},
         {QStringLiteral("start"), QStringLiteral("07:00")},
         {QStringLiteral("end"), QStringLiteral("19:00")},
         {QStringLiteral("time_zone"), zone}});
}

Rule burst()
{
    return rule(
        QStringLiteral("secrets-access-burst"), QStringLiteral("burst"),
        {{QStringLiteral("actions"), QStringList{QStringLiteral("context.secrets.accessed")}},
         {QStringLiteral("success"), QStringLiteral("any")},
         {QStringLiteral("group_by"), QStringLiteral("actor.id")},
         {QStringLiteral("more_than"), QStringLiteral("20")},
         {QStringLiteral("span_seconds"), QStringLiteral("600")}});
}

Rule newIp()
{
    return rule(QStringLiteral("new-ip-for-actor"), QStringLiteral("first-seen-pair"),
                {{QStringLiteral("actions"), QStringList{}},
                 {QStringLiteral("success"), QStringLiteral("any")},
                 {QStringLiteral("key"), QStringLiteral("actor.id")},
                 {QStringLiteral("value"), QStringLiteral("ip")},
                 {QStringLiteral("min_earlier"), QStringLiteral("1")}});
}

Rule failedSensitive()
{
    return rule(QStringLiteral("failed-sensitive-action"), QStringLiteral("action-set"),
                {{QStringLiteral("actions"), kFailedSensitive},
                 {QStringLiteral("success"), QStringLiteral("false")}});
}

Rule auditLogPulled()
{
    return rule(QStringLiteral("audit-log-pulled"), QStringLiteral("action-set"),
                {{QStringLiteral("actions"),
                  QStringList{QStringLiteral("audit_log.requested"),
                              QStringLiteral("audit_log.download_url.generated")}},
                 {QStringLiteral("success"), QStringLiteral("any")}});
}

RuleList fixedRules()
{
    return {offHours(), burst(), newIp(), failedSensitive(), auditLogPulled()};
}

// One event of today's shape, as a JSON line.
struct Ev
{
    QString action = QStringLiteral("context.secrets.accessed");
    QString at = QStringLiteral("2026-01-05T12:00:00Z");
    QString actor = QStringLiteral("u1");
    bool success = true;
    QString ip;       // request.ip_address
    QString sourceIp; // common_fields.source_ip
    QString id;       // made up when empty
    QString payload = QStringLiteral("p");
};

QByteArray line(const Ev &e, int n)
{
    const QString id =
        e.id.isEmpty() ? QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QChar(u'0'))
                       : e.id;
    QJsonObject actor{{QStringLiteral("id"), e.actor},
                      {QStringLiteral("type"), QStringLiteral("user")},
                      {QStringLiteral("name"), QString(e.actor + QStringLiteral("-name"))}};
    QJsonObject target{{QStringLiteral("id"), QStringLiteral("ctx1")},
                       {QStringLiteral("type"), QStringLiteral("context")},
                       {QStringLiteral("name"), QStringLiteral("prod")}};
    QJsonObject request{{QStringLiteral("id"), QStringLiteral("r-%1").arg(n)},
                        {QStringLiteral("ip_address"), e.ip},
                        {QStringLiteral("client_trace_id"), QString()}};
    QJsonObject org{{QStringLiteral("id"), QStringLiteral("o1")},
                    {QStringLiteral("type"), QStringLiteral("organization")},
                    {QStringLiteral("name"), QStringLiteral("acme")}};
    QJsonObject common{{QStringLiteral("outcome"), QStringLiteral("success")},
                       {QStringLiteral("source_ip"), e.sourceIp},
                       {QStringLiteral("status"), QStringLiteral("info")},
                       {QStringLiteral("timestamp"), e.at}};
    QJsonObject o{{QStringLiteral("action"), e.action},
                  {QStringLiteral("actor"), actor},
                  {QStringLiteral("target"), target},
                  {QStringLiteral("payload"), QJsonObject{{QStringLiteral("x"), e.payload}}},
                  {QStringLiteral("occurred_at"), e.at},
                  {QStringLiteral("metadata"), QJsonObject()},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("scope"), org},
                  {QStringLiteral("success"), e.success},
                  {QStringLiteral("request"), request},
                  {QStringLiteral("organization"), org},
                  {QStringLiteral("account"), org},
                  {QStringLiteral("common_fields"), common}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// "2026-01-05T12:00:00Z" plus seconds (with nanoseconds).
QString plus(qint64 seconds, qint64 nanos = 0)
{
    const QDateTime t =
        QDateTime(QDate(2026, 1, 5), QTime(12, 0), QTimeZone::utc()).addSecs(seconds);
    return QString(t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) +
                   QStringLiteral("%1Z").arg(nanos, 9, 10, QChar(u'0')));
}

} // namespace

Q_DECLARE_METATYPE(Ev)

class TestFindings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_cases = 0;

    // Imports the files into a new case; its path.
    QString importCase(const QStringList &files)
    {
        const QString path = m_dir.filePath(QStringLiteral("case-%1.auditlens").arg(++m_cases));
        CaseStore store;
        QString error;
        if (!store.open(path, CaseStore::Mode::ReadWrite, &error))
            qFatal("cannot open: %s", qPrintable(error));
        Importer importer(store);
        if (!importer.run(files).ok)
            qFatal("import failed");
        return path;
    }

    QString write(const QList<Ev> &events, const QByteArray &extra = {})
    {
        const QString file = m_dir.filePath(QStringLiteral("export-%1.jsonl").arg(m_cases + 1));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        int n = 0;
        for (const Ev &e : events)
            f.write(line(e, ++n) + '\n');
        f.write(extra);
        return file;
    }

    static FindingsList evaluate(const QString &casePath, const RuleList &rules)
    {
        CaseStore store;
        QString error;
        if (!store.open(casePath, CaseStore::Mode::ReadOnly, &error))
            qFatal("cannot open: %s", qPrintable(error));
        const auto found = FindingsEngine::evaluate(store.handle(), rules, {}, &error);
        if (!found)
            qFatal("evaluate: %s", qPrintable(error));
        return *found;
    }

    static QList<qint64> lines(const RuleFindings &r)
    {
        QList<qint64> out;
        for (const FindingHit &h : r.hits)
            out << h.line;
        return out;
    }

    // The generator's export (CSV) and its manifest.
    QJsonObject generate(const QString &name, const QStringList &options)
    {
        return auditlens::tests::generate(QDir(m_dir.path()), name, options);
    }

    void compareWithManifest(const QJsonObject &manifest)
    {
        const QString path = importCase({manifest.value(QStringLiteral("path")).toString()});
        const FindingsList found = evaluate(path, fixedRules());
        const QJsonObject truth = manifest.value(QStringLiteral("findings")).toObject();
        QCOMPARE(found.size(), 5);
        for (const RuleFindings &r : found) {
            const QJsonObject t = truth.value(r.rule.id).toObject();
            QVERIFY2(!t.isEmpty(), qPrintable(r.rule.id));
            const auto iso = [](std::optional<qint64> ns) -> QString {
                if (!ns)
                    return QString();
                const qint64 s = *ns >= 0 ? *ns / 1000000000 : -((-*ns + 999999999) / 1000000000);
                return QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc())
                           .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) +
                       QStringLiteral("%1Z").arg(*ns - s * 1000000000, 9, 10, QChar(u'0'));
            };
            QCOMPARE(QString(r.rule.id + QLatin1Char(' ') + QString::number(r.count())),
                     QString(r.rule.id + QLatin1Char(' ') +
                             QString::number(t.value(QStringLiteral("hits")).toInteger())));
            QCOMPARE(iso(r.first()), t.value(QStringLiteral("first")).toString());
            QCOMPARE(iso(r.last()), t.value(QStringLiteral("last")).toString());
            if (t.contains(QStringLiteral("lines"))) {
                QList<qint64> expected;
                for (const QJsonValue &v : t.value(QStringLiteral("lines")).toArray())
                    expected << v.toInteger();
                QList<qint64> got = lines(r);
                std::sort(got.begin(), got.end());
                QCOMPARE(got, expected);
            }
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void offHours_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("hit");
        // 2026-01-05 is a Monday.
        QTest::newRow("before 07:00") << "2026-01-05T06:59:59.999999999Z"
                                      << "UTC" << true;
        QTest::newRow("07:00 exactly") << "2026-01-05T07:00:00Z"
                                       << "UTC" << false;
        QTest::newRow("18:59:59") << "2026-01-05T18:59:59Z"
                                  << "UTC" << false;
        QTest::newRow("18:59:59.999999999") << "2026-01-05T18:59:59.999999999Z"
                                            << "UTC" << false;
        QTest::newRow("19:00 exactly") << "2026-01-05T19:00:00Z"
                                       << "UTC" << true;
        QTest::newRow("midnight Friday to Saturday") << "2026-01-10T00:00:00Z"
                                                     << "UTC" << true;
        QTest::newRow("Saturday noon") << "2026-01-10T12:00:00Z"
                                       << "UTC" << true;
        QTest::newRow("Sunday noon") << "2026-01-11T12:00:00Z"
                                     << "UTC" << true;
        QTest::newRow("Friday 18:00") << "2026-01-09T18:00:00Z"
                                      << "UTC" << false;
        QTest::newRow("offset written +02:00") << "2026-01-05T08:30:00+02:00"
                                               << "UTC" << true;
        // Berlin is UTC+1 in winter, UTC+2 in summer.
        QTest::newRow("Berlin 07:30 in winter") << "2026-01-05T06:30:00Z"
                                                << "Europe/Berlin" << false;
        QTest::newRow("Berlin 06:59 in winter") << "2026-01-05T05:59:00Z"
                                                << "Europe/Berlin" << true;
        QTest::newRow("Berlin 19:00 in summer") << "2026-07-06T17:00:00Z"
                                                << "Europe/Berlin" << true;
        QTest::newRow("Berlin 18:59 in summer") << "2026-07-06T16:59:00Z"
                                                << "Europe/Berlin" << false;
        QTest::newRow("Berlin Saturday 00:30, UTC Friday") << "2026-01-09T23:30:00Z"
                                                           << "Europe/Berlin" << true;
        QTest::newRow("Tokyo Monday 08:00, UTC Sunday") << "2026-01-04T23:00:00Z"
                                                        << "Asia/Tokyo" << false;
    }
    void offHours()
    {
        QFETCH(QString, at);
        QFETCH(QString, zone);
        QFETCH(bool, hit);
        Ev e;
        e.at = at;
        Ev other = e;
        other.action = QStringLiteral("context-secrets-accessed"); // the other spelling
        Ev notSecrets = e;
        notSecrets.action = QStringLiteral("workflow.job.start");
        const FindingsList found =
            evaluate(importCase({write({e, other, notSecrets})}), {::offHours(zone)});
        QCOMPARE(found.size(), 1);
        QCOMPARE(lines(found.first()), hit ? (QList<qint64>{1, 2}) : QList<qint64>());
    }

    void burst_data()
    {
        QTest::addColumn<int>("events");
        QTest::addColumn<qint64>("lastNanos"); // the last event's distance from the first
        QTest::addColumn<int>("hits");
        QTest::newRow("20 within 10 minutes") << 20 << qint64(300) * 1000000000 << 0;
        QTest::newRow("21 within 10 minutes") << 21 << qint64(300) * 1000000000 << 21;
        QTest::newRow("21, the last at exactly t+600 s") << 21 << qint64(600) * 1000000000 << 21;
        QTest::newRow("21, the last 1 ns after t+600 s") << 21 << qint64(600) * 1000000000 + 1 << 0;
        QTest::newRow("30 within 10 minutes") << 30 << qint64(599) * 1000000000 << 30;
    }
    void burst()
    {
        QFETCH(int, events);
        QFETCH(qint64, lastNanos);
        QFETCH(int, hits);
        QList<Ev> list;
        for (int i = 0; i < events; ++i) {
            Ev e;
            e.action = i % 2 ? QStringLiteral("context-secrets-accessed")
                             : QStringLiteral("context.secrets.accessed");
            const qint64 ns = i == events - 1 ? lastNanos : qint64(i) * 1000000000;
            e.at = plus(ns / 1000000000, ns % 1000000000);
            list << e;
        }
        // Another actor's reads at the same times never join the group.
        for (int i = 0; i < 5; ++i) {
            Ev e;
            e.actor = QStringLiteral("u2");
            e.at = plus(i);
            list << e;
        }
        const FindingsList found = evaluate(importCase({write(list)}), {::burst()});
        QCOMPARE(found.first().count(), qint64(hits));
        for (const FindingHit &h : found.first().hits)
            QVERIFY(h.line <= events);
    }

    void newIp_data()
    {
        QTest::addColumn<QList<Ev>>("events");
        QTest::addColumn<QList<qint64>>("hitLines");
        Ev a;
        a.action = QStringLiteral("workflow.job.start");
        const auto at = [&a](int seconds, const QString &ip,
                             const QString &actor = QStringLiteral("u1"),
                             const QString &sourceIp = QString()) {
            Ev e = a;
            e.at = plus(seconds);
            e.ip = ip;
            e.sourceIp = sourceIp;
            e.actor = actor;
            return e;
        };
        QTest::newRow("first-ever address is no hit")
            << QList<Ev>{at(0, QStringLiteral("10.0.0.1"))} << QList<qint64>{};
        QTest::newRow("second address is one hit per pair")
            << QList<Ev>{at(0, QStringLiteral("10.0.0.1")), at(1, QStringLiteral("10.0.0.2")),
                         at(2, QStringLiteral("10.0.0.2")), at(3, QStringLiteral("10.0.0.1"))}
            << QList<qint64>{2};
        QTest::newRow("empty address ignored")
            << QList<Ev>{at(0, QString()), at(1, QStringLiteral("10.0.0.1")), at(2, QString())}
            << QList<qint64>{};
        QTest::newRow("common_fields.source_ip")
            << QList<Ev>{at(0, QStringLiteral("10.0.0.1")),
                         at(1, QString(), QStringLiteral("u1"), QStringLiteral("10.0.0.9"))}
            << QList<qint64>{2};
        QTest::newRow("request.ip_address before common_fields")
            << QList<Ev>{at(0, QStringLiteral("10.0.0.1")),
                         at(1, QStringLiteral("10.0.0.1"), QStringLiteral("u1"),
                            QStringLiteral("10.0.0.9"))}
            << QList<qint64>{};
        QTest::newRow("ties at one instant go in import order")
            << QList<Ev>{at(5, QStringLiteral("10.0.0.2")), at(5, QStringLiteral("10.0.0.1"))}
            << QList<qint64>{2};
        QTest::newRow("earlier by time, not by line")
            << QList<Ev>{at(9, QStringLiteral("10.0.0.2")), at(1, QStringLiteral("10.0.0.1"))}
            << QList<qint64>{1};
        QTest::newRow("addresses compare as addresses")
            << QList<Ev>{at(0, QStringLiteral("2001:db8::1")),
                         at(1, QStringLiteral("2001:DB8:0::1"))}
            << QList<qint64>{};
        QTest::newRow("each actor its own")
            << QList<Ev>{at(0, QStringLiteral("10.0.0.1")),
                         at(1, QStringLiteral("10.0.0.2"), QStringLiteral("u2")),
                         at(2, QStringLiteral("10.0.0.2"))}
            << QList<qint64>{3};
    }
    void newIp()
    {
        QFETCH(QList<Ev>, events);
        QFETCH(QList<qint64>, hitLines);
        const FindingsList found = evaluate(importCase({write(events)}), {::newIp()});
        QList<qint64> got = lines(found.first());
        std::sort(got.begin(), got.end());
        QCOMPARE(got, hitLines);
    }

    void failedSensitive()
    {
        QList<Ev> list;
        const auto ev = [](const QString &action, bool success) {
            Ev e;
            e.action = action;
            e.success = success;
            return e;
        };
        list << ev(QStringLiteral("role_grant.update"), false)       // 1: hit
             << ev(QStringLiteral("role_grant-update"), false)       // 2: hit, the other spelling
             << ev(QStringLiteral("role_grant.update"), true)        // 3: succeeded
             << ev(QStringLiteral("user.logged_in"), false)          // 4: not sensitive
             << ev(QStringLiteral("checkout-key-delete-all"), false) // 5: hit
             << ev(QStringLiteral("audit_log-download_url-generated"), false); // 6: hit
        const FindingsList found =
            evaluate(importCase({write(list)}), {::failedSensitive(), ::auditLogPulled()});
        QCOMPARE(lines(found.at(0)), (QList<qint64>{1, 2, 5, 6}));
        QCOMPARE(lines(found.at(1)), (QList<qint64>{6}));
    }

    void duplicates()
    {
        Ev pulled;
        pulled.action = QStringLiteral("audit_log.requested");
        pulled.id = QStringLiteral("11111111-0000-4000-8000-000000000001");
        Ev conflicting = pulled;
        conflicting.id = QStringLiteral("11111111-0000-4000-8000-000000000002");
        Ev differs = conflicting;
        differs.payload = QStringLiteral("other");
        // Lines 1 and 2 are exact copies; 3 and 4 conflicting copies of another id.
        const QByteArray exactCopy = line(pulled, 1) + '\n';
        const QString file =
            write({pulled}, exactCopy + line(conflicting, 3) + '\n' + line(differs, 3) + '\n');
        const FindingsList found = evaluate(importCase({file}), {auditLogPulled()});
        QCOMPARE(lines(found.first()), (QList<qint64>{1, 3, 4}));
    }

    void unknownAndLookalike()
    {
        QList<Ev> list;
        Ev known;
        known.action = QStringLiteral("workflow.job.start");
        Ev unknown;
        unknown.action = QStringLiteral("context.secrets.acessed");
        Ev ignored;
        ignored.action = QStringLiteral("brand-new-action");
        Ev lookalike;
        lookalike.actor = QStringLiteral("\u0430dmin"); // a Cyrillic a
        list << known << unknown << ignored << lookalike;
        Rule u =
            rule(QStringLiteral("unknown-action"), QStringLiteral("unknown-action"),
                 {{QStringLiteral("ignore"), QStringList{QStringLiteral("brand.new.action")}}});
        Rule l = rule(QStringLiteral("lookalike-name"), QStringLiteral("lookalike-name"),
                      {{QStringLiteral("fields"),
                        QStringList{QStringLiteral("actor.id"), QStringLiteral("actor.name")}},
                       {QStringLiteral("concerns"), QStringList{}}});
        const QString path = importCase({write(list)});
        CaseStore store;
        QString error;
        QVERIFY(store.open(path, CaseStore::Mode::ReadOnly, &error));
        const auto knows = [](QStringView name) {
            return name == u"workflow.job.start" || name == u"context.secrets.accessed";
        };
        const auto found = FindingsEngine::evaluate(store.handle(), {u, l}, knows, &error);
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(lines(found->at(0)), (QList<qint64>{2}));
        QCOMPARE(lines(found->at(1)), (QList<qint64>{4}));
    }

    void disabledAndBadRules()
    {
        const QString path = importCase({write({Ev()})});
        Rule off = auditLogPulled();
        off.enabled = false;
        QCOMPARE(evaluate(path, {off, ::burst()}).size(), 1);
        CaseStore store;
        QString error;
        QVERIFY(store.open(path, CaseStore::Mode::ReadOnly, &error));
        QVERIFY(!FindingsEngine::evaluate(store.handle(), {::offHours(QStringLiteral("Mars/Base"))},
                                          {}, &error));
        QVERIFY(error.contains(QLatin1String("Mars/Base")));
        Rule odd = auditLogPulled();
        odd.kind = QStringLiteral("guess");
        QVERIFY(!FindingsEngine::evaluate(store.handle(), {odd}, {}, &error));
    }

    // Kept in the case: written once for a writable case, read again at no cost; a read-only
    // case gets them in memory and its file stays as it was.
    void keptInTheCase()
    {
        Ev pulled;
        pulled.action = QStringLiteral("audit_log.requested");
        const QString path = importCase({write({pulled, Ev(), pulled})});
        const auto hitRows = [](sqlite3 *db, const char *schema) {
            return SqliteStatement::scalar(db,
                                           QStringLiteral("SELECT count(*) FROM %1.finding_hits")
                                               .arg(QLatin1String(schema))
                                               .toUtf8()
                                               .constData(),
                                           -1);
        };
        QString error;
        bool evaluated = false;
        {
            CaseStore store;
            QVERIFY(store.open(path, CaseStore::Mode::ReadWrite, &error));
            QVERIFY(!FindingsKeeper::isCurrent(store.handle(), fixedRules()));
            QVERIFY2(FindingsKeeper::refresh(store, fixedRules(), {}, &error, &evaluated),
                     qPrintable(error));
            QVERIFY(evaluated);
            QVERIFY(FindingsKeeper::isCurrent(store.handle(), fixedRules()));
            QCOMPARE(hitRows(store.handle(), "main"), 2);
            QVERIFY(FindingsKeeper::refresh(store, fixedRules(), {}, &error, &evaluated));
            QVERIFY(!evaluated);
        }
        const QByteArray before = tests::sha256Of(path);
        {
            CaseStore store;
            QVERIFY(store.open(path, CaseStore::Mode::ReadOnly, &error));
            QVERIFY(FindingsKeeper::refresh(store, fixedRules(), {}, &error, &evaluated));
            QVERIFY(!evaluated);
            const auto kept = FindingsKeeper::read(store.handle(), &error);
            QVERIFY(kept);
            QCOMPARE(kept->size(), 5);
            QCOMPARE(kept->at(4).id, QStringLiteral("audit-log-pulled"));
            QCOMPARE(kept->at(4).hits, 2);
            QCOMPARE(kept->at(4).first, std::optional<qint64>(1767614400LL * 1000000000));
            // Other rules: evaluated in memory, into this connection's temporary tables.
            Rule off = auditLogPulled();
            off.enabled = false;
            QVERIFY(FindingsKeeper::refresh(store, {off, ::burst()}, {}, &error, &evaluated));
            QVERIFY(evaluated);
            QCOMPARE(hitRows(store.handle(), "temp"), 0);
            QCOMPARE(hitRows(store.handle(), "main"), 2);
            const auto other = FindingsKeeper::read(store.handle(), &error);
            QVERIFY(other);
            QCOMPARE(other->size(), 2);
            QVERIFY(!other->at(0).enabled);
            QCOMPARE(other->at(1).hits, 0);
            QVERIFY(!other->at(1).first);
        }
        QCOMPARE(tests::sha256Of(path), before);
    }

    // The five fixed rules against the generator's truth: today's shape...
    void againstGenerator()
    {
        compareWithManifest(
            generate(QStringLiteral("gen-current.csv"),
                     {QStringLiteral("--rows"), QStringLiteral("20000"), QStringLiteral("--shape"),
                      QStringLiteral("current"), QStringLiteral("--seed"), QStringLiteral("3")}));
    }

    // --finding R: the SQL query and the viewer's index find each rule's hits, no more, exact
    // copies counted once as the hits count them.
    void findingFilter()
    {
        const QJsonObject m =
            generate(QStringLiteral("gen-filter.csv"),
                     {QStringLiteral("--rows"), QStringLiteral("6000"), QStringLiteral("--shape"),
                      QStringLiteral("current"), QStringLiteral("--seed"), QStringLiteral("5"),
                      QStringLiteral("--dup-rate"), QStringLiteral("0.05")});
        const QString path = m_dir.filePath(QStringLiteral("filter.auditlens"));
        CaseStore store;
        QString error;
        QVERIFY(store.open(path, CaseStore::Mode::ReadWrite, &error));
        Importer importer(store);
        EventIndexCollector collector;
        importer.setIndexRowsSink(&collector);
        QVERIFY(importer.run({m.value(QStringLiteral("path")).toString()}).ok);
        QVERIFY(collector.keep(store.handle()));
        EventIndex index;
        QVERIFY(EventIndexStorage::load(store.handle(), &index));
        QVERIFY(FindingsKeeper::refresh(store, fixedRules(), {}, &error));
        auto marks = std::make_shared<AnnotationMarks>();
        QVERIFY2(AnnotationMarks::load(store.handle(), index, marks.get(), &error),
                 qPrintable(error));
        IndexQuery query(index);
        query.setAnnotationMarks(marks);
        const auto kept = FindingsKeeper::read(store.handle(), &error);
        QVERIFY(kept);
        qint64 exactCopies = SqliteStatement::scalar(
            store.handle(), "SELECT count(*) FROM duplicates WHERE kind = 1 AND rank > 1");
        QVERIFY(exactCopies > 0);
        qint64 any = 0;
        for (const KeptRule &r : *kept) {
            Filter f;
            f[FilterField::Finding].include = {r.id};
            QVERIFY(r.hits > 0);
            QCOMPARE(SqlEventQuery(store).count(f), r.hits);
            QCOMPARE(qint64(query.run(f, SortSpec()).positions.size()), r.hits);
            any += r.hits;
        }
        Filter all;
        all[FilterField::Finding].include = {QStringLiteral("*")};
        const qint64 anyCount = SqlEventQuery(store).count(all);
        QVERIFY(anyCount > 0 && anyCount <= any);
        QCOMPARE(qint64(query.run(all, SortSpec()).positions.size()), anyCount);
        Filter two;
        two[FilterField::Finding].include = {QStringLiteral("audit-log-pulled"),
                                             QStringLiteral("failed-sensitive-action")};
        Filter without = two;
        without[FilterField::Finding] = FieldCondition{{}, two[FilterField::Finding].include};
        QCOMPARE(SqlEventQuery(store).count(two) + SqlEventQuery(store).count(without),
                 SqlEventQuery(store).count(Filter()));
        QCOMPARE(qint64(query.run(without, SortSpec()).positions.size()),
                 SqlEventQuery(store).count(without));
        Filter unknown;
        unknown[FilterField::Finding].include = {QStringLiteral("no-such-rule")};
        QCOMPARE(SqlEventQuery(store).count(unknown), 0);
        QCOMPARE(query.run(unknown, SortSpec()).positions.size(), size_t(0));
    }

    // The CLI: findings --json says what the engine finds with the shipped rules, every enabled
    // rule included; query --finding R --count equals its hits; --rules replaces the rules for
    // the run and writes nothing.
    void commandLine()
    {
        const QJsonObject m =
            generate(QStringLiteral("gen-cli.csv"),
                     {QStringLiteral("--rows"), QStringLiteral("4000"), QStringLiteral("--shape"),
                      QStringLiteral("current"), QStringLiteral("--seed"), QStringLiteral("6")});
        const QString path = m_dir.filePath(QStringLiteral("cli.auditlens"));
        const auto cli = [](const QStringList &args, int *status = nullptr) {
            QProcess p;
            p.start(QStringLiteral(AUDITLENS_CLI), args);
            if (!p.waitForFinished(120000))
                qFatal("the CLI hangs");
            if (status)
                *status = p.exitCode();
            else if (p.exitCode() != 0)
                qFatal("the CLI failed: %s", p.readAllStandardError().constData());
            return p.readAllStandardOutput();
        };
        cli({QStringLiteral("import"), path, m.value(QStringLiteral("path")).toString()});
        QString error;
        FindingsList engine;
        {
            CaseStore store;
            QVERIFY(store.open(path, CaseStore::Mode::ReadOnly, &error));
            // The import kept the findings of the shipped rules.
            QVERIFY(FindingsKeeper::isCurrent(store.handle(), RuleBook::shipped()));
            const auto found = FindingsEngine::evaluate(
                store.handle(), RuleBook::shipped(),
                [](QStringView a) { return ActionCatalogue::shipped().knows(a); }, &error);
            QVERIFY2(found, qPrintable(error));
            engine = *found;
        }
        const QByteArray before = tests::sha256Of(path);
        const QJsonArray rules = QJsonDocument::fromJson(cli({QStringLiteral("findings"), path,
                                                              QStringLiteral("--json")}))
                                     .object()
                                     .value(QStringLiteral("rules"))
                                     .toArray();
        QCOMPARE(rules.size(), engine.size());
        QVERIFY(engine.size() >= 5);
        for (int i = 0; i < rules.size(); ++i) {
            const QJsonObject o = rules.at(i).toObject();
            const RuleFindings &r = engine.at(i);
            QCOMPARE(o.value(QStringLiteral("id")).toString(), r.rule.id);
            QCOMPARE(o.value(QStringLiteral("title")).toString(), r.rule.title);
            QCOMPARE(o.value(QStringLiteral("severity")).toString(), r.rule.severity);
            QCOMPARE(o.value(QStringLiteral("hits")).toInteger(), r.count());
            QCOMPARE(o.value(QStringLiteral("first")).isNull(), r.hits.empty());
            const QByteArray count =
                cli({QStringLiteral("query"), path, QStringLiteral("--finding"), r.rule.id,
                     QStringLiteral("--count")});
            QCOMPARE(count.trimmed().toLongLong(), r.count());
        }
        // A rules file of one's own: one rule, another parameter.
        QFile own(m_dir.filePath(QStringLiteral("rules.yaml")));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write("version: 1\nrules:\n  - id: pulled\n    title: \"Pulled\"\n    severity: low\n"
                  "    kind: action-set\n    parameters:\n      actions:\n"
                  "        - audit_log.requested\n    explanation: \"x\"\n");
        own.close();
        const QJsonArray mine =
            QJsonDocument::fromJson(cli({QStringLiteral("findings"), path, QStringLiteral("--json"),
                                         QStringLiteral("--rules"), own.fileName()}))
                .object()
                .value(QStringLiteral("rules"))
                .toArray();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("pulled"));
        QCOMPARE(tests::sha256Of(path), before);
        int status = 0;
        cli({QStringLiteral("findings"), path, QStringLiteral("--rules"),
             m_dir.filePath(QStringLiteral("missing.yaml"))},
            &status);
        QCOMPARE(status, 1);
        cli({QStringLiteral("findings"), path}, &status);
        QCOMPARE(status, 0);
    }

    // ...and the older 11 columns, which have no IP: the IP rule finds nothing.
    void elevenColumns()
    {
        const QJsonObject m =
            generate(QStringLiteral("gen-classic.csv"),
                     {QStringLiteral("--rows"), QStringLiteral("5000"), QStringLiteral("--shape"),
                      QStringLiteral("classic"), QStringLiteral("--seed"), QStringLiteral("4")});
        compareWithManifest(m);
        const FindingsList found =
            evaluate(importCase({m.value(QStringLiteral("path")).toString()}), {::newIp()});
        QCOMPARE(found.first().count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
