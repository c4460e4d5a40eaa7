// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../index/annotationmarks.h"
#include "positionpool.h"
#include "queryresult.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace auditlens {

// The conditions of one pass over the index (indexquery.cpp).
struct PassInput;

// A set of index positions, one bit each (the events a text search matched).
using PositionBits = std::vector<quint64>;

// Answers a Filter from the in-memory index: binary search to the time range, then one pass that
// finds the matching positions and the facet counts together (the histogram is read off the
// matching positions, which are in time order). The pass visits the postings of a selective
// condition, or the whole range without a branch per event; a huge dictionary (targets) is
// counted from a bitmap of the events its facet covers rather than event by event. The SQL engine
// (SqlEventQuery) answers the same filters and is the reference the tests compare against.
class IndexQuery
{
public:
    explicit IndexQuery(const EventIndex &index);
    ~IndexQuery();
    IndexQuery(const IndexQuery &) = delete;
    IndexQuery &operator=(const IndexQuery &) = delete;

    // textMatches: the positions that pass the filter's text (see TextSearch); required when it
    // is set.
    QueryResult run(const Filter &filter, const SortSpec &sort,
                    const PositionBits *textMatches = nullptr, int facetTop = 12) const;

    // Sorts positions in place (stable: ties keep their order, which is time order).
    void sortPositions(std::vector<quint32> &positions, const SortSpec &sort) const;

    // Prepares what the first filter would otherwise prepare (the target facet's tables).
    void warmUp() const;

    // How a filter on a request confirms the events whose request hash matches (see
    // ColumnConditions); without it, a hash that matches is taken as the request's.
    void setRequestIdOf(std::function<bool(qint64, std::string *)> requestIdOf)
    {
        m_requestIdOf = std::move(requestIdOf);
    }

    // The analyst's annotations the filters on tags, stars and notes read, and their facets
    // count; without them no event carries one.
    void setAnnotationMarks(AnnotationMarksPtr marks) { m_marks = std::move(marks); }
    const AnnotationMarksPtr &annotationMarks() const { return m_marks; }

    // Where results take the buffer of their positions from; a result made with it should hand
    // the buffer back when it is done with (PositionPool::give). Without it each result has a
    // new one.
    void setPositionPool(std::shared_ptr<PositionPool> pool) { m_positionPool = std::move(pool); }

    // Reads every filter by scanning its time range (for tests: the postings must agree).
    void setUsePostings(bool use) { m_useDrivers = use; }
    // For tests, which have small cases: count a target facet through bitmaps when its
    // dictionary has more than this many values, and split passes over two threads from this
    // many events on.
    void setLargeDictionaryAbove(quint32 values) { m_largeDictionary = values; }
    void setTwoThreadsFrom(quint32 events) { m_twoThreadsFrom = events; }

    // Histogram buckets for a span: a unit from seconds to months giving at most maxBuckets.
    static Histogram emptyHistogram(qint64 from, qint64 to, int maxBuckets = 120);

    // Whether an event with these flags (EventIndex::Bits) passes a duplicates condition.
    static bool keepsDuplicate(DuplicateFilter duplicates, quint8 flags);

    // Codes of a field's dictionary matching filter values (ids, names, `family.*` actions).
    void resolve(IndexField field, const QStringList &values, std::vector<quint8> *allowed,
                 bool include) const;

private:
    struct Partial;
    struct Scratch;
    class ColumnCounts;
    // run(). Without columnCounts, the result is whole: its facets include those of the fields
    // read off their own columns (organization, account, IP address, source). With it, the run
    // only counts those fields' values over the matching events into *columnCounts, for the
    // facet of a field with a condition: the result has its positions, unsorted, and no facets
    // or histogram.
    QueryResult runPass(const Filter &filter, const SortSpec &sort, const PositionBits *textMatches,
                        int facetTop, ColumnCounts *columnCounts = nullptr) const;
    // The facets of organization, account, IP address and source (see ColumnFacets); matched:
    // their counts over the result's events.
    void fillColumnFacets(QueryResult &result, const PositionBits *textMatches, int facetTop,
                          const ColumnCounts &matched) const;
    // The facets of the tag, the star and the note: each counted over the result's events, or
    // for a field with a condition over those of the filter without it.
    void fillAnnotationFacets(QueryResult &result, const PositionBits *textMatches,
                              int facetTop) const;
    // Hands a result of the query's own back to the pool.
    void recycle(QueryResult &&result) const;
    // IP code -> its place in the order of the IP column: IPv4 addresses first, then IPv6, each
    // by address; none last.
    std::vector<quint32> addressRanks() const;
    // (position, rank) of every tagged event, ascending by position: events with the same set of
    // tags share a rank, and sets rank as their names sorted (see the Tags column).
    std::vector<std::pair<quint32, quint32>> tagSetRanks() const;
    // The codes filter values name, sorted, each once.
    std::vector<quint32> codesOf(IndexField field, const QStringList &values) const;
    // One pass over [lo, hi) of the index, or of list[lo, hi) when given (ascending positions).
    void pass(const PassInput &in, const quint32 *list, quint32 lo, quint32 hi,
              Partial &part) const;
    // The same on two threads when it is large; the result lands in a (b is scratch).
    void scan(const PassInput &in, const std::vector<quint32> *list, quint32 lo, quint32 hi,
              Partial &a, Partial &b) const;
    // The positions of one source of a QueryPlan within [lo, hi): a field's postings, the
    // events with copies or the text matches.
    void listOf(int source, const std::vector<quint32> &codes, const quint64 *text, quint32 lo,
                quint32 hi, std::vector<quint32> *list) const;
    // Counts the target facet over the events of bits (null: every event) into the scratch
    // counts; fills the values with a count that can reach the top and returns how many values
    // have a count.
    quint32 countTargets(const quint64 *bits, int facetTop, std::vector<quint32> *candidates) const;
    // How many events of one target value bits holds (null: every event).
    quint32 countTarget(const quint64 *bits, quint32 code) const;
    bool largeTargets() const;
    void prepareTargets() const;

    const EventIndex &m_index;
    // Buffers reused from query to query (a fresh 4 MB vector costs a millisecond of page
    // faults); one IndexQuery serves one thread.
    std::unique_ptr<Scratch> m_scratch;
    std::function<bool(qint64, std::string *)> m_requestIdOf;
    AnnotationMarksPtr m_marks;
    std::shared_ptr<PositionPool> m_positionPool;
    bool m_useDrivers = true;
    quint32 m_largeDictionary = 65536;
    quint32 m_twoThreadsFrom = 262144;
};

} // namespace auditlens
