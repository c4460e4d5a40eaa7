// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../annotations/annotationstore.h"
#include "../query/eventrow.h"
#include "../store/sqlitestatement.h"

#include <QHash>
#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace auditlens {

// An event's tags and notes, as the detail pane shows them.
struct EventMarks
{
    struct Tag
    {
        QString name, color, description; // color: #RRGGBB
    };
    struct Note
    {
        QString author, changed, text; // text: Markdown, as written
    };
    std::vector<Tag> tags;   // by name
    std::vector<Note> notes; // oldest change first
};

// Reads whole events by seq through the raw SQLite handle: the rows on screen and the one in the
// detail pane, a few microseconds each by primary key.
class RowFetcher
{
public:
    explicit RowFetcher(sqlite3 *db);
    RowFetcher(const RowFetcher &) = delete;
    RowFetcher &operator=(const RowFetcher &) = delete;

    bool fetch(qint64 seq, EventRow *row);
    // Entity id, name (may be empty) of an entities row.
    bool entity(quint32 entityId, QString *id, QString *name);
    // The request id of an event, as stored; false when it has none.
    bool requestId(qint64 seq, std::string *id);
    // The stars, notes and tags of count rows fetched before, one query for all of them, keyed by
    // each event's identity (its source's SHA-256, line and id); false when the case cannot
    // tell (the rows' marks are then left unset).
    bool readMarks(EventRow *rows, size_t count);
    // The tags and notes of a fetched event; false when the case cannot tell.
    bool readEventMarks(const EventRow &row, EventMarks *marks);
    // Every tag of the case (name, colour, description, preset), the presets first; false when
    // the case cannot tell.
    bool readCaseTags(QVector<TagSummary> *tags);
    // The file name of a source (empty when the case has no such source).
    QString sourceName(qint64 sourceId) const { return m_sourceNames.value(sourceId); }

private:
    SqliteStatement m_row;
    SqliteStatement m_entity;
    SqliteStatement m_requestId;
    SqliteStatement m_marks;
    SqliteStatement m_anyMarks;
    SqliteStatement m_eventTags;
    SqliteStatement m_eventNotes;
    SqliteStatement m_caseTags;
    QHash<qint64, QString> m_sourceNames;
    QHash<qint64, QByteArray> m_sourceSha256;
    QHash<quint32, std::pair<QString, QString>> m_entities; // id and name, as read
    static constexpr qsizetype kEntityCacheMax = 100000;
};

} // namespace auditlens
