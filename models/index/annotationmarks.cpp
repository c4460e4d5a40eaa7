// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "annotationmarks.h"

#include "../query/filterfield.h"
#include "../store/annotationsql.h"
#include "../store/sqlitestatement.h"

#include <algorithm>

namespace auditlens {

namespace {
void sortUnique(std::vector<quint32> &positions)
{
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
}

// The positions of the events whose seq the statement's column c gives, ascending.
bool readPositions(SqliteStatement &statement, const EventIndex &index,
                   std::vector<quint32> *positions, QString *error)
{
    if (!statement.ok()) {
        *error = statement.error();
        return false;
    }
    while (statement.row()) {
        const qint64 position = index.positionOfSeq(statement.columnInt64(0));
        if (position >= 0)
            positions->push_back(quint32(position));
    }
    if (!statement.done()) {
        *error = statement.error();
        return false;
    }
    sortUnique(*positions);
    return true;
}
} // namespace

bool AnnotationMarks::load(sqlite3 *db, const EventIndex &index, AnnotationMarks *marks,
                           QString *error)
{
    AnnotationMarks m;
    m.m_tagNames.emplace_back(anyTagValue());
    m.m_tags.emplace_back();
    {
        SqliteStatement tags(db, AnnotationSql::kMarkTags);
        if (!tags.ok()) {
            *error = tags.error();
            return false;
        }
        while (tags.row()) {
            const QString name = tags.columnString(0);
            if (name != m.m_tagNames.back()) {
                m.m_tagNames.push_back(name);
                m.m_tags.emplace_back();
            }
            const qint64 position = index.positionOfSeq(tags.columnInt64(1));
            if (position >= 0) {
                m.m_tags.back().push_back(quint32(position));
                m.m_tags.front().push_back(quint32(position));
            }
        }
        if (!tags.done()) {
            *error = tags.error();
            return false;
        }
    }
    // A tag whose events are all outside the case names none here.
    for (size_t c = m.m_tags.size(); c-- > 1;) {
        sortUnique(m.m_tags[c]);
        if (m.m_tags[c].empty()) {
            m.m_tags.erase(m.m_tags.begin() + qsizetype(c));
            m.m_tagNames.erase(m.m_tagNames.begin() + qsizetype(c));
        }
    }
    sortUnique(m.m_tags.front());
    SqliteStatement stars(db, AnnotationSql::kMarkStars);
    if (!readPositions(stars, index, &m.m_starred, error))
        return false;
    SqliteStatement notes(db, AnnotationSql::kMarkNotes);
    if (!readPositions(notes, index, &m.m_noted, error))
        return false;
    *marks = std::move(m);
    return true;
}

quint32 AnnotationMarks::codes(IndexField field) const
{
    switch (field) {
    case IndexField::Tag:
        return quint32(m_tags.size());
    case IndexField::Starred:
    case IndexField::Noted:
        return 2;
    default:
        return 0;
    }
}

const std::vector<quint32> &AnnotationMarks::positions(IndexField field, quint32 code) const
{
    switch (field) {
    case IndexField::Tag:
        return code < m_tags.size() ? m_tags[code] : m_none;
    case IndexField::Starred:
        return code == 1 ? m_starred : m_none;
    case IndexField::Noted:
        return code == 1 ? m_noted : m_none;
    default:
        return m_none;
    }
}

QString AnnotationMarks::key(IndexField field, quint32 code) const
{
    if (field == IndexField::Tag)
        return code < m_tagNames.size() ? m_tagNames[code] : QString();
    return code == 1 ? markValue() : QString();
}

std::vector<quint32> AnnotationMarks::codesOf(IndexField field, const QStringList &values) const
{
    std::vector<quint32> codes;
    for (const QString &value : values) {
        if (field != IndexField::Tag) {
            if (value.compare(markValue(), Qt::CaseInsensitive) == 0)
                codes.push_back(1);
            continue;
        }
        if (value == anyTagValue()) {
            codes.push_back(0);
            continue;
        }
        const auto found = std::find(m_tagNames.begin() + 1, m_tagNames.end(), value);
        if (found != m_tagNames.end())
            codes.push_back(quint32(found - m_tagNames.begin()));
    }
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    return codes;
}

bool AnnotationMarks::carries(IndexField field, quint32 code, quint32 position) const
{
    const std::vector<quint32> &list = positions(field, code);
    return std::binary_search(list.begin(), list.end(), position);
}

} // namespace auditlens
