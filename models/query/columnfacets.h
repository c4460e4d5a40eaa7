// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "queryresult.h"

#include <array>
#include <functional>
#include <vector>

namespace auditlens {

// The facets of the fields the index reads off columns of their own: organization, account, IP
// address and source. Each is counted over the matching events, except that a field with a
// condition is counted over the events of the filter without that condition, so its alternatives
// stay visible as they do in the other facets. The counts are exact.
//
// The counting is the query's: its pass adds the values of the events it finds (add()), on the
// threads that find them, so a facet costs no second walk over a large result.
class ColumnFacets
{
public:
    explicit ColumnFacets(const EventIndex &index);

    static constexpr FilterField kFields[] = {FilterField::Organization, FilterField::Account,
                                              FilterField::Ip, FilterField::Source};
    static constexpr int kFieldCount = int(std::size(kFields));
    // Per field, events per code.
    using Counts = std::array<std::vector<quint32>, kFieldCount>;

    // The number of codes of field k (the size of its counts).
    quint32 codes(int k) const { return m_codes[k]; }
    // Adds the values of the events at these positions to counts (sized by codes()).
    void add(const quint32 *positions, size_t n, Counts &counts) const;
    // Every field's counts over the whole case.
    const Counts &caseCounts() const { return m_caseCounts; }

    // The counts of the filter of a result without one field's condition (never the empty filter).
    using CountsOf = std::function<Counts(const Filter &)>;
    // Fills the facets of these fields in a result whose filter is set; matched: the counts over
    // its matching events.
    void fill(QueryResult &result, int facetTop, const Counts &matched, const CountsOf &countsOf);

private:
    const EventIndex &m_index;
    quint32 m_codes[kFieldCount] = {};
    Counts m_caseCounts;
    bool m_inCase[kFieldCount] = {};
};

} // namespace auditlens
