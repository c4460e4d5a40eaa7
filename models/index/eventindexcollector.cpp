// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "eventindexcollector.h"

#include "../store/casesql.h"
#include "../store/sqlitestatement.h"
#include "eventindexbuilder.h"
#include "eventindexstorage.h"

#include <malloc.h>

#include <sqlite3.h>

#include <algorithm>

namespace auditlens {

EventIndexCollector::EventIndexCollector(qint64 eventsMax) : m_eventsMax(eventsMax) {}

EventIndexCollector::~EventIndexCollector()
{
    joinOrdering();
}

void EventIndexCollector::joinOrdering()
{
    if (m_ordering.joinable())
        m_ordering.join();
}

bool EventIndexCollector::begin(qint64 firstSeq)
{
    joinOrdering();
    m_rows.clear();
    m_rows.firstSeq = firstSeq;
    m_marks.clear();
    m_order = EventIndexOrder();
    m_ordered = false;
    m_collecting = firstSeq == 1;
    return m_collecting;
}

void EventIndexCollector::reserve(size_t rows)
{
    // Address space is reserved generously (pages are only used once written) so that the
    // columns do not double and copy themselves as a large source streams in.
    m_rows.reserve(std::min(rows, size_t(m_eventsMax)));
}

bool EventIndexCollector::append(bool hasTime, qint64 ns, qint64 offset, quint16 source,
                                 quint32 action, quint32 actor, quint32 target, quint32 scope,
                                 EventSuccess success, bool flagged, std::string_view id,
                                 const EventOrigin &origin)
{
    if (m_rows.size() >= size_t(m_eventsMax)) {
        // Too many events for the import to index them.
        m_rows.clear();
        m_collecting = false;
        return false;
    }
    m_rows.append(hasTime, ns, offset, source, action, actor, target, scope, success, flagged, id,
                  origin);
    return true;
}

void EventIndexCollector::markDuplicate(qint64 seq, DuplicateKind kind, qint64 count, qint64 rank)
{
    m_marks.push_back({seq, kind, count, rank});
}

void EventIndexCollector::rowsComplete()
{
    // The slowest part of the index, ordering the events by time and by id, needs only the rows:
    // it runs on another core while the import confirms duplicates and commits (the rows are not
    // touched until it is joined).
    joinOrdering();
    m_ordering = std::thread([this] { m_order = EventIndexBuilder::order(m_rows); });
    m_ordered = true;
}

bool EventIndexCollector::keep(sqlite3 *db, QString *error)
{
    joinOrdering();
    QString why;
    bool kept = false;
    const qint64 lastSeq = SqliteStatement::scalar(db, CaseSql::kLastSeqOrZero);
    const bool fromRows = m_collecting && qint64(m_rows.size()) == lastSeq;
    if (lastSeq > 0 && (fromRows || lastSeq <= m_eventsMax)) {
        // The import's page cache and the batches' freed arenas are no use to the index build:
        // hand them back to the system before it allocates its own.
        // The build reads the events once, in order: a small page cache serves it as well.
        const QByteArray cacheSize =
            QByteArray::number(SqliteStatement::scalar(db, CaseSql::kCacheSize));
        sqlite3_db_release_memory(db);
        malloc_trim(0);
        SqliteStatement::exec(db, CaseSql::kSmallCacheForIndex);
        EventIndex index;
        bool built = false;
        if (fromRows) {
            for (const DuplicateMark &mark : m_marks)
                m_rows.setDuplicate(mark.seq, mark.kind, mark.count, mark.rank);
            built = EventIndexBuilder::fromRows(db, std::move(m_rows), &index, &why, &m_cancel,
                                                m_ordered ? &m_order : nullptr);
        } else {
            built = EventIndexBuilder::fromCase(db, &index, &why, &m_cancel);
        }
        kept = built && EventIndexStorage::store(db, index, &why);
        SqliteStatement::exec(db, QByteArray(CaseSql::kSetCacheSizePrefix + cacheSize).constData());
    }
    m_rows.clear();
    m_marks.clear();
    m_order = EventIndexOrder();
    m_collecting = m_ordered = false;
    if (error)
        *error = why;
    return kept;
}

} // namespace auditlens
