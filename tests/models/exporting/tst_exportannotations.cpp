// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The analyst's tags, stars and notes in exports, end to end through the real auditlens-cli:
// on the right events and only those, by identity across sources, hostile note text kept valid
// and formula-safe, and a case of format 3 exported exactly as before.

#include "robustness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace auditlens;
using robustness::parseCsv;

namespace {
// Quotes, a line break, a formula and markup: what a note typed by a person may hold.
const QString kHostileNote = QStringLiteral("=cmd|' /C calc'!A0 \"quoted\"\nsecond line "
                                            "<script>alert(1)</script>");
const QString kAnnotationSuffix = QStringLiteral(",\"tags\":[],\"starred\":false,\"notes\":[]}");
} // namespace

class TestExportAnnotations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonLinesCarryAnnotationsOfTheirEventsOnly();
    void identityHoldsAcrossSources();
    void flatCsvColumnsAreChosenAndFormulaSafe();
    void originalCsvKeepsItsBytesAndTheManifestCarriesAnnotations();
    void formatThreeCaseExportsAsBefore();
    void noAnnotationsLeavesThemOut();

private:
    QByteArray cli(const QStringList &args);
    QString writeSource(const QString &name, const QStringList &ids, const QString &prefix = {});
    QString annotatedCase(const QString &name, const QString &source);
    QByteArray exported(const QString &casePath, const QString &format, const QString &name,
                        const QStringList &options = {});
    QHash<QString, QJsonObject> jsonlById(const QByteArray &bytes);
    static QByteArray readAll(const QString &path);

    QTemporaryDir m_dir;
};

QByteArray TestExportAnnotations::cli(const QStringList &args)
{
    const robustness::CliRun run = robustness::runCli(args);
    if (run.exitCode != 0)
        qWarning("auditlens-cli %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
                 run.err.constData());
    return run.out;
}

QByteArray TestExportAnnotations::readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Events id-1, id-2... a minute apart, each by an actor named after its id (actor-id-1...).
QString TestExportAnnotations::writeSource(const QString &name, const QStringList &ids,
                                           const QString &prefix)
{
    QByteArray bytes = "action,actor,target,payload,occurred_at,metadata,id,version,scope,success,"
                       "request\n";
    int minute = 0;
    for (const QString &id : ids) {
        const QString actor = prefix + QStringLiteral("actor-") + id;
        bytes +=
            QStringLiteral("context.env_var.store,\"{\"\"id\"\":\"\"u-%1\"\",\"\"type\"\":"
                           "\"\"user\"\",\"\"name\"\":\"\"%2\"\"}\",\"{\"\"id\"\":\"\"t-%1\"\","
                           "\"\"type\"\":\"\"context\"\",\"\"name\"\":\"\"ctx\"\"}\",{},"
                           "2026-03-01T10:%3:00.000Z,{},%1,1,\"{\"\"id\"\":\"\"org-1\"\"}\","
                           "true,\"{\"\"id\"\":\"\"r-%1\"\"}\"\n")
                .arg(id, actor)
                .arg(minute++, 2, 10, QLatin1Char('0'))
                .toUtf8();
    }
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write fixture");
    return path;
}

// A case of source: id-1 suspicious; id-2 suspicious and malicious, starred, with the hostile
// note by alice and a plain one by bob; id-3 tagged @evil (a formula in a tag name) with a
// note; every other event unannotated.
QString TestExportAnnotations::annotatedCase(const QString &name, const QString &source)
{
    const QString casePath = m_dir.filePath(name);
    QFile::remove(casePath);
    cli({QStringLiteral("import"), casePath, source});
    const QString actor = QStringLiteral("--actor");
    cli({QStringLiteral("tag"), casePath, QStringLiteral("suspicious"), actor,
         QStringLiteral("actor-id-1")});
    cli({QStringLiteral("tag"), casePath, QStringLiteral("suspicious"), actor,
         QStringLiteral("actor-id-2")});
    cli({QStringLiteral("tag"), casePath, QStringLiteral("malicious"), actor,
         QStringLiteral("actor-id-2")});
    cli({QStringLiteral("star"), casePath, actor, QStringLiteral("actor-id-2")});
    cli({QStringLiteral("note"), casePath, QStringLiteral("--id"), QStringLiteral("id-2"),
         kHostileNote, QStringLiteral("--author"), QStringLiteral("alice")});
    cli({QStringLiteral("note"), casePath, QStringLiteral("--id"), QStringLiteral("id-2"),
         QStringLiteral("seen before"), QStringLiteral("--author"), QStringLiteral("bob")});
    cli({QStringLiteral("tag"), casePath, QStringLiteral("@evil"), actor,
         QStringLiteral("actor-id-3")});
    cli({QStringLiteral("note"), casePath, QStringLiteral("--id"), QStringLiteral("id-3"),
         QStringLiteral("plain"), QStringLiteral("--author"), QStringLiteral("alice")});
    return casePath;
}

QByteArray TestExportAnnotations::exported(const QString &casePath, const QString &format,
                                           const QString &name, const QStringList &options)
{
    const QString output = m_dir.filePath(name);
    cli(QStringList{QStringLiteral("export"), casePath, QStringLiteral("--format"), format,
                    QStringLiteral("--output"), output} +
        options);
    return readAll(output);
}

// Each line must be valid JSON on its own; keyed by "source:id".
QHash<QString, QJsonObject> TestExportAnnotations::jsonlById(const QByteArray &bytes)
{
    QHash<QString, QJsonObject> events;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", line.constData());
        events.insert(o.value(QStringLiteral("source")).toString() + QLatin1Char(':') +
                          o.value(QStringLiteral("id")).toString(),
                      o);
    }
    return events;
}

void TestExportAnnotations::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestExportAnnotations::jsonLinesCarryAnnotationsOfTheirEventsOnly()
{
    const QString source =
        writeSource(QStringLiteral("a.csv"), {QStringLiteral("id-1"), QStringLiteral("id-2"),
                                              QStringLiteral("id-3"), QStringLiteral("id-4")});
    const QString casePath = annotatedCase(QStringLiteral("jsonl.auditlens"), source);
    const QByteArray bytes = exported(casePath, QStringLiteral("jsonl"), QStringLiteral("a.jsonl"));
    const QHash<QString, QJsonObject> events = jsonlById(bytes);
    QCOMPARE(events.size(), 4);

    const QJsonObject one = events.value(QStringLiteral("a.csv:id-1"));
    QCOMPARE(one.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("suspicious")});
    QCOMPARE(one.value(QStringLiteral("starred")), QJsonValue(false));
    QCOMPARE(one.value(QStringLiteral("notes")).toArray(), QJsonArray());

    // Tag names sorted; notes in the order written, the hostile text exactly as typed.
    const QJsonObject two = events.value(QStringLiteral("a.csv:id-2"));
    QCOMPARE(two.value(QStringLiteral("tags")).toArray(),
             (QJsonArray{QStringLiteral("malicious"), QStringLiteral("suspicious")}));
    QCOMPARE(two.value(QStringLiteral("starred")), QJsonValue(true));
    const QJsonArray notes = two.value(QStringLiteral("notes")).toArray();
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.at(0)[QStringLiteral("text")].toString(), kHostileNote);
    QCOMPARE(notes.at(0)[QStringLiteral("author")].toString(), QStringLiteral("alice"));
    QVERIFY(!notes.at(0)[QStringLiteral("created")].toString().isEmpty());
    QVERIFY(!notes.at(0)[QStringLiteral("changed")].toString().isEmpty());
    QCOMPARE(notes.at(1)[QStringLiteral("text")].toString(), QStringLiteral("seen before"));
    QCOMPARE(notes.at(1)[QStringLiteral("author")].toString(), QStringLiteral("bob"));

    const QJsonObject four = events.value(QStringLiteral("a.csv:id-4"));
    QCOMPARE(four.value(QStringLiteral("tags")).toArray(), QJsonArray());
    QCOMPARE(four.value(QStringLiteral("starred")), QJsonValue(false));
    QCOMPARE(four.value(QStringLiteral("notes")).toArray(), QJsonArray());

    // One event per line: the note's line break is escaped, not written.
    QCOMPARE(bytes.count('\n'), 4);
    QVERIFY(bytes.contains("<script>alert(1)</script>"));
    const QJsonObject manifest =
        QJsonDocument::fromJson(readAll(m_dir.filePath(QStringLiteral("a.jsonl.manifest.json"))))
            .object();
    const QJsonArray columns = manifest.value(QStringLiteral("columns")).toArray();
    QVERIFY(columns.contains(QStringLiteral("tags")));
    QVERIFY(columns.contains(QStringLiteral("notes")));
}

// An annotation belongs to (source SHA-256, line, id): a second source with a copy of an
// annotated id gets none, and removing the source and importing it again brings them back.
void TestExportAnnotations::identityHoldsAcrossSources()
{
    const QString first =
        writeSource(QStringLiteral("first.csv"), {QStringLiteral("id-1"), QStringLiteral("id-2"),
                                                  QStringLiteral("id-3"), QStringLiteral("id-4")});
    const QString casePath = annotatedCase(QStringLiteral("identity.auditlens"), first);
    const QString second =
        writeSource(QStringLiteral("second.csv"), {QStringLiteral("id-2"), QStringLiteral("id-9")},
                    QStringLiteral("other-"));
    cli({QStringLiteral("import"), casePath, second});
    QHash<QString, QJsonObject> events =
        jsonlById(exported(casePath, QStringLiteral("jsonl"), QStringLiteral("identity.jsonl")));
    QCOMPARE(events.size(), 6);
    QCOMPARE(events.value(QStringLiteral("first.csv:id-2"))[QStringLiteral("starred")],
             QJsonValue(true));
    QCOMPARE(
        events.value(QStringLiteral("first.csv:id-2"))[QStringLiteral("notes")].toArray().size(),
        2);
    const QJsonObject copy = events.value(QStringLiteral("second.csv:id-2"));
    QCOMPARE(copy[QStringLiteral("tags")].toArray(), QJsonArray());
    QCOMPARE(copy[QStringLiteral("starred")], QJsonValue(false));
    QCOMPARE(copy[QStringLiteral("notes")].toArray(), QJsonArray());

    // The first source goes and comes back under another number, after the second.
    cli({QStringLiteral("remove-source"), casePath, QStringLiteral("first.csv")});
    cli({QStringLiteral("import"), casePath, first});
    events = jsonlById(exported(casePath, QStringLiteral("jsonl"), QStringLiteral("again.jsonl")));
    QCOMPARE(events.size(), 6);
    QCOMPARE(events.value(QStringLiteral("first.csv:id-2"))[QStringLiteral("tags")].toArray(),
             (QJsonArray{QStringLiteral("malicious"), QStringLiteral("suspicious")}));
    QCOMPARE(events.value(QStringLiteral("first.csv:id-1"))[QStringLiteral("tags")].toArray(),
             QJsonArray{QStringLiteral("suspicious")});
    QCOMPARE(events.value(QStringLiteral("second.csv:id-2"))[QStringLiteral("tags")].toArray(),
             QJsonArray());
}

void TestExportAnnotations::flatCsvColumnsAreChosenAndFormulaSafe()
{
    const QString source =
        writeSource(QStringLiteral("flat.csv"), {QStringLiteral("id-1"), QStringLiteral("id-2"),
                                                 QStringLiteral("id-3"), QStringLiteral("id-4")});
    const QString casePath = annotatedCase(QStringLiteral("flat.auditlens"), source);

    // Not chosen, not written: the default columns keep their shape.
    const QList<QStringList> plain =
        parseCsv(exported(casePath, QStringLiteral("csv-flat"), QStringLiteral("plain.csv")));
    QVERIFY(!plain.isEmpty());
    QVERIFY(!plain.first().contains(QStringLiteral("tags")));
    QVERIFY(!plain.first().contains(QStringLiteral("notes")));

    const QStringList columns{QStringLiteral("--columns"), QStringLiteral("id,tags,starred,notes")};
    const QList<QStringList> safe = parseCsv(
        exported(casePath, QStringLiteral("csv-flat"), QStringLiteral("safe.csv"), columns));
    QCOMPARE(safe.size(), 5);
    QCOMPARE(safe.at(0), (QStringList{QStringLiteral("id"), QStringLiteral("tags"),
                                      QStringLiteral("starred"), QStringLiteral("notes")}));
    QCOMPARE(safe.at(1), (QStringList{QStringLiteral("id-1"), QStringLiteral("suspicious"),
                                      QStringLiteral("false"), QString()}));
    QCOMPARE(safe.at(2),
             (QStringList{QStringLiteral("id-2"), QStringLiteral("malicious; suspicious"),
                          QStringLiteral("true"),
                          QLatin1Char('\'') + kHostileNote + QStringLiteral("\n\nseen before")}));
    QCOMPARE(safe.at(3), (QStringList{QStringLiteral("id-3"), QStringLiteral("'@evil"),
                                      QStringLiteral("false"), QStringLiteral("plain")}));
    QCOMPARE(safe.at(4),
             (QStringList{QStringLiteral("id-4"), QString(), QStringLiteral("false"), QString()}));
    const QJsonObject manifest =
        QJsonDocument::fromJson(readAll(m_dir.filePath(QStringLiteral("safe.csv.manifest.json"))))
            .object();
    QCOMPARE(manifest[QStringLiteral("spreadsheet_safe")][QStringLiteral("altered_cells")].toInt(),
             2);

    // --no-safe: the cells as typed.
    const QList<QStringList> raw =
        parseCsv(exported(casePath, QStringLiteral("csv-flat"), QStringLiteral("raw.csv"),
                          columns + QStringList{QStringLiteral("--no-safe")}));
    QCOMPARE(raw.at(2).at(3), kHostileNote + QStringLiteral("\n\nseen before"));
    QCOMPARE(raw.at(3).at(1), QStringLiteral("@evil"));
}

void TestExportAnnotations::originalCsvKeepsItsBytesAndTheManifestCarriesAnnotations()
{
    const QString source =
        writeSource(QStringLiteral("orig.csv"), {QStringLiteral("id-1"), QStringLiteral("id-2"),
                                                 QStringLiteral("id-3"), QStringLiteral("id-4")});
    const QString casePath = annotatedCase(QStringLiteral("orig.auditlens"), source);
    QCOMPARE(exported(casePath, QStringLiteral("csv"), QStringLiteral("orig-out.csv")),
             readAll(source));
    const QJsonObject manifest =
        QJsonDocument::fromJson(
            readAll(m_dir.filePath(QStringLiteral("orig-out.csv.manifest.json"))))
            .object();
    const QJsonObject annotations = manifest[QStringLiteral("annotations")].toObject();
    QCOMPARE(annotations[QStringLiteral("annotated_events")].toInt(), 3);
    const QJsonArray events = annotations[QStringLiteral("events")].toArray();
    QCOMPARE(events.size(), 3);
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(readAll(source), QCryptographicHash::Sha256).toHex());
    const QStringList ids{QStringLiteral("id-1"), QStringLiteral("id-2"), QStringLiteral("id-3")};
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject event = events.at(i).toObject();
        QCOMPARE(event[QStringLiteral("id")].toString(), ids.at(i));
        QCOMPARE(event[QStringLiteral("record")].toInteger(), i + 1);
        QCOMPARE(event[QStringLiteral("line")].toInteger(), i + 2); // after the header
        QCOMPARE(event[QStringLiteral("source_sha256")].toString(), sha256);
    }
    const QJsonObject two = events.at(1).toObject();
    QCOMPARE(two[QStringLiteral("starred")], QJsonValue(true));
    QCOMPARE(two[QStringLiteral("notes")].toArray().at(0)[QStringLiteral("text")].toString(),
             kHostileNote);

    // A case with annotation tables but nothing marked says so.
    const QString bare = m_dir.filePath(QStringLiteral("bare.auditlens"));
    cli({QStringLiteral("import"), bare, source});
    exported(bare, QStringLiteral("csv"), QStringLiteral("bare-out.csv"));
    const QJsonObject none =
        QJsonDocument::fromJson(
            readAll(m_dir.filePath(QStringLiteral("bare-out.csv.manifest.json"))))
            .object()[QStringLiteral("annotations")]
            .toObject();
    QCOMPARE(none[QStringLiteral("annotated_events")].toInt(), 0);
    QCOMPARE(none[QStringLiteral("events")].toArray(), QJsonArray());
}

// The fixture of format 3 (a copy: it is never touched) exports without annotation fields, and
// every existing field of a format-4 case's JSON Lines is byte for byte what format 3 writes.
void TestExportAnnotations::formatThreeCaseExportsAsBefore()
{
    const QString fixture = QStringLiteral(AUDITLENS_TEST_DATA "/format3_current.auditlens");
    const QString casePath = m_dir.filePath(QStringLiteral("format3.auditlens"));
    QVERIFY(QFile::copy(fixture, casePath));
    QFile::setPermissions(casePath, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(casePath);

    const QByteArray old = exported(casePath, QStringLiteral("jsonl"), QStringLiteral("f3.jsonl"));
    QCOMPARE(old.count('\n'), 14);
    QVERIFY(!old.contains("\"tags\""));
    QVERIFY(!old.contains("\"starred\""));
    const QJsonObject manifest =
        QJsonDocument::fromJson(readAll(m_dir.filePath(QStringLiteral("f3.jsonl.manifest.json"))))
            .object();
    QVERIFY(!manifest[QStringLiteral("columns")].toArray().contains(QStringLiteral("tags")));
    exported(casePath, QStringLiteral("csv"), QStringLiteral("f3.csv"));
    QVERIFY(
        !QJsonDocument::fromJson(readAll(m_dir.filePath(QStringLiteral("f3.csv.manifest.json"))))
             .object()
             .contains(QStringLiteral("annotations")));
    const QByteArray flat =
        exported(casePath, QStringLiteral("csv-flat"), QStringLiteral("f3-flat.csv"),
                 {QStringLiteral("--columns"), QStringLiteral("id,tags,starred,notes")});
    const QList<QStringList> rows = parseCsv(flat);
    QCOMPARE(rows.size(), 15);
    // (today's extra columns follow the chosen ones)
    for (qsizetype i = 1; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).mid(1, 3),
                 (QStringList{QString(), QStringLiteral("false"), QString()}));
    QCOMPARE(readAll(casePath), before); // read-only stays read-only

    // The same source in a case of today's format: the same lines, the annotations appended.
    const QString current = m_dir.filePath(QStringLiteral("format4.auditlens"));
    cli({QStringLiteral("import"), current, QStringLiteral(AUDITLENS_TEST_DATA "/current.csv")});
    const QByteArray now = exported(current, QStringLiteral("jsonl"), QStringLiteral("f4.jsonl"));
    const QList<QByteArray> oldLines = old.split('\n');
    const QList<QByteArray> newLines = now.split('\n');
    QCOMPARE(newLines.size(), oldLines.size());
    for (qsizetype i = 0; i < oldLines.size(); ++i) {
        if (oldLines.at(i).isEmpty())
            continue;
        QVERIFY(newLines.at(i).endsWith(kAnnotationSuffix.toUtf8()));
        QCOMPARE(newLines.at(i).chopped(kAnnotationSuffix.size()) + '}', oldLines.at(i));
    }
}

// For a recipient who must not read the analyst's notes: JSON Lines as a case without
// annotations writes it, the original CSV's manifest without them; flat CSV refuses the option
// (its annotations are columns, chosen or not).
void TestExportAnnotations::noAnnotationsLeavesThemOut()
{
    const QString source = writeSource(QStringLiteral("private.csv"),
                                       {QStringLiteral("id-1"), QStringLiteral("id-2"),
                                        QStringLiteral("id-3"), QStringLiteral("id-4")});
    const QString casePath = annotatedCase(QStringLiteral("private.auditlens"), source);
    const QStringList without{QStringLiteral("--no-annotations")};
    const QByteArray withNotes =
        exported(casePath, QStringLiteral("jsonl"), QStringLiteral("with.jsonl"));
    const QByteArray jsonl =
        exported(casePath, QStringLiteral("jsonl"), QStringLiteral("private.jsonl"), without);
    QCOMPARE(jsonl.count('\n'), 4);
    QVERIFY(!jsonl.contains("\"tags\""));
    QVERIFY(!jsonl.contains("calc"));
    // Every other byte as with them.
    const QList<QByteArray> with = withNotes.split('\n');
    const QList<QByteArray> lines = jsonl.split('\n');
    QCOMPARE(lines.size(), with.size());
    for (qsizetype i = 0; i < lines.size() - 1; ++i)
        QCOMPARE(with.at(i).left(with.at(i).indexOf(",\"tags\":")) + '}', lines.at(i));
    exported(casePath, QStringLiteral("csv"), QStringLiteral("private.csv-out"), without);
    const QByteArray manifest =
        readAll(m_dir.filePath(QStringLiteral("private.csv-out.manifest.json")));
    QVERIFY(!manifest.isEmpty());
    QVERIFY(!QJsonDocument::fromJson(manifest).object().contains(QStringLiteral("annotations")));
    QVERIFY(!manifest.contains("calc"));
    const robustness::CliRun flat = robustness::runCli(
        {QStringLiteral("export"), casePath, QStringLiteral("--format"), QStringLiteral("csv-flat"),
         QStringLiteral("--output"), m_dir.filePath(QStringLiteral("private-flat.csv")),
         QStringLiteral("--no-annotations")});
    QCOMPARE(flat.exitCode, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("private-flat.csv"))));
}

QTEST_MAIN(TestExportAnnotations)
#include "tst_exportannotations.moc"
