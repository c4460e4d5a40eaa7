// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "csvheader.h"

#include "../text/visibletext.h"
#include "flatcolumn.h"

#include <QCoreApplication>

namespace auditlens {

bool CsvHeader::read(const std::vector<std::string_view> &fields, QString *error)
{
    m_fieldColumn.clear();
    m_fieldExtra.clear();
    m_extraNames.clear();
    m_names.clear();
    m_missing.clear();
    std::vector<int> mapped;
    if (!m_map.apply(fields, &mapped, error))
        return false;
    bool seen[kColumnCount] = {};
    bool flat[kColumnCount] = {}; // stood for by flattened members (actor_id...)
    for (size_t i = 0; i < fields.size(); ++i) {
        const std::string_view field = fields[i];
        m_names << QString::fromUtf8(field.data(), qsizetype(field.size()));
        Column column;
        if (mapped[i] >= 0) {
            // The mapping names each field once and each column once (ColumnMap::apply).
            seen[mapped[i]] = true;
            m_fieldColumn.push_back(mapped[i]);
            const bool own = columnFromName(field, &column);
            m_fieldExtra.push_back(!own);
            if (!own)
                m_extraNames.emplace_back(field);
        } else if (columnFromName(field, &column)) {
            if (seen[columnIndex(column)]) {
                *error = tr("the header names the column %1 twice")
                             .arg(QLatin1String(columnName(column)));
                return false;
            }
            seen[columnIndex(column)] = true;
            m_fieldColumn.push_back(columnIndex(column));
            m_fieldExtra.push_back(false);
        } else {
            // A flattened object's member is kept as an extra column (so that the file can be
            // written back as it was) and stands for the object's column (see EventParser).
            FlatObject object;
            FlatMember member;
            if (FlatColumn::fromName(field, &object, &member)) {
                if (object == FlatObject::Actor)
                    flat[columnIndex(Column::Actor)] = true;
                else if (object == FlatObject::Target)
                    flat[columnIndex(Column::Target)] = true;
            }
            m_fieldColumn.push_back(-1);
            m_fieldExtra.push_back(true);
            m_extraNames.emplace_back(field);
        }
    }
    QStringList missing;
    for (int i = 0; i < kColumnCount; ++i) {
        if (!seen[i] && !flat[i] && isRequiredColumn(static_cast<Column>(i)))
            missing << QLatin1String(columnName(static_cast<Column>(i)));
    }
    if (missing.isEmpty())
        return true;
    const QString first = m_names.value(0);
    if (fields.size() == 1 && first.count(QLatin1Char(';')) >= 3) {
        *error = tr("the file separates fields with semicolons; CircleCI audit-log exports use "
                    "commas (was it re-saved by a spreadsheet?)");
    } else if (fields.size() == 1 && first.count(QLatin1Char('\t')) >= 3) {
        *error = tr("the file separates fields with tabs; CircleCI audit-log exports use commas");
    } else {
        // Names as they are: "id\u00a0" must not read as "id ".
        QStringList shown;
        for (const QString &name : m_names.mid(0, 12))
            shown << VisibleText::escapeInvisible(name);
        m_missing = missing;
        *error = tr("this is not a CircleCI audit-log export: the header has no %1 column "
                    "(it has: %2). If the file names them otherwise, say which of its columns "
                    "fills each with a column mapping, --map FILE.json, such as %3")
                     .arg(missing.join(QStringLiteral(", ")),
                          shown.join(QStringLiteral(", ")).left(200), ColumnMap::example(missing));
    }
    return false;
}

void CsvHeader::map(const std::vector<std::string_view> &fields, EventCells &cells) const
{
    cells.clear();
    size_t extra = 0;
    for (size_t i = 0; i < fields.size(); ++i) {
        const int column = m_fieldColumn[i];
        if (column >= 0)
            cells.set(static_cast<Column>(column), fields[i]);
        if (m_fieldExtra[i])
            cells.extras.emplace_back(m_extraNames[extra++], fields[i]);
    }
}

} // namespace auditlens
