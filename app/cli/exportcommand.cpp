// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "cliutil.h"
#include "query/filterargs.h"

#include "exporting/exporter.h"
#include "exporting/flatcsvwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace auditlens::cli {

namespace {
Exporter *g_running = nullptr;

// Ctrl-C cancels the export like the GUI's Cancel button: no half file is left behind.
extern "C" void cancelOnSignal(int)
{
    if (g_running)
        g_running->cancel();
}

} // namespace

int exportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addCaseArgument(parser);
    addFilterOptions(parser);
    parser.addOption(
        {QStringLiteral("format"),
         QCoreApplication::translate("auditlens-cli", "csv, csv-flat, jsonl, html or pdf"),
         QStringLiteral("F")});
    parser.addOption({QStringLiteral("output"),
                      QCoreApplication::translate("auditlens-cli", "the file to write"),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("no-safe"),
         QCoreApplication::translate(
             "auditlens-cli", "csv-flat: keep cells that could run as formulas (= + - @ TAB CR, "
                              "also after spaces or full-width) as they are")});
    parser.addOption(
        {QStringLiteral("columns"),
         QCoreApplication::translate("auditlens-cli",
                                     "csv-flat: the columns to write, comma-separated, of: %1 "
                                     "(without it, all but the annotations: tags, starred, notes)")
             .arg(FlatCsvWriter::columnNamesAll().join(QStringLiteral(", "))),
         QStringLiteral("LIST")});
    parser.addOption(
        {QStringLiteral("no-annotations"),
         QCoreApplication::translate("auditlens-cli",
                                     "csv, jsonl: leave out the analyst's tags, stars and notes")});
    parser.addOption(
        {QStringLiteral("annotated"),
         QCoreApplication::translate("auditlens-cli",
                                     "only the events that carry a tag, a star or a note (and "
                                     "match the FILTER); html, pdf: the findings report")});
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("auditlens-cli", "print the outcome as JSON")});
    if (const int status = parseCaseArguments(
            parser, args,
            QCoreApplication::translate("auditlens-cli", "export needs exactly one case"));
        status != kOk)
        return status;
    if (const int status = applyView(parser, args); status != kOk)
        return status;
    ExportRequest request;
    request.casePath = parser.positionalArguments().first();
    if (!parser.isSet(QStringLiteral("format")) ||
        !exportFormatFromName(parser.value(QStringLiteral("format")), &request.format))
        return usage(QCoreApplication::translate(
            "auditlens-cli", "--format takes csv, csv-flat, jsonl, html or pdf"));
    if (!parser.isSet(QStringLiteral("output")) || parser.value(QStringLiteral("output")).isEmpty())
        return usage(QCoreApplication::translate("auditlens-cli", "export needs --output FILE"));
    request.outputPath = parser.value(QStringLiteral("output"));
    const QString filterError = FilterArgs::read(parser, &request.filter);
    if (!filterError.isEmpty())
        return usage(filterError);
    const bool flat = request.format == ExportFormat::FlatCsv;
    if (!flat && parser.isSet(QStringLiteral("no-safe")))
        return usage(QCoreApplication::translate(
            "auditlens-cli", "--no-safe applies to --format csv-flat only (csv keeps every cell as "
                             "it was read)"));
    if (!flat && parser.isSet(QStringLiteral("columns")))
        return usage(QCoreApplication::translate("auditlens-cli",
                                                 "--columns applies to --format csv-flat only"));
    if (parser.isSet(QStringLiteral("no-annotations")) &&
        request.format != ExportFormat::JsonLines && request.format != ExportFormat::OriginalCsv)
        return usage(QCoreApplication::translate(
            "auditlens-cli", "--no-annotations applies to --format csv and jsonl only (csv-flat "
                             "writes annotations only in the columns --columns names)"));
    request.annotations = !parser.isSet(QStringLiteral("no-annotations"));
    request.annotatedOnly = parser.isSet(QStringLiteral("annotated"));
    request.spreadsheetSafe = !parser.isSet(QStringLiteral("no-safe"));
    if (parser.isSet(QStringLiteral("columns"))) {
        request.columns =
            parser.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        const QStringList all = FlatCsvWriter::columnNamesAll();
        for (const QString &column : std::as_const(request.columns)) {
            if (!all.contains(column.trimmed().toLower()))
                return usage(
                    QCoreApplication::translate("auditlens-cli", "--columns: there is no column %1")
                        .arg(column));
        }
    }
    if (!QFileInfo::exists(request.casePath))
        return fatal(QCoreApplication::translate("auditlens-cli", "%1: there is no case file here")
                         .arg(request.casePath));

    Exporter exporter;
    TerminalProgress progress;
    exporter.setProgressHandler([&](qint64 done, qint64 total) {
        progress.show(QCoreApplication::translate("auditlens-cli", "exporting"), done, total,
                      QCoreApplication::translate("auditlens-cli", "%1 of %2 events")
                          .arg(QLocale().toString(done), QLocale().toString(total)));
    });
    g_running = &exporter;
    std::signal(SIGINT, cancelOnSignal);
    std::signal(SIGTERM, cancelOnSignal);
    const ExportResult result = exporter.run(request);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_running = nullptr;
    progress.finish();
    if (result.cancelled)
        return fatal(QCoreApplication::translate("auditlens-cli",
                                                 "the export was cancelled; no file was written"));
    if (!result.ok)
        return fatal(result.error);

    const QLocale locale;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o[QStringLiteral("output")] = request.outputPath;
        o[QStringLiteral("events")] = result.events;
        o[QStringLiteral("bytes")] = result.bytes;
        o[QStringLiteral("sha256")] = result.sha256;
        o[QStringLiteral("altered_cells")] = result.alteredCells;
        o[QStringLiteral("manifest")] = result.manifestPath;
        o[QStringLiteral("checksums")] = result.checksumPath;
        o[QStringLiteral("elapsed_ms")] = result.elapsedMs;
        out(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return kOk;
    }
    out(QCoreApplication::translate("auditlens-cli",
                                    "%1: %2 events, %3 bytes, SHA-256 %4 (%5 ms)\n")
            .arg(shown(request.outputPath), locale.toString(result.events),
                 locale.toString(result.bytes), result.sha256, locale.toString(result.elapsedMs)));
    if (flat)
        out(request.spreadsheetSafe
                ? QCoreApplication::translate(
                      "auditlens-cli",
                      "spreadsheet-safe: %1 cells that could run as formulas prefixed with ' "
                      "(starting, "
                      "after any spaces, with = + - @ or their full-width forms, or with TAB or "
                      "CR)\n")
                      .arg(locale.toString(result.alteredCells))
                : QCoreApplication::translate(
                      "auditlens-cli", "spreadsheet-safe mode off: cells written as they are\n"));
    if (!result.manifestPath.isEmpty())
        out(QCoreApplication::translate("auditlens-cli", "provenance: %1\n")
                .arg(shown(result.manifestPath)));
    out(QCoreApplication::translate("auditlens-cli",
                                    "checksums: %1 (verify with: sha256sum -c %2)\n")
            .arg(shown(result.checksumPath), shown(QFileInfo(result.checksumPath).fileName())));
    return kOk;
}

} // namespace auditlens::cli
