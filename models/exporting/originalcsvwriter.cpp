// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "originalcsvwriter.h"

#include "../parsing/auditevent.h"
#include "csvtext.h"

#include <QHash>

#include <sqlite3.h>

namespace auditlens {

namespace {
// Where each audit-log column's original text is stored.
int cursorColumnOf(Column column)
{
    switch (column) {
    case Column::Action:
        return ExportCursor::ActionId; // the name comes from the case's action table
    case Column::Actor:
        return ExportCursor::ActorJson;
    case Column::Target:
        return ExportCursor::TargetJson;
    case Column::Payload:
        return ExportCursor::Payload;
    case Column::OccurredAt:
        return ExportCursor::OccurredAt;
    case Column::Metadata:
        return ExportCursor::Metadata;
    case Column::Id:
        return ExportCursor::EventId;
    case Column::Version:
        return ExportCursor::Version;
    case Column::Scope:
        return ExportCursor::ScopeJson;
    case Column::Success:
        return ExportCursor::SuccessText;
    case Column::Request:
        return ExportCursor::Request;
    }
    return -1;
}
} // namespace

OriginalCsvWriter::OriginalCsvWriter(const ExportSummary &summary,
                                     const ExportAnnotations &annotations)
    : m_summary(summary), m_annotations(annotations)
{}

void OriginalCsvWriter::addColumn(const QString &name, int occurrence)
{
    const QByteArray utf8 = name.toUtf8();
    const std::string_view view(utf8.constData(), size_t(utf8.size()));
    Column column;
    OutputColumn output;
    output.name = name;
    if (columnFromName(view, &column)) {
        output.cursorColumn = cursorColumnOf(column);
        for (const OutputColumn &existing : m_columns) {
            if (existing.cursorColumn == output.cursorColumn)
                return;
        }
    } else {
        bool added = false;
        output.extra = m_extraIndex.add(view, occurrence, &added);
        if (!added)
            return;
    }
    m_columns.push_back(std::move(output));
}

// The extra columns from number `from` on, as columns of the file.
void OriginalCsvWriter::addNewExtras(int from)
{
    for (int i = from; i < m_extraIndex.size(); ++i) {
        const ExtraColumnIndex::Column &extra = m_extraIndex.columns()[size_t(i)];
        OutputColumn output;
        output.name = QString::fromUtf8(extra.name.data(), qsizetype(extra.name.size()));
        output.extra = i;
        m_columns.push_back(std::move(output));
    }
}

bool OriginalCsvWriter::prepare(sqlite3 *db, QString *error)
{
    m_columns.clear();
    m_extraIndex = ExtraColumnIndex();
    // Sources that contribute events, oldest first: the first one's header leads. A header
    // that repeats an extra column's name has a column for each: the second "extra" is the
    // extra column (extra, 2), which another source's second "extra" shares.
    for (const ExportSummary::Source &source : m_summary.sources()) {
        if (source.exported == 0)
            continue;
        if (!source.info.header.isEmpty()) {
            QHash<QString, int> seen;
            for (const QString &name : source.info.header)
                addColumn(name, ++seen[name]);
            continue;
        }
        // A JSON source has no header: the audit-log columns in CircleCI's order, then the
        // extra keys its events carry.
        for (int i = 0; i < kColumnCount; ++i)
            addColumn(QLatin1String(columnName(static_cast<Column>(i))), 1);
        const int before = m_extraIndex.size();
        if (!m_extraIndex.addSource(db, source.info, error))
            return false;
        addNewExtras(before);
    }
    if (m_columns.empty()) {
        for (int i = 0; i < kColumnCount; ++i)
            addColumn(QLatin1String(columnName(static_cast<Column>(i))), 1);
    }
    m_extraRow.assign(size_t(m_extraIndex.size()), {});
    return true;
}

QStringList OriginalCsvWriter::columnNames() const
{
    QStringList names;
    for (const OutputColumn &column : m_columns)
        names << column.name;
    return names;
}

bool OriginalCsvWriter::begin(std::string &out, QString *)
{
    bool first = true;
    for (const OutputColumn &column : m_columns) {
        if (!first)
            out.push_back(',');
        first = false;
        const QByteArray name = column.name.toUtf8();
        csvtext::appendCell(out, std::string_view(name.constData(), size_t(name.size())));
    }
    out.push_back('\n');
    return true;
}

void OriginalCsvWriter::write(const ExportCursor &row, std::string &out)
{
    const bool hasExtras = !m_extraRow.empty() && !row.isNull(ExportCursor::Extra);
    if (hasExtras && m_extras.read(row.text(ExportCursor::Extra))) {
        for (const ExtraColumns::Cell &cell : m_extras.cells()) {
            const int column = m_extraIndex.find(cell.name, cell.occurrence);
            if (column >= 0) {
                m_extraRow[size_t(column)] = cell.value;
                m_filled.push_back(column);
            }
        }
    }
    bool first = true;
    for (const OutputColumn &column : m_columns) {
        if (!first)
            out.push_back(',');
        first = false;
        if (column.cursorColumn == ExportCursor::ActionId) {
            const QByteArray &name =
                m_summary.actionName(qint32(row.integer(ExportCursor::ActionId)));
            csvtext::appendCell(out, std::string_view(name.constData(), size_t(name.size())));
        } else if (column.cursorColumn >= 0) {
            csvtext::appendCell(out, row.text(ExportCursor::Column(column.cursorColumn)));
        } else {
            csvtext::appendCell(out, m_extraRow[size_t(column.extra)]);
        }
    }
    out.push_back('\n');
    for (const int column : m_filled)
        m_extraRow[size_t(column)] = {};
    m_filled.clear();
    if (const ExportAnnotations::Event *event = m_annotations.find(row))
        noteAnnotations(row, *event);
}

void OriginalCsvWriter::noteAnnotations(const ExportCursor &row,
                                        const ExportAnnotations::Event &event)
{
    const std::string_view id = row.text(ExportCursor::EventId);
    const ExportSummary::Source *source = m_summary.source(row.integer(ExportCursor::SourceId));
    QJsonObject o{
        {QStringLiteral("record"), row.position() + 1},
        {QStringLiteral("source_sha256"), source ? source->info.sha256 : QString()},
        {QStringLiteral("line"), row.integer(ExportCursor::Line)},
        {QStringLiteral("id"), QString::fromUtf8(id.data(), qsizetype(id.size()))},
    };
    const QJsonObject annotations = ExportAnnotations::toJson(event);
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        o.insert(it.key(), it.value());
    m_annotated.append(o);
}

// A case with annotation tables always says what it knows, none included: a recipient can tell
// "nobody marked these" from "marks were not exported".
void OriginalCsvWriter::addToManifest(QJsonObject &manifest) const
{
    if (!m_annotations.available())
        return;
    manifest[QStringLiteral("annotations")] = QJsonObject{
        {QStringLiteral("annotated_events"), m_annotated.size()},
        {QStringLiteral("about"),
         QStringLiteral("the analyst's tags, star and notes on events of this file: record is "
                        "the event's number among the file's records (1 for the first after the "
                        "header); source_sha256, line and id are its identity in the case")},
        {QStringLiteral("events"), m_annotated},
    };
}

bool OriginalCsvWriter::end(std::string &, QString *)
{
    return true;
}

} // namespace auditlens
