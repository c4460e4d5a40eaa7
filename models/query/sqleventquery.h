// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "eventrow.h"
#include "filter.h"
#include "indexquery.h"

#include <QVariantList>

#include <functional>

struct sqlite3;

namespace auditlens {

class CaseStore;
class SqliteStatement;

// A WHERE clause for a Filter over `events AS e`, with its values to bind in order. User text
// only ever travels as a bound value; LIKE patterns escape % and _.
struct SqlCondition
{
    QString where; // "1" when the filter is empty
    QVariantList values;
};
SqlCondition sqlCondition(const Filter &filter);
// Binds the condition's values, in order from parameter 1: text as text, the rest as integers.
void bindCondition(SqliteStatement &statement, const SqlCondition &condition);

// Queries the case with SQL. The CLI's engine, and the reference the in-memory index is
// checked against.
class SqlEventQuery
{
public:
    explicit SqlEventQuery(const CaseStore &store);

    qint64 count(const Filter &filter, QString *error = nullptr) const;
    // Calls visit for each matching event in time order (ties by source and line), at most
    // limit of them (limit < 0: all) until visit returns false.
    bool forEach(const Filter &filter, qint64 limit,
                 const std::function<bool(const EventRow &)> &visit,
                 QString *error = nullptr) const;
    bool fetch(qint64 seq, EventRow *row) const;

private:
    sqlite3 *m_db;
};

} // namespace auditlens
