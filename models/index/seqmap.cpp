// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "seqmap.h"

#include <algorithm>
#include <numeric>

namespace auditlens {

namespace {
constexpr quint32 kNone = 0xffffffffu;

// b - a for a <= b, without overflow: the distance between any two int64 fits in 64 bits unsigned.
quint64 distance(qint64 a, qint64 b)
{
    return quint64(b) - quint64(a);
}
} // namespace

bool SeqMap::build(const std::vector<qint64> &seqs)
{
    clear();
    const size_t n = seqs.size();
    if (n == 0)
        return true;
    const auto [lo, hi] = std::minmax_element(seqs.begin(), seqs.end());
    m_min = *lo;
    // A table of up to twice the events (plus a little) costs at most 8 bytes an event.
    const quint64 span = distance(*lo, *hi); // last slot of a table
    if (span < quint64(n) * 2 + 1024) {
        m_table.assign(size_t(span) + 1, kNone);
        for (size_t p = 0; p < n; ++p) {
            quint32 &slot = m_table[size_t(distance(m_min, seqs[p]))];
            if (slot != kNone) {
                clear();
                return false;
            }
            slot = quint32(p);
        }
        return true;
    }
    std::vector<quint32> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return seqs[a] < seqs[b]; });
    m_sortedSeqs.resize(n);
    for (size_t i = 0; i < n; ++i) {
        m_sortedSeqs[i] = seqs[order[i]];
        if (i > 0 && m_sortedSeqs[i] == m_sortedSeqs[i - 1]) {
            clear();
            return false;
        }
    }
    m_positions = std::move(order);
    return true;
}

qint64 SeqMap::positionOf(qint64 seq) const
{
    if (!m_table.empty()) {
        if (seq < m_min)
            return -1;
        const quint64 k = distance(m_min, seq);
        if (k >= m_table.size())
            return -1;
        const quint32 p = m_table[size_t(k)];
        return p == kNone ? -1 : qint64(p);
    }
    const auto it = std::lower_bound(m_sortedSeqs.begin(), m_sortedSeqs.end(), seq);
    if (it == m_sortedSeqs.end() || *it != seq)
        return -1;
    return qint64(m_positions[size_t(it - m_sortedSeqs.begin())]);
}

quint32 SeqMap::orderOf(qint64 seq) const
{
    if (!m_table.empty())
        return seq < m_min ? 0u : quint32(distance(m_min, seq));
    return quint32(std::lower_bound(m_sortedSeqs.begin(), m_sortedSeqs.end(), seq) -
                   m_sortedSeqs.begin());
}

bool SeqMap::holdsSeqIn(qint64 lo, qint64 hi) const
{
    if (hi < lo)
        return false;
    if (!m_table.empty()) {
        if (hi < m_min)
            return false;
        const quint64 first = lo < m_min ? 0 : distance(m_min, lo);
        const quint64 last = std::min<quint64>(distance(m_min, hi), m_table.size() - 1);
        for (quint64 k = first; k <= last && k < m_table.size(); ++k) {
            if (m_table[size_t(k)] != kNone)
                return true;
        }
        return false;
    }
    const auto it = std::lower_bound(m_sortedSeqs.begin(), m_sortedSeqs.end(), lo);
    return it != m_sortedSeqs.end() && *it <= hi;
}

qint64 SeqMap::memoryBytes() const
{
    return qint64(m_table.capacity() * 4 + m_sortedSeqs.capacity() * 8 +
                  m_positions.capacity() * 4);
}

} // namespace auditlens
