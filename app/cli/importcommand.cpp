// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// auditlens-cli import: sources into a case, through a column mapping when one is given.

#include "findings/shippedfindings.h"
#include "importing/importer.h"
#include "index/eventindexcollector.h"
#include "reading/fileidentity.h"
#include "store/casestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "cliutil.h"

#include <algorithm>

namespace auditlens::cli {

namespace {
// A mapping is a few lines; anything much larger is not one.
constexpr qint64 kMaxMapBytes = qint64(1) << 20;

bool readColumnMap(const QString &path, ColumnMap *map, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QCoreApplication::translate("auditlens-cli", "the column mapping %1 cannot be read: %2")
                .arg(path, file.errorString());
        return false;
    }
    const QByteArray json = file.read(kMaxMapBytes + 1);
    if (json.size() > kMaxMapBytes) {
        *error = QCoreApplication::translate("auditlens-cli",
                                             "the column mapping %1 is larger than 1 MiB")
                     .arg(path);
        return false;
    }
    if (!ColumnMap::fromJson(json, map, error)) {
        *error = QCoreApplication::translate("auditlens-cli", "%1: %2").arg(path, *error);
        return false;
    }
    return true;
}
} // namespace

int importCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("case"),
                                 QCoreApplication::translate("auditlens-cli", "case file"));
    parser.addPositionalArgument(QStringLiteral("sources"),
                                 QCoreApplication::translate("auditlens-cli", "audit-log exports"));
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("auditlens-cli", "print the outcome as JSON")});
    parser.addOption(
        {QStringLiteral("max-record-bytes"),
         QCoreApplication::translate("auditlens-cli", "reject records larger than this"),
         QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("map"),
         QCoreApplication::translate("auditlens-cli", "which column of each CSV source fills which "
                                                      "audit field (JSON sources ignore it)"),
         QStringLiteral("FILE.json")});
    addAuthorOption(parser);
    if (!parser.parse(args))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(QCoreApplication::translate("auditlens-cli",
                                                 "import needs a case and at least one source"));
    ImportOptions options;
    if (parser.isSet(QStringLiteral("max-record-bytes"))) {
        bool ok = false;
        options.maxRecordBytes = parser.value(QStringLiteral("max-record-bytes")).toULongLong(&ok);
        if (!ok || options.maxRecordBytes < 1024)
            return usage(QCoreApplication::translate(
                "auditlens-cli", "--max-record-bytes takes a number of bytes, at least 1024"));
    }
    // The tags and stars an AuditLens JSON export brings back are this author's.
    if (const int status = readAuthor(parser, &options.annotationAuthor); status != kOk)
        return status;
    if (parser.isSet(QStringLiteral("map"))) {
        QString error;
        if (!readColumnMap(parser.value(QStringLiteral("map")), &options.columnMap, &error))
            return fatal(error);
    }
    const QString casePath = positional.first();
    const QStringList sources = positional.mid(1);
    // A case made for this import and left with nothing in it is removed again.
    const bool caseExisted = FileIdentity::of(casePath).exists();
    CaseStore store;
    QString error;
    if (!store.open(casePath, CaseStore::Mode::ReadWrite, &error))
        return fatal(error);

    Importer importer(store, options);
    TerminalProgress progress;
    importer.setProgressHandler([&](const ImportProgress &p) {
        progress.show(QFileInfo(p.path).fileName(), p.bytesRead, p.bytesTotal,
                      QCoreApplication::translate("auditlens-cli", "%1 records  %2 problems")
                          .arg(QLocale().toString(p.records), QLocale().toString(p.problems)));
    });
    // The viewer's index is made from the rows the import writes and kept in the case.
    EventIndexCollector index;
    importer.setIndexRowsSink(&index);
    const ImportResult result = importer.run(sources);
    if (result.ok && result.imported > 0)
        index.keep(store.handle()); // a failure only costs the viewer a build
    // The findings, kept for the case as it now is; a failure only costs the next findings an
    // evaluation.
    if (result.ok && result.imported > 0) {
        QString findingsError;
        ShippedFindings::refresh(store, &findingsError);
    }
    progress.finish();
    if (!result.ok && !caseExisted)
        store.removeIfEmpty();

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o[QStringLiteral("records")] = result.records;
        o[QStringLiteral("imported")] = result.imported;
        o[QStringLiteral("rejected")] = result.rejected;
        o[QStringLiteral("blank_lines")] = result.blankLines;
        qint64 flagged = 0;
        for (const SourceOutcome &s : result.sources)
            flagged += s.flagged;
        o[QStringLiteral("flagged")] = flagged;
        o[QStringLiteral("restored_annotations")] = result.restoredAnnotations;
        o[QStringLiteral("unique_ids")] = result.uniqueIds;
        o[QStringLiteral("duplicate_ids")] = result.duplicates.duplicateIds;
        o[QStringLiteral("duplicate_extra_records")] = result.duplicates.duplicateExtraRecords;
        o[QStringLiteral("conflicting_duplicate_ids")] = result.duplicates.conflictingIds;
        QJsonArray sourcesJson;
        for (const SourceOutcome &s : result.sources) {
            QJsonObject so;
            so[QStringLiteral("path")] = s.path;
            so[QStringLiteral("bytes")] = s.bytes;
            so[QStringLiteral("sha256")] = s.sha256;
            so[QStringLiteral("format")] = s.format;
            so[QStringLiteral("already_imported")] = s.alreadyImported;
            if (s.alreadyImported)
                so[QStringLiteral("already_in_case_as")] = s.sourceId;
            so[QStringLiteral("records")] = s.records;
            so[QStringLiteral("imported")] = s.imported;
            so[QStringLiteral("rejected")] = s.rejected;
            so[QStringLiteral("flagged")] = s.flagged;
            so[QStringLiteral("blank_lines")] = s.blankLines;
            so[QStringLiteral("elapsed_ms")] = s.elapsedMs;
            so[QStringLiteral("restored_annotations")] = s.restoredAnnotations;
            sourcesJson.append(so);
        }
        o[QStringLiteral("sources")] = sourcesJson;
        QJsonArray problems;
        for (const ImportProblem &ip : result.problems) {
            const Problem &p = ip.problem;
            QJsonObject po;
            po[QStringLiteral("source")] = result.sources.size() > size_t(ip.sourceIndex)
                                               ? result.sources[size_t(ip.sourceIndex)].path
                                               : sources.value(ip.sourceIndex);
            po[QStringLiteral("line")] = p.line;
            po[QStringLiteral("offset")] = p.offset;
            po[QStringLiteral("kind")] = QLatin1String(problemKindName(p.kind));
            po[QStringLiteral("severity")] = QLatin1String(severityName(p.severity));
            if (!p.column.isEmpty())
                po[QStringLiteral("column")] = p.column;
            po[QStringLiteral("message")] = p.message;
            problems.append(po);
        }
        o[QStringLiteral("problems")] = problems;
        if (result.cancelled)
            o[QStringLiteral("cancelled")] = true;
        out(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        const QLocale locale;
        for (const SourceOutcome &s : result.sources) {
            if (s.alreadyImported) {
                out(QCoreApplication::translate(
                        "auditlens-cli",
                        "%1: already in the case as source %2 (SHA-256 %3); nothing imported\n")
                        .arg(shown(s.path), QString::number(s.sourceId), s.sha256));
                continue;
            }
            out(QCoreApplication::translate(
                    "auditlens-cli",
                    "%1: %2 records, %3 imported, %4 rejected, %5 flagged, %6 blank lines "
                    "(%7 bytes, SHA-256 %8, %9 ms)\n")
                    .arg(shown(s.path), locale.toString(s.records), locale.toString(s.imported),
                         locale.toString(s.rejected), locale.toString(s.flagged),
                         locale.toString(s.blankLines), locale.toString(s.bytes), s.sha256,
                         locale.toString(s.elapsedMs)));
            // An AuditLens JSON export carried the analyst's tags, stars and notes.
            if (s.restoredAnnotations > 0)
                out(QCoreApplication::translate("auditlens-cli",
                                                "%1: restored annotations on %2 events\n")
                        .arg(shown(s.path), locale.toString(s.restoredAnnotations)));
        }
        // After a failure, only what the case holds of sources that went in before it.
        if (result.ok || !result.sources.empty())
            out(QCoreApplication::translate(
                    "auditlens-cli", "case: %1 duplicate ids (%2 extra copies, %3 conflicting)\n")
                    .arg(locale.toString(result.duplicates.duplicateIds),
                         locale.toString(result.duplicates.duplicateExtraRecords),
                         locale.toString(result.duplicates.conflictingIds)));
        const size_t listed = std::min<size_t>(result.problems.size(), 20);
        for (size_t i = 0; i < listed; ++i) {
            const Problem &p = result.problems[i].problem;
            out(QCoreApplication::translate("auditlens-cli", "  line %1: %2 (%3): %4\n")
                    .arg(p.line)
                    .arg(QLatin1String(severityName(p.severity)),
                         QLatin1String(problemKindName(p.kind)), shown(p.message)));
        }
        if (result.problems.size() > listed)
            out(QCoreApplication::translate(
                    "auditlens-cli", "  ... and %1 more problems: auditlens-cli problems %2\n")
                    .arg(result.problems.size() - listed)
                    .arg(shown(casePath)));
    }
    if (!result.ok)
        return fatal(result.error);
    return kOk;
}

} // namespace auditlens::cli
