// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "queryplan.h"

#include <algorithm>

namespace auditlens {

QueryPlan::QueryPlan(const Input &in)
{
    const EventIndex &ix = *in.index;
    const quint32 lo = in.lo, hi = in.hi, n = ix.size();
    m_rangeCost = hi - lo;
    for (int field = 0; field < kIndexFieldCount; ++field) {
        const std::vector<quint32> &listed = in.listed[field];
        const bool coded = field != int(IndexField::Success);
        if (listed.empty() || (coded && !in.includes[field]))
            continue;
        const EventIndex::Postings &p = ix.postings(IndexField(field));
        quint64 size = 0;
        for (const quint32 c : listed) {
            if (postingCount(p, c) == 0)
                continue;
            const quint32 *first = p.positions.data() + p.offsets[c];
            const quint32 *last = p.positions.data() + p.offsets[c + 1];
            const bool whole = lo == 0 && hi == n;
            size += whole ? quint64(last - first)
                          : quint64(std::lower_bound(first, last, hi) -
                                    std::lower_bound(first, last, lo));
        }
        m_usable[field] = true;
        m_sizes[field] = size;
        m_unite[field] = listed.size() > 1;
    }
    if (in.duplicates) {
        m_usable[kDuplicates] = true;
        m_sizes[kDuplicates] =
            rankOf(ix.duplicatePositions(), hi) - rankOf(ix.duplicatePositions(), lo);
    }
    if (in.text) {
        const size_t words = (size_t(n) + 63) / 64;
        quint64 size = 0;
        for (size_t w = lo / 64; w < words && w * 64 < hi; ++w)
            size += quint64(__builtin_popcountll(in.text[w]));
        m_usable[kText] = true;
        m_sizes[kText] = size;
    }
}

// A listed event costs about twice an event of a range scan (its columns are read at random), a
// union of several values a little more.
quint64 QueryPlan::listCost(int source) const
{
    return m_sizes[source] * (m_unite[source] ? 3 : 2);
}

int QueryPlan::cheapest(int without, quint64 *cost) const
{
    int best = -1;
    *cost = m_rangeCost;
    for (int source = 0; source < kSources; ++source) {
        if (m_usable[source] && source != without && listCost(source) < *cost) {
            best = source;
            *cost = listCost(source);
        }
    }
    return best;
}

int QueryPlan::chooseDriver(const std::function<bool(int)> &onlyCondition, quint64 *cost) const
{
    int driver = -1;
    *cost = m_rangeCost;
    for (int source = 0; source < kSources; ++source) {
        if (!m_usable[source])
            continue;
        quint64 fixCost = 0;
        if (source < kIndexFieldCount && !onlyCondition(source))
            cheapest(source, &fixCost);
        if (listCost(source) + fixCost < *cost) {
            driver = source;
            *cost = listCost(source) + fixCost;
        }
    }
    return driver;
}

} // namespace auditlens
