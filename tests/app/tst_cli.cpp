// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// End-to-end: auditlens-cli on exports written by the project's generator, checked against the
// generator's manifest (its ground truth).

#include "parsing/ipaddress.h"
#include "robustness.h"
#include "testdata.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importMatchesManifest_data();
    void importMatchesManifest();
    void queryFilters();
    void currentShapeMatchesTruth_data();
    void currentShapeMatchesTruth();
    void timeBoundsAsTheViewerReadsThem_data();
    void timeBoundsAsTheViewerReadsThem();
    void exitStatus();
    void commandHelp_data();
    void commandHelp();
    void secondImportSaysSo();
    void languageFollowsLang_data();
    void languageFollowsLang();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args);
    QJsonObject generate(const QString &name, const QStringList &options);

    QTemporaryDir m_dir;
    QString m_sampleCase;
};

TestCli::Run TestCli::cli(const QStringList &args)
{
    const auditlens::robustness::CliRun run = auditlens::robustness::runCli(args, {}, {}, 300000);
    return {run.exitCode, run.out, run.err};
}

QJsonObject TestCli::generate(const QString &name, const QStringList &options)
{
    return auditlens::tests::generate(QDir(m_dir.path()), name, options);
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCli::importMatchesManifest_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    const QString rows = QStringLiteral("6000");
    QTest::newRow("plain") << "plain.csv" << QStringList{QStringLiteral("--rows"), rows};
    QTest::newRow("bom+crlf, 30 broken")
        << "bomcrlf.csv" << QStringList{QStringLiteral("--rows"), rows,
                                        QStringLiteral("--bom"),  QStringLiteral("--crlf"),
                                        QStringLiteral("--bad"),  QStringLiteral("30"),
                                        QStringLiteral("--seed"), QStringLiteral("2")};
    QTest::newRow("upper-case header")
        << "upper.csv" << QStringList{QStringLiteral("--rows"),   rows,
                                      QStringLiteral("--header"), QStringLiteral("upper"),
                                      QStringLiteral("--seed"),   QStringLiteral("3")};
    QTest::newRow("shuffled header, extra column, broken")
        << "shuffled.csv"
        << QStringList{QStringLiteral("--rows"),         rows,
                       QStringLiteral("--header"),       QStringLiteral("shuffled"),
                       QStringLiteral("--extra-column"), QStringLiteral("region"),
                       QStringLiteral("--bad"),          QStringLiteral("12"),
                       QStringLiteral("--seed"),         QStringLiteral("4")};
    QTest::newRow("multi-line payloads, many duplicates")
        << "multiline.csv"
        << QStringList{QStringLiteral("--rows"),
                       rows,
                       QStringLiteral("--multiline-rate"),
                       QStringLiteral("0.2"),
                       QStringLiteral("--dup-rate"),
                       QStringLiteral("0.1"),
                       QStringLiteral("--conflict-rate"),
                       QStringLiteral("0.02"),
                       QStringLiteral("--bad"),
                       QStringLiteral("10"),
                       QStringLiteral("--seed"),
                       QStringLiteral("5")};
    QTest::newRow("json lines, broken")
        << "events.jsonl" << QStringList{QStringLiteral("--rows"),   rows,
                                         QStringLiteral("--format"), QStringLiteral("jsonl"),
                                         QStringLiteral("--bad"),    QStringLiteral("12"),
                                         QStringLiteral("--seed"),   QStringLiteral("6")};
    QTest::newRow("api page") << "page.json"
                              << QStringList{
                                     QStringLiteral("--rows"),   QStringLiteral("500"),
                                     QStringLiteral("--format"), QStringLiteral("json-items"),
                                     QStringLiteral("--seed"),   QStringLiteral("7")};
}

void TestCli::importMatchesManifest()
{
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    const QJsonObject m = generate(name, options);
    const QString casePath = m_dir.filePath(name + QStringLiteral(".auditlens"));
    const Run run = cli({QStringLiteral("import"), casePath, m[QStringLiteral("path")].toString(),
                         QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject r = QJsonDocument::fromJson(run.out).object();
    auto n = [](const QJsonObject &o, const char *key) {
        return o[QLatin1String(key)].toInteger();
    };
    QCOMPARE(n(r, "records"), n(m, "records"));
    QCOMPARE(n(r, "imported"), n(m, "imported_records"));
    QCOMPARE(n(r, "rejected"), n(m, "rejected_records"));
    QCOMPARE(n(r, "records"), n(r, "imported") + n(r, "rejected"));
    QCOMPARE(n(r, "blank_lines"), n(m, "blank_lines"));
    QCOMPARE(n(r, "unique_ids"), n(m, "unique_ids_all"));
    QCOMPARE(n(r, "duplicate_ids"), n(m, "duplicate_ids"));
    QCOMPARE(n(r, "duplicate_extra_records"), n(m, "duplicate_extra_records"));
    QCOMPARE(n(r, "conflicting_duplicate_ids"), n(m, "conflicting_duplicate_ids"));
    // Every broken record is reported on its line; nothing else is.
    QSet<qint64> expectedLines;
    for (const QJsonValue &bad : m[QStringLiteral("bad")].toArray())
        expectedLines.insert(bad[QStringLiteral("line")].toInteger());
    QSet<qint64> lines;
    for (const QJsonValue &p : r[QStringLiteral("problems")].toArray()) {
        QVERIFY(!p[QStringLiteral("message")].toString().isEmpty());
        const QString severity = p[QStringLiteral("severity")].toString();
        QVERIFY(severity == QLatin1String("rejected") || severity == QLatin1String("flagged"));
        lines.insert(p[QStringLiteral("line")].toInteger());
    }
    QCOMPARE(lines, expectedLines);
    const QJsonObject source = r[QStringLiteral("sources")].toArray().at(0).toObject();
    QCOMPARE(source[QStringLiteral("sha256")].toString().size(), 64);
    QVERIFY(!source[QStringLiteral("already_imported")].toBool());

    const Run count = cli({QStringLiteral("query"), casePath, QStringLiteral("--count")});
    QCOMPARE(count.code, 0);
    QCOMPARE(count.out.trimmed().toLongLong(), n(m, "imported_records"));
    const Run dups = cli({QStringLiteral("query"), casePath, QStringLiteral("--duplicates"),
                          QStringLiteral("any"), QStringLiteral("--count")});
    QCOMPARE(dups.out.trimmed().toLongLong(),
             n(m, "duplicate_ids") + n(m, "duplicate_extra_records"));
    if (name == QLatin1String("plain.csv"))
        m_sampleCase = casePath;
}

void TestCli::currentShapeMatchesTruth_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    const QStringList current = {QStringLiteral("--rows"),  QStringLiteral("3000"),
                                 QStringLiteral("--shape"), QStringLiteral("current"),
                                 QStringLiteral("--orgs"),  QStringLiteral("2"),
                                 QStringLiteral("--seed"),  QStringLiteral("11")};
    QTest::newRow("today's CSV") << "current.csv" << current;
    QTest::newRow("today's JSON Lines")
        << "current.jsonl"
        << current + QStringList{QStringLiteral("--format"), QStringLiteral("jsonl")};
}

// Today's shape against the generator's truth: actions in both spellings and their families,
// addresses and networks, organisations and requests.
void TestCli::currentShapeMatchesTruth()
{
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    const QJsonObject m = generate(name, options);
    const QString casePath = m_dir.filePath(name + QStringLiteral(".auditlens"));
    QCOMPARE(cli({QStringLiteral("import"), casePath, m[QStringLiteral("path")].toString()}).code,
             0);
    auto count = [&](const char *option, const QString &value) {
        const Run run = cli({QStringLiteral("query"), casePath, QLatin1String(option), value,
                             QStringLiteral("--count")});
        return run.code == 0 ? run.out.trimmed().toLongLong() : -1;
    };
    auto hyphenated = [](QString name) { return name.replace(QLatin1Char('.'), QLatin1Char('-')); };
    const QJsonObject actions = m[QStringLiteral("actions_normalised")].toObject();
    QVERIFY(actions.size() > 20);
    for (auto it = actions.begin(); it != actions.end(); ++it) {
        QCOMPARE(count("--action", it.key()), it.value().toInteger());
        QCOMPARE(count("--action", hyphenated(it.key())), it.value().toInteger());
    }
    const QJsonObject families = m[QStringLiteral("action_families")].toObject();
    for (const char *family : {"workflow", "workflow.job", "context", "context.secrets"}) {
        const qint64 expected = families[QLatin1String(family)].toInteger();
        QVERIFY(expected > 0);
        QCOMPARE(count("--action", QLatin1String(family) + QStringLiteral(".*")), expected);
        QCOMPARE(count("--action", hyphenated(QLatin1String(family)) + QStringLiteral("-*")),
                 expected);
    }
    const QJsonObject cidrs = m[QStringLiteral("cidrs")].toObject();
    for (auto it = cidrs.begin(); it != cidrs.end(); ++it)
        QCOMPARE(count("--ip", it.key()), it.value().toInteger());
    // The truth counts each address as written; one address may be written several ways.
    const QJsonObject ips = m[QStringLiteral("ips")].toObject();
    QHash<QByteArray, qint64> perAddress;
    for (auto it = ips.begin(); it != ips.end(); ++it)
        perAddress[auditlens::IpAddress::key(it.key())] += it.value().toInteger();
    int checked = 0;
    for (auto it = ips.begin(); it != ips.end() && checked < 20; ++it, ++checked)
        QCOMPARE(count("--ip", it.key()), perAddress.value(auditlens::IpAddress::key(it.key())));
    const QJsonArray organizations = m[QStringLiteral("organizations")].toArray();
    QCOMPARE(organizations.size(), 2);
    for (const QJsonValue &o : organizations) {
        QCOMPARE(count("--org", o[QStringLiteral("name")].toString()),
                 o[QStringLiteral("records")].toInteger());
        QCOMPARE(count("--org", o[QStringLiteral("id")].toString()),
                 o[QStringLiteral("records")].toInteger());
    }
    const QJsonObject requests =
        m[QStringLiteral("requests")].toObject()[QStringLiteral("sample")].toObject();
    QVERIFY(!requests.isEmpty());
    for (auto it = requests.begin(); it != requests.end(); ++it)
        QCOMPARE(count("--request", it.key()), it.value().toInteger());
    QCOMPARE(count("--source", QStringLiteral("1")),
             m[QStringLiteral("imported_records")].toInteger());
    // A source the case does not hold is refused, not counted as none (a typo would read as
    // "nothing happened").
    const Run unknownSource = cli({QStringLiteral("query"), casePath, QStringLiteral("--source"),
                                   QStringLiteral("2"), QStringLiteral("--count")});
    QCOMPARE(unknownSource.code, 1);
    QVERIFY2(unknownSource.err.contains("not a source of the case"), unknownSource.err.constData());
    // An address that is none is a usage error, not an empty answer.
    QCOMPARE(cli({QStringLiteral("query"), casePath, QStringLiteral("--ip"),
                  QStringLiteral("10.0.0.0/99"), QStringLiteral("--count")})
                 .code,
             2);
    // JSON Lines and CSV output carry the new fields.
    const Run jsonl =
        cli({QStringLiteral("query"), casePath, QStringLiteral("--format"), QStringLiteral("jsonl"),
             QStringLiteral("--ip"), QStringLiteral("0.0.0.0/0"), QStringLiteral("--limit"),
             QStringLiteral("1")});
    const QJsonObject row = QJsonDocument::fromJson(jsonl.out).object();
    QVERIFY2(!row[QStringLiteral("ip")].toString().isEmpty(), jsonl.out.constData());
    QVERIFY(!row[QStringLiteral("organization")].toString().isEmpty());
    QVERIFY(!row[QStringLiteral("request_id")].toString().isEmpty());
    const Run csv = cli({QStringLiteral("query"), casePath, QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--limit"), QStringLiteral("1")});
    QVERIFY2(csv.out.startsWith("occurred_at,action,actor,target,scope,success,id,duplicate,"
                                "source,line,ip,organization,account,request_id,"
                                "client_trace_id\n"),
             csv.out.constData());
}

void TestCli::queryFilters()
{
    QVERIFY(!m_sampleCase.isEmpty());
    auto count = [&](const QStringList &filter) {
        const Run run = cli(QStringList{QStringLiteral("query"), m_sampleCase} + filter +
                            QStringList{QStringLiteral("--count")});
        return run.code == 0 ? run.out.trimmed().toLongLong() : -1;
    };
    const qint64 all = count({});
    const qint64 ok = count({QStringLiteral("--success"), QStringLiteral("true")});
    const qint64 failed = count({QStringLiteral("--success"), QStringLiteral("false")});
    QVERIFY(ok > 0 && failed > 0);
    QCOMPARE(ok + failed, all);
    const qint64 context = count({QStringLiteral("--action"), QStringLiteral("context.*")});
    const qint64 secrets =
        count({QStringLiteral("--action"), QStringLiteral("context.secrets.accessed")});
    QVERIFY(secrets > 0 && context > secrets);
    QCOMPARE(count({QStringLiteral("--action"), QStringLiteral("context.*"),
                    QStringLiteral("--action"), QStringLiteral("workflow.*")}),
             context + count({QStringLiteral("--action"), QStringLiteral("workflow.*")}));
    // Time bounds are inclusive and split the log without losing an event.
    const Run first =
        cli({QStringLiteral("query"), m_sampleCase, QStringLiteral("--format"),
             QStringLiteral("jsonl"), QStringLiteral("--limit"), QStringLiteral("1")});
    const QJsonObject event = QJsonDocument::fromJson(first.out).object();
    const QString at = event[QStringLiteral("occurred_at")].toString();
    QVERIFY(!at.isEmpty());
    QCOMPARE(count({QStringLiteral("--to"), at}), 1);
    const qint64 before = count({QStringLiteral("--to"), QStringLiteral("2026-02-01T00:00:00Z")});
    const qint64 after =
        count({QStringLiteral("--from"), QStringLiteral("2026-02-01T00:00:00.000000001Z")});
    QCOMPARE(before + after, all);
    // Free text reaches the payload; LIKE wildcards are literal.
    QVERIFY(count({QStringLiteral("--text"), QStringLiteral("NPM_TOKEN")}) > 0);
    QCOMPARE(count({QStringLiteral("--text"), QStringLiteral("%")}), 0);
    QCOMPARE(count({QStringLiteral("--text"), QStringLiteral("' OR 1=1 --")}), 0);
    const QString actor =
        event[QStringLiteral("actor")].toObject()[QStringLiteral("name")].toString();
    const QString actorId =
        event[QStringLiteral("actor")].toObject()[QStringLiteral("id")].toString();
    QVERIFY(count({QStringLiteral("--actor"), actor}) >= 1);
    QCOMPARE(count({QStringLiteral("--actor"), actor}),
             count({QStringLiteral("--actor"), actorId}));
    for (const QString &format :
         {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("jsonl")}) {
        const Run run = cli({QStringLiteral("query"), m_sampleCase, QStringLiteral("--format"),
                             format, QStringLiteral("--limit"), QStringLiteral("10")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.count('\n') >= 10);
    }
}

void TestCli::timeBoundsAsTheViewerReadsThem_data()
{
    QTest::addColumn<QStringList>("bounds");
    QTest::addColumn<qint64>("events");
    // basic.csv: 2026-01-03 at 10:02:11.12, 10:02:14.20, 10:05:15.99, 11:15:42.50, 11:20:07.00.
    QTest::newRow("that day, both ends")
        << QStringList{QStringLiteral("--from"), QStringLiteral("2026-01-03"),
                       QStringLiteral("--to"), QStringLiteral("2026-01-03")}
        << qint64(5);
    QTest::newRow("to the day before")
        << QStringList{QStringLiteral("--to"), QStringLiteral("2026-01-02")} << qint64(0);
    QTest::newRow("from the day after")
        << QStringList{QStringLiteral("--from"), QStringLiteral("2026-01-04")} << qint64(0);
    QTest::newRow("one minute, both ends")
        << QStringList{QStringLiteral("--from"), QStringLiteral("2026-01-03 10:02"),
                       QStringLiteral("--to"), QStringLiteral("2026-01-03 10:02")}
        << qint64(2);
    QTest::newRow("to a minute, its last second included")
        << QStringList{QStringLiteral("--to"), QStringLiteral("2026-01-03T10:05")} << qint64(3);
    QTest::newRow("from a minute")
        << QStringList{QStringLiteral("--from"), QStringLiteral("2026-01-03T11:20")} << qint64(1);
    QTest::newRow("a timestamp stays an instant")
        << QStringList{QStringLiteral("--to"), QStringLiteral("2026-01-03T10:02:14.201Z")}
        << qint64(2);
}

void TestCli::timeBoundsAsTheViewerReadsThem()
{
    QFETCH(QStringList, bounds);
    QFETCH(qint64, events);
    const QString casePath = m_dir.filePath(QStringLiteral("bounds.auditlens"));
    if (!QFileInfo::exists(casePath))
        QCOMPARE(cli({QStringLiteral("import"), casePath,
                      QStringLiteral(AUDITLENS_TEST_DATA "/basic.csv")})
                     .code,
                 0);
    const Run run = cli(QStringList{QStringLiteral("query"), casePath} + bounds +
                        QStringList{QStringLiteral("--count")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out.trimmed().toLongLong(), events);
}

void TestCli::exitStatus()
{
    QCOMPARE(cli({}).code, 2);
    QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
    QCOMPARE(cli({QStringLiteral("query"), m_sampleCase}).code, 2);
    QCOMPARE(cli({QStringLiteral("query"), m_sampleCase, QStringLiteral("--count"),
                  QStringLiteral("--success"), QStringLiteral("maybe")})
                 .code,
             2);
    const Run missing =
        cli({QStringLiteral("stats"), m_dir.filePath(QStringLiteral("nope.auditlens"))});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.startsWith("error: "));
    QCOMPARE(missing.err.count('\n'), 1);
    const Run notAudit =
        cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("x.auditlens")),
             QStringLiteral(AUDITLENS_TEST_DATA "/semicolon.csv")});
    QCOMPARE(notAudit.code, 1);
    QVERIFY(notAudit.err.startsWith("error: "));
    QCOMPARE(cli({QStringLiteral("stats"), m_sampleCase, QStringLiteral("--json")}).code, 0);
    QCOMPARE(cli({QStringLiteral("problems"), m_sampleCase, QStringLiteral("--json")}).code, 0);
    // Help of a command that does not exist is a usage error; "-h" as a value is that value.
    QCOMPARE(cli({QStringLiteral("frobnicate"), QStringLiteral("--help")}).code, 2);
    const Run text = cli({QStringLiteral("query"), m_sampleCase, QStringLiteral("--text"),
                          QStringLiteral("-h"), QStringLiteral("--count")});
    QCOMPARE(text.code, 0);
    QVERIFY2(!text.out.contains("usage"), text.out.constData());
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("command"); // whose usage is printed
    QTest::addColumn<bool>("filters");    // with the FILTER options
    QTest::newRow("query --help") << QStringList{QStringLiteral("query"), QStringLiteral("--help")}
                                  << QStringLiteral("query") << true;
    QTest::newRow("export -h") << QStringList{QStringLiteral("export"), QStringLiteral("-h")}
                               << QStringLiteral("export") << true;
    QTest::newRow("stats CASE --help")
        << QStringList{QStringLiteral("stats"), QStringLiteral("x.auditlens"),
                       QStringLiteral("--help")}
        << QStringLiteral("stats") << false;
    QTest::newRow("help import") << QStringList{QStringLiteral("help"), QStringLiteral("import")}
                                 << QStringLiteral("import") << false;
    QTest::newRow("remove-source after a flag")
        << QStringList{QStringLiteral("remove-source"), QStringLiteral("--json"),
                       QStringLiteral("--help")}
        << QStringLiteral("remove-source") << false;
}

void TestCli::commandHelp()
{
    QFETCH(QStringList, args);
    QFETCH(QString, command);
    QFETCH(bool, filters);
    const Run run = cli(args);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral("auditlens-cli %1 CASE").arg(command)), run.out);
    QCOMPARE(text.count(QStringLiteral("auditlens-cli ")), 2); // its line and the man page
    QCOMPARE(text.contains(QStringLiteral("--duplicates")), filters);
}

void TestCli::secondImportSaysSo()
{
    const Run run = cli({QStringLiteral("import"), m_sampleCase,
                         m_dir.filePath(QStringLiteral("plain.csv")), QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    const QJsonObject r = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(r[QStringLiteral("imported")].toInteger(), 0);
    QVERIFY(
        r[QStringLiteral("sources")].toArray().at(0)[QStringLiteral("already_imported")].toBool());
}

// The environment of a shell in Japanese (LANG=ja_JP.UTF-8, LC_ALL unset) or in C.
static QProcessEnvironment localeEnvironment(bool japanese)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"})
        env.remove(QString::fromLatin1(name));
    if (japanese)
        env.insert(QStringLiteral("LANG"), QStringLiteral("ja_JP.UTF-8"));
    else
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return env;
}

void TestCli::languageFollowsLang_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("humanText"); // says something to people on stdout or stderr
    const QString missing = m_dir.filePath(QStringLiteral("nope.auditlens"));
    QTest::newRow("stats --json") << QStringList{QStringLiteral("stats"), m_sampleCase,
                                                 QStringLiteral("--json")}
                                  << false;
    QTest::newRow("problems --json")
        << QStringList{QStringLiteral("problems"), m_sampleCase, QStringLiteral("--json")} << false;
    QTest::newRow("query jsonl") << QStringList{QStringLiteral("query"),    m_sampleCase,
                                                QStringLiteral("--format"), QStringLiteral("jsonl"),
                                                QStringLiteral("--limit"),  QStringLiteral("50")}
                                 << false;
    QTest::newRow("query --count")
        << QStringList{QStringLiteral("query"), m_sampleCase, QStringLiteral("--count"),
                       QStringLiteral("--success"), QStringLiteral("false")}
        << false;
    QTest::newRow("import again --json")
        << QStringList{QStringLiteral("import"), m_sampleCase,
                       m_dir.filePath(QStringLiteral("plain.csv")), QStringLiteral("--json")}
        << false;
    QTest::newRow("stats") << QStringList{QStringLiteral("stats"), m_sampleCase} << true;
    QTest::newRow("missing case") << QStringList{QStringLiteral("stats"), missing} << true;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << true;
    QTest::newRow("bad --success")
        << QStringList{QStringLiteral("query"), m_sampleCase, QStringLiteral("--count"),
                       QStringLiteral("--success"), QStringLiteral("maybe")}
        << true;
}

// Messages follow LANG; what scripts read (--json, the exit code) does not.
void TestCli::languageFollowsLang()
{
    QFETCH(QStringList, args);
    QFETCH(bool, humanText);
    const auto c = auditlens::robustness::runCli(args, localeEnvironment(false), {}, 300000);
    const auto ja = auditlens::robustness::runCli(args, localeEnvironment(true), {}, 300000);
    QVERIFY(!c.crashed && !ja.crashed);
    QCOMPARE(ja.exitCode, c.exitCode);
    if (!humanText) {
        QCOMPARE(c.exitCode, 0);
        QVERIFY(!c.out.isEmpty());
        QCOMPARE(ja.out, c.out);
        return;
    }
    const QByteArray said = c.exitCode == 0 ? c.out : c.err;
    const QByteArray saidJa = c.exitCode == 0 ? ja.out : ja.err;
    QVERIFY(!said.isEmpty());
    QVERIFY2(saidJa != said, saidJa.constData());
    // Japanese words (kana or kanji) where C has English ones.
    const QString text = QString::fromUtf8(saidJa);
    QVERIFY2(std::any_of(text.cbegin(), text.cend(),
                         [](QChar ch) { return ch.unicode() >= 0x3040 && ch.unicode() <= 0x9fff; }),
             saidJa.constData());
    if (c.exitCode != 0)
        QVERIFY2(saidJa.startsWith("エラー: ") || saidJa.startsWith("使い方:"), saidJa.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
