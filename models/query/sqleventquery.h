// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "eventrow.h"
#include "filter.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>

namespace auditlens {

class CaseStore;

// A WHERE clause for a Filter over `events AS e`, with its values to bind in order. User text
// only ever travels as a bound value; LIKE patterns escape % and _.
struct SqlCondition
{
    QString where; // "1" when the filter is empty
    QVariantList values;
};
SqlCondition sqlCondition(const Filter &filter);

// The SELECT list that EventRow reads, over `events AS e` joined to its dictionaries.
QString eventRowSelect();
// Fills an EventRow from a query positioned on a row of eventRowSelect().

// Queries the case with SQL. The CLI's engine, and the reference the in-memory index is
// checked against.
class SqlEventQuery
{
public:
    explicit SqlEventQuery(QSqlDatabase db) : m_db(std::move(db)) {}
    explicit SqlEventQuery(const CaseStore &store);

    qint64 count(const Filter &filter, QString *error = nullptr) const;
    // Calls visit for each matching event in time order (ties by source and line), at most
    // limit of them (limit < 0: all) until visit returns false.
    bool forEach(const Filter &filter, qint64 limit,
                 const std::function<bool(const EventRow &)> &visit,
                 QString *error = nullptr) const;
    bool fetch(qint64 seq, EventRow *row) const;

    static void readRow(const QSqlQuery &query, EventRow *row);

private:
    QSqlDatabase m_db;
};

} // namespace auditlens
