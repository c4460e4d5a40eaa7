// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../store/extracolumns.h"
#include "eventwriter.h"
#include "exportannotations.h"
#include "exportsummary.h"
#include "extracolumnindex.h"

#include <vector>

namespace auditlens {

// CSV for spreadsheets: one column per field people sort and filter on, times in UTC with
// nanoseconds, then payload and metadata as JSON text, then the sources' extra columns under
// unique names (see UniqueNames: a header's second "extra" is "extra (2)", an extra column
// called "source" is "source (2)"). In spreadsheet-safe mode (the default) a cell a spreadsheet
// would run as a formula gets a leading ' (OWASP), and the cells altered are counted for the
// manifest. The analyst's tags, star and notes are columns of their own, written only when
// chosen (they are not among the default columns, so a default export keeps its shape); notes
// are free text people typed, and get the same formula guard as every other cell.
class FlatCsvWriter : public EventWriter
{
public:
    enum Field {
        Time,
        Action,
        ActorName,
        ActorId,
        ActorType,
        TargetName,
        TargetId,
        TargetType,
        ScopeName,
        Success,
        Id,
        Duplicate,
        Source,
        Line,
        Payload,
        Metadata,
        Tags,
        Starred,
        Notes,
        FieldCount
    };

    static QStringList columnNamesAll();
    // The columns written when none are chosen: all but the annotation columns.
    static QStringList columnNamesDefault();

    // columns: names from columnNamesAll(), in the order wanted; empty for the default ones.
    // False with the unknown name in *error.
    FlatCsvWriter(const ExportSummary &summary, const ExportAnnotations &annotations,
                  bool spreadsheetSafe);
    bool setColumns(const QStringList &columns, QString *error);
    // Whether a tags, starred or notes column is chosen: only then are annotations read.
    bool writesAnnotations() const;
    // Finds the extra columns of the exported sources: needs the case for JSON sources.
    bool prepare(sqlite3 *db, QString *error);

    ExportCursor::Columns columns() const override { return ExportCursor::Columns::WithEntities; }
    bool begin(std::string &out, QString *error) override;
    void write(const ExportCursor &row, std::string &out) override;
    bool end(std::string &out, QString *error) override;
    QStringList columnNames() const override;
    qint64 alteredCells() const override { return m_altered; }

private:
    void appendCell(std::string &out, std::string_view cell);
    void appendExtras(const ExportCursor &row, std::string &out, bool first);
    void appendAnnotation(Field field, const ExportAnnotations::Event *event, std::string &out);

    const ExportSummary &m_summary;
    const ExportAnnotations &m_annotations;
    bool m_safe;
    std::vector<Field> m_fields;
    qint64 m_altered = 0;
    ExtraColumnIndex m_extraIndex;
    QStringList m_extraNames;                 // unique, one per extra column
    ExtraColumns m_extras;                    // of the current row
    std::vector<std::string_view> m_extraRow; // its cell per extra column
    std::vector<int> m_filled;                // the extra columns it has a cell in
};

} // namespace auditlens
