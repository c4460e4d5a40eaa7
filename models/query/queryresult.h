// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../index/annotationmarks.h"
#include "../index/eventindex.h"
#include "actorlanes.h"
#include "filter.h"

#include <QMetaType>

#include <memory>
#include <vector>

namespace auditlens {

// The columns of the event table, which are also the keys a result can be sorted by.
enum class EventColumn {
    Time,
    Action,
    Actor,
    Target,
    Scope,
    Success,
    Id,
    Duplicates,
    Source,
    Line,
    // Today's fields (empty in older exports); hidden by default but for IP when the case has
    // addresses.
    Ip,
    Organization,
    Account,
    Request,
    // The table's own columns after the event's: the analyst's star and note, and the tags.
    // They sort (marked events first, then by tag names) but are no part of the stored event.
    Marks,
    Tags,
};
constexpr int kEventColumnCount = 14; // Time .. Request: the stored event's columns
constexpr int kSortColumnCount = 16;  // and Marks and Tags

struct SortSpec
{
    EventColumn column = EventColumn::Time;
    bool descending = false;
    bool operator==(const SortSpec &o) const
    {
        return column == o.column && descending == o.descending;
    }
};

// One value of a facet: its dictionary code, how many events under the current filter carry it
// (ignoring the facet's own field, so the alternatives stay visible), and its state in the filter.
struct FacetValue
{
    quint32 code = 0;
    quint32 count = 0;
    bool included = false;
    bool excluded = false;
    QString label; // name, or id when there is none
    QString key;   // what goes into the filter to select it (the id when the name is ambiguous)
};

struct FacetCounts
{
    IndexField field = IndexField::Action;
    std::vector<FacetValue> top; // by count, then label
    quint32 distinct = 0;        // values with a count
    // Count per code for every value, when the dictionary is small enough to list them all.
    std::vector<quint32> all;
    // Organization, account, IP address and source: whether the case holds values of the field
    // at all (the first three are empty in older exports; one source is no choice). The sidebar
    // shows these facets only then; the pass's fields always.
    bool inCase = false;
};

// Calendar units of histogram buckets.
enum class TimeUnit { Second, Minute, Hour, Day, Week, Month };

struct Histogram
{
    TimeUnit unit = TimeUnit::Day;
    int step = 1;                // bucket width in units
    std::vector<qint64> bounds;  // bucket i covers [bounds[i], bounds[i+1])
    std::vector<quint32> counts; // one per bucket, empty buckets included
    quint32 maxCount = 0;
    qint64 untimed = 0; // matching events without a time (outside every bucket)
    int bucketCount() const { return int(counts.size()); }
};

// What a filter gives over the index: the matching events in display order and everything the
// window shows about them.
struct QueryResult
{
    quint64 generation = 0;
    Filter filter;
    SortSpec sort;
    std::vector<quint32> positions; // index positions, in sort order
    // One per IndexField: the pass's fields (Action .. Success), then organization, account, IP
    // address and source (see ColumnFacets); request has none.
    FacetCounts facets[kFacetFieldCount];
    Histogram histogram;
    quint32 total = 0;         // events in the case
    bool textSearched = false; // the text condition came from a search of the sources
    QString textSearchNote;    // how the text was searched, for a tooltip
    double elapsedMs = 0;      // filter to first rows fetched, on the worker
    double queryMs = 0;        // the index query alone
    // Matching events that are a second or later copy of an exact duplicate group.
    quint32 extraExactCopies = 0;
    // The annotations the result was read with (its tag, star and note conditions).
    AnnotationMarksPtr marks;
    // The actor timeline: a lane per busiest (or named) actor, bucketed as the histogram.
    ActorLanes lanes;

    quint32 count() const { return quint32(positions.size()); }
    // Events counted once per exact duplicate group.
    quint32 distinctCount() const { return count() - extraExactCopies; }
};

using QueryResultPtr = std::shared_ptr<const QueryResult>;

} // namespace auditlens

Q_DECLARE_METATYPE(auditlens::QueryResultPtr)
