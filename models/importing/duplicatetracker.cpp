// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "duplicatetracker.h"

#include <algorithm>

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

DuplicateTracker::DuplicateTracker(size_t memoryEntries)
    : m_limit(std::max<size_t>(memoryEntries, 1))
{}

DuplicateTracker::~DuplicateTracker()
{
    clear();
}

void DuplicateTracker::spill()
{
    if (!m_file && !m_failed)
        m_file = std::tmpfile();
    if (!m_file ||
        std::fwrite(m_entries.data(), sizeof(Entry), m_entries.size(), m_file) != m_entries.size())
        m_failed = true;
    m_spilled += m_entries.size();
    m_entries.clear();
}

void DuplicateTracker::collect(std::vector<std::vector<qint64>> &groups)
{
    sortByHash(m_entries);
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
}

std::vector<std::vector<qint64>> DuplicateTracker::candidateGroups()
{
    std::vector<std::vector<qint64>> groups;
    m_uniqueInCurrent = 0;
    if (!m_file && !m_failed) {
        collect(groups);
        return groups;
    }
    // Everything noted is in the file, in seq order; each pass keeps one part of the hashes
    // (equal hashes fall in the same part), about memoryEntries of them.
    if (!m_entries.empty())
        spill();
    const size_t total = m_spilled;
    const quint64 parts = std::max<quint64>(1, (total + m_limit - 1) / m_limit);
    std::vector<Entry> block(size_t(1) << 16);
    for (quint64 part = 0; part < parts && !m_failed; ++part) {
        m_entries.clear();
        if (std::fseek(m_file, 0, SEEK_SET) != 0) {
            m_failed = true;
            break;
        }
        size_t read = 0;
        while (read < total) {
            const size_t n = std::fread(block.data(), sizeof(Entry),
                                        std::min(block.size(), total - read), m_file);
            if (n == 0) {
                m_failed = true;
                break;
            }
            read += n;
            for (size_t i = 0; i < n; ++i) {
                if ((block[i].hash >> 32) % parts == part)
                    m_entries.push_back(block[i]);
            }
        }
        collect(groups);
    }
    std::vector<Entry>().swap(m_entries);
    return groups;
}

void DuplicateTracker::clear()
{
    std::vector<Entry>().swap(m_entries);
    if (m_file)
        std::fclose(m_file);
    m_file = nullptr;
    m_spilled = 0;
}

} // namespace auditlens
