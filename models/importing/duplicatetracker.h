// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "hashindex.h"

#include <cstdio>
#include <string_view>
#include <vector>

namespace auditlens {

// Finds events that share an id, without holding the ids: the hash of each event's id is noted
// with its seq, 16 bytes an event written one after another; sorting them by hash at the end
// brings the events that may share an id together. The groups are candidates: the importer
// confirms them against the stored ids and cells, so a hash collision can never merge two
// events.
//
// Memory stays bounded: past memoryEntries notes, they go to an anonymous temporary file, and the
// groups are then found a part of the hashes at a time, each part no larger than memoryEntries.
class DuplicateTracker
{
public:
    explicit DuplicateTracker(size_t memoryEntries = size_t(2) << 20);
    ~DuplicateTracker();
    DuplicateTracker(const DuplicateTracker &) = delete;
    DuplicateTracker &operator=(const DuplicateTracker &) = delete;

    // Room for this many events without moving what was noted (address space only: pages are
    // used as events are added).
    void reserve(size_t events) { m_entries.reserve(std::min(events, m_limit)); }
    // `current` marks events of the running import, so uniqueIdsInCurrent() can count them.
    // Events are added in seq order.
    void add(std::string_view id, qint64 seq, bool current)
    {
        if (id.empty())
            return; // an empty id never groups
        m_entries.push_back({HashIndex::hash(id), (quint64(seq) << 1) | (current ? 1u : 0u)});
        if (m_entries.size() >= m_limit)
            spill();
    }
    // Groups of two or more events whose ids hash alike, each a list of seqs in order. Sorts what
    // was added; then adds no more.
    std::vector<std::vector<qint64>> candidateGroups();
    // Distinct ids among the events added with current = true (after candidateGroups()).
    qint64 uniqueIdsInCurrent() const { return m_uniqueInCurrent; }
    // The temporary file could not be written or read back: the groups are incomplete.
    bool failed() const { return m_failed; }
    void clear();

    struct Entry
    {
        quint64 hash;
        quint64 seqAndCurrent; // seq << 1 | added as current
    };

private:
    void spill();
    // Sorts m_entries and appends its groups.
    void collect(std::vector<std::vector<qint64>> &groups);

    size_t m_limit;
    std::vector<Entry> m_entries;
    std::FILE *m_file = nullptr;
    size_t m_spilled = 0;
    bool m_failed = false;
    qint64 m_uniqueInCurrent = 0;
};

} // namespace auditlens
