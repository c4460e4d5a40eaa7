// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Annotations survive a JSON Lines export followed by an import into another case: the same
// events carry the same tags, stars and notes (the notes with their authors and times), the
// annotation log says where they came from, the exported events are exact copies of the
// original CSV's, and a malformed annotation field never costs its event.

#include "annotations/annotationstore.h"
#include "exporting/exporter.h"
#include "importing/importer.h"
#include "store/casestore.h"
#include "store/sqlitestatement.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace auditlens;

namespace {
// Markdown over several lines, markup that must stay inert, and text beyond ASCII.
const QString kNote = QStringLiteral("## 調査メモ\n\n- **lateral** movement ✓ café\n"
                                     "<script>alert('x')</script>\n\n> quoted \"text\"");

qint64 scalarOf(CaseStore &store, const char *sql)
{
    return SqliteStatement::scalar(store.handle(), sql);
}

// (event id, tag name) of every tag of an event of the case, sorted.
QStringList eventTags(CaseStore &store)
{
    QStringList rows;
    SqliteStatement q(store.handle(),
                      "SELECT e.event_id, t.name FROM event_tags AS a JOIN tags AS t ON"
                      " t.id = a.tag_id JOIN sources AS s ON s.sha256 = a.source_sha256 JOIN"
                      " events AS e ON e.source_id = s.id AND e.line = a.line AND"
                      " e.event_id = a.event_id");
    while (q.row())
        rows << q.columnString(0) + QLatin1Char(' ') + q.columnString(1);
    rows.sort();
    return rows;
}

// The ids of the starred events, sorted.
QStringList starredIds(const AnnotationStore &annotations)
{
    QStringList ids;
    for (const StarredEvent &s : annotations.stars().value_or(QVector<StarredEvent>())) {
        if (s.seq)
            ids << s.key.eventId;
    }
    ids.sort();
    return ids;
}

// Each event note as id, text, author, created, changed, sorted.
QStringList eventNotes(const AnnotationStore &annotations)
{
    QStringList notes;
    for (const CaseNote &n : annotations.notes().value_or(QVector<CaseNote>())) {
        if (n.key && n.seq)
            notes << QStringList{n.key->eventId, n.text, n.author, n.created, n.changed}.join(
                QLatin1Char('|'));
    }
    notes.sort();
    return notes;
}
} // namespace

class TestReimport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void annotationsComeBack();
    void theLogSaysWhereTheyCameFrom();
    void exportedEventsAreExactCopiesOfTheOriginal();
    void malformedAnnotationsAreSkippedNotTheEvent();
    void aFailedRestoreLeavesNothingOfTheSource();
    void cliSaysHowManyCameBack();

private:
    // A new case at name with the sources imported, the annotations by author.
    ImportResult importInto(CaseStore &store, const QString &name, const QStringList &sources,
                            const QString &author = QStringLiteral("carol"));
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_original; // the case the annotations were made in
    QString m_export;   // its JSON Lines export
    QByteArray m_exported;
};

ImportResult TestReimport::importInto(CaseStore &store, const QString &name,
                                      const QStringList &sources, const QString &author)
{
    QString error;
    if (!store.open(m_dir.filePath(name), CaseStore::Mode::ReadWrite, &error))
        qFatal("cannot open the case: %s", qPrintable(error));
    ImportOptions options;
    options.annotationAuthor = author;
    Importer importer(store, options);
    return importer.run(sources);
}

QString TestReimport::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// current.csv in a case, annotated by alice and bob, exported as JSON Lines.
void TestReimport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    CaseStore store;
    const ImportResult imported = importInto(store, QStringLiteral("original.auditlens"),
                                             {tests::data(QStringLiteral("current.csv"))});
    QVERIFY2(imported.ok, qPrintable(imported.error));
    QCOMPARE(imported.imported, 14);
    QCOMPARE(imported.restoredAnnotations, 0); // a CSV brings none
    m_original = store.path();

    AnnotationStore alice(store, QStringLiteral("alice"));
    AnnotationStore bob(store, QStringLiteral("bob"));
    QVERIFY(alice.tag({1, 3}, QStringLiteral("suspicious")).ok);
    QVERIFY(alice.tag({3}, QStringLiteral("lateral-move"), QStringLiteral("#123456")).ok);
    QVERIFY(alice.tag({5}, QStringLiteral("malicious")).ok);
    QVERIFY(bob.star({3, 7}).ok);
    QVERIFY(alice.setNote({3}, kNote).ok);
    QVERIFY(bob.setNote({3, 9}, QStringLiteral("seen before")).ok);

    ExportRequest request;
    request.casePath = m_original;
    request.outputPath = m_dir.filePath(QStringLiteral("annotated.jsonl"));
    request.format = ExportFormat::JsonLines;
    Exporter exporter;
    const ExportResult exported = exporter.run(request);
    QVERIFY2(exported.ok, qPrintable(exported.error));
    QCOMPARE(exported.events, 14);
    m_export = request.outputPath;
    QFile f(m_export);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_exported = f.readAll();
    QVERIFY(m_exported.contains("\"starred\":true"));
}

void TestReimport::annotationsComeBack()
{
    CaseStore original;
    QString error;
    QVERIFY(original.open(m_original, CaseStore::Mode::ReadOnly, &error));
    CaseStore store;
    const ImportResult result = importInto(store, QStringLiteral("restored.auditlens"), {m_export});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.records, 14);
    QCOMPARE(result.imported, 14);
    QCOMPARE(result.rejected, 0);
    QVERIFY(result.problems.empty());
    // Events 1, 3, 5, 7 and 9 of current.csv.
    QCOMPARE(result.restoredAnnotations, 5);
    QCOMPARE(result.sources.at(0).restoredAnnotations, 5);

    const AnnotationStore before(original);
    const AnnotationStore after(store);
    QCOMPARE(eventTags(store).size(), 4);
    QCOMPARE(eventTags(store), eventTags(original));
    QCOMPARE(starredIds(after).size(), 2);
    QCOMPARE(starredIds(after), starredIds(before));
    // Notes keep their text byte for byte, their authors and their times.
    const QStringList notes = eventNotes(after);
    QCOMPARE(notes.size(), 3);
    QCOMPARE(notes, eventNotes(before));
    QVERIFY(notes.join(QLatin1Char('\n')).contains(kNote));

    // Tags and stars restored are the importing user's; a custom tag the case lacked is made in
    // the default colour (an export does not carry colours), presets keep their own.
    const QVector<StarredEvent> stars = after.stars().value_or(QVector<StarredEvent>());
    QCOMPARE(stars.size(), 2);
    for (const StarredEvent &s : stars)
        QCOMPARE(s.author, QStringLiteral("carol"));
    const QVector<TagSummary> tags = after.tags().value_or(QVector<TagSummary>());
    for (const TagSummary &t : tags) {
        if (t.name == QLatin1String("lateral-move")) {
            QCOMPARE(t.color, QStringLiteral("#607D8B"));
            QCOMPARE(t.author, QStringLiteral("carol"));
            QCOMPARE(t.events, 1);
            QVERIFY(!t.preset);
        } else if (t.name == QLatin1String("suspicious")) {
            QCOMPARE(t.color, QStringLiteral("#E8A317"));
            QCOMPARE(t.events, 2);
        }
    }
    QCOMPARE(scalarOf(store, "SELECT count(*) FROM event_tags WHERE author <> 'carol'"), 0);

    // The fields are not the events' content: nothing of them is kept in the events' cells.
    SqliteStatement extras(store.handle(), "SELECT extra FROM events");
    while (extras.row()) {
        const QString extra = extras.columnString(0);
        for (const char *field : {"\"tags\"", "\"starred\"", "\"notes\"", "\"source\"", "\"line\""})
            QVERIFY2(!extra.contains(QLatin1String(field)), qPrintable(extra));
    }
}

void TestReimport::theLogSaysWhereTheyCameFrom()
{
    CaseStore store;
    const ImportResult result = importInto(store, QStringLiteral("logged.auditlens"), {m_export});
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString sha = result.sources.at(0).sha256;
    std::map<QString, AnnotationLogEntry> byAction;
    QStringList actions;
    QVERIFY(AnnotationStore(store).readLog([&](const AnnotationLogEntry &e) {
        actions << e.action;
        byAction[e.action] = e;
    }));
    // One row per kind, after the tag the case lacked was made.
    QCOMPARE(actions,
             (QStringList{QStringLiteral("create-tag"), QStringLiteral("import-tags"),
                          QStringLiteral("import-stars"), QStringLiteral("import-notes")}));
    for (const auto &[action, entry] : byAction) {
        QCOMPARE(entry.author, QStringLiteral("carol"));
        const QJsonObject detail = QJsonDocument::fromJson(entry.detail.toUtf8()).object();
        const QJsonObject from = detail.value(QStringLiteral("imported_from")).toObject();
        QCOMPARE(from.value(QStringLiteral("file")).toString(), QStringLiteral("annotated.jsonl"));
        QCOMPARE(from.value(QStringLiteral("sha256")).toString(), sha);
    }
    QCOMPARE(byAction[QStringLiteral("import-tags")].eventCount, 3);
    QCOMPARE(QJsonDocument::fromJson(byAction[QStringLiteral("import-tags")].detail.toUtf8())
                 .object()
                 .value(QStringLiteral("tags"))
                 .toArray(),
             (QJsonArray{QStringLiteral("lateral-move"), QStringLiteral("malicious"),
                         QStringLiteral("suspicious")}));
    QCOMPARE(byAction[QStringLiteral("import-stars")].eventCount, 2);
    QCOMPARE(byAction[QStringLiteral("import-notes")].eventCount, 2);
    const QJsonObject notes =
        QJsonDocument::fromJson(byAction[QStringLiteral("import-notes")].detail.toUtf8()).object();
    QCOMPARE(notes.value(QStringLiteral("notes")).toInt(), 3);
    QCOMPARE(notes.value(QStringLiteral("authors")).toArray(),
             (QJsonArray{QStringLiteral("alice"), QStringLiteral("bob")}));
    // The events named are the export's, by its SHA-256 and lines.
    const QJsonArray events =
        QJsonDocument::fromJson(byAction[QStringLiteral("import-stars")].events.toUtf8()).array();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0)[QStringLiteral("source")].toString(), sha);
}

void TestReimport::exportedEventsAreExactCopiesOfTheOriginal()
{
    CaseStore store;
    const ImportResult result = importInto(store, QStringLiteral("both.auditlens"),
                                           {tests::data(QStringLiteral("current.csv")), m_export});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.imported, 28);
    QCOMPARE(result.duplicates.duplicateIds, 14);
    QCOMPARE(result.duplicates.duplicateExtraRecords, 14);
    QCOMPARE(result.duplicates.conflictingIds, 0);
}

void TestReimport::malformedAnnotationsAreSkippedNotTheEvent()
{
    // The export's first three events, each with a fault in its annotations.
    QList<QByteArray> lines = m_exported.split('\n');
    QVERIFY(lines.size() >= 3);
    auto withFields = [&](int i, const QJsonObject &fields) {
        QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            o[it.key()] = it.value();
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    const QByteArray bytes =
        withFields(0, {{QStringLiteral("tags"), QStringLiteral("suspicious")},
                       {QStringLiteral("starred"), QStringLiteral("yes")},
                       {QStringLiteral("notes"), QJsonArray()}}) +
        '\n' +
        withFields(1, {{QStringLiteral("tags"),
                        QJsonArray{QStringLiteral("benign"), QStringLiteral(" padded ")}},
                       {QStringLiteral("starred"), false},
                       {QStringLiteral("notes"), QJsonArray{QStringLiteral("just text")}}}) +
        '\n' +
        withFields(
            2,
            {{QStringLiteral("tags"), QJsonArray{QStringLiteral("benign")}},
             {QStringLiteral("starred"), false},
             {QStringLiteral("notes"),
              QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("n")},
                                     {QStringLiteral("created"), QStringLiteral("yesterday")}}}}}) +
        '\n';
    const QString path = writeFile(QStringLiteral("malformed.jsonl"), bytes);

    CaseStore store;
    const ImportResult result = importInto(store, QStringLiteral("malformed.auditlens"), {path});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.records, 3);
    QCOMPARE(result.imported, 3);
    QCOMPARE(result.rejected, 0);
    QCOMPARE(result.records, result.imported + result.rejected);
    QCOMPARE(result.sources.at(0).flagged, 3);
    // Line 1: tags and starred; line 2: tags and notes; line 3: notes (its tags are fine).
    QStringList problems;
    for (const ImportProblem &ip : result.problems) {
        QCOMPARE(ip.problem.kind, ProblemKind::BadAnnotation);
        QCOMPARE(ip.problem.severity, Severity::Flagged);
        problems << QStringLiteral("%1 %2").arg(ip.problem.line).arg(ip.problem.column);
    }
    QCOMPARE(problems, (QStringList{QStringLiteral("1 tags"), QStringLiteral("1 starred"),
                                    QStringLiteral("2 tags"), QStringLiteral("2 notes"),
                                    QStringLiteral("3 notes")}));
    // Only line 3's tag came back; the malformed fields stay in their events as written.
    QCOMPARE(result.restoredAnnotations, 1);
    QCOMPARE(eventTags(store).size(), 1);
    QVERIFY(eventTags(store).at(0).endsWith(QLatin1String(" benign")));
    QCOMPARE(scalarOf(store, "SELECT count(*) FROM notes"), 0);
    QCOMPARE(scalarOf(store, "SELECT count(*) FROM stars"), 0);
    QCOMPARE(scalarOf(store, "SELECT count(*) FROM events WHERE line = 1 AND extra LIKE"
                             " '%\"starred\":\"yes\"%'"),
             1);
    QCOMPARE(scalarOf(store, "SELECT count(*) FROM problems WHERE kind = 'bad_annotation' AND"
                             " event IS NOT NULL"),
             5);
}

// The annotations go in with their events or not at all: a restore that fails (here its star,
// refused by a trigger of the test's own connection) leaves the case as it was.
void TestReimport::aFailedRestoreLeavesNothingOfTheSource()
{
    CaseStore store;
    QVERIFY(importInto(store, QStringLiteral("atomic.auditlens"),
                       {tests::data(QStringLiteral("current.csv"))})
                .ok);
    QVERIFY(SqliteStatement::exec(store.handle(),
                                  "CREATE TEMP TRIGGER refuse_stars BEFORE INSERT ON main.stars"
                                  " BEGIN SELECT RAISE(ABORT, 'no stars today'); END"));
    ImportOptions options;
    Importer importer(store, options);
    const ImportResult result = importer.run({m_export});
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("no stars today")), qPrintable(result.error));
    QCOMPARE(scalarOf(store, "SELECT count(*) FROM sources"), 1);
    QCOMPARE(scalarOf(store, "SELECT count(*) FROM events"), 14);
    QCOMPARE(scalarOf(store, "SELECT count(*) FROM event_tags"), 0);
    QCOMPARE(scalarOf(store, "SELECT count(*) FROM notes"), 0);
    QCOMPARE(scalarOf(store, "SELECT count(*) FROM annotation_log"), 0);
    QCOMPARE(scalarOf(store, "SELECT count(*) FROM tags WHERE name = 'lateral-move'"), 0);
}

void TestReimport::cliSaysHowManyCameBack()
{
    QProcess cli;
    cli.start(QStringLiteral(AUDITLENS_CLI),
              {QStringLiteral("import"), m_dir.filePath(QStringLiteral("cli.auditlens")), m_export,
               QStringLiteral("--author"), QStringLiteral("dave")});
    QVERIFY(cli.waitForFinished(60000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY2(out.contains(QLatin1String("annotated.jsonl: restored annotations on 5 events")),
             qPrintable(out));

    CaseStore store;
    QString error;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("cli.auditlens")), CaseStore::Mode::ReadOnly,
                       &error));
    const QVector<StarredEvent> stars =
        AnnotationStore(store).stars().value_or(QVector<StarredEvent>());
    QCOMPARE(stars.size(), 2);
    for (const StarredEvent &s : stars)
        QCOMPARE(s.author, QStringLiteral("dave"));

    QProcess json;
    json.start(QStringLiteral(AUDITLENS_CLI),
               {QStringLiteral("import"), m_dir.filePath(QStringLiteral("cli-json.auditlens")),
                m_export, QStringLiteral("--json")});
    QVERIFY(json.waitForFinished(60000));
    const QJsonObject o = QJsonDocument::fromJson(json.readAllStandardOutput()).object();
    QCOMPARE(o.value(QStringLiteral("restored_annotations")).toInt(), 5);
}

QTEST_GUILESS_MAIN(TestReimport)
#include "tst_reimport.moc"
