// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "eventindex.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

struct sqlite3;

namespace auditlens {

// The analyst's annotations as the index sees them: for each tag, and for the star and the note,
// the positions of the events that carry it, ascending. A filter on a tag is then a few thousand
// words of a bitmap at a million events, not a query of the case. Annotations change while a
// case is open; the marks are read again after each change (a million marks in about a second,
// typically far fewer), while the index itself stays as it is.
//
// The codes of a field: Tag, 1..codes(Tag) - 1 by tag name, and 0 for every tag at once ("*");
// Starred and Noted, 1 for the mark. The findings kept in the case are read alike: Finding, a
// code per rule id that has hits, and 0 for every finding at once.
class AnnotationMarks
{
public:
    // Reads the marks of the events of index from the case on db; false with SQLite's reason.
    // Annotations of events not in the case (their source was removed) are left out.
    static bool load(sqlite3 *db, const EventIndex &index, AnnotationMarks *marks, QString *error);

    // Whether an annotation field has events in the case (its facet is then shown).
    bool holds(IndexField field) const { return !positions(field, isNamed(field) ? 0 : 1).empty(); }
    // The number of codes of a field (the size of its counts).
    quint32 codes(IndexField field) const;
    // The events that carry code of field, ascending (empty for a code out of range).
    const std::vector<quint32> &positions(IndexField field, quint32 code) const;
    // The code's name as a filter names it: a tag's name, or the mark's value.
    QString key(IndexField field, quint32 code) const;
    // The codes a filter's values name, each once: a tag by its exact name, "*" every tag; a
    // mark by its value. Other text names nothing.
    std::vector<quint32> codesOf(IndexField field, const QStringList &values) const;
    // Whether the event at position carries code of field.
    bool carries(IndexField field, quint32 code, quint32 position) const;

    // Whether a field's codes are names (a tag, a rule) rather than one mark.
    static bool isNamed(IndexField field)
    {
        return field == IndexField::Tag || field == IndexField::Finding;
    }

private:
    // Named marks: by code, the name (0 is "*") and the events (0: events with any of them).
    struct Named
    {
        std::vector<QString> names;
        std::vector<std::vector<quint32>> positions;
    };
    const Named *named(IndexField field) const
    {
        return field == IndexField::Tag       ? &m_tags
               : field == IndexField::Finding ? &m_findings
                                              : nullptr;
    }
    // Reads the rows of sql (name, sha256, line, event id, seq) into marks, by name.
    static bool readNamed(sqlite3 *db, const char *sql, const EventIndex &index, Named *marks,
                          QString *error);

    Named m_tags, m_findings;
    std::vector<quint32> m_starred, m_noted, m_none; // m_none: always empty
};

using AnnotationMarksPtr = std::shared_ptr<const AnnotationMarks>;

} // namespace auditlens
