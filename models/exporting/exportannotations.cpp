// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "exportannotations.h"

#include "../store/annotationsql.h"
#include "../store/sqlitestatement.h"

#include <QJsonArray>

#include <algorithm>

namespace auditlens {

namespace {
std::string copy(std::string_view text)
{
    return std::string(text.data(), text.size());
}

QString string(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}
} // namespace

ExportAnnotations::Event &ExportAnnotations::eventAt(qint64 sourceId, qint64 line,
                                                     std::string_view eventId)
{
    std::vector<Event> &events = m_events[qMakePair(sourceId, line)];
    for (Event &event : events) {
        if (event.eventId == eventId)
            return event;
    }
    events.push_back({copy(eventId), {}, false, {}});
    return events.back();
}

bool ExportAnnotations::load(sqlite3 *db, QString *error)
{
    m_events.clear();
    m_available = SqliteStatement::scalar(db, AnnotationSql::kHasAnnotationTables) > 0;
    if (!m_available)
        return true;
    auto failed = [&](const SqliteStatement &query) {
        *error = tr("the annotations of the case cannot be read (%1)").arg(query.error());
        return false;
    };
    SqliteStatement tags(db, AnnotationSql::kExportTags);
    while (tags.row())
        eventAt(tags.columnInt64(0), tags.columnInt64(1), tags.columnText(2))
            .tags.push_back(copy(tags.columnText(3)));
    if (!tags.done())
        return failed(tags);
    SqliteStatement stars(db, AnnotationSql::kExportStars);
    while (stars.row())
        eventAt(stars.columnInt64(0), stars.columnInt64(1), stars.columnText(2)).starred = true;
    if (!stars.done())
        return failed(stars);
    SqliteStatement notes(db, AnnotationSql::kExportNotes);
    while (notes.row()) {
        eventAt(notes.columnInt64(0), notes.columnInt64(1), notes.columnText(2))
            .notes.push_back({copy(notes.columnText(3)), copy(notes.columnText(4)),
                              copy(notes.columnText(5)), copy(notes.columnText(6))});
    }
    if (!notes.done())
        return failed(notes);
    for (std::vector<Event> &events : m_events) {
        for (Event &event : events)
            std::sort(event.tags.begin(), event.tags.end());
    }
    return true;
}

const ExportAnnotations::Event *ExportAnnotations::find(qint64 sourceId, qint64 line,
                                                        std::string_view eventId) const
{
    const auto found = m_events.constFind(qMakePair(sourceId, line));
    if (found == m_events.constEnd())
        return nullptr;
    for (const Event &event : *found) {
        if (event.eventId == eventId)
            return &event;
    }
    return nullptr;
}

QJsonObject ExportAnnotations::toJson(const Event &event)
{
    QJsonArray tags;
    for (const std::string &tag : event.tags)
        tags.append(string(tag));
    QJsonArray notes;
    for (const Note &note : event.notes) {
        notes.append(QJsonObject{{QStringLiteral("text"), string(note.text)},
                                 {QStringLiteral("author"), string(note.author)},
                                 {QStringLiteral("created"), string(note.created)},
                                 {QStringLiteral("changed"), string(note.changed)}});
    }
    return {{QStringLiteral("tags"), tags},
            {QStringLiteral("starred"), event.starred},
            {QStringLiteral("notes"), notes}};
}

} // namespace auditlens
