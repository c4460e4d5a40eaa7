// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// auditlens-cli: the headless face of AuditLens, for scripts and tests.

#include "exporting/csvtext.h"
#include "findings/shippedfindings.h"
#include "parsing/timestampparser.h"
#include "query/sourcefilter.h"
#include "query/sqleventquery.h"
#include "store/casestore.h"
#include "text/languages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "cliutil.h"
#include "query/filterargs.h"

#include <csignal>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace auditlens;
using namespace auditlens::cli;

namespace auditlens::cli {

QJsonValue jsonText(const QByteArray &bytes)
{
    return bytes.isNull() ? QJsonValue() : QJsonValue(QString::fromUtf8(bytes));
}

QString timeText(const EventRow &r)
{
    return r.hasTime ? TimestampParser::format(r.occurredNs, 9) : QString::fromUtf8(r.occurredAt);
}

QString successText(const EventRow &r)
{
    return r.success == EventSuccess::Unreadable ? QString::fromUtf8(r.successText)
                                                 : successWord(r.success);
}

QString duplicateText(const EventRow &r)
{
    if (r.dupCount <= 1)
        return {};
    return QStringLiteral("%1/%2")
        .arg(r.dupKind == DuplicateKind::Conflicting ? QStringLiteral("conflicting")
                                                     : QStringLiteral("exact"))
        .arg(r.dupCount);
}

// A nested column as JSON: its text when it parses, otherwise a string holding it.
QJsonValue nested(const QByteArray &cell)
{
    if (cell.isNull())
        return QJsonValue();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(cell, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    if (error.error == QJsonParseError::NoError && doc.isArray())
        return doc.array();
    return QString::fromUtf8(cell);
}

int queryCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addCaseArgument(parser);
    addFilterOptions(parser);
    parser.addOption(
        {QStringLiteral("count"),
         QCoreApplication::translate("auditlens-cli", "print the number of matching events")});
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate("auditlens-cli", "table, csv or jsonl"),
                      QStringLiteral("F")});
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate("auditlens-cli", "at most N events"),
                      QStringLiteral("N")});
    if (const int status = parseCaseArguments(
            parser, args,
            QCoreApplication::translate("auditlens-cli", "query needs exactly one case"));
        status != kOk)
        return status;
    if (const int status = applyView(parser, args); status != kOk)
        return status;
    Filter filter;
    const QString filterError = FilterArgs::read(parser, &filter);
    if (!filterError.isEmpty())
        return usage(filterError);
    const bool count = parser.isSet(QStringLiteral("count"));
    const QString format = parser.value(QStringLiteral("format"));
    if (count == parser.isSet(QStringLiteral("format")))
        return usage(
            QCoreApplication::translate("auditlens-cli", "query takes either --count or --format"));
    if (!count && format != QLatin1String("table") && format != QLatin1String("csv") &&
        format != QLatin1String("jsonl"))
        return usage(
            QCoreApplication::translate("auditlens-cli", "--format takes table, csv or jsonl"));
    qint64 limit = -1;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 0)
            return usage(
                QCoreApplication::translate("auditlens-cli", "--limit takes a whole number"));
    }
    CaseStore store;
    QString error;
    if (!openCase(store, parser.positionalArguments().first(), &error))
        return fatal(error);
    if (const QString unknown = SourceFilter::resolve(store, &filter); !unknown.isEmpty())
        return fatal(unknown);
    // --finding reads the kept findings; a case without current ones (read-only, or older) has
    // them evaluated in memory first.
    if (!filter[FilterField::Finding].isEmpty() && !ShippedFindings::refresh(store, &error))
        return fatal(error);
    SqlEventQuery query(store);
    if (count) {
        const qint64 n = query.count(filter, &error);
        if (n < 0)
            return fatal(error);
        out(QByteArray::number(n) + '\n');
        return kOk;
    }
    if (format == QLatin1String("csv"))
        out(QByteArrayLiteral(
            "occurred_at,action,actor,target,scope,success,id,duplicate,source,line,ip,"
            "organization,account,request_id,client_trace_id\n"));
    else if (format == QLatin1String("table"))
        out(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                .arg(QStringLiteral("TIME (UTC)"), -30)
                .arg(QStringLiteral("ACTION"), -28)
                .arg(QStringLiteral("ACTOR"), -18)
                .arg(QStringLiteral("TARGET"), -20)
                .arg(QStringLiteral("SUCCESS"), -7)
                .arg(QStringLiteral("ID"), -36)
                .arg(QStringLiteral("DUPLICATE"), -15)
                .arg(QStringLiteral("SOURCE:LINE")));
    const bool ok = query.forEach(
        filter, limit,
        [&](const EventRow &r) {
            if (format == QLatin1String("csv")) {
                const QStringList cells = {timeText(r),
                                           r.action,
                                           r.actorLabel(),
                                           r.targetLabel(),
                                           r.scopeLabel(),
                                           successText(r),
                                           r.eventId,
                                           duplicateText(r),
                                           r.sourceName,
                                           QString::number(r.line),
                                           r.ip,
                                           r.organizationLabel(),
                                           r.accountLabel(),
                                           r.requestId,
                                           r.clientTraceId};
                QStringList quoted;
                for (const QString &c : cells)
                    quoted << shown(csvtext::cell(c));
                out(quoted.join(QLatin1Char(',')) + QLatin1Char('\n'));
            } else if (format == QLatin1String("jsonl")) {
                QJsonObject o;
                // The event's number in the case, which `note --seq` takes.
                o[QStringLiteral("seq")] = r.seq;
                o[QStringLiteral("id")] = r.eventId;
                o[QStringLiteral("action")] = r.action;
                o[QStringLiteral("occurred_at")] = jsonText(r.occurredAt);
                if (r.hasTime)
                    o[QStringLiteral("occurred_ns")] = QString::number(r.occurredNs);
                o[QStringLiteral("actor")] = nested(r.actorJson);
                o[QStringLiteral("target")] = nested(r.targetJson);
                o[QStringLiteral("scope")] = nested(r.scopeJson);
                o[QStringLiteral("payload")] = nested(r.payload);
                o[QStringLiteral("metadata")] = nested(r.metadata);
                o[QStringLiteral("request")] = nested(r.request);
                o[QStringLiteral("success")] = r.success == EventSuccess::Unreadable
                                                   ? QJsonValue(jsonText(r.successText))
                                                   : QJsonValue(r.success == EventSuccess::True);
                o[QStringLiteral("version")] = jsonText(r.version);
                o[QStringLiteral("duplicate")] =
                    r.dupCount > 1 ? QJsonValue(r.dupKind == DuplicateKind::Conflicting
                                                    ? QStringLiteral("conflicting")
                                                    : QStringLiteral("exact"))
                                   : QJsonValue();
                o[QStringLiteral("duplicate_count")] = r.dupCount;
                o[QStringLiteral("source")] = r.sourceName;
                o[QStringLiteral("line")] = r.line;
                // Today's request fields (null when the event has none).
                auto orNull = [](const QString &v) {
                    return v.isEmpty() ? QJsonValue() : QJsonValue(v);
                };
                o[QStringLiteral("ip")] = orNull(r.ip);
                o[QStringLiteral("organization")] = orNull(r.organizationLabel());
                o[QStringLiteral("account")] = orNull(r.accountLabel());
                o[QStringLiteral("request_id")] = orNull(r.requestId);
                o[QStringLiteral("client_trace_id")] = orNull(r.clientTraceId);
                out(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
            } else {
                out(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8:%9\n")
                        .arg(shown(timeText(r)), -30)
                        .arg(shownName(r.action), -28)
                        .arg(shownName(r.actorLabel()), -18)
                        .arg(shownName(r.targetLabel()), -20)
                        .arg(shown(successText(r)), -7)
                        .arg(shown(r.eventId), -36)
                        .arg(duplicateText(r), -15)
                        .arg(shown(r.sourceName))
                        .arg(r.line));
            }
            return true;
        },
        &error);
    if (!ok)
        return fatal(error);
    return kOk;
}

int openReportedCase(const QStringList &args, const QString &notOneCase, CaseStore &store,
                     bool *json)
{
    QCommandLineParser parser;
    addCaseArgument(parser);
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("auditlens-cli", "print as JSON")});
    if (const int status = parseCaseArguments(parser, args, notOneCase); status != kOk)
        return status;
    QString error;
    if (!openCase(store, parser.positionalArguments().first(), &error))
        return fatal(error);
    *json = parser.isSet(QStringLiteral("json"));
    return kOk;
}

int statsCommand(const QStringList &args)
{
    CaseStore store;
    bool json = false;
    if (const int status = openReportedCase(
            args, QCoreApplication::translate("auditlens-cli", "stats needs exactly one case"),
            store, &json);
        status != kOk)
        return status;

    // Every figure comes from a query that worked: zeros from a damaged case would read as an
    // empty one.
    QString readError;
    const QVector<SourceInfo> sources = store.sources(&readError);
    const DuplicateCounts dups = store.duplicateCounts(&readError);
    const qint64 flaggedProblems = store.problemCount(Severity::Flagged, &readError);
    if (!readError.isEmpty())
        return fatal(readError);
    const EventStatistics stats = store.eventStatistics(&readError);
    if (!readError.isEmpty())
        return fatal(readError);
    const qint64 events = stats.events;
    const bool hasSpan = stats.hasSpan;
    const qint64 first = stats.first;
    const qint64 last = stats.last;
    const qint64 succeeded = stats.succeeded;
    const qint64 failed = stats.failed;
    const qint64 flaggedEvents = stats.flaggedEvents;
    const qint64 uniqueIds = stats.uniqueIds;
    const QList<QPair<QString, qint64>> &actions = stats.actions;
    qint64 records = 0, rejected = 0, blank = 0;
    for (const SourceInfo &s : sources) {
        records += s.records;
        rejected += s.rejected;
        blank += s.blankLines;
    }

    if (json) {
        QJsonObject o;
        o[QStringLiteral("events")] = events;
        o[QStringLiteral("records")] = records;
        o[QStringLiteral("rejected")] = rejected;
        o[QStringLiteral("blank_lines")] = blank;
        o[QStringLiteral("flagged_events")] = flaggedEvents;
        o[QStringLiteral("flagged_problems")] = flaggedProblems;
        o[QStringLiteral("unique_ids")] = uniqueIds;
        o[QStringLiteral("duplicate_ids")] = dups.duplicateIds;
        o[QStringLiteral("duplicate_extra_records")] = dups.duplicateExtraRecords;
        o[QStringLiteral("conflicting_duplicate_ids")] = dups.conflictingIds;
        o[QStringLiteral("success_true")] = succeeded;
        o[QStringLiteral("success_false")] = failed;
        o[QStringLiteral("first")] =
            hasSpan ? QJsonValue(TimestampParser::format(first)) : QJsonValue();
        o[QStringLiteral("last")] =
            hasSpan ? QJsonValue(TimestampParser::format(last)) : QJsonValue();
        QJsonObject byAction;
        for (const auto &a : actions)
            byAction[a.first] = a.second;
        o[QStringLiteral("actions")] = byAction;
        QJsonArray sourcesJson;
        for (const SourceInfo &s : sources) {
            QJsonObject so;
            so[QStringLiteral("id")] = s.id;
            so[QStringLiteral("path")] = s.path;
            so[QStringLiteral("bytes")] = s.bytes;
            so[QStringLiteral("sha256")] = s.sha256;
            so[QStringLiteral("format")] = s.format;
            so[QStringLiteral("records")] = s.records;
            so[QStringLiteral("imported")] = s.imported;
            so[QStringLiteral("rejected")] = s.rejected;
            so[QStringLiteral("flagged")] = s.flagged;
            so[QStringLiteral("blank_lines")] = s.blankLines;
            so[QStringLiteral("imported_at")] = s.importedAt.toString(Qt::ISODateWithMs);
            so[QStringLiteral("app_version")] = s.appVersion;
            sourcesJson.append(so);
        }
        o[QStringLiteral("sources")] = sourcesJson;
        out(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return kOk;
    }
    const QLocale l;
    out(QCoreApplication::translate("auditlens-cli",
                                    "events: %1 (%2 records read, %3 rejected, %4 blank lines)\n")
            .arg(l.toString(events), l.toString(records), l.toString(rejected), l.toString(blank)));
    out(QCoreApplication::translate("auditlens-cli", "flagged: %1 events (%2 problems)\n")
            .arg(l.toString(flaggedEvents), l.toString(flaggedProblems)));
    out(QCoreApplication::translate(
            "auditlens-cli", "ids: %1 unique, %2 duplicated (%3 extra copies, %4 conflicting)\n")
            .arg(l.toString(uniqueIds), l.toString(dups.duplicateIds),
                 l.toString(dups.duplicateExtraRecords), l.toString(dups.conflictingIds)));
    out(QCoreApplication::translate("auditlens-cli", "success: %1 true, %2 false\n")
            .arg(l.toString(succeeded), l.toString(failed)));
    if (hasSpan)
        out(QCoreApplication::translate("auditlens-cli", "time: %1 .. %2\n")
                .arg(TimestampParser::format(first), TimestampParser::format(last)));
    for (const SourceInfo &s : sources)
        out(QCoreApplication::translate("auditlens-cli",
                                        "source %1: %2 (%3 bytes, SHA-256 %4, %5)\n")
                .arg(s.id)
                .arg(shown(s.path), l.toString(s.bytes), s.sha256, shown(s.format)));
    out(QCoreApplication::translate("auditlens-cli", "actions:\n"));
    for (const auto &a : actions)
        out(QStringLiteral("  %1 %2\n").arg(a.second, 10).arg(shownName(a.first)));
    return kOk;
}

int problemsCommand(const QStringList &args)
{
    CaseStore store;
    bool json = false;
    if (const int status = openReportedCase(
            args, QCoreApplication::translate("auditlens-cli", "problems needs exactly one case"),
            store, &json);
        status != kOk)
        return status;
    QString error;
    QJsonArray list;
    const bool read = store.readProblems(
        [&](const StoredProblem &p) {
            if (json) {
                QJsonObject o;
                o[QStringLiteral("source")] = p.sourceFileName;
                o[QStringLiteral("line")] = p.line;
                o[QStringLiteral("offset")] = p.offset;
                o[QStringLiteral("kind")] = p.kind;
                o[QStringLiteral("severity")] = p.severity;
                if (!p.column.isNull())
                    o[QStringLiteral("column")] = p.column;
                o[QStringLiteral("message")] = p.message;
                o[QStringLiteral("raw")] = QString::fromUtf8(p.raw);
                if (p.event)
                    o[QStringLiteral("event")] = *p.event;
                list.append(o);
            } else {
                out(QStringLiteral("%1:%2: %3 %4%5: %6\n")
                        .arg(shown(p.sourceFileName))
                        .arg(p.line)
                        .arg(shown(p.severity), shown(p.kind),
                             p.column.isNull() ? QString()
                                               : QStringLiteral(" [%1]").arg(shown(p.column)),
                             shown(p.message)));
            }
        },
        &error);
    // A failure part way (a damaged page) ends the rows early: not the whole list, so no list.
    if (!read)
        return fatal(error);
    if (json)
        out(QJsonDocument(list).toJson(QJsonDocument::Indented));
    return kOk;
}

} // namespace auditlens::cli

int main(int argc, char *argv[])
{
    // Past a file size limit (ulimit -f) the kernel would kill us mid-import with SIGXFSZ;
    // ignored, the write fails with EFBIG and the import ends with an error that says so.
    std::signal(SIGXFSZ, SIG_IGN);
    // A PDF export lays out text, which needs fonts and so a QGuiApplication; the CLI never
    // shows a window, so its platform is the offscreen one. Other commands stay GUI-free.
    bool exporting = false;
    for (int i = 2; argc > 1 && qstrcmp(argv[1], "export") == 0 && i < argc; ++i)
        exporting =
            exporting || qstrcmp(argv[i], "pdf") == 0 || qstrcmp(argv[i], "--format=pdf") == 0;
    if (exporting && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app(exporting ? new QGuiApplication(argc, argv)
                                                          : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("auditlens-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUDITLENS_VERSION));
    // Messages in the system's language (LANG). What scripts read stays the same in every
    // language: with --json the messages the JSON carries (and those an import stores) are the
    // source texts, as they always were.
    QStringList args = QCoreApplication::arguments();
    if (!args.contains(QLatin1String("--json")))
        Languages::apply(Languages::Choice::System);
    if (args.size() < 2)
        return usage();
    const QString command = args.at(1);
    if (command == QLatin1String("--version")) {
        out(QByteArrayLiteral("auditlens-cli " AUDITLENS_VERSION "\n"));
        return kOk;
    }
    if (command == QLatin1String("help") && args.size() > 2)
        return commandHelp(args.at(2));
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        usage();
        return kOk;
    }
    args.removeAt(1); // the parser sees "program options..."
    if (asksForHelp(args))
        return commandHelp(command);
    if (command == QLatin1String("import"))
        return importCommand(args);
    if (command == QLatin1String("query"))
        return queryCommand(args);
    if (command == QLatin1String("stats"))
        return statsCommand(args);
    if (command == QLatin1String("problems"))
        return problemsCommand(args);
    if (command == QLatin1String("export"))
        return exportCommand(args);
    if (command == QLatin1String("sources"))
        return sourcesCommand(args);
    if (command == QLatin1String("remove-source"))
        return removeSourceCommand(args);
    if (command == QLatin1String("tag"))
        return tagCommand(args);
    if (command == QLatin1String("star"))
        return starCommand(args);
    if (command == QLatin1String("note"))
        return noteCommand(args);
    if (command == QLatin1String("annotations"))
        return annotationsCommand(args);
    if (command == QLatin1String("view"))
        return viewCommand(args);
    if (command == QLatin1String("catalogue"))
        return catalogueCommand(args);
    if (command == QLatin1String("findings"))
        return findingsCommand(args);
    if (command == QLatin1String("rules"))
        return rulesCommand(args);
    return usage(QCoreApplication::translate("auditlens-cli", "unknown command %1").arg(command));
}
