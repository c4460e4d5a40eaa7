// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../store/casestore.h"

#include <QByteArray>
#include <QHash>
#include <QVector>

#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace auditlens {

// The extra columns of an export, each (name as written, occurrence) once, in the order they
// were first met: a CSV source's in its header's order, a JSON source's by name. A cell of an
// event finds its column through a hash, never a scan: an export of a source with 100,000
// columns stays linear.
class ExtraColumnIndex
{
public:
    struct Column
    {
        std::string name;
        int occurrence = 1;
    };

    // The column of (name, occurrence), added when new; *added says which.
    int add(std::string_view name, int occurrence, bool *added = nullptr);
    // The columns a source adds: its header's extras, or the keys its events carry (JSON).
    bool addSource(sqlite3 *db, const SourceInfo &source, QString *error);
    // The column of (name, occurrence), or -1.
    int find(std::string_view name, int occurrence) const;

    const std::vector<Column> &columns() const { return m_columns; }
    int size() const { return int(m_columns.size()); }

private:
    std::vector<Column> m_columns;
    QHash<QByteArray, QVector<int>> m_byName; // name -> column per occurrence (-1 where none)
};

} // namespace auditlens
