#include "exportcursor.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>

namespace auditlens {

namespace {
constexpr const char *kEventColumns =
    "SELECT e.seq, e.source_id, e.line, e.event_id, e.action_id, e.success, e.occurred_ns,"
    " e.dup_kind, e.dup_count, e.flags, e.occurred_at, e.success_text, e.version, e.actor_json,"
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
    sqlite3_finalize(m_scan);
    sqlite3_finalize(m_lookup);
}

bool ExportCursor::prepare(QString *error)
{
    QByteArray sql(kEventColumns);
    if (m_columns == Columns::WithEntities)
        sql += kEntityColumns;
    sql += " FROM events AS e";
    if (m_columns == Columns::WithEntities)
        sql += kEntityJoins;
    const QByteArray scan = sql + " WHERE e.seq BETWEEN ?1 AND ?2 ORDER BY e.seq";
    const QByteArray lookup = sql + " WHERE e.seq = ?1";
    if (sqlite3_prepare_v2(m_db, scan.constData(), int(scan.size()), &m_scan, nullptr) !=
            SQLITE_OK ||
        sqlite3_prepare_v2(m_db, lookup.constData(), int(lookup.size()), &m_lookup, nullptr) !=
            SQLITE_OK) {
        fail();
        *error = m_error;
        return false;
    }
    const auto &keys = m_selection.keys();
    if (!keys.empty()) {
        qint64 first = keys.front().seq, last = first;
        for (const ExportKey &key : keys) {
            first = std::min(first, key.seq);
            last = std::max(last, key.seq);
        }
        sqlite3_bind_int64(m_scan, 1, first);
        sqlite3_bind_int64(m_scan, 2, last);
    }
    return true;
}

bool ExportCursor::fail()
{
    m_error = QCoreApplication::translate("ExportCursor", "the case cannot be read (%1)")
                  .arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

// Events arrive in time order, which is mostly storage order (an export is written in time
// order, give or take a few late events): those are read by a sequential scan, and only the
// events out of place are looked up one by one. Far ahead, a lookup is cheaper than scanning
// past rows that will be looked up again later.
bool ExportCursor::next()
{
    constexpr qint64 kScanWindow = 64;
    const auto &keys = m_selection.keys();
    if (m_position + 1 >= qint64(keys.size()))
        return false;
    ++m_position;
    m_key = &keys[size_t(m_position)];
    const qint64 seq = m_key->seq;
    const bool ok = !m_scanDone && seq > m_scanSeq && seq - m_scanSeq <= kScanWindow
                        ? stepScanTo(seq)
                        : lookUp(seq);
    if (ok)
        return true;
    if (m_error.isEmpty())
        m_error =
            QCoreApplication::translate("ExportCursor", "event %1 left the case during the export")
                .arg(seq);
    return false;
}

bool ExportCursor::stepScanTo(qint64 seq)
{
    for (;;) {
        const int rc = sqlite3_step(m_scan);
        if (rc == SQLITE_DONE) {
            m_scanDone = true;
            return false;
        }
        if (rc != SQLITE_ROW)
            return fail();
        m_scanSeq = sqlite3_column_int64(m_scan, Seq);
        if (m_scanSeq == seq) {
            m_current = m_scan;
            return true;
        }
        if (m_scanSeq > seq)
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
