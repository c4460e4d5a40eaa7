// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "sourcecoverage.h"

#include "casesql.h"
#include "duplicatecells.h"
#include "duplicatekind.h"
#include "sqlitestatement.h"

#include <QDate>
#include <QHash>

#include <algorithm>
#include <string>
#include <vector>

namespace auditlens {

namespace {
constexpr qint64 kDayNs = 86400LL * 1000000000LL;

// One copy of a duplicate group.
struct GroupCopy
{
    qint64 seq;
    qint64 source;
    std::vector<std::string> cells; // read only for conflicting groups
};

// Adds what the copies of one id share across sources to the spans of their sources. Every copy
// is identical in an exact group; a conflicting group's copies are compared cell by cell.
// fetch: a statement of CaseSql::kDuplicateCandidate.
bool countShared(SqliteStatement &fetch, std::vector<GroupCopy> &copies, bool conflicting,
                 QHash<qint64, SourceSpan *> &bySource)
{
    if (copies.size() < 2)
        return true;
    if (conflicting) {
        for (GroupCopy &c : copies) {
            fetch.bindInt64(1, c.seq);
            const SqliteStatement::Step step = fetch.step();
            if (step == SqliteStatement::Step::Error)
                return false;
            if (step == SqliteStatement::Step::Row)
                c.cells = DuplicateCells::of(fetch);
            fetch.reset();
        }
    }
    for (const GroupCopy &c : copies) {
        bool exact = false;
        bool differs = false;
        for (const GroupCopy &o : copies) {
            if (o.source == c.source)
                continue;
            const bool same = !conflicting || o.cells == c.cells;
            exact = exact || same;
            differs = differs || !same;
        }
        if (SourceSpan *span = bySource.value(c.source)) {
            span->sharedExact += exact;
            span->sharedConflicting += differs;
        }
    }
    return true;
}

// One grouped pass over the events: no index of the case holds them by source
// (docs/architecture.md).
bool readSpans(const CaseStore &store, const QHash<qint64, SourceSpan *> &bySource, QString *error)
{
    SqliteStatement spans(store.handle(), CaseSql::kSourceSpans);
    while (spans.row()) {
        SourceSpan *span = bySource.value(spans.columnInt64(0));
        if (!span)
            continue; // events of no recorded source: a damaged case, not counted here
        span->events = spans.columnInt64(1);
        span->hasSpan = !spans.isNull(2);
        span->first = spans.columnInt64(2);
        span->last = spans.columnInt64(3);
    }
    if (!spans.done()) {
        *error = store.readError(spans.error());
        return false;
    }
    return true;
}
} // namespace

qint64 SourceCoverage::dayOf(qint64 ns)
{
    // Floor division: a time before 1970 falls on the day before, not on day 0.
    return ns >= 0 ? ns / kDayNs : -((-ns + kDayNs - 1) / kDayNs);
}

QString SourceCoverage::dayText(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate);
}

QVector<DayRun> SourceCoverage::gapsOf(const QVector<SourceSpan> &spans)
{
    // The spans as day ranges, in order: a day is covered when a span touches any part of it.
    std::vector<DayRun> covered;
    for (const SourceSpan &s : spans) {
        if (s.hasSpan)
            covered.push_back({dayOf(s.first), dayOf(std::max(s.first, s.last))});
    }
    std::sort(covered.begin(), covered.end(),
              [](const DayRun &a, const DayRun &b) { return a.from < b.from; });
    QVector<DayRun> gaps;
    qint64 coveredTo = covered.empty() ? 0 : covered.front().to;
    for (const DayRun &run : covered) {
        if (run.from > coveredTo + 1)
            gaps.push_back({coveredTo + 1, run.from - 1});
        coveredTo = std::max(coveredTo, run.to);
    }
    return gaps;
}

std::optional<SourceCoverage> SourceCoverage::read(const CaseStore &store, QString *error,
                                                   const QVector<SourceSpan> *knownSpans)
{
    QString readError;
    const QVector<SourceInfo> sources = store.sources(&readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    SourceCoverage coverage;
    QHash<qint64, SourceSpan *> bySource;
    coverage.sources.reserve(sources.size());
    for (const SourceInfo &s : sources)
        coverage.sources.push_back({s, 0, false, 0, 0, 0, 0});
    for (SourceSpan &span : coverage.sources)
        bySource.insert(span.source.id, &span);

    sqlite3 *db = store.handle();
    if (knownSpans) {
        for (const SourceSpan &known : *knownSpans) {
            if (SourceSpan *span = bySource.value(known.source.id)) {
                span->events = known.events;
                span->hasSpan = known.hasSpan;
                span->first = known.first;
                span->last = known.last;
            }
        }
    } else if (!readSpans(store, bySource, error)) {
        return std::nullopt;
    }

    // The duplicate groups, one id after another.
    SqliteStatement copies(db, CaseSql::kDuplicateCopies);
    SqliteStatement fetch(db, CaseSql::kDuplicateCandidate);
    std::vector<GroupCopy> group;
    std::string groupId;
    bool conflicting = false;
    bool ok = true;
    while (ok && copies.row()) {
        const std::string_view id = copies.columnText(2);
        if (!group.empty() && id != groupId) {
            ok = countShared(fetch, group, conflicting, bySource);
            group.clear();
            conflicting = false;
        }
        groupId.assign(id);
        conflicting = conflicting || copies.columnInt64(3) == qint64(DuplicateKind::Conflicting);
        group.push_back({copies.columnInt64(0), copies.columnInt64(1), {}});
    }
    ok = ok && copies.done() && countShared(fetch, group, conflicting, bySource);
    if (!ok) {
        *error = store.readError(copies.error());
        return std::nullopt;
    }
    coverage.gaps = gapsOf(coverage.sources);
    return coverage;
}

} // namespace auditlens
