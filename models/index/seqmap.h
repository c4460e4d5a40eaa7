// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QtGlobal>

#include <vector>

namespace auditlens {

// Position of each event by its seq. The cases AuditLens writes number their events without gaps,
// and a table indexed by seq - min answers in one step; a case from elsewhere may hold any int64
// seqs (INT64_MIN next to INT64_MAX), which then go to a sorted list searched by halving, so the
// memory stays proportional to the events whatever the seqs are.
class SeqMap
{
public:
    // False when two positions share a seq (then nothing is kept).
    bool build(const std::vector<qint64> &seqs);
    void clear() { *this = SeqMap(); }

    // Position of an event by its seq, or -1.
    qint64 positionOf(qint64 seq) const;
    qint64 minSeq() const { return m_min; }
    // Where the event at a position stands in seq order, in 32 bits: a sort key. Equal to
    // seq - minSeq() when the seqs are dense.
    quint32 orderOf(qint64 seq) const;
    // Whether some event has a seq in [lo, hi].
    bool holdsSeqIn(qint64 lo, qint64 hi) const;
    qint64 memoryBytes() const;

private:
    qint64 m_min = 0;
    std::vector<quint32> m_table;     // dense: seq - m_min -> position, 0xffffffff when none
    std::vector<qint64> m_sortedSeqs; // sparse: every seq, ascending...
    std::vector<quint32> m_positions; // ...and the position of each
};

} // namespace auditlens
