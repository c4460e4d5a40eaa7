// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../index/eventindex.h"

#include <functional>
#include <vector>

namespace auditlens {

// How many events of a field carry code (0 for a code the postings do not know).
inline quint32 postingCount(const EventIndex::Postings &p, quint32 code)
{
    return code + 1 < p.offsets.size() ? p.count(code) : 0;
}

// Where a sorted list of positions reaches pos.
inline size_t rankOf(const std::vector<quint32> &list, quint32 pos)
{
    return size_t(std::lower_bound(list.begin(), list.end(), pos) - list.begin());
}

// The cost-based choice of what a pass over the index visits: the whole time range, or the
// list of one condition's events (a source): the postings of a field whose condition includes
// values (the IndexField values), the events with copies, or the text matches. Costs are in
// units of one event of a range scan.
class QueryPlan
{
public:
    static constexpr int kDuplicates = kIndexFieldCount;
    static constexpr int kText = kIndexFieldCount + 1;
    static constexpr int kSources = kIndexFieldCount + 2;

    struct Input
    {
        const EventIndex *index = nullptr;
        quint32 lo = 0, hi = 0;                       // the time range's positions
        const std::vector<quint32> *listed = nullptr; // per IndexField: the codes named
        bool includes[kIndexFieldCount] = {};         // the condition names values to include
        bool duplicates = false;                      // only events with copies pass
        const quint64 *text = nullptr;                // the text matches, or null
    };
    explicit QueryPlan(const Input &input);

    quint64 rangeCost() const { return m_rangeCost; }
    // The cheapest way to count what fails only `without` (-1: none): a source, or -1 for the
    // range; cost its cost.
    int cheapest(int without, quint64 *cost) const;
    // The source that drives the pass, or -1 for the range; cost its cost with the second pass
    // a driving field needs for its own facet, unless onlyCondition(field) says it has none.
    int chooseDriver(const std::function<bool(int)> &onlyCondition, quint64 *cost) const;

private:
    quint64 listCost(int source) const;

    bool m_usable[kSources] = {};
    quint64 m_sizes[kSources] = {};
    bool m_unite[kSources] = {}; // a union of several values' postings
    quint64 m_rangeCost = 0;
};

} // namespace auditlens
