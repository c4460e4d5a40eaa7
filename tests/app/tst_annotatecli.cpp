// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// tag, star, note, annotations and view as a script drives them: the events the FILTER selects
// (a saved view's included), what the commands print, who the author is, the exit status of each
// misuse, and a case of the previous format brought up to date by the first annotation.

#include "robustness.h"
#include "testdata.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using auditlens::robustness::CliRun;
using auditlens::robustness::runCli;

namespace {
// The words as a QStringList (the build allows no implicit conversion from char *).
QStringList strings(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *w : words)
        list << QString::fromUtf8(w);
    return list;
}

using auditlens::tests::data;
using auditlens::tests::sha256Of;
} // namespace

class TestAnnotateCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void tagTheFilteredEvents();
    void aNewTagIsMadeWithItsColour();
    void starAndNote();
    void noteTheSeqQueryPrints();
    void noteOnEveryCopyOfAnId();
    void theAuthorIsTheUserUnlessGiven();
    void misuseExitStatus_data();
    void misuseExitStatus();
    void aFormatThreeCaseIsBroughtUpToDate();
    void aSavedViewSelectsAsItsFlagsDo();
    void viewListAndDelete();
    void viewTagsAndExports();

private:
    CliRun cli(const QStringList &args, const QProcessEnvironment &env = {});
    QJsonObject annotations();
    qint64 count(const QStringList &filter);

    QTemporaryDir m_dir;
    QString m_case;
};

CliRun TestAnnotateCli::cli(const QStringList &args, const QProcessEnvironment &env)
{
    return runCli(args, env, {}, 120000);
}

QJsonObject TestAnnotateCli::annotations()
{
    const CliRun run = cli({QStringLiteral("annotations"), m_case, QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("annotations: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

qint64 TestAnnotateCli::count(const QStringList &filter)
{
    const CliRun run =
        cli(QStringList{QStringLiteral("query"), m_case, QStringLiteral("--count")} + filter);
    return run.exitCode == 0 ? run.out.trimmed().toLongLong() : -1;
}

namespace {
qint64 tagEvents(const QJsonObject &annotations, const QString &name)
{
    for (const QJsonValue &tag : annotations.value(QStringLiteral("tags")).toArray()) {
        if (tag[QStringLiteral("name")].toString() == name)
            return tag[QStringLiteral("events")].toInteger();
    }
    return -1;
}
} // namespace

void TestAnnotateCli::init()
{
    QVERIFY(m_dir.isValid());
    m_case = m_dir.filePath(
        QStringLiteral("%1.auditlens").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_case);
    const CliRun run = cli({QStringLiteral("import"), m_case, data(QStringLiteral("current.csv")),
                            data(QStringLiteral("duplicates.csv"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestAnnotateCli::tagTheFilteredEvents()
{
    const QStringList filter = {QStringLiteral("--actor"), QStringLiteral("oren1")};
    const qint64 expected = count(filter);
    QVERIFY(expected > 1);
    CliRun run =
        cli(QStringList{QStringLiteral("tag"), m_case, QStringLiteral("suspicious")} + filter);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("tagged " + QByteArray::number(expected) + " events\n"));
    QCOMPARE(tagEvents(annotations(), QStringLiteral("suspicious")), expected);
    // Events that carry it already are not tagged again.
    run = cli({QStringLiteral("tag"), m_case, QStringLiteral("suspicious")});
    QCOMPARE(run.out, QByteArray("tagged " + QByteArray::number(21 - expected) + " events\n"));
    run = cli(QStringList{QStringLiteral("tag"), m_case, QStringLiteral("suspicious"),
                          QStringLiteral("--remove")} +
              filter);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("untagged " + QByteArray::number(expected) + " events\n"));
    const QJsonObject after = annotations();
    QCOMPARE(tagEvents(after, QStringLiteral("suspicious")), 21 - expected);
    const QJsonArray log = after.value(QStringLiteral("log")).toArray();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(2)[QStringLiteral("action")].toString(), QStringLiteral("untag"));
    QCOMPARE(log.at(2)[QStringLiteral("event_count")].toInteger(), expected);
}

void TestAnnotateCli::aNewTagIsMadeWithItsColour()
{
    const CliRun run = cli(
        {QStringLiteral("tag"), m_case, QStringLiteral("exfil"), QStringLiteral("--color"),
         QStringLiteral("#00aa11"), QStringLiteral("--description"), QStringLiteral("Data left"),
         QStringLiteral("--action"), QStringLiteral("context.secrets.accessed")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("created tag exfil\ntagged "), run.out.constData());
    const QJsonArray tags = annotations().value(QStringLiteral("tags")).toArray();
    QCOMPARE(tags.size(), 7);
    const QJsonObject exfil = tags.last().toObject();
    QCOMPARE(exfil[QStringLiteral("name")].toString(), QStringLiteral("exfil"));
    QCOMPARE(exfil[QStringLiteral("color")].toString(), QStringLiteral("#00AA11"));
    QCOMPARE(exfil[QStringLiteral("description")].toString(), QStringLiteral("Data left"));
    QCOMPARE(exfil[QStringLiteral("preset")].toBool(), false);
}

void TestAnnotateCli::noteTheSeqQueryPrints()
{
    // The analyst finds an event with query, then notes it by the seq query printed.
    CliRun run =
        cli({QStringLiteral("query"), m_case, QStringLiteral("--success"), QStringLiteral("false"),
             QStringLiteral("--format"), QStringLiteral("jsonl")});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QVERIFY(lines.size() >= 2);
    const QJsonObject event = QJsonDocument::fromJson(lines.at(1)).object();
    QVERIFY2(event.contains(QStringLiteral("seq")), lines.at(1).constData());
    const qint64 seq = event[QStringLiteral("seq")].toInteger();
    QVERIFY(seq > 0);
    run = cli({QStringLiteral("note"), m_case, QStringLiteral("--seq"), QString::number(seq),
               QStringLiteral("found by query")});
    QCOMPARE(run.exitCode, 0);
    bool found = false;
    for (const QJsonValue &note : annotations().value(QStringLiteral("notes")).toArray()) {
        if (note[QStringLiteral("text")].toString() != QLatin1String("found by query"))
            continue;
        found = true;
        QCOMPARE(note[QStringLiteral("seq")].toInteger(), seq);
        QCOMPARE(note[QStringLiteral("line")].toInteger(),
                 event[QStringLiteral("line")].toInteger());
        QCOMPARE(note[QStringLiteral("id")].toString(), event[QStringLiteral("id")].toString());
    }
    QVERIFY(found);
    run = cli({QStringLiteral("note"), m_case, QStringLiteral("--seq"), QString::number(seq),
               QStringLiteral("--remove")});
    QCOMPARE(run.exitCode, 0);
}

void TestAnnotateCli::starAndNote()
{
    CliRun run =
        cli({QStringLiteral("star"), m_case, QStringLiteral("--success"), QStringLiteral("false")});
    QCOMPARE(run.exitCode, 0);
    const qint64 failed = count({QStringLiteral("--success"), QStringLiteral("false")});
    QCOMPARE(run.out, QByteArray("starred " + QByteArray::number(failed) + " events\n"));
    run = cli({QStringLiteral("note"), m_case, QStringLiteral("--seq"), QStringLiteral("3"),
               QStringLiteral("Off hours: **why?**")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("noted 1 events\n"));
    run = cli({QStringLiteral("note"), m_case, QStringLiteral("--case"),
               QStringLiteral("# Incident 42\nClosed.")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("noted the case\n"));
    QJsonObject all = annotations();
    QCOMPARE(all.value(QStringLiteral("stars")).toArray().size(), failed);
    QJsonArray notes = all.value(QStringLiteral("notes")).toArray();
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.at(0)[QStringLiteral("on")].toString(), QStringLiteral("case"));
    QCOMPARE(notes.at(0)[QStringLiteral("text")].toString(),
             QStringLiteral("# Incident 42\nClosed."));
    QCOMPARE(notes.at(1)[QStringLiteral("seq")].toInteger(), 3);
    QCOMPARE(notes.at(1)[QStringLiteral("line")].toInteger(), 4);
    run = cli({QStringLiteral("note"), m_case, QStringLiteral("--seq"), QStringLiteral("3"),
               QStringLiteral("--remove")});
    QCOMPARE(run.out, QByteArray("unnoted 1 events\n"));
    run = cli({QStringLiteral("star"), m_case, QStringLiteral("--remove")});
    QCOMPARE(run.out, QByteArray("unstarred " + QByteArray::number(failed) + " events\n"));
    all = annotations();
    QCOMPARE(all.value(QStringLiteral("stars")).toArray().size(), 0);
    QCOMPARE(all.value(QStringLiteral("notes")).toArray().size(), 1);
    QStringList actions;
    for (const QJsonValue &row : all.value(QStringLiteral("log")).toArray())
        actions << row[QStringLiteral("action")].toString();
    QCOMPARE(actions, strings({"star", "note", "case-note", "unnote", "unstar"}));
    // The text form says the same.
    run = cli({QStringLiteral("annotations"), m_case});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("log: 5 changes\n"), run.out.constData());
    QVERIFY(run.out.contains("suspicious"));
}

void TestAnnotateCli::noteOnEveryCopyOfAnId()
{
    // duplicates.csv holds id A three times.
    const CliRun run =
        cli({QStringLiteral("note"), m_case, QStringLiteral("--id"),
             QStringLiteral("d25b62d4-5fec-4a37-b6e2-b20d86833425"), QStringLiteral("copied")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("noted 3 events\n"));
    QList<qint64> lines;
    for (const QJsonValue &note : annotations().value(QStringLiteral("notes")).toArray())
        lines << note[QStringLiteral("line")].toInteger();
    QCOMPARE(lines, QList<qint64>({2, 5, 7}));
}

void TestAnnotateCli::theAuthorIsTheUserUnlessGiven()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USER"), QStringLiteral("oren"));
    QCOMPARE(
        cli({QStringLiteral("star"), m_case, QStringLiteral("--actor"), QStringLiteral("oren1")},
            env)
            .exitCode,
        0);
    QCOMPARE(cli({QStringLiteral("tag"), m_case, QStringLiteral("benign"),
                  QStringLiteral("--author"), QStringLiteral("Priya Analyst")},
                 env)
                 .exitCode,
             0);
    const QJsonObject all = annotations();
    const QJsonArray log = all.value(QStringLiteral("log")).toArray();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0)[QStringLiteral("author")].toString(), QStringLiteral("oren"));
    QCOMPARE(log.at(1)[QStringLiteral("author")].toString(), QStringLiteral("Priya Analyst"));
    QCOMPARE(
        all.value(QStringLiteral("stars")).toArray().at(0)[QStringLiteral("author")].toString(),
        QStringLiteral("oren"));

    // Without USER or USERNAME (a service, a container), the account's own name.
    env.remove(QStringLiteral("USER"));
    env.remove(QStringLiteral("USERNAME"));
    QCOMPARE(cli({QStringLiteral("tag"), m_case, QStringLiteral("reported")}, env).exitCode, 0);
    const passwd *account = getpwuid(geteuid());
    QVERIFY(account && account->pw_name);
    QCOMPARE(annotations()
                 .value(QStringLiteral("log"))
                 .toArray()
                 .at(2)[QStringLiteral("author")]
                 .toString(),
             QString::fromLocal8Bit(account->pw_name));
}

void TestAnnotateCli::misuseExitStatus_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("tag without a tag") << strings({"tag", "CASE"}) << 2 << "a case and one tag";
    QTest::newRow("colour not #RRGGBB")
        << strings({"tag", "CASE", "x", "--color", "red"}) << 2 << "#RRGGBB";
    QTest::newRow("remove with a colour")
        << strings({"tag", "CASE", "x", "--remove", "--color", "#000000"}) << 2 << "--remove";
    QTest::newRow("tag name with a line feed")
        << strings({"tag", "CASE", "a\nb"}) << 2 << "tag name";
    QTest::newRow("untag an unknown tag")
        << strings({"tag", "CASE", "nope", "--remove"}) << 1 << "no tag named nope";
    QTest::newRow("bad filter") << strings({"star", "CASE", "--success", "maybe"}) << 2
                                << "--success";
    QTest::newRow("empty author") << strings({"star", "CASE", "--author", ""}) << 2 << "--author";
    QTest::newRow("note on two targets")
        << strings({"note", "CASE", "--case", "--seq", "1", "x"}) << 2 << "one of --case";
    QTest::newRow("note without text") << strings({"note", "CASE", "--case"}) << 2 << "note";
    QTest::newRow("note on a missing seq")
        << strings({"note", "CASE", "--seq", "999", "x"}) << 1 << "no event with seq 999";
    QTest::newRow("note on a missing id")
        << strings({"note", "CASE", "--id", "nope", "x"}) << 1 << "no event with id nope";
    QTest::newRow("no case file") << strings({"star", "MISSING"}) << 1 << "no case file";
    QTest::newRow("query an unknown view")
        << strings({"query", "CASE", "--view", "nope", "--count"}) << 1 << "no view named nope";
    QTest::newRow("tag with an unknown view")
        << strings({"tag", "CASE", "benign", "--view", "nope"}) << 1 << "no view named nope";
    QTest::newRow("delete an unknown view")
        << strings({"view", "delete", "CASE", "nope"}) << 1 << "no view named nope";
    QTest::newRow("save a view on an unknown view")
        << strings({"view", "save", "CASE", "v", "--view", "nope"}) << 1 << "no view named nope";
    QTest::newRow("view without an action") << strings({"view", "CASE"}) << 2 << "save, list";
    QTest::newRow("view save without a name")
        << strings({"view", "save", "CASE"}) << 2 << "a case and a view's name";
    QTest::newRow("view save with a bad filter")
        << strings({"view", "save", "CASE", "v", "--success", "maybe"}) << 2 << "--success";
    QTest::newRow("view list with a filter")
        << strings({"view", "list", "CASE", "--actor", "x"}) << 2 << "takes no filter";
    QTest::newRow("view name with a line feed")
        << strings({"view", "save", "CASE", "a\nb"}) << 2 << "view name";
}

void TestAnnotateCli::misuseExitStatus()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, message);
    args.replaceInStrings(QRegularExpression(QStringLiteral("^CASE$")), m_case);
    args.replaceInStrings(QRegularExpression(QStringLiteral("^MISSING$")),
                          m_dir.filePath(QStringLiteral("missing.auditlens")));
    const QByteArray before = sha256Of(m_case);
    const CliRun run = cli(args);
    QCOMPARE(run.exitCode, status);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QCOMPARE(sha256Of(m_case), before);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.auditlens"))));
}

void TestAnnotateCli::aFormatThreeCaseIsBroughtUpToDate()
{
    m_case = m_dir.filePath(QStringLiteral("format3.auditlens"));
    QFile::remove(m_case);
    QVERIFY(QFile::copy(data(QStringLiteral("format3_current.auditlens")), m_case));
    QVERIFY(QFile::setPermissions(m_case, QFile::ReadOwner | QFile::WriteOwner));
    // Reading it changes nothing; the first annotation brings it to this format.
    const QByteArray before = sha256Of(m_case);
    QCOMPARE(annotations().value(QStringLiteral("tags")).toArray().size(), 6);
    QCOMPARE(sha256Of(m_case), before);
    const CliRun run = cli({QStringLiteral("tag"), m_case, QStringLiteral("reported")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("tagged 14 events\n"));
    QCOMPARE(tagEvents(annotations(), QStringLiteral("reported")), 14);
}

void TestAnnotateCli::aSavedViewSelectsAsItsFlagsDo()
{
    const QStringList filter = strings({"--actor", "oren1", "--action", "context.*"});
    const qint64 direct = count(filter);
    QVERIFY(direct > 1);
    CliRun run = cli(QStringList{QStringLiteral("view"), QStringLiteral("save"), m_case,
                                 QStringLiteral("mine")} +
                     filter);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("saved view mine\n"));
    QCOMPARE(count(strings({"--view", "mine"})), direct);
    // Every event of the case is more than the view, which is more than the view narrowed.
    QVERIFY(count({}) > direct);
    const qint64 narrowed = count(strings({"--view", "mine", "--success", "false"}));
    QCOMPARE(narrowed, count(filter + strings({"--success", "false"})));
    QVERIFY(narrowed < direct);
    // A repeated flag adds to the view's values (OR), as it does on one command line.
    const QStringList more = strings({"--action", "project.ssh_key.create"});
    QCOMPARE(count(strings({"--view", "mine"}) + more), count(filter + more));
    QVERIFY(count(filter + more) > direct);
    // A view saved on a view keeps its arguments: it stays when the other one goes.
    run = cli(strings({"view", "save"}) + QStringList{m_case} +
              strings({"failed", "--view", "mine", "--success", "false"}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(
        cli(strings({"view", "delete"}) + QStringList{m_case, QStringLiteral("mine")}).exitCode ==
        0);
    QCOMPARE(count(strings({"--view", "failed"})), narrowed);
}

void TestAnnotateCli::viewListAndDelete()
{
    CliRun run = cli(strings({"view", "list"}) + QStringList{m_case});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("no saved views\n"));
    run = cli(
        strings({"view", "save"}) + QStringList{m_case} +
        strings({"builds", "--action", "workflow.*", "--text", "deploy prod", "--author", "ana"}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli(strings({"view", "list"}) + QStringList{m_case});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("builds  by ana at "), run.out.constData());
    QVERIFY2(run.out.endsWith(": --action 'workflow.*' --text 'deploy prod'\n"),
             run.out.constData());
    // Saving again under the name replaces the view.
    run = cli(strings({"view", "save"}) + QStringList{m_case} +
              strings({"builds", "--action", "workflow.job.start", "--author", "bo"}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli(strings({"view", "list", "--json"}) + QStringList{m_case});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray views = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(views.size(), 1);
    const QJsonObject view = views.at(0).toObject();
    QCOMPARE(view[QStringLiteral("name")].toString(), QStringLiteral("builds"));
    QCOMPARE(view[QStringLiteral("author")].toString(), QStringLiteral("bo"));
    QCOMPARE(view[QStringLiteral("filter")].toArray(),
             QJsonArray({QStringLiteral("--action"), QStringLiteral("workflow.job.start")}));
    QVERIFY(!view[QStringLiteral("created")].toString().isEmpty());
    QVERIFY(view[QStringLiteral("changed")].toString() >=
            view[QStringLiteral("created")].toString());

    run = cli(strings({"view", "delete"}) + QStringList{m_case} +
              strings({"builds", "--author", "cy"}));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("deleted view builds\n"));
    run = cli(strings({"view", "list", "--json"}) + QStringList{m_case});
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 0);
    QCOMPARE(cli(strings({"query", "--count", "--view", "builds"}) + QStringList{m_case}).exitCode,
             1);

    // The log lists each change in order, with its author and the view.
    QStringList changes;
    for (const QJsonValue &e : annotations().value(QStringLiteral("log")).toArray())
        changes << QStringLiteral("%1 %2 %3 %4")
                       .arg(e[QStringLiteral("action")].toString(),
                            e[QStringLiteral("author")].toString(),
                            e[QStringLiteral("detail")][QStringLiteral("name")].toString())
                       .arg(e[QStringLiteral("detail")][QStringLiteral("filter")].toArray().size());
    QCOMPARE(changes, QStringList({QStringLiteral("save-view ana builds 4"),
                                   QStringLiteral("save-view bo builds 2"),
                                   QStringLiteral("delete-view cy builds 0")}));
}

void TestAnnotateCli::viewTagsAndExports()
{
    const QStringList filter = strings({"--actor", "oren1"});
    QVERIFY(cli(strings({"view", "save"}) + QStringList{m_case, QStringLiteral("oren")} + filter)
                .exitCode == 0);
    CliRun run = cli(strings({"tag"}) + QStringList{m_case} +
                     strings({"suspicious", "--view", "oren", "--success", "true"}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const qint64 expected = count(filter + strings({"--success", "true"}));
    QCOMPARE(run.out, QStringLiteral("tagged %1 events\n").arg(expected).toUtf8());
    run = cli(strings({"star"}) + QStringList{m_case} + strings({"--view", "oren"}));
    QCOMPARE(run.out, QStringLiteral("starred %1 events\n").arg(count(filter)).toUtf8());
    const QString output = m_dir.filePath(QStringLiteral("oren.jsonl"));
    run = cli(strings({"export"}) + QStringList{m_case} +
              strings({"--format", "jsonl", "--view", "oren", "--output"}) + QStringList{output});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), count(filter));
}

QTEST_GUILESS_MAIN(TestAnnotateCli)
#include "tst_annotatecli.moc"
