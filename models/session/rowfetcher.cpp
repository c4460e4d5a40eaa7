#include "rowfetcher.h"

namespace auditlens {

namespace {
// A cell's text as read; null for NULL.
QByteArray cell(const SqliteStatement &s, int c)
{
    if (s.isNull(c))
        return QByteArray();
    const std::string_view text = s.columnText(c);
    return QByteArray(text.data() ? text.data() : "", qsizetype(text.size()));
}
} // namespace

RowFetcher::RowFetcher(sqlite3 *db)
    : m_row(db,
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
            SqliteStatement::Use::Persistent),
      m_entity(db, "SELECT ext_id, name FROM entities WHERE id = ?",
               SqliteStatement::Use::Persistent)
{
    SqliteStatement sources(db, "SELECT id, file_name FROM sources");
    while (sources.row())
        m_sourceNames.insert(sources.columnInt64(0), sources.columnString(1));
}

bool RowFetcher::fetch(qint64 seq, EventRow *r)
{
    if (!m_row.ok())
        return false;
    SqliteStatement &s = m_row;
    s.bindInt64(1, seq);
    const bool found = s.row();
    if (found) {
        r->seq = s.columnInt64(0);
        r->sourceId = s.columnInt64(1);
        r->sourceName = m_sourceNames.value(r->sourceId);
        r->line = s.columnInt64(2);
        r->offset = s.columnInt64(3);
        r->eventId = s.columnString(4);
        r->action = s.columnString(5);
        r->actorId = s.columnString(6);
        r->actorType = s.columnString(7);
        r->actorName = s.columnString(8);
        r->targetId = s.columnString(9);
        r->targetType = s.columnString(10);
        r->targetName = s.columnString(11);
        r->scopeId = s.columnString(12);
        r->scopeType = s.columnString(13);
        r->scopeName = s.columnString(14);
        r->success = s.isNull(15) ? -1 : s.columnInt(15);
        r->hasTime = !s.isNull(16);
        r->occurredNs = s.columnInt64(16);
        r->requestId = s.columnString(17);
        r->flags = quint32(s.columnInt64(18));
        r->dupKind = s.columnInt(19);
        r->dupCount = s.columnInt(20);
        r->dupRank = s.columnInt(21);
        QByteArray *cells[] = {&r->occurredAt, &r->successText, &r->version, &r->actorJson,
                               &r->targetJson, &r->scopeJson,   &r->payload, &r->metadata,
                               &r->request,    &r->extra};
        for (int i = 0; i < 10; ++i)
            *cells[i] = cell(s, 22 + i);
    }
    s.reset();
    return found;
}

bool RowFetcher::entity(quint32 entityId, QString *id, QString *name)
{
    if (!m_entity.ok())
        return false;
    m_entity.bindInt64(1, entityId);
    const bool found = m_entity.row();
    if (found) {
        *id = m_entity.columnString(0);
        *name = m_entity.columnString(1);
    }
    m_entity.reset();
    return found;
}

} // namespace auditlens
