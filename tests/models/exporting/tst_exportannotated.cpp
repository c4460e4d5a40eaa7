// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// export --annotated through the real auditlens-cli: exactly the tagged, starred or noted events,
// ANDed with the filter, in every format; a case of an older format refused; and the findings
// report: inert with hostile note text, its sections in order, and as PDF "page k of N" with the
// case name on every page (read back with pdftotext, from poppler-utils).

#include "robustness.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace auditlens;
using robustness::parseCsv;

namespace {
// What a note typed by a person, or pasted from an attacker's payload, may hold.
const QString kHostileNote =
    QStringLiteral("<script>alert(1)</script> <img src=x onerror=alert(2)> "
                   "[click](javascript:alert(3)) \"quoted\" 'single'\nsecond line");
const QString kHostileCaseNote =
    QStringLiteral("# Conclusion\nThe key leaked. <iframe src=\"https://evil.example/\"></iframe>");

QSet<QString> ids(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}
} // namespace

class TestExportAnnotated : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonLinesHoldExactlyTheAnnotatedEvents();
    void theFilterNarrowsThem();
    void csvFormatsToo();
    void aCaseOfAnOlderFormatIsRefused();
    void findingsHtmlIsInertAndInOrder();
    void findingsPdfNumbersEveryPage();
    void plainPdfReportNumbersPagesAndRepeatsHeaders();
    void lookalikeNamesAreMarked();

private:
    QByteArray cli(const QStringList &args);
    QString writeSource(const QString &name, int count, const QString &actorPrefix = {});
    QByteArray exported(const QStringList &options, const QString &format, const QString &name,
                        robustness::CliRun *run = nullptr);
    QStringList jsonlIds(const QByteArray &bytes);
    QStringList pdfPages(const QString &path);
    static QByteArray readAll(const QString &path);

    QTemporaryDir m_dir;
    QString m_case;
};

QByteArray TestExportAnnotated::cli(const QStringList &args)
{
    const robustness::CliRun run = robustness::runCli(args);
    if (run.exitCode != 0)
        qWarning("auditlens-cli %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
                 run.err.constData());
    return run.out;
}

QByteArray TestExportAnnotated::readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Events id-1... id-N a minute apart, each by an actor named after its id (actor-id-1...).
QString TestExportAnnotated::writeSource(const QString &name, int count, const QString &actorPrefix)
{
    QByteArray bytes = "action,actor,target,payload,occurred_at,metadata,id,version,scope,success,"
                       "request\n";
    for (int i = 1; i <= count; ++i) {
        const QString id = QStringLiteral("id-%1").arg(i);
        bytes +=
            QStringLiteral("context.env_var.store,\"{\"\"id\"\":\"\"u-%1\"\",\"\"type\"\":"
                           "\"\"user\"\",\"\"name\"\":\"\"%4actor-%1\"\"}\",\"{\"\"id\"\":"
                           "\"\"t-%1\"\",\"\"type\"\":\"\"context\"\",\"\"name\"\":\"\"ctx\"\"}"
                           "\",{},2026-03-01T%2:%3:00.000Z,{},%1,1,\"{\"\"id\"\":\"\"org-1\"\""
                           "}\",true,\"{\"\"id\"\":\"\"r-%1\"\"}\"\n")
                .arg(id)
                .arg(10 + i / 60, 2, 10, QLatin1Char('0'))
                .arg(i % 60, 2, 10, QLatin1Char('0'))
                .arg(actorPrefix)
                .toUtf8();
    }
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write fixture");
    return path;
}

QByteArray TestExportAnnotated::exported(const QStringList &options, const QString &format,
                                         const QString &name, robustness::CliRun *run)
{
    const QString output = m_dir.filePath(name);
    const robustness::CliRun done =
        robustness::runCli(QStringList{QStringLiteral("export"), m_case, QStringLiteral("--format"),
                                       format, QStringLiteral("--output"), output} +
                           options);
    if (run)
        *run = done;
    else if (done.exitCode != 0)
        qWarning("export failed: %s", done.err.constData());
    return readAll(output);
}

QStringList TestExportAnnotated::jsonlIds(const QByteArray &bytes)
{
    QStringList found;
    for (const QByteArray &line : bytes.split('\n')) {
        if (!line.isEmpty())
            found << QJsonDocument::fromJson(line).object().value(QStringLiteral("id")).toString();
    }
    return found;
}

// The text of each page of a PDF, as pdftotext reads it (pages end with a form feed).
QStringList TestExportAnnotated::pdfPages(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// A case of 300 events: id-1 suspicious; id-2 suspicious and malicious, starred, with the
// hostile note by alice and a plain one by bob; id-3 tagged reported with a note; id-5 starred
// only; id-6 noted only; a hostile note on the case, and a saved view. The rest unannotated.
void TestExportAnnotated::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString source = writeSource(QStringLiteral("incident.csv"), 300);
    m_case = m_dir.filePath(QStringLiteral("incident.auditlens"));
    cli({QStringLiteral("import"), m_case, source});
    const QString actor = QStringLiteral("--actor");
    const QString author = QStringLiteral("--author");
    cli({QStringLiteral("tag"), m_case, QStringLiteral("suspicious"), actor,
         QStringLiteral("actor-id-1"), actor, QStringLiteral("actor-id-2")});
    cli({QStringLiteral("tag"), m_case, QStringLiteral("malicious"), actor,
         QStringLiteral("actor-id-2"), author, QStringLiteral("carol")});
    cli({QStringLiteral("tag"), m_case, QStringLiteral("reported"), actor,
         QStringLiteral("actor-id-3")});
    cli({QStringLiteral("star"), m_case, actor, QStringLiteral("actor-id-2"), actor,
         QStringLiteral("actor-id-5"), author, QStringLiteral("dave")});
    cli({QStringLiteral("note"), m_case, QStringLiteral("--id"), QStringLiteral("id-2"),
         kHostileNote, author, QStringLiteral("alice")});
    cli({QStringLiteral("note"), m_case, QStringLiteral("--id"), QStringLiteral("id-2"),
         QStringLiteral("seen before"), author, QStringLiteral("bob")});
    cli({QStringLiteral("note"), m_case, QStringLiteral("--id"), QStringLiteral("id-3"),
         QStringLiteral("ticket 42"), author, QStringLiteral("alice")});
    cli({QStringLiteral("note"), m_case, QStringLiteral("--id"), QStringLiteral("id-6"),
         QStringLiteral("only a note"), author, QStringLiteral("alice")});
    cli({QStringLiteral("note"), m_case, QStringLiteral("--case"), kHostileCaseNote, author,
         QStringLiteral("alice")});
    cli({QStringLiteral("view"), QStringLiteral("save"), m_case, QStringLiteral("the leak"), actor,
         QStringLiteral("actor-id-2")});
}

void TestExportAnnotated::jsonLinesHoldExactlyTheAnnotatedEvents()
{
    const QByteArray bytes = exported({QStringLiteral("--annotated")}, QStringLiteral("jsonl"),
                                      QStringLiteral("a.jsonl"));
    // In time order, each once (id-2 carries two tags, a star and two notes).
    QCOMPARE(jsonlIds(bytes),
             (QStringList{QStringLiteral("id-1"), QStringLiteral("id-2"), QStringLiteral("id-3"),
                          QStringLiteral("id-5"), QStringLiteral("id-6")}));
    // The same events as the case's own filters find, one by one.
    QSet<QString> annotated;
    for (const QString &mark :
         {QStringLiteral("--tag"), QStringLiteral("--starred"), QStringLiteral("--noted")}) {
        QStringList args{QStringLiteral("query"), m_case, mark};
        if (mark == QLatin1String("--tag"))
            args << QStringLiteral("*");
        args << QStringLiteral("--format") << QStringLiteral("jsonl");
        for (const QByteArray &line : cli(args).split('\n')) {
            if (!line.isEmpty())
                annotated << QJsonDocument::fromJson(line)
                                 .object()
                                 .value(QStringLiteral("id"))
                                 .toString();
        }
    }
    QCOMPARE(annotated, ids(jsonlIds(bytes)));
    const QJsonObject manifest =
        QJsonDocument::fromJson(readAll(m_dir.filePath(QStringLiteral("a.jsonl.manifest.json"))))
            .object();
    QCOMPARE(manifest.value(QStringLiteral("annotated_only")), QJsonValue(true));
    QVERIFY(
        manifest.value(QStringLiteral("filter")).toString().contains(QStringLiteral("annotated")));
    QCOMPARE(manifest.value(QStringLiteral("counts"))[QStringLiteral("events")].toInteger(), 5);

    // Without it, every event.
    QCOMPARE(jsonlIds(exported({}, QStringLiteral("jsonl"), QStringLiteral("all.jsonl"))).size(),
             300);
}

void TestExportAnnotated::theFilterNarrowsThem()
{
    const QString actor = QStringLiteral("--actor");
    const QByteArray bytes =
        exported({QStringLiteral("--annotated"), actor, QStringLiteral("actor-id-2"), actor,
                  QStringLiteral("actor-id-4"), actor, QStringLiteral("actor-id-5")},
                 QStringLiteral("jsonl"), QStringLiteral("narrow.jsonl"));
    QCOMPARE(ids(jsonlIds(bytes)), ids({QStringLiteral("id-2"), QStringLiteral("id-5")}));
    // A filter on a mark combines too: the starred ones among the annotated.
    QCOMPARE(ids(jsonlIds(exported({QStringLiteral("--annotated"), QStringLiteral("--starred")},
                                   QStringLiteral("jsonl"), QStringLiteral("starred.jsonl")))),
             ids({QStringLiteral("id-2"), QStringLiteral("id-5")}));
    // None annotated among the filter's: an empty export, not an error.
    robustness::CliRun run;
    QVERIFY(exported({QStringLiteral("--annotated"), actor, QStringLiteral("actor-id-9")},
                     QStringLiteral("jsonl"), QStringLiteral("none.jsonl"), &run)
                .isEmpty());
    QCOMPARE(run.exitCode, 0);
}

void TestExportAnnotated::csvFormatsToo()
{
    const QList<QStringList> original = parseCsv(
        exported({QStringLiteral("--annotated")}, QStringLiteral("csv"), QStringLiteral("a.csv")));
    QCOMPARE(original.size(), 1 + 5);
    const int id = int(original.first().indexOf(QStringLiteral("id")));
    QVERIFY(id >= 0);
    QStringList written;
    for (qsizetype i = 1; i < original.size(); ++i)
        written << original.at(i).at(id);
    QCOMPARE(written,
             (QStringList{QStringLiteral("id-1"), QStringLiteral("id-2"), QStringLiteral("id-3"),
                          QStringLiteral("id-5"), QStringLiteral("id-6")}));
    const QJsonObject manifest =
        QJsonDocument::fromJson(readAll(m_dir.filePath(QStringLiteral("a.csv.manifest.json"))))
            .object();
    QCOMPARE(
        manifest[QStringLiteral("annotations")][QStringLiteral("annotated_events")].toInteger(), 5);

    const QList<QStringList> flat =
        parseCsv(exported({QStringLiteral("--annotated"), QStringLiteral("--columns"),
                           QStringLiteral("id,tags,starred")},
                          QStringLiteral("csv-flat"), QStringLiteral("a-flat.csv")));
    QCOMPARE(flat.size(), 1 + 5);
    QCOMPARE(flat.at(2).mid(0, 3),
             (QStringList{QStringLiteral("id-2"), QStringLiteral("malicious; suspicious"),
                          QStringLiteral("true")}));
}

// A case of format 3 (a copy of the fixture) has no annotation tables: --annotated says so, and
// writes nothing; the case stays as it was.
void TestExportAnnotated::aCaseOfAnOlderFormatIsRefused()
{
    const QString fixture = QStringLiteral(AUDITLENS_TEST_DATA "/format3_current.auditlens");
    const QString old = m_dir.filePath(QStringLiteral("format3.auditlens"));
    QVERIFY(QFile::copy(fixture, old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(old);
    for (const QString &format : {QStringLiteral("jsonl"), QStringLiteral("html")}) {
        const QString output = m_dir.filePath(QStringLiteral("old.") + format);
        const robustness::CliRun run = robustness::runCli(
            {QStringLiteral("export"), old, QStringLiteral("--annotated"),
             QStringLiteral("--format"), format, QStringLiteral("--output"), output});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("older format"), run.err.constData());
        QVERIFY(!QFile::exists(output));
    }
    QCOMPARE(readAll(old), before);
}

void TestExportAnnotated::findingsHtmlIsInertAndInOrder()
{
    const QString html = QString::fromUtf8(exported(
        {QStringLiteral("--annotated")}, QStringLiteral("html"), QStringLiteral("findings.html")));
    QVERIFY(!html.isEmpty());

    // Inert: the only elements are the report's own, no attribute runs or loads anything, and
    // the hostile texts are there as text.
    static const QRegularExpression element(QStringLiteral("<([a-zA-Z][a-zA-Z0-9]*)"));
    const QSet<QString> allowed{
        QStringLiteral("html"),  QStringLiteral("head"),  QStringLiteral("meta"),
        QStringLiteral("style"), QStringLiteral("title"), QStringLiteral("body"),
        QStringLiteral("h1"),    QStringLiteral("h2"),    QStringLiteral("h3"),
        QStringLiteral("p"),     QStringLiteral("b"),     QStringLiteral("br"),
        QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"),
        QStringLiteral("tr"),    QStringLiteral("th"),    QStringLiteral("td"),
        QStringLiteral("span")};
    auto it = element.globalMatch(html);
    while (it.hasNext()) {
        const QString name = it.next().captured(1).toLower();
        QVERIFY2(allowed.contains(name), qPrintable(name));
    }
    static const QRegularExpression active(
        QStringLiteral("<[^>]*\\s(on[a-z]+|href|src|action|formaction)\\s*="),
        QRegularExpression::CaseInsensitiveOption);
    QVERIFY(!active.match(html).hasMatch());
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(2)&gt;")));
    QVERIFY(html.contains(QStringLiteral("[click](javascript:alert(3)) &quot;quoted&quot; "
                                         "&#39;single&#39;<br>second line")));
    QVERIFY(html.contains(QStringLiteral("&lt;iframe src=&quot;https://evil.example/&quot;&gt;")));
    QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));

    // The first page, then the sections in order.
    const QStringList order{QStringLiteral("<h1>Findings report</h1>"),
                            QStringLiteral("<h2>Sources</h2>"),
                            QStringLiteral("<h2>Summary</h2>"),
                            QStringLiteral("<h2>Case notes</h2>"),
                            QStringLiteral("# Conclusion"),
                            QStringLiteral(">Events by tag</h2>"),
                            QStringLiteral("<h2>Starred events</h2>"),
                            QStringLiteral("<h2>Noted events without a tag or a star</h2>"),
                            QStringLiteral("<h2>Saved views</h2>"),
                            QStringLiteral("<h2>Annotation log</h2>")};
    qsizetype at = -1;
    for (const QString &mark : order) {
        const qsizetype found = html.indexOf(mark);
        QVERIFY2(found > at, qPrintable(mark));
        at = found;
    }
    // Groups in the case's tag order (presets first), each with its letter, colour and
    // description, its events in time order; an event with two tags is in both.
    const qsizetype byTag = html.indexOf(QStringLiteral(">Events by tag</h2>"));
    const qsizetype starred = html.indexOf(QStringLiteral("<h2>Starred events</h2>"));
    const qsizetype suspicious = html.indexOf(QStringLiteral("<h3>"), byTag);
    const qsizetype malicious = html.indexOf(QStringLiteral("<h3>"), suspicious + 1);
    const qsizetype reported = html.indexOf(QStringLiteral("<h3>"), malicious + 1);
    QVERIFY(suspicious > byTag && malicious > suspicious && reported > malicious &&
            reported < starred);
    QVERIFY(html.mid(suspicious, malicious - suspicious)
                .contains(QStringLiteral("<b>[A]</b> suspicious")));
    QVERIFY(html.mid(suspicious, malicious - suspicious)
                .contains(QStringLiteral("background-color:#E8A317")));
    QVERIFY(html.mid(suspicious, malicious - suspicious)
                .contains(QStringLiteral("Worth a closer look; not yet judged.")));
    QVERIFY(
        html.mid(malicious, reported - malicious).contains(QStringLiteral("<b>[B]</b> malicious")));
    QVERIFY(html.mid(reported, starred - reported).contains(QStringLiteral("<b>[F]</b> reported")));
    const QString suspiciousGroup = html.mid(suspicious, malicious - suspicious);
    QVERIFY(suspiciousGroup.indexOf(QStringLiteral(">id-1<")) <
            suspiciousGroup.indexOf(QStringLiteral(">id-2<")));
    QVERIFY(suspiciousGroup.indexOf(QStringLiteral(">id-1<")) >= 0);
    QVERIFY(!suspiciousGroup.contains(QStringLiteral(">id-3<")));
    const QString maliciousGroup = html.mid(malicious, reported - malicious);
    QVERIFY(maliciousGroup.contains(QStringLiteral(">id-2<")));
    QVERIFY(!maliciousGroup.contains(QStringLiteral(">id-1<")));
    // Notes with their author and time, in the group of their event.
    QVERIFY(maliciousGroup.contains(QStringLiteral("<b>alice</b>, 20")));
    QVERIFY(maliciousGroup.contains(QStringLiteral("<b>bob</b>, 20")));
    QVERIFY(maliciousGroup.contains(QStringLiteral("seen before")));
    // Starred: id-2 and id-5, with who starred them.
    const qsizetype other = html.indexOf(QStringLiteral("<h2>Noted events without"));
    const QString starredGroup = html.mid(starred, other - starred);
    QVERIFY(starredGroup.contains(QStringLiteral(">id-2<")));
    QVERIFY(starredGroup.contains(QStringLiteral(">id-5<")));
    QVERIFY(starredGroup.contains(QStringLiteral("dave, 20")));
    const qsizetype views = html.indexOf(QStringLiteral("<h2>Saved views</h2>"));
    QVERIFY(html.mid(other, views - other).contains(QStringLiteral(">id-6<")));
    QVERIFY(html.mid(other, views - other).contains(QStringLiteral("only a note")));
    // The view with its filter in words; the log with every change, the tags' included.
    const qsizetype log = html.indexOf(QStringLiteral("<h2>Annotation log</h2>"));
    QVERIFY(html.mid(views, log - views).contains(QStringLiteral("the leak")));
    QVERIFY(html.mid(views, log - views).contains(QStringLiteral("actor-id-2")));
    const QString logPart = html.mid(log);
    QVERIFY(logPart.contains(QStringLiteral(">carol<")));
    QCOMPARE(logPart.count(QStringLiteral("<tr><td class=\"num\">")), 10);
    // The summary counts each.
    QVERIFY(html.contains(QStringLiteral("End of findings report. Annotated events: 5.")));
}

void TestExportAnnotated::findingsPdfNumbersEveryPage()
{
    exported({QStringLiteral("--annotated")}, QStringLiteral("pdf"),
             QStringLiteral("findings.pdf"));
    const QString path = m_dir.filePath(QStringLiteral("findings.pdf"));
    QVERIFY(readAll(path).startsWith("%PDF"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed (poppler-utils; scripts/install-deps.sh)");
    const QStringList pages = pdfPages(path);
    // The first page stands alone; the sections follow.
    QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
    for (int k = 0; k < pages.size(); ++k) {
        const QString &page = pages.at(k);
        QVERIFY2(page.contains(QStringLiteral("page %1 of %2").arg(k + 1).arg(pages.size())),
                 qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("incident.auditlens")), qPrintable(page));
    }
    QVERIFY(pages.first().contains(QStringLiteral("Findings report")));
    QVERIFY(pages.first().contains(QStringLiteral("# Conclusion")));
    QVERIFY(!pages.first().contains(QStringLiteral("Events by tag")));
    QVERIFY(pages.at(1).contains(QStringLiteral("Events by tag")));
    // Note text prints as it was typed.
    const QString all = pages.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("<script>alert(1)</script>")));

    // AUDITLENS_SHOT_DIR: the pages as pictures, to look at.
    const QString shots = qEnvironmentVariable("AUDITLENS_SHOT_DIR");
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (!shots.isEmpty() && !pdftoppm.isEmpty()) {
        QDir().mkpath(shots);
        QProcess::execute(pdftoppm,
                          {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"), path,
                           QDir(shots).filePath(QStringLiteral("findings"))});
    }
}

// Today's report, without --annotated, is numbered the same way, and a table that spans pages
// repeats its header on each.
void TestExportAnnotated::plainPdfReportNumbersPagesAndRepeatsHeaders()
{
    exported({}, QStringLiteral("pdf"), QStringLiteral("report.pdf"));
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(readAll(path).startsWith("%PDF"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed (poppler-utils; scripts/install-deps.sh)");
    const QStringList pages = pdfPages(path);
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    int withEvents = 0;
    for (int k = 0; k < pages.size(); ++k) {
        const QString &page = pages.at(k);
        QVERIFY2(page.contains(QStringLiteral("page %1 of %2").arg(k + 1).arg(pages.size())),
                 qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("incident.auditlens")));
        if (page.contains(QStringLiteral("incident.csv:"))) {
            ++withEvents;
            QVERIFY2(page.contains(QStringLiteral("Source:line")), qPrintable(page));
        }
    }
    QVERIFY(withEvents >= 2);

    const QString shots = qEnvironmentVariable("AUDITLENS_SHOT_DIR");
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (!shots.isEmpty() && !pdftoppm.isEmpty()) {
        QDir().mkpath(shots);
        QProcess::execute(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"),
                                     QStringLiteral("70"), QStringLiteral("-f"),
                                     QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("3"),
                                     path, QDir(shots).filePath(QStringLiteral("report"))});
    }
}

// An actor whose name could pass for another (a Cyrillic a) is marked in the findings report as
// in today's report, and listed with its code points.
void TestExportAnnotated::lookalikeNamesAreMarked()
{
    const QString source = writeSource(QStringLiteral("spoof.csv"), 3, QStringLiteral("\u0430"));
    const QString saved = m_case;
    m_case = m_dir.filePath(QStringLiteral("spoof.auditlens"));
    cli({QStringLiteral("import"), m_case, source});
    cli({QStringLiteral("tag"), m_case, QStringLiteral("suspicious"), QStringLiteral("--actor"),
         QStringLiteral("\u0430actor-id-2")});
    const QString html = QString::fromUtf8(exported(
        {QStringLiteral("--annotated")}, QStringLiteral("html"), QStringLiteral("spoof.html")));
    m_case = saved;
    QVERIFY(html.contains(QStringLiteral("<span class=\"lookalike\"")));
    QVERIFY(html.contains(QStringLiteral("Names that may pass for others")));
    QVERIFY(html.contains(QStringLiteral("U+0430")));
    QVERIFY(html.contains(QStringLiteral("End of findings report. Annotated events: 1.")));
}

QTEST_MAIN(TestExportAnnotated)
#include "tst_exportannotated.moc"
