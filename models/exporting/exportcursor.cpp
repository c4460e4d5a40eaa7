#include "exportcursor.h"

#include "../query/saturating.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>

namespace auditlens {

namespace {
constexpr const char *kEventColumns =
    "SELECT e.seq, e.source_id, e.line, e.event_id, e.action_id, e.success, e.occurred_ns,"
    " coalesce(d.kind, 0), coalesce(d.count, 1), e.flags, e.occurred_at, e.success_text, "
    "e.version, e.actor_json,"
    " e.target_json, e.scope_json, e.payload, e.metadata, e.request, e.extra";
constexpr const char *kEntityColumns =
    ", ac.ext_id, ac.type, ac.name, t.ext_id, t.type, t.name, sc.ext_id, sc.type, sc.name";
constexpr const char *kEntityJoins = " LEFT JOIN entities AS ac ON ac.id = e.actor"
                                     " LEFT JOIN entities AS t ON t.id = e.target"
                                     " LEFT JOIN entities AS sc ON sc.id = e.scope";
} // namespace

ExportCursor::ExportCursor(sqlite3 *db, const ExportSelection &selection, Columns columns)
    : m_db(db), m_selection(selection), m_columns(columns)
{}

ExportCursor::~ExportCursor()
{
    for (Scan &scan : m_scans)
        sqlite3_finalize(scan.statement);
    sqlite3_finalize(m_lookup);
}

bool ExportCursor::prepare(QString *error)
{
    QByteArray sql(kEventColumns);
    if (m_columns == Columns::WithEntities)
        sql += kEntityColumns;
    sql += " FROM events AS e";
    sql += " LEFT JOIN duplicates AS d ON d.seq = e.seq";
    if (m_columns == Columns::WithEntities)
        sql += kEntityJoins;
    m_scanSql = sql + " WHERE e.seq BETWEEN ?1 AND ?2 ORDER BY e.seq";
    const QByteArray lookup = sql + " WHERE e.seq = ?1";
    if (sqlite3_prepare_v2(m_db, lookup.constData(), int(lookup.size()), &m_lookup, nullptr) !=
        SQLITE_OK) {
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
            if (sqlite3_prepare_v2(m_db, m_scanSql.constData(), int(m_scanSql.size()),
                                   &scan.statement, nullptr) != SQLITE_OK)
                return nullptr;
            sqlite3_bind_int64(scan.statement, 1, scan.first);
            sqlite3_bind_int64(scan.statement, 2, scan.last);
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
        const int rc = sqlite3_step(scan.statement);
        if (rc == SQLITE_DONE) {
            scan.done = true;
            return false;
        }
        if (rc != SQLITE_ROW)
            return fail();
        scan.seq = sqlite3_column_int64(scan.statement, Seq);
        if (scan.seq == seq) {
            m_current = scan.statement;
            return true;
        }
        if (scan.seq > seq)
            return lookUp(seq);
    }
}

bool ExportCursor::lookUp(qint64 seq)
{
    sqlite3_reset(m_lookup);
    sqlite3_bind_int64(m_lookup, 1, seq);
    const int rc = sqlite3_step(m_lookup);
    if (rc == SQLITE_ROW) {
        m_current = m_lookup;
        return true;
    }
    return rc == SQLITE_DONE ? false : fail();
}

bool ExportCursor::isNull(Column column) const
{
    return sqlite3_column_type(m_current, column) == SQLITE_NULL;
}

std::string_view ExportCursor::text(Column column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_current, column));
    if (!data)
        return {};
    return std::string_view(data, size_t(sqlite3_column_bytes(m_current, column)));
}

qint64 ExportCursor::integer(Column column) const
{
    return sqlite3_column_int64(m_current, column);
}

} // namespace auditlens
