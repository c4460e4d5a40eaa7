// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../query/filter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace auditlens {

enum class ExportFormat {
    OriginalCsv, // the columns as read, each cell byte for byte: importing it gives the same events
    FlatCsv,     // one column per field people sort on, for spreadsheets
    JsonLines,   // one event per line, nested fields as their original JSON text
    Html,        // a self-contained report
    Pdf,         // the same report, printable
};

// "csv", "csv-flat", "jsonl", "html", "pdf": the names the CLI takes.
const char *exportFormatName(ExportFormat format);
bool exportFormatFromName(const QString &name, ExportFormat *format);
// The usual file suffix for a format, without the dot.
const char *exportFormatSuffix(ExportFormat format);

// What to export, from which case, to where.
struct ExportRequest
{
    QString casePath;
    QString outputPath;
    ExportFormat format = ExportFormat::OriginalCsv;
    Filter filter;
    // "Export selected events": only these events (seqs), in time order; the filter is then
    // recorded in the provenance as the view they were selected from.
    bool useSelection = false;
    QList<qint64> selection;
    // Flat CSV only: prefix ' to cells a spreadsheet would read as a formula (OWASP). The
    // original shape is never altered, or it would no longer import as the same events.
    bool spreadsheetSafe = true;
    // Flat CSV only: the columns to write, in this order, from FlatCsvWriter::columnNamesAll();
    // empty means FlatCsvWriter::columnNamesDefault() (all but the annotation columns).
    QStringList columns;
    // Original CSV (in its manifest) and JSON Lines: the analyst's tags, stars and notes, when the
    // case has them. Off for a recipient who must not read the analyst's notes. Flat CSV writes
    // them only in the columns chosen.
    bool annotations = true;
    // Only the events the analyst tagged, starred or noted, among those of the filter (or of the
    // selection). An HTML or PDF export of them is the findings report (FindingsReport).
    bool annotatedOnly = false;
};

} // namespace auditlens
