// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// IndexQuery's ordering of positions: the sort key of each column, then the one radix sort.

#include "indexqueryparts.h"

#include <algorithm>

namespace auditlens {

std::vector<quint32> IndexQuery::addressRanks() const
{
    // Codes are in key order, where IPv4 addresses (::ffff:a.b.c.d) lie among the IPv6 ones:
    // they come first, then IPv6 in order, then events without an address.
    const quint32 count = m_index.ipCount();
    std::vector<quint32> rank(size_t(count) + 1, 0xffffffffu);
    static const std::string_view mapped("\0\0\0\0\0\0\0\0\0\0\xff\xff", 12);
    quint32 next = 0;
    for (const bool v4 : {true, false}) {
        for (quint32 c = 1; c <= count; ++c) {
            if ((m_index.ipKey(c).substr(0, 12) == mapped) == v4)
                rank[c] = next++;
        }
    }
    return rank;
}

std::vector<std::pair<quint32, quint32>> IndexQuery::tagSetRanks() const
{
    std::vector<std::pair<quint32, quint32>> ranks;
    if (!m_marks)
        return ranks;
    // The tags in name order (case aside first), so that a set of tags compares as its sorted
    // names do: "benign" < "benign, reported" < "malicious".
    const quint32 codes = m_marks->codes(IndexField::Tag);
    std::vector<quint32> byName;
    for (quint32 c = 1; c < codes; ++c)
        byName.push_back(c);
    std::sort(byName.begin(), byName.end(), [&](quint32 a, quint32 b) {
        const QString x = m_marks->key(IndexField::Tag, a), y = m_marks->key(IndexField::Tag, b);
        const int folded = x.compare(y, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : x < y;
    });
    // (position, the tag's place in name order) for every tag an event carries.
    std::vector<std::pair<quint32, quint32>> carried;
    for (quint32 place = 0; place < byName.size(); ++place) {
        for (const quint32 p : m_marks->positions(IndexField::Tag, byName[place]))
            carried.emplace_back(p, place);
    }
    std::sort(carried.begin(), carried.end());
    // Each event's set of tags, then the sets in order.
    std::vector<std::vector<quint32>> sets;
    for (size_t i = 0; i < carried.size();) {
        std::vector<quint32> set;
        const quint32 p = carried[i].first;
        for (; i < carried.size() && carried[i].first == p; ++i)
            set.push_back(carried[i].second);
        ranks.emplace_back(p, quint32(sets.size()));
        sets.push_back(std::move(set));
    }
    std::vector<quint32> order(sets.size());
    for (quint32 i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return sets[a] < sets[b]; });
    std::vector<quint32> rankOfSet(sets.size());
    for (quint32 i = 0; i < order.size(); ++i) // equal sets share a rank
        rankOfSet[order[i]] =
            i > 0 && sets[order[i]] == sets[order[i - 1]] ? rankOfSet[order[i - 1]] : i;
    for (auto &[p, rank] : ranks)
        rank = rankOfSet[rank];
    return ranks;
}

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
    case EventColumn::Ip: {
        const std::vector<quint32> rank = addressRanks();
        m_index.ipColumn().visit(
            [&](const auto *codes) { fill([&](quint32 p) { return rank[codes[p]]; }); });
        break;
    }
    case EventColumn::Organization:
    case EventColumn::Account: {
        const IndexField field = sort.column == EventColumn::Organization ? IndexField::Organization
                                                                          : IndexField::Account;
        const std::vector<quint32> &rank = m_index.dictionary(field).rank;
        const NarrowCodes &column = field == IndexField::Organization ? m_index.organizationColumn()
                                                                      : m_index.accountColumn();
        column.visit([&](const auto *codes) {
            fill([&](quint32 p) { return codes[p] < rank.size() ? rank[codes[p]] : 0u; });
        });
        break;
    }
    case EventColumn::Marks:
    case EventColumn::Tags: {
        // Marked events first, the others last in either direction (as blank cells go).
        constexpr quint32 kNone = 0xffffffffu;
        if (sort.column == EventColumn::Marks) {
            // Starred and noted, starred, noted.
            fill([&](quint32 p) {
                const bool starred = m_marks && m_marks->carries(IndexField::Starred, 1, p);
                const bool noted = m_marks && m_marks->carries(IndexField::Noted, 1, p);
                return starred || noted ? quint32(starred ? 0 : 2) + (noted ? 0 : 1) : kNone;
            });
        } else {
            const std::vector<std::pair<quint32, quint32>> ranks = tagSetRanks();
            fill([&](quint32 p) {
                const auto at =
                    std::lower_bound(ranks.begin(), ranks.end(), std::pair<quint32, quint32>(p, 0));
                return at != ranks.end() && at->first == p ? at->second : kNone;
            });
        }
        if (sort.descending) {
            for (quint32 &k : keys)
                k = k == kNone ? k : kNone - 1 - k;
        }
        PositionSort::byKey(positions, keys, m_scratch->sortScratch);
        return;
    }
    case EventColumn::Request: {
        // The events of one request together (by the high half of its id's hash: the index
        // holds no request ids), those without one last.
        const quint64 *hashes = m_index.requestColumn().data();
        fill([&](quint32 p) {
            return hashes[p] ? std::min(quint32(hashes[p] >> 32), 0xfffffffeu) : 0xffffffffu;
        });
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
