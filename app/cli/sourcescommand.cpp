// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// sources and remove-source: what each export of a case covers, and taking one out again.

#include "cliutil.h"

#include "importing/sourceremoval.h"
#include "parsing/timestampparser.h"
#include "store/sourcecoverage.h"
#include "store/sourcespec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace auditlens::cli {

namespace {
QJsonValue timeJson(const SourceSpan &s, qint64 ns)
{
    return s.hasSpan ? QJsonValue(TimestampParser::format(ns)) : QJsonValue();
}

QJsonObject sourcesJson(const SourceCoverage &coverage)
{
    QJsonArray sources;
    for (const SourceSpan &s : coverage.sources) {
        QJsonObject o;
        o[QStringLiteral("number")] = s.source.id;
        o[QStringLiteral("path")] = s.source.path;
        o[QStringLiteral("format")] = s.source.format;
        o[QStringLiteral("sha256")] = s.source.sha256;
        o[QStringLiteral("bytes")] = s.source.bytes;
        o[QStringLiteral("records")] = s.source.records;
        o[QStringLiteral("imported")] = s.source.imported;
        o[QStringLiteral("rejected")] = s.source.rejected;
        o[QStringLiteral("first")] = timeJson(s, s.first);
        o[QStringLiteral("last")] = timeJson(s, s.last);
        o[QStringLiteral("shared_exact")] = s.sharedExact;
        o[QStringLiteral("shared_conflicting")] = s.sharedConflicting;
        sources.append(o);
    }
    QJsonArray gaps;
    for (const DayRun &g : coverage.gaps) {
        QJsonObject o;
        o[QStringLiteral("from")] = SourceCoverage::dayText(g.from);
        o[QStringLiteral("to")] = SourceCoverage::dayText(g.to);
        gaps.append(o);
    }
    QJsonObject o;
    o[QStringLiteral("sources")] = sources;
    o[QStringLiteral("gaps")] = gaps;
    return o;
}

QString timeText(const SourceSpan &s, qint64 ns)
{
    return s.hasSpan ? TimestampParser::format(ns) : QStringLiteral("-");
}

void printSources(const SourceCoverage &coverage)
{
    const QLocale l;
    out(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
            .arg(QCoreApplication::translate("auditlens-cli", "#"), 3)
            .arg(QCoreApplication::translate("auditlens-cli", "FILE"), -24)
            .arg(QCoreApplication::translate("auditlens-cli", "FORMAT"), -6)
            .arg(QCoreApplication::translate("auditlens-cli", "EVENTS"), 9)
            .arg(QCoreApplication::translate("auditlens-cli", "REJECTED"), 8)
            .arg(QCoreApplication::translate("auditlens-cli", "FIRST (UTC)"), -30)
            .arg(QCoreApplication::translate("auditlens-cli", "LAST (UTC)"), -30)
            .arg(QCoreApplication::translate("auditlens-cli", "SHARED EXACT"), 12)
            .arg(QCoreApplication::translate("auditlens-cli", "SHARED CONFLICTING")));
    for (const SourceSpan &s : coverage.sources) {
        out(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                .arg(s.source.id, 3)
                .arg(shown(s.source.fileName), -24)
                .arg(shown(s.source.format), -6)
                .arg(l.toString(s.source.imported), 9)
                .arg(l.toString(s.source.rejected), 8)
                .arg(timeText(s, s.first), -30)
                .arg(timeText(s, s.last), -30)
                .arg(l.toString(s.sharedExact), 12)
                .arg(l.toString(s.sharedConflicting)));
        out(QCoreApplication::translate(
                "auditlens-cli", "     %1\n     %2 records, %3 bytes, SHA-256 %4, imported %5\n")
                .arg(shown(s.source.path), l.toString(s.source.records), l.toString(s.source.bytes),
                     s.source.sha256, s.source.importedAt.toString(Qt::ISODate)));
    }
    if (coverage.sources.isEmpty()) {
        out(QCoreApplication::translate("auditlens-cli", "The case holds no source.\n"));
        return;
    }
    if (coverage.gaps.isEmpty()) {
        out(QCoreApplication::translate(
            "auditlens-cli",
            "Every day between the earliest and the latest event is covered by a source.\n"));
        return;
    }
    for (const DayRun &g : coverage.gaps) {
        const int days = int(g.to - g.from + 1);
        out(g.from == g.to
                ? QCoreApplication::translate("auditlens-cli",
                                              "Gap: no source covers %1 (a whole UTC day).\n")
                      .arg(SourceCoverage::dayText(g.from))
                : QCoreApplication::translate(
                      "auditlens-cli", "Gap: no source covers %1 to %2 (%3 whole UTC days).\n")
                      .arg(SourceCoverage::dayText(g.from), SourceCoverage::dayText(g.to),
                           l.toString(days)));
    }
}
} // namespace

int sourcesCommand(const QStringList &args)
{
    CaseStore store;
    bool json = false;
    if (const int status = openReportedCase(
            args, QCoreApplication::translate("auditlens-cli", "sources needs exactly one case"),
            store, &json);
        status != kOk)
        return status;
    QString error;
    const std::optional<SourceCoverage> coverage = SourceCoverage::read(store, &error);
    if (!coverage)
        return fatal(error);
    if (json)
        out(QJsonDocument(sourcesJson(*coverage)).toJson(QJsonDocument::Indented));
    else
        printSources(*coverage);
    return kOk;
}

int removeSourceCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addCaseArgument(parser);
    parser.addPositionalArgument(
        QStringLiteral("source"),
        QCoreApplication::translate(
            "auditlens-cli", "its number in sources, its path, file name or SHA-256 prefix"));
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("auditlens-cli", "print the outcome as JSON")});
    if (!parser.parse(args))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(QCoreApplication::translate("auditlens-cli",
                                                 "remove-source needs a case and one source"));
    CaseStore store;
    if (const int status = openCaseForWriting(positional.first(), store); status != kOk)
        return status;
    QString error;
    const QVector<SourceInfo> sources = store.sources(&error);
    if (!error.isEmpty())
        return fatal(error);
    const std::optional<SourceInfo> source = SourceSpec::resolve(sources, positional.at(1), &error);
    if (!source)
        return fatal(error);
    const SourceRemoval::Result removed = SourceRemoval::remove(store, source->id);
    if (!removed.ok)
        return fatal(removed.error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o[QStringLiteral("number")] = source->id;
        o[QStringLiteral("path")] = source->path;
        o[QStringLiteral("sha256")] = source->sha256;
        o[QStringLiteral("events")] = removed.events;
        o[QStringLiteral("problems")] = removed.problems;
        o[QStringLiteral("sources_left")] = qint64(sources.size()) - 1;
        o[QStringLiteral("duplicate_ids")] = removed.duplicates.duplicateIds;
        o[QStringLiteral("duplicate_extra_records")] = removed.duplicates.duplicateExtraRecords;
        o[QStringLiteral("conflicting_duplicate_ids")] = removed.duplicates.conflictingIds;
        out(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return kOk;
    }
    const QLocale l;
    out(QCoreApplication::translate(
            "auditlens-cli", "removed source %1: %2 (SHA-256 %3): %4 events and %5 problems\n")
            .arg(source->id)
            .arg(shown(source->path), source->sha256, l.toString(removed.events),
                 l.toString(removed.problems)));
    out(QCoreApplication::translate("auditlens-cli",
                                    "case: %1 sources left, %2 duplicate ids (%3 extra copies, %4 "
                                    "conflicting)\n")
            .arg(l.toString(sources.size() - 1), l.toString(removed.duplicates.duplicateIds),
                 l.toString(removed.duplicates.duplicateExtraRecords),
                 l.toString(removed.duplicates.conflictingIds)));
    return kOk;
}

} // namespace auditlens::cli
