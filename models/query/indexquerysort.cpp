// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// IndexQuery's ordering of positions: the sort key of each column, then the one radix sort.

#include "indexqueryparts.h"

#include <algorithm>

namespace auditlens {

void IndexQuery::sortPositions(std::vector<quint32> &positions, const SortSpec &sort) const
{
    if (sort.column == EventColumn::Time) {
        if (sort.descending) // ties in time keep source/line order within the reversed run
            std::reverse(positions.begin(), positions.end());
        return;
    }
    std::vector<quint32> &keys = m_scratch->keys;
    keys.resize(positions.size());
    auto fill = [&](auto keyOf) {
        for (size_t i = 0; i < positions.size(); ++i)
            keys[i] = keyOf(positions[i]);
    };
    auto rankOf = [&](IndexField field) {
        const std::vector<quint32> &rank = m_index.dictionary(field).rank;
        if (field == IndexField::Action) {
            const auto &column = m_index.actionColumn();
            fill([&](quint32 p) { return rank[column[p]]; });
        } else {
            const auto &column = m_index.entityColumn(field);
            fill([&](quint32 p) { return rank[column[p]]; });
        }
    };
    switch (sort.column) {
    case EventColumn::Time:
        break;
    case EventColumn::Action:
        rankOf(IndexField::Action);
        break;
    case EventColumn::Actor:
        rankOf(IndexField::Actor);
        break;
    case EventColumn::Target:
        rankOf(IndexField::Target);
        break;
    case EventColumn::Scope:
        rankOf(IndexField::Scope);
        break;
    case EventColumn::Success: {
        // false, true, then unknown
        static constexpr quint32 order[kSuccessCodes] = {2, 0, 1, 2};
        fill([&](quint32 p) { return order[m_index.flags(p) & EventIndex::SuccessMask]; });
        break;
    }
    case EventColumn::Id:
        fill([&](quint32 p) { return m_index.idRank(p); });
        break;
    case EventColumn::Duplicates:
        fill([&](quint32 p) {
            return (quint32(m_index.dupKind(p)) << 28) | std::min(m_index.dupCount(p), 0xfffffffu);
        });
        break;
    case EventColumn::Source:
    case EventColumn::Line: {
        fill([&](quint32 p) { return m_index.seqOrder(p); });
        break;
    }
    }
    if (sort.descending) {
        for (quint32 &k : keys)
            k = ~k;
    }
    PositionSort::byKey(positions, keys, m_scratch->sortScratch);
}

} // namespace auditlens
