// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "annotationmarks.h"

#include "../query/filterfield.h"
#include "../store/annotationsql.h"
#include "../store/sqlitestatement.h"

#include <algorithm>
#include <functional>
#include <string>
#include <unordered_map>

namespace auditlens {

namespace {
// The events of each kept finding, as AnnotationSql's kMark statements read an annotation table.
const char *const kMarkFindings =
    "SELECT a.rule_id, a.source_sha256, a.line, a.event_id, e.seq FROM finding_hits AS a JOIN"
    " sources AS s ON s.sha256 = a.source_sha256 JOIN events AS e ON e.source_id = s.id AND"
    " e.line = a.line ORDER BY 2, 3, 4, 1";

void sortUnique(std::vector<quint32> &positions)
{
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
}

// Reads the rows of one of AnnotationSql's kMark statements (name, sha256, line, event id, seq)
// and calls mark(name, position) for each annotated event of the index. A line nearly always
// holds one event, which then is the one its annotation names; where a line holds several (a JSON
// array written on one line), each event's id is compared with the annotation's.
bool readMarks(sqlite3 *db, const char *sql, const EventIndex &index,
               const std::function<void(std::string_view, quint32)> &mark, QString *error)
{
    SqliteStatement rows(db, sql);
    SqliteStatement idOf(db, AnnotationSql::kEventIdOf, SqliteStatement::Use::Persistent);
    if (!rows.ok() || !idOf.ok()) {
        *error = rows.ok() ? idOf.error() : rows.error();
        return false;
    }
    std::string name, sha, eventId;
    qint64 line = -1;
    std::vector<qint64> seqs; // the events at the line of the annotation being read
    auto flush = [&] {
        for (const qint64 seq : seqs) {
            if (seqs.size() > 1) {
                idOf.bindInt64(1, seq);
                const bool found = idOf.row();
                const bool same = found && idOf.columnText(0) == eventId;
                idOf.reset();
                if (!same)
                    continue;
            }
            const qint64 position = index.positionOfSeq(seq);
            if (position >= 0)
                mark(name, quint32(position));
        }
        seqs.clear();
    };
    while (rows.row()) {
        const std::string_view rowName = rows.columnText(0), rowSha = rows.columnText(1),
                               rowId = rows.columnText(3);
        const qint64 rowLine = rows.columnInt64(2);
        if (seqs.empty() || rowLine != line || rowName != name || rowSha != sha ||
            rowId != eventId) {
            flush();
            name.assign(rowName);
            sha.assign(rowSha);
            eventId.assign(rowId);
            line = rowLine;
        }
        seqs.push_back(rows.columnInt64(4));
    }
    if (!rows.done()) {
        *error = rows.error();
        return false;
    }
    flush();
    return true;
}
} // namespace

bool AnnotationMarks::readNamed(sqlite3 *db, const char *sql, const EventIndex &index, Named *marks,
                                QString *error)
{
    Named m;
    m.names.emplace_back(anyTagValue());
    m.positions.emplace_back();
    std::unordered_map<std::string, quint32> codes;
    const bool read = readMarks(
        db, sql, index,
        [&](std::string_view name, quint32 position) {
            auto [it, added] = codes.try_emplace(std::string(name), quint32(m.positions.size()));
            if (added) {
                m.names.push_back(QString::fromUtf8(name.data(), qsizetype(name.size())));
                m.positions.emplace_back();
            }
            m.positions[it->second].push_back(position);
            m.positions.front().push_back(position);
        },
        error);
    if (!read)
        return false;
    // By name (a name none of whose events is in the case is not among them).
    std::vector<quint32> order(m.positions.size() - 1);
    for (quint32 c = 0; c < order.size(); ++c)
        order[c] = c + 1;
    std::sort(order.begin(), order.end(),
              [&](quint32 a, quint32 b) { return m.names[a] < m.names[b]; });
    Named sorted;
    sorted.names.push_back(m.names.front());
    sorted.positions.push_back(std::move(m.positions.front()));
    for (const quint32 c : order) {
        sorted.names.push_back(std::move(m.names[c]));
        sorted.positions.push_back(std::move(m.positions[c]));
    }
    for (std::vector<quint32> &positions : sorted.positions)
        sortUnique(positions);
    *marks = std::move(sorted);
    return true;
}

bool AnnotationMarks::load(sqlite3 *db, const EventIndex &index, AnnotationMarks *marks,
                           QString *error)
{
    AnnotationMarks m;
    const bool read =
        readNamed(db, AnnotationSql::kMarkTags, index, &m.m_tags, error) &&
        readNamed(db, kMarkFindings, index, &m.m_findings, error) &&
        readMarks(
            db, AnnotationSql::kMarkStars, index,
            [&](std::string_view, quint32 position) { m.m_starred.push_back(position); }, error) &&
        readMarks(
            db, AnnotationSql::kMarkNotes, index,
            [&](std::string_view, quint32 position) { m.m_noted.push_back(position); }, error);
    if (!read)
        return false;
    sortUnique(m.m_starred);
    sortUnique(m.m_noted);
    *marks = std::move(m);
    return true;
}

quint32 AnnotationMarks::codes(IndexField field) const
{
    if (const Named *n = named(field))
        return quint32(n->positions.size());
    switch (field) {
    case IndexField::Starred:
    case IndexField::Noted:
        return 2;
    default:
        return 0;
    }
}

const std::vector<quint32> &AnnotationMarks::positions(IndexField field, quint32 code) const
{
    if (const Named *n = named(field))
        return code < n->positions.size() ? n->positions[code] : m_none;
    switch (field) {
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
    if (const Named *n = named(field))
        return code < n->names.size() ? n->names[code] : QString();
    return code == 1 ? markValue() : QString();
}

std::vector<quint32> AnnotationMarks::codesOf(IndexField field, const QStringList &values) const
{
    std::vector<quint32> codes;
    const Named *n = named(field);
    for (const QString &value : values) {
        if (!n) {
            if (value.compare(markValue(), Qt::CaseInsensitive) == 0)
                codes.push_back(1);
            continue;
        }
        if (value == anyTagValue()) {
            codes.push_back(0);
            continue;
        }
        const auto found = std::find(n->names.begin() + 1, n->names.end(), value);
        if (found != n->names.end())
            codes.push_back(quint32(found - n->names.begin()));
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
