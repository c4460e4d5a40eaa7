#include "exportselection.h"

#include "../query/sqleventquery.h"

#include <QCoreApplication>
#include <QSet>

#include <sqlite3.h>

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

constexpr const char *kKeyColumns =
    "SELECT e.seq, e.occurred_ns, e.source_id, e.line, e.actor, e.target, e.action_id,"
    " coalesce(d.count, 1), e.flags, coalesce(d.kind, 0) FROM events AS e"
    " LEFT JOIN duplicates AS d ON d.seq = e.seq WHERE ";

ExportKey readKey(sqlite3_stmt *statement)
{
    ExportKey key;
    key.seq = sqlite3_column_int64(statement, 0);
    key.hasTime = sqlite3_column_type(statement, 1) != SQLITE_NULL;
    key.occurredNs = key.hasTime ? sqlite3_column_int64(statement, 1) : 0;
    key.sourceId = sqlite3_column_int64(statement, 2);
    key.line = sqlite3_column_int64(statement, 3);
    key.actor = sqlite3_column_int64(statement, 4);
    key.target = sqlite3_column_int64(statement, 5);
    key.actionId = qint32(sqlite3_column_int64(statement, 6));
    key.dupCount = qint32(sqlite3_column_int64(statement, 7));
    key.flags = quint32(sqlite3_column_int64(statement, 8));
    key.dupKind = qint8(sqlite3_column_int(statement, 9));
    return key;
}
} // namespace

bool ExportSelection::collect(sqlite3 *db, const ExportRequest &request,
                              const std::atomic<bool> &cancel, QString *error)
{
    m_keys.clear();
    QByteArray sql(kKeyColumns);
    SqlCondition condition;
    if (request.useSelection) {
        sql += "e.seq = ?";
    } else {
        condition = sqlCondition(request.filter);
        sql += condition.where.toUtf8();
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
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
            sqlite3_bind_int64(statement, 1, seq);
            const int rc = sqlite3_step(statement);
            if (rc == SQLITE_ROW) {
                m_keys.push_back(readKey(statement));
            } else if (rc != SQLITE_DONE) {
                ok = false;
                break;
            }
            sqlite3_reset(statement);
            if (cancel.load(std::memory_order_relaxed))
                break;
        }
    } else {
        // User text only ever travels as a bound value.
        for (int i = 0; i < condition.values.size(); ++i) {
            const QVariant &value = condition.values.at(i);
            if (value.typeId() == QMetaType::QString) {
                const QByteArray text = value.toString().toUtf8();
                sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()),
                                  SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(statement, i + 1, value.toLongLong());
            }
        }
        int rc;
        qint64 steps = 0;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            m_keys.push_back(readKey(statement));
            if ((++steps & 0xffff) == 0 && cancel.load(std::memory_order_relaxed))
                break;
        }
        ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
    }
    if (!ok)
        *error = sqliteError(db);
    sqlite3_finalize(statement);
    if (!ok)
        return false;

    // A single source imported in time order is already sorted: keep storage order then,
    // and sort only when it is not.
    if (!std::is_sorted(m_keys.begin(), m_keys.end(), timeOrderLess))
        std::sort(m_keys.begin(), m_keys.end(), timeOrderLess);
    return true;
}

} // namespace auditlens
