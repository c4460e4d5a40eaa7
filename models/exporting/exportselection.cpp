// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "exportselection.h"

#include "../query/sqleventquery.h"
#include "../store/annotationsql.h"
#include "../store/casesql.h"
#include "../store/sqlitestatement.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace auditlens {

namespace {
QString sqliteError(sqlite3 *db)
{
    return ExportSelection::tr("the case cannot be read (%1)")
        .arg(QString::fromUtf8(sqlite3_errmsg(db)));
}

bool timeOrderLess(const ExportKey &a, const ExportKey &b)
{
    if (a.hasTime != b.hasTime)
        return a.hasTime;
    if (a.hasTime && a.occurredNs != b.occurredNs)
        return a.occurredNs < b.occurredNs;
    if (a.sourceId != b.sourceId)
        return a.sourceId < b.sourceId;
    if (a.line != b.line)
        return a.line < b.line;
    return a.seq < b.seq;
}

ExportKey readKey(const SqliteStatement &statement)
{
    ExportKey key;
    key.seq = statement.columnInt64(0);
    key.hasTime = !statement.isNull(1);
    key.occurredNs = key.hasTime ? statement.columnInt64(1) : 0;
    key.sourceId = statement.columnInt64(2);
    key.line = statement.columnInt64(3);
    key.actor = statement.columnInt64(4);
    key.target = statement.columnInt64(5);
    key.actionId = qint32(statement.columnInt64(6));
    key.dupCount = qint32(statement.columnInt64(7));
    key.flags = quint32(statement.columnInt64(8));
    key.dupKind = DuplicateKind(statement.columnInt(9));
    return key;
}
} // namespace

bool ExportSelection::collect(sqlite3 *db, const ExportRequest &request,
                              const std::atomic<bool> &cancel, QString *error)
{
    m_keys.clear();
    QByteArray sql(CaseSql::kExportKeysWhere);
    SqlCondition condition;
    if (request.useSelection) {
        sql += CaseSql::kExportKeyBySeq;
    } else {
        condition = sqlCondition(request.filter);
        sql += '(' + condition.where.toUtf8() + ')';
    }
    // AND the filter or the selection.
    if (request.annotatedOnly)
        sql += AnnotationSql::kExportAnnotatedOnly;
    SqliteStatement statement(db, sql);
    if (!statement.ok()) {
        *error = sqliteError(db);
        return false;
    }
    bool ok = true;
    if (request.useSelection) {
        QSet<qint64> seen;
        m_keys.reserve(size_t(request.selection.size()));
        for (const qint64 seq : request.selection) {
            if (seen.contains(seq))
                continue;
            seen.insert(seq);
            statement.bindInt64(1, seq);
            const SqliteStatement::Step step = statement.step();
            if (step == SqliteStatement::Step::Row) {
                m_keys.push_back(readKey(statement));
            } else if (step == SqliteStatement::Step::Error) {
                ok = false;
                break;
            }
            statement.reset();
            if (cancel.load(std::memory_order_relaxed))
                break;
        }
    } else {
        // User text only ever travels as a bound value.
        bindCondition(statement, condition);
        SqliteStatement::Step step;
        qint64 steps = 0;
        while ((step = statement.step()) == SqliteStatement::Step::Row) {
            m_keys.push_back(readKey(statement));
            if ((++steps & 0xffff) == 0 && cancel.load(std::memory_order_relaxed))
                break;
        }
        ok = step != SqliteStatement::Step::Error;
    }
    if (!ok)
        *error = sqliteError(db);
    if (!ok)
        return false;

    // A single source imported in time order is already sorted: keep storage order then,
    // and sort only when it is not.
    if (!std::is_sorted(m_keys.begin(), m_keys.end(), timeOrderLess))
        std::sort(m_keys.begin(), m_keys.end(), timeOrderLess);
    return true;
}

} // namespace auditlens
