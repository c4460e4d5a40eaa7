// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "duplicateresolver.h"

#include "../store/casesql.h"
#include "../store/duplicatecells.h"
#include "../store/sqlitestatement.h"
#include "casewrite.h"
#include "indexrowssink.h"

#include <algorithm>
#include <map>
#include <string>

namespace auditlens {

namespace {
// One stored copy of an id, as read back.
struct Copy
{
    qint64 seq;
    std::vector<std::string> fields; // [0] id, then the cells (NULL marked by \x01)
    DuplicateKind kind;
    qint64 count;
    qint64 rank;
};

// The mark an event should carry.
struct Mark
{
    qint64 seq;
    DuplicateKind kind;
    qint64 count;
    qint64 rank;
};

// Writes the marks that changed, in seq order: the table grows at its end, page after page.
bool writeMarks(sqlite3 *db, std::vector<Mark> &changed, QString *error)
{
    std::sort(changed.begin(), changed.end(),
              [](const Mark &a, const Mark &b) { return a.seq < b.seq; });
    SqliteStatement mark(db, CaseSql::kMarkDuplicate);
    SqliteStatement unmark(db, CaseSql::kUnmarkDuplicate);
    for (const Mark &m : changed) {
        const bool none = m.kind == DuplicateKind::None;
        SqliteStatement &statement = none ? unmark : mark;
        statement.bindInt64(1, m.seq);
        if (!none) {
            statement.bindInt64(2, qint64(m.kind));
            statement.bindInt64(3, m.count);
            statement.bindInt64(4, m.rank);
        }
        if (!CaseWrite::run(statement, db, error))
            return false;
    }
    return true;
}
} // namespace

bool DuplicateResolver::resolve(sqlite3 *db, const std::vector<std::vector<qint64>> &groups,
                                IndexRowsSink *marks, DuplicateCounts *counts, QString *error)
{
    SqliteStatement fetch(db, CaseSql::kDuplicateCandidate);
    std::vector<Mark> changed;
    for (const auto &group : groups) {
        std::map<std::string, std::vector<Copy>> byId;
        for (const qint64 seq : group) {
            fetch.bindInt64(1, seq);
            if (!fetch.row()) {
                fetch.reset();
                continue;
            }
            constexpr int mark = DuplicateCells::kCells;
            Copy copy{seq, DuplicateCells::of(fetch), DuplicateKind(fetch.columnInt64(mark)),
                      fetch.columnInt64(mark + 1), fetch.columnInt64(mark + 2)};
            fetch.reset();
            byId[copy.fields[0]].push_back(std::move(copy));
        }
        for (auto &[id, copies] : byId) {
            DuplicateKind kind = DuplicateKind::None;
            if (copies.size() > 1) {
                kind = DuplicateKind::Exact;
                for (const Copy &c : copies) {
                    if (c.fields != copies.front().fields)
                        kind = DuplicateKind::Conflicting;
                }
                ++counts->duplicateIds;
                counts->duplicateExtraRecords += qint64(copies.size()) - 1;
                if (kind == DuplicateKind::Conflicting)
                    ++counts->conflictingIds;
            }
            const qint64 count = qint64(copies.size());
            qint64 rank = 0;
            for (const Copy &c : copies) {
                ++rank;
                if (marks)
                    marks->markDuplicate(c.seq, kind, count, rank);
                if (c.kind != kind || c.count != count || c.rank != rank)
                    changed.push_back({c.seq, kind, count, rank});
            }
        }
    }
    return writeMarks(db, changed, error);
}

} // namespace auditlens
