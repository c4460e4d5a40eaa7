// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "rowfetcher.h"
#include "../store/casesql.h"

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
    : m_row(db, CaseSql::kEventRowBySeq, SqliteStatement::Use::Persistent),
      m_entity(db, CaseSql::kEntityById, SqliteStatement::Use::Persistent),
      m_requestId(db, CaseSql::kRequestIdBySeq, SqliteStatement::Use::Persistent)
{
    SqliteStatement sources(db, CaseSql::kSourceFileNames);
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
        r->success = storedEventSuccess(s.isNull(15), s.columnInt(15));
        r->hasTime = !s.isNull(16);
        r->occurredNs = s.columnInt64(16);
        r->requestId = s.columnString(17);
        r->flags = quint32(s.columnInt64(18));
        r->dupKind = DuplicateKind(s.columnInt(19));
        r->dupCount = s.columnInt(20);
        r->dupRank = s.columnInt(21);
        QByteArray *cells[] = {&r->occurredAt, &r->successText, &r->version, &r->actorJson,
                               &r->targetJson, &r->scopeJson,   &r->payload, &r->metadata,
                               &r->request,    &r->extra};
        for (int i = 0; i < 10; ++i)
            *cells[i] = cell(s, 22 + i);
        r->sourceNumber = QString::number(r->sourceId);
        // Today's fields (empty in older exports).
        QString *origin[] = {&r->ip,        &r->organizationId, &r->organizationName,
                             &r->accountId, &r->accountName,    &r->clientTraceId};
        for (int i = 0; i < 6; ++i)
            *origin[i] = s.columnString(32 + i);
    }
    s.reset();
    return found;
}

bool RowFetcher::entity(quint32 entityId, QString *id, QString *name)
{
    // Every filter labels the facets' top values again, mostly the same ones: a case's
    // entities do not change while it is open, so each is read once.
    if (const auto known = m_entities.constFind(entityId); known != m_entities.cend()) {
        *id = known->first;
        *name = known->second;
        return true;
    }
    if (!m_entity.ok())
        return false;
    m_entity.bindInt64(1, entityId);
    const bool found = m_entity.row();
    if (found) {
        *id = m_entity.columnString(0);
        *name = m_entity.columnString(1);
        if (m_entities.size() >= kEntityCacheMax)
            m_entities.clear();
        m_entities.insert(entityId, {*id, *name});
    }
    m_entity.reset();
    return found;
}

bool RowFetcher::requestId(qint64 seq, std::string *id)
{
    if (!m_requestId.ok())
        return false;
    m_requestId.bindInt64(1, seq);
    const bool found = m_requestId.row() && !m_requestId.isNull(0);
    if (found)
        *id = std::string(m_requestId.columnText(0));
    m_requestId.reset();
    return found;
}

} // namespace auditlens
