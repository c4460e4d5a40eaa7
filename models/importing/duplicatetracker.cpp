#include "duplicatetracker.h"

#include <cstring>

namespace auditlens {

namespace {
// Stable sort by hash, 16 bits a pass: entries with one hash stay in seq order.
void sortByHash(std::vector<DuplicateTracker::Entry> &entries)
{
    std::vector<DuplicateTracker::Entry> other(entries.size());
    std::vector<size_t> counts(size_t(1) << 16);
    for (int shift = 0; shift < 64; shift += 16) {
        std::fill(counts.begin(), counts.end(), size_t(0));
        for (const auto &e : entries)
            ++counts[(e.hash >> shift) & 0xffff];
        size_t total = 0;
        for (size_t &c : counts) {
            const size_t n = c;
            c = total;
            total += n;
        }
        for (const auto &e : entries)
            other[counts[(e.hash >> shift) & 0xffff]++] = e;
        entries.swap(other);
    }
}
} // namespace

std::vector<std::vector<qint64>> DuplicateTracker::candidateGroups()
{
    sortByHash(m_entries);
    std::vector<std::vector<qint64>> groups;
    m_uniqueInCurrent = 0;
    for (size_t i = 0; i < m_entries.size();) {
        size_t k = i + 1;
        bool current = m_entries[i].seqAndCurrent & 1;
        while (k < m_entries.size() && m_entries[k].hash == m_entries[i].hash)
            current |= m_entries[k++].seqAndCurrent & 1;
        if (current)
            ++m_uniqueInCurrent;
        if (k - i > 1) {
            std::vector<qint64> group;
            group.reserve(k - i);
            for (size_t j = i; j < k; ++j)
                group.push_back(qint64(m_entries[j].seqAndCurrent >> 1));
            groups.push_back(std::move(group));
        }
        i = k;
    }
    return groups;
}

void DuplicateTracker::clear()
{
    std::vector<Entry>().swap(m_entries);
}

} // namespace auditlens
