#include "duplicatetracker.h"

#include <algorithm>

namespace auditlens {

void DuplicateTracker::add(std::string_view id, qint64 seq, bool current)
{
    if (id.empty())
        return; // an empty id never groups
    const quint64 key = HashIndex::hash(id);
    bool inserted = false;
    quint64 *value = m_first.insert(key, (quint64(seq) << 1) | (current ? 1 : 0), &inserted);
    if (!inserted) {
        if (current)
            *value |= 1;
        m_repeats.emplace_back(key, seq);
    }
}

std::vector<std::vector<qint64>> DuplicateTracker::candidateGroups() const
{
    std::vector<std::pair<quint64, qint64>> repeats = m_repeats;
    std::sort(repeats.begin(), repeats.end());
    std::vector<std::vector<qint64>> groups;
    HashIndex &first = const_cast<HashIndex &>(m_first);
    for (size_t i = 0; i < repeats.size();) {
        std::vector<qint64> group;
        group.push_back(qint64(*first.find(repeats[i].first) >> 1));
        size_t k = i;
        for (; k < repeats.size() && repeats[k].first == repeats[i].first; ++k)
            group.push_back(repeats[k].second);
        groups.push_back(std::move(group));
        i = k;
    }
    return groups;
}

qint64 DuplicateTracker::uniqueIdsInCurrent() const
{
    qint64 count = 0;
    m_first.forEach([&](quint64, quint64 value) { count += qint64(value & 1); });
    return count;
}

void DuplicateTracker::clear()
{
    m_first.clear();
    m_repeats.clear();
    m_repeats.shrink_to_fit();
}

} // namespace auditlens
