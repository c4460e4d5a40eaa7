// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../store/extracolumns.h"
#include "eventwriter.h"
#include "exportsummary.h"
#include "extracolumnindex.h"

#include <QByteArray>
#include <QVector>

#include <vector>

namespace auditlens {

// CSV in the shape it was read: the source's header names as written and in their order
// (columns of further sources with other headers appended), each cell's stored original text
// byte for byte. Importing the file gives the same events: ids, times to the nanosecond,
// payloads with their big integers and odd spacing, duplicates, and every extra column, a
// header that repeats a name included (each repeat is a column of its own).
class OriginalCsvWriter : public EventWriter
{
public:
    explicit OriginalCsvWriter(const ExportSummary &summary);

    // Decides the columns: needs the case for the extra columns of JSON sources.
    bool prepare(sqlite3 *db, QString *error);

    bool begin(std::string &out, QString *error) override;
    void write(const ExportCursor &row, std::string &out) override;
    bool end(std::string &out, QString *error) override;
    QStringList columnNames() const override;

private:
    struct OutputColumn
    {
        QString name;          // as the first source that has it wrote it
        int cursorColumn = -1; // an ExportCursor column, or -1 for an extra column
        int extra = -1;        // the extra column's number in m_extraIndex
    };

    void addColumn(const QString &name, int occurrence);
    void addNewExtras(int from);

    const ExportSummary &m_summary;
    std::vector<OutputColumn> m_columns;
    ExtraColumnIndex m_extraIndex;
    ExtraColumns m_extras;                    // of the current row
    std::vector<std::string_view> m_extraRow; // its cell per extra column
    std::vector<int> m_filled;                // the extra columns it has a cell in
};

} // namespace auditlens
