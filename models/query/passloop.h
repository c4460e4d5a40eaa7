// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../index/eventindex.h"

namespace auditlens {

// The values of an event's success bits (EventIndex::SuccessMask): unknown, false, true.
constexpr quint32 kSuccessCodes = EventIndex::SuccessMask + 1;

// Bit i of a bitmap of positions.
inline unsigned bitOf(const quint64 *bits, quint32 i)
{
    return unsigned(bits[i >> 6] >> (i & 63)) & 1u;
}

// Copies of a small dictionary's counts a pass keeps (see PassLoop's strides).
constexpr quint32 kLanes = 4;
constexpr quint32 kLanedValues = 4096; // larger dictionaries are counted in one copy

// Everything the hot loop touches, as plain pointers in locals so they stay in registers.
struct PassLoop
{
    const quint8 *flags;
    const quint16 *actions;
    const quint32 *actors, *targets, *scopes;
    const quint8 *actionFail, *actorFail, *targetFail, *scopeFail, *flagFail;
    const quint64 *text, *targetPass;
    quint64 *targetBits;
    quint32 *actionCounts, *actorCounts, *targetCounts, *scopeCounts, *successCounts;
    // Small dictionaries are counted in kLanes copies, event k in copy k % kLanes, so that
    // events with the same value do not wait for each other's increment; 0 for one copy.
    quint32 actionStride, actorStride, targetStride, scopeStride;
    quint32 *out;

    // One pass over [lo, hi) of the index, or of list[lo, hi) when list is given: returns how
    // many events matched (their positions in out) and adds to the counts.
    using Function = size_t (*)(PassLoop, const quint32 *list, quint32 lo, quint32 hi);
    // The loop compiled for these conditions. invert: count what each facet does not count
    // (a list; text: the events the columns' conditions keep); large: the target facet is a bitmap,
    // condition: so is its condition.
    static Function pick(bool invert, bool list, bool text, bool large, bool condition);
};

} // namespace auditlens
