// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "queryresult.h"

#include <functional>
#include <vector>

namespace auditlens {

// The facets of the fields the index reads off columns of their own: organization, account, IP
// address and source. Each is counted over the matching events, except that a field with a
// condition is counted over the events of the filter without that condition, so its alternatives
// stay visible as they do in the other facets. The counts are exact.
class ColumnFacets
{
public:
    explicit ColumnFacets(const EventIndex &index);

    static constexpr FilterField kFields[] = {FilterField::Organization, FilterField::Account,
                                              FilterField::Ip, FilterField::Source};
    static constexpr int kFieldCount = int(std::size(kFields));

    // The matching positions of a filter (the filter of a result without one field's condition).
    using PositionsOf = std::function<std::vector<quint32>(const Filter &)>;
    // Fills the facets of these fields in a result whose filter and positions are set.
    void fill(QueryResult &result, int facetTop, const PositionsOf &positionsOf);

private:
    // The whole case's counts, and the number of codes of each field.
    void prepare();
    void count(int k, const std::vector<quint32> &positions, std::vector<quint32> &counts) const;

    const EventIndex &m_index;
    bool m_ready = false;
    std::vector<quint32> m_caseCounts[kFieldCount];
    bool m_inCase[kFieldCount] = {};
};

} // namespace auditlens
