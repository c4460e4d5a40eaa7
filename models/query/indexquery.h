#pragma once

#include "queryresult.h"

#include <memory>
#include <vector>

namespace auditlens {

// The conditions of one pass over the index (indexquery.cpp).
struct PassInput;

// A set of index positions, one bit each (the events a text search matched).
using PositionBits = std::vector<quint64>;

// Answers a Filter from the in-memory index: binary search to the time range, then one pass that
// finds the matching positions, the histogram and the facet counts together. The SQL engine
// (SqlEventQuery) answers the same filters and is the reference the tests compare against.
class IndexQuery
{
public:
    explicit IndexQuery(const EventIndex &index);
    ~IndexQuery();
    IndexQuery(const IndexQuery &) = delete;
    IndexQuery &operator=(const IndexQuery &) = delete;

    // textMatches: required when filter.text is set (see TextSearch).
    QueryResult run(const Filter &filter, const SortSpec &sort,
                    const PositionBits *textMatches = nullptr, int facetTop = 12) const;

    // Sorts positions in place (stable: ties keep their order, which is time order).
    void sortPositions(std::vector<quint32> &positions, const SortSpec &sort) const;

    // Counts the whole log's facets now rather than at the first filter that needs them.
    void warmUp() const;

    // Reads every filter by scanning its time range (for tests: the postings must agree).
    void setUsePostings(bool use) { m_useDrivers = use; }

    // Histogram buckets for a span: a unit from seconds to months giving at most maxBuckets.
    static Histogram emptyHistogram(qint64 from, qint64 to, int maxBuckets = 120);

    // Codes of a field's dictionary matching filter values (ids, names, `family.*` actions).
    void resolve(IndexField field, const QStringList &values, std::vector<quint8> *allowed,
                 bool include) const;

private:
    struct Partial;
    struct Scratch;
    void prepare(const PassInput &in, Partial &part) const;
    // Scans [lo, hi) of the index, or of list when given (ascending positions).
    void pass(const PassInput &in, const quint32 *list, quint32 lo, quint32 hi,
              Partial &part) const;
    // The same on two threads when it is large; the result lands in a (b is scratch).
    void scan(const PassInput &in, const std::vector<quint32> *list, quint32 lo, quint32 hi,
              Partial &a, Partial &b) const;
    // The positions a filter can be read from instead of the whole range: the postings of its
    // most selective condition. Returns the condition's field (0-4), 5 for duplicates, 6 for
    // text, or -1 when scanning the range is as cheap.
    int chooseDriver(const PassInput &in, const std::vector<quint32> *included, quint32 lo,
                     quint32 hi, std::vector<quint32> *list) const;
    // A filter that leaves out only a few events (success = true, a large family, an excluded
    // value) is read as the whole log minus those: fills the result's positions, histogram and
    // the complement counts. False when that would not be cheaper.
    bool complement(const PassInput &in, const std::vector<quint8> *allowed, Histogram &hist,
                    QueryResult &result) const;
    // Facet counts of the whole log, computed once.
    const Partial &fullCounts() const;
    void mergeInto(Partial &into, Partial &from, bool trackTargets) const;
    void clear(Partial &part, bool trackTargets) const;

    const EventIndex &m_index;
    // Buffers reused from query to query (a fresh 4 MB vector costs a millisecond of page
    // faults); one IndexQuery serves one thread.
    std::unique_ptr<Scratch> m_scratch;
    bool m_useDrivers = true;
};

} // namespace auditlens
