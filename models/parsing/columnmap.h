// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "auditevent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <string_view>
#include <vector>

namespace auditlens {

// Which column of a CSV file fills which audit field, for an export whose header does not use
// CircleCI's names ("When" for occurred_at). Written as JSON:
//   {"columns": {"occurred_at": "When", "actor": "Who", "id": "Event ID"}}
// Keys are the audit fields as columnName() spells them, values the file's header names,
// matched as headers are (headerKey). It decides only where a field's text comes from at import:
// the file's own header is kept, so the file can still be written back as it was.
class ColumnMap
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMap)

public:
    bool isEmpty() const;
    // The header name that fills the field, or empty for the file's own column of that name.
    QString header(Column column) const { return m_headers[size_t(columnIndex(column))]; }
    void set(Column column, const QString &header)
    {
        m_headers[size_t(columnIndex(column))] = header;
    }
    bool operator==(const ColumnMap &other) const { return m_headers == other.m_headers; }

    // False with a sentence naming what is wrong: not JSON of that form, a field we do not know,
    // a value that is no column name, or two fields taken from one column.
    static bool fromJson(const QByteArray &json, ColumnMap *map, QString *error);
    QByteArray toJson() const;

    // Against a file's header: the field each of the file's columns fills by the mapping (-1
    // for none), one entry per column of the header. False with a sentence when the mapping
    // names a column the header lacks or has twice, or takes a field from a column that is
    // another field's own, or when the file has the field's own column as well.
    bool apply(const std::vector<std::string_view> &fields, std::vector<int> *fieldColumn,
               QString *error) const;

    // A one-line example for the fields given, for messages that say how to write a mapping.
    static QString example(const QStringList &fields);

private:
    std::array<QString, kColumnCount> m_headers;
};

} // namespace auditlens
