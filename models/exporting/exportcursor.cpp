// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "exportcursor.h"

#include "../query/saturating.h"
#include "../store/casesql.h"

#include <QCoreApplication>

#include <algorithm>

namespace auditlens {

ExportCursor::ExportCursor(sqlite3 *db, const ExportSelection &selection, Columns columns)
    : m_db(db), m_selection(selection), m_columns(columns)
{}

bool ExportCursor::prepare(QString *error)
{
    QByteArray sql(CaseSql::kExportEventColumns);
    if (m_columns == Columns::WithEntities)
        sql += CaseSql::kExportEntityColumns;
    sql += CaseSql::kExportFromEvents;
    sql += CaseSql::kExportDuplicatesJoin;
    if (m_columns == Columns::WithEntities)
        sql += CaseSql::kExportEntityJoins;
    m_scanSql = sql + CaseSql::kExportSeqRange;
    const QByteArray lookup = sql + CaseSql::kExportOneSeq;
    m_lookup = std::make_unique<SqliteStatement>(m_db, lookup);
    if (!m_lookup->ok()) {
        fail();
        *error = m_error;
        return false;
    }
    // The seq range of each source's selected events; the scans are prepared when first used.
    for (const ExportKey &key : m_selection.keys()) {
        auto scan = std::find_if(m_scans.begin(), m_scans.end(),
                                 [&](const Scan &s) { return s.sourceId == key.sourceId; });
        if (scan == m_scans.end()) {
            m_scans.push_back({key.sourceId, key.seq, key.seq, nullptr, -1, false});
        } else {
            scan->first = std::min(scan->first, key.seq);
            scan->last = std::max(scan->last, key.seq);
        }
    }
    return true;
}

bool ExportCursor::fail()
{
    m_error = QCoreApplication::translate("ExportCursor", "the case cannot be read (%1)")
                  .arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

ExportCursor::Scan *ExportCursor::scanFor(const ExportKey &key)
{
    for (Scan &scan : m_scans) {
        if (scan.sourceId != key.sourceId)
            continue;
        if (!scan.statement) {
            scan.statement = std::make_unique<SqliteStatement>(m_db, m_scanSql);
            if (!scan.statement->ok()) {
                scan.statement.reset();
                return nullptr;
            }
            scan.statement->bindInt64(1, scan.first);
            scan.statement->bindInt64(2, scan.last);
            scan.seq = saturatingSub(scan.first, 1); // seqs are any int64, INT64_MIN too
        }
        return &scan;
    }
    return nullptr;
}

// Events arrive in time order. Within one source that is mostly storage order (an audit log is
// written in time order, give or take a few late events), so each source is read by a
// sequential scan, several sources merging by time, and only events out of place are looked
// up one by one. Far ahead, a lookup is cheaper than scanning past rows that will be looked up
// again later.
bool ExportCursor::next()
{
    constexpr qint64 kScanWindow = 64;
    const auto &keys = m_selection.keys();
    if (m_position + 1 >= qint64(keys.size()))
        return false;
    ++m_position;
    m_key = &keys[size_t(m_position)];
    const qint64 seq = m_key->seq;
    Scan *scan = scanFor(*m_key);
    const bool ok = scan && !scan->done && seq > scan->seq &&
                            quint64(seq) - quint64(scan->seq) <= quint64(kScanWindow)
                        ? stepScanTo(*scan, seq)
                        : lookUp(seq);
    if (ok)
        return true;
    if (m_error.isEmpty())
        m_error =
            QCoreApplication::translate("ExportCursor", "event %1 left the case during the export")
                .arg(seq);
    return false;
}

bool ExportCursor::stepScanTo(Scan &scan, qint64 seq)
{
    for (;;) {
        const SqliteStatement::Step step = scan.statement->step();
        if (step == SqliteStatement::Step::Done) {
            scan.done = true;
            return false;
        }
        if (step == SqliteStatement::Step::Error)
            return fail();
        scan.seq = scan.statement->columnInt64(Seq);
        if (scan.seq == seq) {
            m_current = scan.statement.get();
            return true;
        }
        if (scan.seq > seq)
            return lookUp(seq);
    }
}

bool ExportCursor::lookUp(qint64 seq)
{
    m_lookup->reset();
    m_lookup->bindInt64(1, seq);
    const SqliteStatement::Step step = m_lookup->step();
    if (step == SqliteStatement::Step::Row) {
        m_current = m_lookup.get();
        return true;
    }
    return step == SqliteStatement::Step::Done ? false : fail();
}

bool ExportCursor::isNull(Column column) const
{
    return m_current->isNull(column);
}

std::string_view ExportCursor::text(Column column) const
{
    return m_current->columnText(column);
}

qint64 ExportCursor::integer(Column column) const
{
    return m_current->columnInt64(column);
}

} // namespace auditlens
