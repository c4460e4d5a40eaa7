// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "eventrowsreader.h"

#include "../store/casesql.h"
#include "eventindex.h"
#include "indexedrow.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <numeric>

namespace auditlens {

namespace {
qint64 scalar(sqlite3 *db, const char *sql, qint64 otherwise)
{
    SqliteStatement s(db, sql);
    return s.row() && !s.isNull(0) ? s.columnInt64(0) : otherwise;
}

// The ids of a small table (sources, actions), ascending.
std::vector<qint64> idsOf(sqlite3 *db, const char *sql)
{
    std::vector<qint64> ids;
    SqliteStatement s(db, sql);
    while (s.row())
        ids.push_back(s.columnInt64(0));
    return ids;
}

QString cannotRead(sqlite3 *db)
{
    return QCoreApplication::translate("EventIndex", "the case cannot be read (%1)")
        .arg(QString::fromUtf8(sqlite3_errmsg(db)));
}
} // namespace

bool EventRowsReader::read(sqlite3 *db, EventIndexRows *rows, QString *error,
                           const std::atomic<bool> *cancel)
{
    auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    *rows = EventIndexRows();
    // What the ids may name: rows of the case's own tables, within what the index's columns hold
    // (16 bits for sources, 32 for the others). An event of a source or an action the case does
    // not hold is one the CLI's queries never show (they join those tables): the case is damaged.
    // Entities are joined loosely, so an entity id need only fit.
    const std::vector<qint64> sources = idsOf(db, CaseSql::kIndexableSourceIds);
    const std::vector<qint64> actions = idsOf(db, CaseSql::kIndexableActionIds);
    const qint64 maxEntity = std::min<qint64>(scalar(db, CaseSql::kLastEntityId, 0),
                                              std::numeric_limits<quint32>::max());
    // Two queries: SQLite finds a lone min() or max() in the primary key at once, both together
    // by reading the whole table.
    rows->firstSeq = scalar(db, CaseSql::kFirstSeq, 1);
    const qint64 lastSeq = scalar(db, CaseSql::kLastSeq, 0);
    // Room for the events the seqs promise, but never more than the file could hold (a row
    // takes more than 16 bytes): two seqs far apart must not reserve gigabytes.
    if (lastSeq >= rows->firstSeq) {
        const quint64 span = quint64(lastSeq) - quint64(rows->firstSeq) + 1;
        rows->reserve(size_t(std::min<quint64>(span, quint64(SqliteStatement::rowBound(db, 16)))));
    }
    SqliteStatement select(db, CaseSql::kIndexedEvents);
    if (!select.ok()) {
        *error = cannotRead(db);
        return false;
    }
    auto damaged = [&](qint64 seq, const QString &what) {
        *error = QCoreApplication::translate("EventIndex", "the case is damaged: event %1 %2")
                     .arg(seq)
                     .arg(what);
        return false;
    };
    auto unknown = [&](qint64 seq, const char *column, qint64 value) {
        return damaged(seq, QCoreApplication::translate("EventIndex",
                                                        "names %1 %2, which the case does not hold")
                                .arg(QLatin1String(column))
                                .arg(value));
    };
    IndexedRow row;
    QString problem;
    while (select.row()) {
        if ((rows->size() & 0xffff) == 0 && cancelled())
            return false;
        if (rows->size() >= size_t(std::numeric_limits<qint32>::max())) {
            *error = QCoreApplication::translate("EventIndex", "the case holds more events than "
                                                               "the viewer can index");
            return false;
        }
        if (!row.read(select, &problem))
            return damaged(row.seq, problem);
        const qint64 seq = row.seq;
        if (!std::binary_search(sources.begin(), sources.end(), row.source))
            return unknown(seq, "source_id", row.source);
        if (!std::binary_search(actions.begin(), actions.end(), row.action))
            return unknown(seq, "action_id", row.action);
        const char *const entityColumns[] = {"actor", "target", "scope", "organization", "account"};
        for (int f = 0; f < kEntityFieldCount; ++f) {
            if (row.entity[f] < 0 || row.entity[f] > maxEntity)
                return unknown(seq, entityColumns[f], row.entity[f]);
        }
        if (rows->ids.size() + row.id.size() > std::numeric_limits<quint32>::max()) {
            *error = QCoreApplication::translate("EventIndex", "the event ids of the case are too "
                                                               "long to index (4 GiB in all)");
            return false;
        }
        // Seqs are consecutive in the cases this version writes; should they ever not be, each
        // row keeps its own.
        if (rows->seqs.empty() &&
            (quint64(seq) - quint64(rows->firstSeq) != quint64(rows->size()) ||
             seq < rows->firstSeq)) {
            rows->seqs.resize(rows->size());
            std::iota(rows->seqs.begin(), rows->seqs.end(), rows->firstSeq);
        }
        if (!rows->seqs.empty())
            rows->seqs.push_back(seq);
        rows->append(row.hasTime, row.time, row.offset, quint16(row.source), quint32(row.action),
                     quint32(row.entity[0]), quint32(row.entity[1]), quint32(row.entity[2]),
                     row.success, row.flagged, row.id, row.origin());
        rows->setDuplicateAt(rows->size() - 1, row.dupKind, row.dupCount, row.dupRank);
    }
    if (!select.done()) {
        *error = cannotRead(db);
        return false;
    }
    return !cancelled();
}

} // namespace auditlens
