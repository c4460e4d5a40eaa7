// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "auditevent.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace auditlens {

// Maps a CSV header to the audit-log columns by name, case-insensitively, in any order.
// Unknown columns are kept as extras.
class CsvHeader
{
    Q_DECLARE_TR_FUNCTIONS(CsvHeader)

public:
    // False with a sentence for the user when the header is not an audit log's.
    bool read(const std::vector<std::string_view> &fields, QString *error);

    int fieldCount() const { return int(m_fieldColumn.size()); }
    QStringList names() const { return m_names; }
    // Fills cells from a record of exactly fieldCount() fields.
    void map(const std::vector<std::string_view> &fields, EventCells &cells) const;

private:
    std::vector<int> m_fieldColumn; // column index per field, -1 for an extra
    std::vector<std::string> m_extraNames;
    QStringList m_names;
};

} // namespace auditlens
