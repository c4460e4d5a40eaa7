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

const char *const kSourceSha256 = "SELECT id, sha256 FROM sources";
// Whether any event has a star, a tag or a note (a note on the whole case has no source).
const char *const kAnyMarks = "SELECT EXISTS (SELECT 1 FROM stars) OR EXISTS (SELECT 1 FROM"
                              " event_tags) OR EXISTS (SELECT 1 FROM notes WHERE source_sha256"
                              " IS NOT NULL)";
// Every tag of the case, the presets first, for a choice of tag.
const char *const kCaseTags = "SELECT name, color, description, preset FROM tags ORDER BY preset"
                              " DESC, name";

// One event's tags and notes, by its identity.
const char *const kEventTags =
    "SELECT g.name, g.color, g.description FROM event_tags AS t JOIN tags AS g ON g.id ="
    " t.tag_id WHERE t.source_sha256 = ?1 AND t.line = ?2 AND t.event_id = ?3 ORDER BY g.name";
const char *const kEventNotes = "SELECT author, changed, text FROM notes WHERE source_sha256 = ?1"
                                " AND line = ?2 AND event_id = ?3 ORDER BY changed, id";

// text as a JSON string.
void appendJsonString(QByteArray *out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out->append('"');
    for (const char c : utf8) {
        if (c == '"' || c == '\\') {
            out->append('\\');
            out->append(c);
        } else if (uchar(c) < 0x20) {
            out->append("\\u00");
            out->append("0123456789abcdef"[uchar(c) >> 4]);
            out->append("0123456789abcdef"[uchar(c) & 0xf]);
        } else {
            out->append(c);
        }
    }
    out->append('"');
}

// ?1: a JSON array of [SHA-256, line, id], one per row; each star, note and tag of those events
// with the row's place in the array (a tag: its colour, then its name). Each lookup is one of
// the tables' keys.
const char *const kMarks =
    "WITH k(i, sha, line, id) AS MATERIALIZED (SELECT key, json_extract(value, '$[0]'),"
    " json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?1))"
    " SELECT k.i, 0, s.author, s.created, NULL FROM k JOIN stars AS s ON s.source_sha256 ="
    " k.sha AND s.line = k.line AND s.event_id = k.id"
    " UNION ALL SELECT k.i, 1, n.author, n.changed, n.text FROM k JOIN notes AS n ON"
    " n.source_sha256 = k.sha AND n.line = k.line AND n.event_id = k.id"
    " UNION ALL SELECT k.i, 2, g.color, g.name, NULL FROM k JOIN event_tags AS t ON"
    " t.source_sha256 = k.sha AND t.line = k.line AND t.event_id = k.id JOIN tags AS g ON g.id ="
    " t.tag_id"
    " ORDER BY 1, 2, 4";
} // namespace

RowFetcher::RowFetcher(sqlite3 *db)
    : m_row(db, CaseSql::kEventRowBySeq, SqliteStatement::Use::Persistent),
      m_entity(db, CaseSql::kEntityById, SqliteStatement::Use::Persistent),
      m_requestId(db, CaseSql::kRequestIdBySeq, SqliteStatement::Use::Persistent),
      m_marks(db, kMarks, SqliteStatement::Use::Persistent),
      m_anyMarks(db, kAnyMarks, SqliteStatement::Use::Persistent),
      m_eventTags(db, kEventTags, SqliteStatement::Use::Persistent),
      m_eventNotes(db, kEventNotes, SqliteStatement::Use::Persistent),
      m_caseTags(db, kCaseTags, SqliteStatement::Use::Persistent)
{
    SqliteStatement sources(db, CaseSql::kSourceFileNames);
    while (sources.row())
        m_sourceNames.insert(sources.columnInt64(0), sources.columnString(1));
    SqliteStatement digests(db, kSourceSha256);
    while (digests.row())
        m_sourceSha256.insert(digests.columnInt64(0), cell(digests, 1));
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

bool RowFetcher::readMarks(EventRow *rows, size_t count)
{
    if (!m_marks.ok() || !m_anyMarks.ok() || count == 0)
        return false;
    for (size_t i = 0; i < count; ++i) {
        EventRow &r = rows[i];
        r.starred = false;
        r.starAuthor.clear();
        r.starCreated.clear();
        r.noteCount = 0;
        r.noteAuthor.clear();
        r.noteText.clear();
        r.tags.clear();
        r.tagColors.clear();
    }
    // Most cases have no marks at all, or not yet: one look at the tables' first keys.
    const bool any = m_anyMarks.row() && m_anyMarks.columnInt(0) != 0;
    const bool anyRead = any || m_anyMarks.done();
    m_anyMarks.reset();
    if (!any)
        return anyRead;
    QByteArray keys("[");
    keys.reserve(qsizetype(count) * 120);
    for (size_t i = 0; i < count; ++i) {
        const EventRow &r = rows[i];
        // The digest is hexadecimal and the line a number: only the id needs JSON's quoting.
        if (i > 0)
            keys += ',';
        keys += "[\"" + m_sourceSha256.value(r.sourceId) + "\"," + QByteArray::number(r.line) + ',';
        appendJsonString(&keys, r.eventId);
        keys += ']';
    }
    keys += ']';
    m_marks.bindText(1, std::string_view(keys.constData(), size_t(keys.size())));
    while (m_marks.row()) {
        const qint64 i = m_marks.columnInt64(0);
        if (i < 0 || size_t(i) >= count)
            continue;
        EventRow &r = rows[i];
        const int kind = m_marks.columnInt(1);
        if (kind == 0) {
            r.starred = true;
            r.starAuthor = m_marks.columnString(2);
            r.starCreated = m_marks.columnString(3);
        } else if (kind == 2) {
            // By name.
            r.tagColors << m_marks.columnString(2);
            r.tags << m_marks.columnString(3);
        } else {
            // In order of change: the last one read is the latest.
            ++r.noteCount;
            r.noteAuthor = m_marks.columnString(2);
            r.noteText = m_marks.columnString(4);
        }
    }
    const bool read = m_marks.done();
    m_marks.reset();
    return read;
}

bool RowFetcher::readEventMarks(const EventRow &row, EventMarks *marks)
{
    *marks = EventMarks();
    if (!m_eventTags.ok() || !m_eventNotes.ok())
        return false;
    const QByteArray sha256 = m_sourceSha256.value(row.sourceId);
    const QByteArray id = row.eventId.toUtf8();
    bool read = true;
    for (SqliteStatement *s : {&m_eventTags, &m_eventNotes}) {
        s->bindTextCopy(1, sha256);
        s->bindInt64(2, row.line);
        s->bindTextCopy(3, id);
        while (s->row()) {
            if (s == &m_eventTags)
                marks->tags.push_back({s->columnString(0), s->columnString(1), s->columnString(2)});
            else
                marks->notes.push_back(
                    {s->columnString(0), s->columnString(1), s->columnString(2)});
        }
        read = read && s->done();
        s->reset();
    }
    return read;
}

bool RowFetcher::readCaseTags(QVector<TagSummary> *tags)
{
    tags->clear();
    if (!m_caseTags.ok())
        return false;
    while (m_caseTags.row()) {
        TagSummary tag;
        tag.name = m_caseTags.columnString(0);
        tag.color = m_caseTags.columnString(1);
        tag.description = m_caseTags.columnString(2);
        tag.preset = m_caseTags.columnInt(3) != 0;
        tags->append(tag);
    }
    const bool read = m_caseTags.done();
    m_caseTags.reset();
    return read;
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
