// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "exportcursor.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QPair>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace auditlens {

// The analyst's tags, stars and notes of a case, read once for an export and found by the
// identity of each exported row. Annotations are few beside events: one hash lookup per row
// instead of three queries keeps a million-event export as fast as before.
class ExportAnnotations
{
    Q_DECLARE_TR_FUNCTIONS(ExportAnnotations)

public:
    struct Note
    {
        std::string text; // Markdown, as written
        std::string author;
        std::string created;
        std::string changed;
    };
    // One event's annotations; texts are UTF-8, as stored.
    struct Event
    {
        std::string eventId;
        std::vector<std::string> tags; // names, sorted
        bool starred = false;
        std::vector<Note> notes; // in the order they were written
    };

    // Reads the annotations of the events whose source is in the case (matched by the source's
    // SHA-256, line and id). A case without annotation tables of its own (a format older than
    // 4, opened read-only) has none, and available() says so: its exports stay as they were.
    bool load(sqlite3 *db, QString *error);
    bool available() const { return m_available; }

    // The annotations of the event at line of source sourceId with that id; null when none.
    const Event *find(qint64 sourceId, qint64 line, std::string_view eventId) const;
    // The annotations of the cursor's current event; null when none.
    const Event *find(const ExportCursor &row) const
    {
        return m_events.isEmpty()
                   ? nullptr
                   : find(row.integer(ExportCursor::SourceId), row.integer(ExportCursor::Line),
                          row.text(ExportCursor::EventId));
    }

    // An event's annotations as the manifest lists them.
    static QJsonObject toJson(const Event &event);

private:
    Event &eventAt(qint64 sourceId, qint64 line, std::string_view eventId);

    bool m_available = false;
    // (source id, line) -> the events there (nearly always one; a JSON array on one line has
    // several).
    QHash<QPair<qint64, qint64>, std::vector<Event>> m_events;
};

} // namespace auditlens
