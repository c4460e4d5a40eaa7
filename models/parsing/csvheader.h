// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "auditevent.h"
#include "columnmap.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace auditlens {

// Maps a CSV header to the audit-log columns by name, case-insensitively, in any order, after a
// column mapping when one is set. Unknown columns are kept as extras; so is a column that fills
// a field by the mapping, so that the file can be written back with its own header.
class CsvHeader
{
    Q_DECLARE_TR_FUNCTIONS(CsvHeader)

public:
    // False with a sentence for the user when the header is not an audit log's.
    bool read(const std::vector<std::string_view> &fields, QString *error);
    // Applied by read() before its own name matching.
    void setColumnMap(const ColumnMap &map) { m_map = map; }
    // After read() failed only for lacking required fields (a mapping could help): their names,
    // as columnName() spells them; otherwise empty.
    QStringList missing() const { return m_missing; }

    int fieldCount() const { return int(m_fieldColumn.size()); }
    QStringList names() const { return m_names; }
    // Fills cells from a record of exactly fieldCount() fields.
    void map(const std::vector<std::string_view> &fields, EventCells &cells) const;

private:
    std::vector<int> m_fieldColumn; // column index per field, -1 for none
    std::vector<bool> m_fieldExtra; // per field: kept as an extra column
    std::vector<std::string> m_extraNames;
    QStringList m_names;
    QStringList m_missing;
    ColumnMap m_map;
};

} // namespace auditlens
