// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// tag, star, note and annotations: the analyst's annotations of a case, and reading them back.

#include "cliutil.h"
#include "query/filterargs.h"

#include "annotations/annotationstore.h"
#include "query/sourcefilter.h"
#include "query/sqleventquery.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace auditlens::cli {

namespace {
// --author, and --remove.
void addChangeOptions(QCommandLineParser &parser)
{
    addAuthorOption(parser);
    parser.addOption({QStringLiteral("remove"),
                      QCoreApplication::translate("auditlens-cli", "take the annotation away")});
}

// The seqs of the events the filter selects, as query would list them.
bool selectSeqs(const CaseStore &store, Filter filter, QVector<qint64> *seqs, QString *error)
{
    if (const QString unknown = SourceFilter::resolve(store, &filter); !unknown.isEmpty()) {
        *error = unknown;
        return false;
    }
    const SqlCondition c = sqlCondition(filter);
    SqliteStatement q(store.handle(), "SELECT e.seq FROM events AS e WHERE " + c.where.toUtf8());
    bindCondition(q, c);
    while (q.row())
        seqs->append(q.columnInt64(0));
    if (!q.done()) {
        *error = store.readError(q.error());
        return false;
    }
    return true;
}

// The case opened for writing and the seqs of the events the filter selects; kOk or the
// status.
int openAndSelect(const QCommandLineParser &parser, const Filter &filter, CaseStore &store,
                  QVector<qint64> *seqs)
{
    if (const int status = openCaseForWriting(parser.positionalArguments().first(), store);
        status != kOk)
        return status;
    QString error;
    if (!selectSeqs(store, filter, seqs, &error))
        return fatal(error);
    return kOk;
}

// "tagged N events" and the like (message takes N), or the change's error.
int reportChange(const AnnotationChange &done, const QString &message)
{
    if (!done.ok)
        return fatal(done.error);
    out(message.arg(done.events));
    return kOk;
}

// The seqs of the events with this id (every copy), or the one with this seq.
bool eventSeqs(const CaseStore &store, const char *sql, const QVariant &value,
               QVector<qint64> *seqs, QString *error)
{
    SqliteStatement q(store.handle(), sql);
    if (value.typeId() == QMetaType::QString)
        q.bindTextCopy(1, value.toString().toUtf8());
    else
        q.bindInt64(1, value.toLongLong());
    while (q.row())
        seqs->append(q.columnInt64(0));
    if (!q.done()) {
        *error = store.readError(q.error());
        return false;
    }
    return true;
}

// Parses a writing command's arguments with filters: kOk, with the filter read.
int parseFiltered(QCommandLineParser &parser, const QStringList &args, int positional,
                  const QString &wrongArguments, Filter *filter, QString *author)
{
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.positionalArguments().size() != positional)
        return usage(wrongArguments);
    if (const int status = applyView(parser, args); status != kOk)
        return status;
    const QString filterError = FilterArgs::read(parser, filter);
    if (!filterError.isEmpty())
        return usage(filterError);
    return readAuthor(parser, author);
}

QJsonValue seqJson(const std::optional<qint64> &seq)
{
    return seq ? QJsonValue(*seq) : QJsonValue();
}

QJsonObject keyJson(const EventKey &key)
{
    return {{QStringLiteral("source_sha256"), key.sha256},
            {QStringLiteral("line"), key.line},
            {QStringLiteral("id"), key.eventId}};
}

QString keyText(const EventKey &key, const std::optional<qint64> &seq)
{
    const QString where =
        QStringLiteral("%1:%2 %3").arg(key.sha256.left(12)).arg(key.line).arg(shown(key.eventId));
    return seq ? QCoreApplication::translate("auditlens-cli", "seq %1 (%2)").arg(*seq).arg(where)
               : QCoreApplication::translate("auditlens-cli", "%1, not in the case").arg(where);
}
} // namespace

int tagCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addCaseArgument(parser);
    parser.addPositionalArgument(QStringLiteral("tag"),
                                 QCoreApplication::translate("auditlens-cli", "the tag's name"));
    addFilterOptions(parser);
    addChangeOptions(parser);
    parser.addOption({QStringLiteral("color"),
                      QCoreApplication::translate("auditlens-cli", "the tag's colour"),
                      QStringLiteral("#RRGGBB")});
    parser.addOption({QStringLiteral("description"),
                      QCoreApplication::translate("auditlens-cli", "what the tag means"),
                      QStringLiteral("TEXT")});
    Filter filter;
    QString author;
    if (const int status = parseFiltered(
            parser, args, 2,
            QCoreApplication::translate("auditlens-cli", "tag needs a case and one tag"), &filter,
            &author);
        status != kOk)
        return status;
    const QString name = parser.positionalArguments().at(1);
    const QString color = parser.value(QStringLiteral("color"));
    const QString description = parser.value(QStringLiteral("description"));
    const bool remove = parser.isSet(QStringLiteral("remove"));
    if (remove &&
        (parser.isSet(QStringLiteral("color")) || parser.isSet(QStringLiteral("description"))))
        return usage(QCoreApplication::translate("auditlens-cli",
                                                 "--remove takes no --color or --description"));
    if (!AnnotationStore::isTagName(name))
        return usage(QCoreApplication::translate(
                         "auditlens-cli",
                         "%1: a tag name is 1 to 64 characters, without control characters or "
                         "spaces at either end, and not * (a filter's \"any tag\")")
                         .arg(name));
    if (parser.isSet(QStringLiteral("color")) && !AnnotationStore::isColor(color))
        return usage(
            QCoreApplication::translate("auditlens-cli", "--color takes #RRGGBB, such as #D32F2F"));
    CaseStore store;
    QVector<qint64> seqs;
    if (const int status = openAndSelect(parser, filter, store, &seqs); status != kOk)
        return status;
    AnnotationStore annotations(store, author);
    const AnnotationChange done =
        remove ? annotations.untag(seqs, name) : annotations.tag(seqs, name, color, description);
    if (done.createdTag)
        out(QCoreApplication::translate("auditlens-cli", "created tag %1\n").arg(shownName(name)));
    return reportChange(
        done, remove ? QCoreApplication::translate("auditlens-cli", "untagged %1 events\n")
                     : QCoreApplication::translate("auditlens-cli", "tagged %1 events\n"));
}

int starCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addCaseArgument(parser);
    addFilterOptions(parser);
    addChangeOptions(parser);
    Filter filter;
    QString author;
    if (const int status = parseFiltered(
            parser, args, 1,
            QCoreApplication::translate("auditlens-cli", "star needs exactly one case"), &filter,
            &author);
        status != kOk)
        return status;
    CaseStore store;
    QVector<qint64> seqs;
    if (const int status = openAndSelect(parser, filter, store, &seqs); status != kOk)
        return status;
    AnnotationStore annotations(store, author);
    const bool remove = parser.isSet(QStringLiteral("remove"));
    return reportChange(remove ? annotations.unstar(seqs) : annotations.star(seqs),
                        remove
                            ? QCoreApplication::translate("auditlens-cli", "unstarred %1 events\n")
                            : QCoreApplication::translate("auditlens-cli", "starred %1 events\n"));
}

int noteCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addCaseArgument(parser);
    parser.addPositionalArgument(
        QStringLiteral("text"),
        QCoreApplication::translate("auditlens-cli", "the note (Markdown)"));
    parser.addOption({QStringLiteral("case"),
                      QCoreApplication::translate("auditlens-cli", "a note on the whole case")});
    parser.addOption(
        {QStringLiteral("id"),
         QCoreApplication::translate("auditlens-cli", "a note on every event with this id"),
         QStringLiteral("EVENT_ID")});
    parser.addOption(
        {QStringLiteral("seq"),
         QCoreApplication::translate("auditlens-cli",
                                     "a note on the event with this seq (query --format jsonl)"),
         QStringLiteral("N")});
    addChangeOptions(parser);
    if (!parser.parse(args))
        return usage(parser.errorText());
    const bool remove = parser.isSet(QStringLiteral("remove"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != (remove ? 1 : 2) && !(remove && positional.size() == 2))
        return usage(
            QCoreApplication::translate("auditlens-cli", "note needs a case and the note's text"));
    const int targets = int(parser.isSet(QStringLiteral("case"))) +
                        int(parser.isSet(QStringLiteral("id"))) +
                        int(parser.isSet(QStringLiteral("seq")));
    if (targets != 1)
        return usage(QCoreApplication::translate("auditlens-cli",
                                                 "note takes one of --case, --id or --seq"));
    QString author;
    if (const int status = readAuthor(parser, &author); status != kOk)
        return status;
    qint64 seq = 0;
    if (parser.isSet(QStringLiteral("seq"))) {
        bool ok = false;
        seq = parser.value(QStringLiteral("seq")).toLongLong(&ok);
        if (!ok || seq < 1)
            return usage(
                QCoreApplication::translate("auditlens-cli", "--seq takes a whole number from 1"));
    }
    const QString text = positional.value(1);
    if (!remove && text.trimmed().isEmpty())
        return usage(QCoreApplication::translate("auditlens-cli", "the note is empty"));
    CaseStore store;
    if (const int status = openCaseForWriting(positional.first(), store); status != kOk)
        return status;
    AnnotationStore annotations(store, author);
    QString error;
    if (parser.isSet(QStringLiteral("case"))) {
        const AnnotationChange done =
            remove ? annotations.removeCaseNote() : annotations.setCaseNote(text);
        if (!done.ok)
            return fatal(done.error);
        out(remove ? done.events > 0
                         ? QCoreApplication::translate("auditlens-cli", "removed the case note\n")
                         : QCoreApplication::translate("auditlens-cli",
                                                       "there was no case note by %1\n")
                               .arg(shown(annotations.author()))
                   : QCoreApplication::translate("auditlens-cli", "noted the case\n"));
        return kOk;
    }
    QVector<qint64> seqs;
    const bool byId = parser.isSet(QStringLiteral("id"));
    if (!eventSeqs(store,
                   byId ? "SELECT seq FROM events WHERE event_id = ?"
                        : "SELECT seq FROM events WHERE seq = ?",
                   byId ? QVariant(parser.value(QStringLiteral("id"))) : QVariant(seq), &seqs,
                   &error))
        return fatal(error);
    if (seqs.isEmpty())
        return fatal(
            byId ? QCoreApplication::translate("auditlens-cli", "the case has no event with id %1")
                       .arg(parser.value(QStringLiteral("id")))
                 : QCoreApplication::translate("auditlens-cli", "the case has no event with seq %1")
                       .arg(seq));
    return reportChange(remove ? annotations.removeNote(seqs) : annotations.setNote(seqs, text),
                        remove ? QCoreApplication::translate("auditlens-cli", "unnoted %1 events\n")
                               : QCoreApplication::translate("auditlens-cli", "noted %1 events\n"));
}

namespace {
QJsonObject annotationsJson(const QVector<TagSummary> &tags, const QVector<StarredEvent> &stars,
                            const QVector<CaseNote> &notes, const QVector<AnnotationLogEntry> &log)
{
    QJsonArray tagsJson;
    for (const TagSummary &t : tags)
        tagsJson.append(QJsonObject{{QStringLiteral("name"), t.name},
                                    {QStringLiteral("color"), t.color},
                                    {QStringLiteral("description"), t.description},
                                    {QStringLiteral("preset"), t.preset},
                                    {QStringLiteral("author"), t.author},
                                    {QStringLiteral("created"), t.created},
                                    {QStringLiteral("changed"), t.changed},
                                    {QStringLiteral("events"), t.events}});
    QJsonArray starsJson;
    for (const StarredEvent &s : stars) {
        QJsonObject o = keyJson(s.key);
        o[QStringLiteral("seq")] = seqJson(s.seq);
        o[QStringLiteral("author")] = s.author;
        o[QStringLiteral("created")] = s.created;
        starsJson.append(o);
    }
    QJsonArray notesJson;
    for (const CaseNote &n : notes) {
        QJsonObject o = n.key ? keyJson(*n.key) : QJsonObject();
        o[QStringLiteral("on")] = n.key ? QStringLiteral("event") : QStringLiteral("case");
        if (n.key)
            o[QStringLiteral("seq")] = seqJson(n.seq);
        o[QStringLiteral("text")] = n.text;
        o[QStringLiteral("author")] = n.author;
        o[QStringLiteral("created")] = n.created;
        o[QStringLiteral("changed")] = n.changed;
        notesJson.append(o);
    }
    QJsonArray logJson;
    for (const AnnotationLogEntry &e : log)
        logJson.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("at"), e.at},
            {QStringLiteral("author"), e.author},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("detail"), QJsonDocument::fromJson(e.detail.toUtf8()).object()},
            {QStringLiteral("event_count"), e.eventCount},
            {QStringLiteral("events"), QJsonDocument::fromJson(e.events.toUtf8()).array()}});
    return {{QStringLiteral("tags"), tagsJson},
            {QStringLiteral("stars"), starsJson},
            {QStringLiteral("notes"), notesJson},
            {QStringLiteral("log"), logJson}};
}

void printAnnotations(const QVector<TagSummary> &tags, const QVector<StarredEvent> &stars,
                      const QVector<CaseNote> &notes, const QVector<AnnotationLogEntry> &log)
{
    const QLocale l;
    out(QCoreApplication::translate("auditlens-cli", "tags:\n"));
    for (const TagSummary &t : tags)
        out(QStringLiteral("  %1  %2  %3  %4\n")
                .arg(shownName(t.name), -16)
                .arg(t.color)
                .arg(QCoreApplication::translate("auditlens-cli", "%1 events")
                         .arg(l.toString(t.events)),
                     -14)
                .arg(shown(t.description)));
    out(QCoreApplication::translate("auditlens-cli", "stars: %1\n").arg(l.toString(stars.size())));
    for (const StarredEvent &s : stars)
        out(QCoreApplication::translate("auditlens-cli", "  %1, by %2 at %3\n")
                .arg(keyText(s.key, s.seq), shown(s.author), s.created));
    out(QCoreApplication::translate("auditlens-cli", "notes: %1\n").arg(l.toString(notes.size())));
    for (const CaseNote &n : notes)
        out(QCoreApplication::translate("auditlens-cli", "  %1, by %2 at %3: %4\n")
                .arg(n.key ? keyText(*n.key, n.seq)
                           : QCoreApplication::translate("auditlens-cli", "the case"),
                     shown(n.author), n.changed, shown(n.text)));
    out(QCoreApplication::translate("auditlens-cli", "log: %1 changes\n")
            .arg(l.toString(log.size())));
    for (const AnnotationLogEntry &e : log)
        out(QCoreApplication::translate("auditlens-cli", "  %1  %2  %3  %4 %5 (%6 events)\n")
                .arg(e.id)
                .arg(e.at, shown(e.author), e.action, shown(e.detail), l.toString(e.eventCount)));
}
} // namespace

int annotationsCommand(const QStringList &args)
{
    CaseStore store;
    bool json = false;
    if (const int status = openReportedCase(
            args,
            QCoreApplication::translate("auditlens-cli", "annotations needs exactly one case"),
            store, &json);
        status != kOk)
        return status;
    const AnnotationStore annotations(store);
    QString error;
    const auto tags = annotations.tags(&error);
    const auto stars = tags ? annotations.stars(&error) : std::nullopt;
    const auto notes = stars ? annotations.notes(&error) : std::nullopt;
    QVector<AnnotationLogEntry> log;
    if (!notes || !annotations.readLog([&](const AnnotationLogEntry &e) { log.append(e); }, &error))
        return fatal(error);
    if (json)
        out(QJsonDocument(annotationsJson(*tags, *stars, *notes, log))
                .toJson(QJsonDocument::Indented));
    else
        printAnnotations(*tags, *stars, *notes, log);
    return kOk;
}

} // namespace auditlens::cli
