// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../store/extracolumns.h"
#include "eventwriter.h"
#include "exportannotations.h"
#include "exportsummary.h"
#include "extracolumnindex.h"

#include <QByteArray>
#include <QJsonArray>
#include <QVector>

#include <vector>

namespace auditlens {

// CSV in the shape it was read: the source's header names as written and in their order
// (columns of further sources with other headers appended), each cell's stored original text
// byte for byte. Importing the file gives the same events: ids, times to the nanosecond,
// payloads with their big integers and odd spacing, duplicates, and every extra column, a
// header that repeats a name included (each repeat is a column of its own).
// The analyst's annotations would change the file, so they go into the manifest instead: each
// annotated event with its record number in the file and its identity.
class OriginalCsvWriter : public EventWriter
{
public:
    OriginalCsvWriter(const ExportSummary &summary, const ExportAnnotations &annotations);

    // Decides the columns: needs the case for the extra columns of JSON sources.
    bool prepare(sqlite3 *db, QString *error);

    bool begin(std::string &out, QString *error) override;
    void write(const ExportCursor &row, std::string &out) override;
    bool end(std::string &out, QString *error) override;
    QStringList columnNames() const override;
    void addToManifest(QJsonObject &manifest) const override;

private:
    struct OutputColumn
    {
        QString name;          // as the first source that has it wrote it
        int cursorColumn = -1; // an ExportCursor column, or -1 for an extra column
        int extra = -1;        // the extra column's number in m_extraIndex
    };

    void addColumn(const QString &name, int occurrence);
    void addNewExtras(int from);
    void noteAnnotations(const ExportCursor &row, const ExportAnnotations::Event &event);

    const ExportSummary &m_summary;
    const ExportAnnotations &m_annotations;
    QJsonArray m_annotated; // the annotations of the events written, for the manifest
    std::vector<OutputColumn> m_columns;
    ExtraColumnIndex m_extraIndex;
    ExtraColumns m_extras;                    // of the current row
    std::vector<std::string_view> m_extraRow; // its cell per extra column
    std::vector<int> m_filled;                // the extra columns it has a cell in
};

} // namespace auditlens
