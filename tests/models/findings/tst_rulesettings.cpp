// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Rule settings: the shipped rules changed by the user's default and by the case (the case
// wins), every setting checked as the rules file is, kept in the case with a log row, and the
// findings and `query --finding` following them, also through `auditlens-cli rules`.

#include "testdata.h"

#include "catalogue/rulebook.h"
#include "findings/findingsengine.h"
#include "findings/findingskeeper.h"
#include "findings/rulesettings.h"
#include "findings/shippedfindings.h"
#include "importing/importer.h"
#include "store/casestore.h"
#include "store/sqlitestatement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace auditlens;

namespace {
const QString kOffHours = QStringLiteral("secrets-access-off-hours");
const QString kPulled = QStringLiteral("audit-log-pulled");

RuleOverride parameters(const QVariantMap &values)
{
    RuleOverride o;
    o.parameters = values;
    return o;
}

RuleOverride disabled()
{
    RuleOverride o;
    o.enabled = false;
    return o;
}

const Rule &ruleOf(const RuleList &rules, const QString &id)
{
    for (const Rule &r : rules) {
        if (r.id == id)
            return r;
    }
    qFatal("no rule %s", qPrintable(id));
}
} // namespace

class TestRuleSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_export; // the generator's export, imported into each test's case

    QString newCase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        CaseStore store;
        QString error;
        if (!store.open(path, CaseStore::Mode::ReadWrite, &error))
            qFatal("cannot open: %s", qPrintable(error));
        if (!Importer(store).run({m_export}).ok)
            qFatal("import failed");
        return path;
    }

    // The CLI with its configuration in the test's folder; stdout, the status in *status.
    QByteArray cli(const QStringList &args, int *status = nullptr, QByteArray *err = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("cli-config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(AUDITLENS_CLI), args);
        if (!p.waitForFinished(120000))
            qFatal("the CLI hangs");
        if (err)
            *err = p.readAllStandardError();
        if (status)
            *status = p.exitCode();
        else if (p.exitCode() != 0)
            qFatal("the CLI failed: %s", p.readAllStandardError().constData());
        return p.readAllStandardOutput();
    }

    static qint64 hitsOf(const QString &path, const RuleList &rules, const QString &id)
    {
        CaseStore store;
        QString error;
        if (!store.open(path, CaseStore::Mode::ReadOnly, &error))
            qFatal("cannot open: %s", qPrintable(error));
        const auto found =
            FindingsEngine::evaluate(store.handle(), rules, ShippedFindings::knows(), &error);
        if (!found)
            qFatal("evaluate: %s", qPrintable(error));
        for (const RuleFindings &r : *found) {
            if (r.rule.id == id)
                return r.rule.enabled ? r.count() : 0;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(RuleSettings::defaultPath());
        m_export = m_dir.filePath(QStringLiteral("gen.csv"));
        QProcess p;
        p.start(QStringLiteral("python3"),
                {QStringLiteral(AUDITLENS_SOURCE_DIR "/scripts/gen_audit.py"), m_export,
                 QStringLiteral("--rows"), QStringLiteral("4000"), QStringLiteral("--shape"),
                 QStringLiteral("current"), QStringLiteral("--seed"), QStringLiteral("6")});
        QVERIFY(p.waitForFinished(300000));
        QCOMPARE(p.exitCode(), 0);
    }

    void cleanup() { QFile::remove(RuleSettings::defaultPath()); }

    void caseWinsOverDefaultOverShipped()
    {
        const Rule &shipped = ruleOf(RuleBook::shipped(), kOffHours);
        QCOMPARE(shipped.text(QStringLiteral("start")), QStringLiteral("07:00"));
        RuleOverrides byDefault;
        RuleOverride d = parameters({{QStringLiteral("start"), QStringLiteral("08:00")},
                                     {QStringLiteral("end"), QStringLiteral("18:00")}});
        d.enabled = false;
        byDefault.insert(kOffHours, d);
        RuleOverrides byCase;
        RuleOverride c = parameters({{QStringLiteral("start"), QStringLiteral("09:00")}});
        c.enabled = true;
        byCase.insert(kOffHours, c);
        byCase.insert(kPulled, disabled());

        const Rule both =
            ruleOf(RuleSettings::apply(RuleSettings::apply(RuleBook::shipped(), byDefault), byCase),
                   kOffHours);
        QCOMPARE(both.text(QStringLiteral("start")), QStringLiteral("09:00"));
        QCOMPARE(both.text(QStringLiteral("end")), QStringLiteral("18:00"));
        QCOMPARE(both.list(QStringLiteral("days")), shipped.list(QStringLiteral("days")));
        QVERIFY(both.enabled);

        const QList<RuleSettings::Explained> explained = RuleSettings::explain(byDefault, byCase);
        QCOMPARE(explained.size(), RuleBook::shipped().size());
        for (const RuleSettings::Explained &e : explained) {
            if (e.rule.id == kOffHours) {
                QCOMPARE(e.enabledFrom, RuleSettings::Origin::Case);
                QCOMPARE(e.parameterFrom.value(QStringLiteral("start")),
                         RuleSettings::Origin::Case);
                QCOMPARE(e.parameterFrom.value(QStringLiteral("end")),
                         RuleSettings::Origin::Default);
                QCOMPARE(e.parameterFrom.value(QStringLiteral("days")),
                         RuleSettings::Origin::Shipped);
            } else if (e.rule.id == kPulled) {
                QVERIFY(!e.rule.enabled);
                QCOMPARE(e.enabledFrom, RuleSettings::Origin::Case);
            } else {
                QCOMPARE(e.enabledFrom, RuleSettings::Origin::Shipped);
            }
        }
        // Without the case's, the default's.
        QVERIFY(!ruleOf(RuleSettings::apply(RuleBook::shipped(), byDefault), kOffHours).enabled);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("why");
        QTest::newRow("unknown rule")
            << "no-such-rule"
            << "start" << QVariant(QStringLiteral("08:00")) << "there is no rule no-such-rule";
        QTest::newRow("unknown parameter")
            << kOffHours << "begin" << QVariant(QStringLiteral("08:00")) << "takes no parameter";
        QTest::newRow("hour 24") << kOffHours << "start" << QVariant(QStringLiteral("24:00"))
                                 << "must be a time HH:MM";
        QTest::newRow("no day") << kOffHours << "days" << QVariant(QStringList())
                                << "needs at least one entry";
        QTest::newRow("not a day") << kOffHours << "days" << QVariant(QStringLiteral("mon,funday"))
                                   << "'funday' is not a day";
        QTest::newRow("time zone") << kOffHours << "time_zone"
                                   << QVariant(QStringLiteral("Mars/Olympus")) << "not a time zone";
        QTest::newRow("count") << "secrets-access-burst"
                               << "more_than" << QVariant(QStringLiteral("twenty"))
                               << "must be a whole number";
        QTest::newRow("unknown action")
            << kPulled << "actions" << QVariant(QStringList{QStringLiteral("audit_log.eaten")})
            << "not in the action catalogue";
    }

    void refusals()
    {
        QFETCH(QString, rule);
        QFETCH(QString, parameter);
        QFETCH(QVariant, value);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!RuleSettings::check(rule, parameters({{parameter, value}}), &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY2(error.contains(rule), qPrintable(error));
        if (rule != QLatin1String("no-such-rule"))
            QVERIFY2(error.contains(parameter), qPrintable(error));
        // Nor does a settings file carrying it load.
        RuleOverrides settings;
        settings.insert(rule, parameters({{parameter, value}}));
        QVERIFY(!RuleSettings::fromJson(RuleSettings::toJson(settings), &error));
    }

    void listsAndValuesAreReadAsTheRulesFileReadsThem()
    {
        QString error;
        const auto o = RuleSettings::check(
            kOffHours, parameters({{QStringLiteral("days"), QStringLiteral("sat, sun")}}), &error);
        QVERIFY2(o, qPrintable(error));
        QCOMPARE(o->parameters.value(QStringLiteral("days")).toStringList(),
                 QStringList({QStringLiteral("sat"), QStringLiteral("sun")}));
    }

    void defaultIsAFileWrittenWhole()
    {
        QString error;
        QVERIFY(RuleSettings::readDefault(&error)->isEmpty());
        RuleOverrides settings;
        settings.insert(kPulled, disabled());
        settings.insert(kOffHours,
                        parameters({{QStringLiteral("start"), QStringLiteral("08:30")}}));
        QVERIFY2(RuleSettings::writeDefault(settings, &error), qPrintable(error));
        QVERIFY(QFile::exists(RuleSettings::defaultPath()));
        QCOMPARE(*RuleSettings::readDefault(&error), settings);
        // A broken file is an error, not an empty default.
        QFile f(RuleSettings::defaultPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"rules\": {\"" + kOffHours.toUtf8() +
                "\": {\"parameters\": {\"start\": \"7\"}}}}");
        f.close();
        QVERIFY(!RuleSettings::readDefault(&error));
        QVERIFY2(error.contains(QStringLiteral("start")), qPrintable(error));
    }

    void caseKeepsItsSettingsAndLogsThem()
    {
        const QString path = newCase(QStringLiteral("kept.auditlens"));
        const qint64 shippedHits = hitsOf(path, RuleBook::shipped(), kOffHours);
        QVERIFY(shippedHits > 0);
        QVERIFY(hitsOf(path, RuleBook::shipped(), kPulled) > 0);
        RuleOverrides settings;
        settings.insert(kPulled, disabled());
        settings.insert(kOffHours,
                        parameters({{QStringLiteral("start"), QStringLiteral("10:00")}}));
        {
            CaseStore store;
            QString error;
            QVERIFY(store.open(path, CaseStore::Mode::ReadWrite, &error));
            QVERIFY2(RuleSettings::writeCase(store, settings, QStringLiteral("alice"), &error),
                     qPrintable(error));
            QVERIFY2(ShippedFindings::refresh(store, &error), qPrintable(error));
            QCOMPARE(*RuleSettings::readCase(store.handle(), &error), settings);
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*), min(author) FROM annotation_log"
                                          " WHERE action = 'rule-settings'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            QCOMPARE(q.value(1).toString(), QStringLiteral("alice"));
            // The kept findings follow: the disabled rule has its row and no hits.
            const auto kept = FindingsKeeper::read(store.handle(), &error);
            QVERIFY(kept);
            bool seen = false;
            for (const KeptRule &r : *kept) {
                if (r.id == kPulled) {
                    seen = true;
                    QVERIFY(!r.enabled);
                    QCOMPARE(r.hits, 0);
                }
                if (r.id == kOffHours)
                    QCOMPARE(r.hits, hitsOf(path, RuleSettings::effective(store), kOffHours));
            }
            QVERIFY(seen);
            // Writing the same again changes and logs nothing; an empty set clears the table.
            QVERIFY(RuleSettings::writeCase(store, settings, {}, &error));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM annotation_log"
                                          " WHERE action = 'rule-settings'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        // Read-only: read, never written.
        CaseStore store;
        QString error;
        QVERIFY(store.open(path, CaseStore::Mode::ReadOnly, &error));
        QCOMPARE(*RuleSettings::readCase(store.handle(), &error), settings);
        QVERIFY(!RuleSettings::writeCase(store, {}, {}, &error));
    }

    void commandLine()
    {
        const QString path = newCase(QStringLiteral("cli.auditlens"));
        const auto hits = [&](const QString &id) {
            const QJsonArray rules = QJsonDocument::fromJson(cli({QStringLiteral("findings"), path,
                                                                  QStringLiteral("--json")}))
                                         .object()
                                         .value(QStringLiteral("rules"))
                                         .toArray();
            for (const QJsonValue &r : rules) {
                if (r[QStringLiteral("id")].toString() == id)
                    return r[QStringLiteral("hits")].toInteger();
            }
            return qint64(-1); // not listed: disabled
        };
        const auto count = [&](const QString &id) {
            return cli({QStringLiteral("query"), path, QStringLiteral("--finding"), id,
                        QStringLiteral("--count")})
                .trimmed()
                .toLongLong();
        };
        const qint64 before = hits(kOffHours);
        QCOMPARE(count(kOffHours), before);
        QVERIFY(hits(kPulled) > 0);

        // The start of working hours moved to 10:00 in the case, the pull rule off.
        cli({QStringLiteral("rules"), path, QStringLiteral("--set"), kOffHours,
             QStringLiteral("start=10:00"), QStringLiteral("--disable"), kPulled});
        const RuleList moved = RuleSettings::apply(
            RuleBook::shipped(),
            {{kOffHours, parameters({{QStringLiteral("start"), QStringLiteral("10:00")}})}});
        const qint64 expected = hitsOf(path, moved, kOffHours);
        QVERIFY(expected > before);
        QCOMPARE(hits(kOffHours), expected);
        QCOMPARE(count(kOffHours), expected);
        QCOMPARE(hits(kPulled), -1);
        QCOMPARE(count(kPulled), 0);

        // The listing says where each setting came from.
        const auto listed = [&](const QStringList &args) {
            QJsonObject byId;
            for (const QJsonValue &r : QJsonDocument::fromJson(cli(args))
                                           .object()
                                           .value(QStringLiteral("rules"))
                                           .toArray())
                byId[r[QStringLiteral("id")].toString()] = r.toObject();
            return byId;
        };
        QJsonObject rules = listed({QStringLiteral("rules"), path, QStringLiteral("--json")});
        QCOMPARE(rules.size(), RuleBook::shipped().size());
        QJsonObject off = rules[kOffHours].toObject();
        QCOMPARE(off[QStringLiteral("parameters")][QStringLiteral("start")][QStringLiteral("value")]
                     .toString(),
                 QStringLiteral("10:00"));
        QCOMPARE(off[QStringLiteral("parameters")][QStringLiteral("start")][QStringLiteral("from")]
                     .toString(),
                 QStringLiteral("case"));
        QCOMPARE(off[QStringLiteral("parameters")][QStringLiteral("end")][QStringLiteral("from")]
                     .toString(),
                 QStringLiteral("shipped"));
        QCOMPARE(rules[kPulled][QStringLiteral("enabled")].toBool(), false);
        QCOMPARE(rules[kPulled][QStringLiteral("enabled_from")].toString(), QStringLiteral("case"));

        // The default, for every case: the case's own setting still wins.
        cli({QStringLiteral("rules"), QStringLiteral("--default"), QStringLiteral("--set"),
             kOffHours, QStringLiteral("start=08:00"), QStringLiteral("--set"), kOffHours,
             QStringLiteral("end=17:00")});
        rules = listed({QStringLiteral("rules"), path, QStringLiteral("--json")});
        off = rules[kOffHours].toObject();
        QCOMPARE(off[QStringLiteral("parameters")][QStringLiteral("start")][QStringLiteral("from")]
                     .toString(),
                 QStringLiteral("case"));
        QCOMPARE(off[QStringLiteral("parameters")][QStringLiteral("end")][QStringLiteral("value")]
                     .toString(),
                 QStringLiteral("17:00"));
        QCOMPARE(off[QStringLiteral("parameters")][QStringLiteral("end")][QStringLiteral("from")]
                     .toString(),
                 QStringLiteral("default"));
        const RuleList withDefault = RuleSettings::apply(
            RuleBook::shipped(),
            {{kOffHours, parameters({{QStringLiteral("start"), QStringLiteral("10:00")},
                                     {QStringLiteral("end"), QStringLiteral("17:00")}})}});
        QCOMPARE(count(kOffHours), hitsOf(path, withDefault, kOffHours));

        // Reset: back to the default's start.
        cli({QStringLiteral("rules"), path, QStringLiteral("--reset"), kOffHours,
             QStringLiteral("--reset"), kPulled});
        rules = listed({QStringLiteral("rules"), path, QStringLiteral("--json")});
        QCOMPARE(rules[kOffHours][QStringLiteral("parameters")][QStringLiteral("start")]
                      [QStringLiteral("from")]
                          .toString(),
                 QStringLiteral("default"));
        QVERIFY(hits(kPulled) > 0);

        // Refused: nothing written, status 1, the reason named.
        const QByteArray sha = tests::sha256Of(path);
        int status = 0;
        QByteArray err;
        cli({QStringLiteral("rules"), path, QStringLiteral("--disable"), kPulled,
             QStringLiteral("--set"), kOffHours, QStringLiteral("start=25:00")},
            &status, &err);
        QCOMPARE(status, 1);
        QVERIFY2(err.contains("start") && err.contains(kOffHours.toUtf8()), err.constData());
        QCOMPARE(tests::sha256Of(path), sha);
        cli({QStringLiteral("rules"), path, QStringLiteral("--enable"), QStringLiteral("nope")},
            &status, &err);
        QCOMPARE(status, 1);
        cli({QStringLiteral("rules"), path, QStringLiteral("--set"), kOffHours,
             QStringLiteral("start")},
            &status);
        QCOMPARE(status, 2);
        cli({QStringLiteral("rules")}, &status);
        QCOMPARE(status, 2);
        // A read-only listing of the text form.
        const QByteArray text = cli({QStringLiteral("rules"), path});
        QVERIFY2(text.contains("start = 08:00 (default)"), text.constData());
    }
};

QTEST_GUILESS_MAIN(TestRuleSettings)
#include "tst_rulesettings.moc"
