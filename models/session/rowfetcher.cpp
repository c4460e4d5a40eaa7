#include "rowfetcher.h"

#include <sqlite3.h>

namespace auditlens {

namespace {
QString text(sqlite3_stmt *s, int c)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, c));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(s, c)) : QString();
}

QByteArray cell(sqlite3_stmt *s, int c)
{
    if (sqlite3_column_type(s, c) == SQLITE_NULL)
        return QByteArray();
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, c));
    QByteArray bytes(p ? p : "", p ? sqlite3_column_bytes(s, c) : 0);
    return bytes;
}
} // namespace

RowFetcher::RowFetcher(sqlite3 *db)
{
    sqlite3_prepare_v3(
        db,
        "SELECT e.seq, e.source_id, e.line, e.offset, e.event_id, a.name,"
        " ac.ext_id, ac.type, ac.name, t.ext_id, t.type, t.name, sc.ext_id, sc.type, sc.name,"
        " e.success, e.occurred_ns, e.request_id, e.flags, coalesce(d.kind, 0),"
        " coalesce(d.count, 1), coalesce(d.rank, 1), e.occurred_at, e.success_text, e.version,"
        " e.actor_json, e.target_json, e.scope_json, e.payload, e.metadata, e.request, e.extra"
        " FROM events AS e JOIN actions AS a ON a.id = e.action_id"
        " LEFT JOIN duplicates AS d ON d.seq = e.seq"
        " LEFT JOIN entities AS ac ON ac.id = e.actor"
        " LEFT JOIN entities AS t ON t.id = e.target"
        " LEFT JOIN entities AS sc ON sc.id = e.scope WHERE e.seq = ?",
        -1, SQLITE_PREPARE_PERSISTENT, &m_row, nullptr);
    sqlite3_prepare_v3(db, "SELECT ext_id, name FROM entities WHERE id = ?", -1,
                       SQLITE_PREPARE_PERSISTENT, &m_entity, nullptr);
    sqlite3_stmt *sources = nullptr;
    sqlite3_prepare_v2(db, "SELECT id, file_name FROM sources", -1, &sources, nullptr);
    while (sources && sqlite3_step(sources) == SQLITE_ROW)
        m_sourceNames.insert(sqlite3_column_int64(sources, 0), text(sources, 1));
    sqlite3_finalize(sources);
}

RowFetcher::~RowFetcher()
{
    sqlite3_finalize(m_row);
    sqlite3_finalize(m_entity);
}

bool RowFetcher::fetch(qint64 seq, EventRow *r)
{
    if (!m_row)
        return false;
    sqlite3_stmt *s = m_row;
    sqlite3_bind_int64(s, 1, seq);
    const bool found = sqlite3_step(s) == SQLITE_ROW;
    if (found) {
        r->seq = sqlite3_column_int64(s, 0);
        r->sourceId = sqlite3_column_int64(s, 1);
        r->sourceName = m_sourceNames.value(r->sourceId);
        r->line = sqlite3_column_int64(s, 2);
        r->offset = sqlite3_column_int64(s, 3);
        r->eventId = text(s, 4);
        r->action = text(s, 5);
        r->actorId = text(s, 6);
        r->actorType = text(s, 7);
        r->actorName = text(s, 8);
        r->targetId = text(s, 9);
        r->targetType = text(s, 10);
        r->targetName = text(s, 11);
        r->scopeId = text(s, 12);
        r->scopeType = text(s, 13);
        r->scopeName = text(s, 14);
        r->success = sqlite3_column_type(s, 15) == SQLITE_NULL ? -1 : sqlite3_column_int(s, 15);
        r->hasTime = sqlite3_column_type(s, 16) != SQLITE_NULL;
        r->occurredNs = sqlite3_column_int64(s, 16);
        r->requestId = text(s, 17);
        r->flags = quint32(sqlite3_column_int64(s, 18));
        r->dupKind = sqlite3_column_int(s, 19);
        r->dupCount = sqlite3_column_int(s, 20);
        r->dupRank = sqlite3_column_int(s, 21);
        QByteArray *cells[] = {&r->occurredAt, &r->successText, &r->version, &r->actorJson,
                               &r->targetJson, &r->scopeJson,   &r->payload, &r->metadata,
                               &r->request,    &r->extra};
        for (int i = 0; i < 10; ++i)
            *cells[i] = cell(s, 22 + i);
    }
    sqlite3_reset(s);
    return found;
}

bool RowFetcher::entity(quint32 entityId, QString *id, QString *name)
{
    if (!m_entity)
        return false;
    sqlite3_bind_int64(m_entity, 1, entityId);
    const bool found = sqlite3_step(m_entity) == SQLITE_ROW;
    if (found) {
        *id = text(m_entity, 0);
        *name = text(m_entity, 1);
    }
    sqlite3_reset(m_entity);
    return found;
}

} // namespace auditlens
