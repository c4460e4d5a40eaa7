// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "passloop.h"

namespace auditlens {

namespace {
// Fail bits: action 1, actor 2, target 4, scope 8, success 16, duplicates or text 32. An event
// counts in a field's facet when nothing but that field failed (the alternatives stay visible),
// and is a match when nothing failed. Large: the target facet is a bitmap of its events, and its
// condition a bitmap of the events that pass it.
template <bool List, bool Text, bool Large, bool TargetCondition, bool Invert = false>
size_t scanRows(const PassLoop s, const quint32 *list, quint32 lo, quint32 hi)
{
    // s is a copy: its pointers stay in registers rather than being reloaded after each store.
    size_t n = 0;
    quint32 word = ~0u;
    quint64 bits = 0;
    for (quint32 k = lo; k < hi; ++k) {
        const quint32 i = List ? list[k] : k;
        const quint32 fl = s.flags[i];
        const quint32 a = s.actions[i], ac = s.actors[i], sc = s.scopes[i];
        unsigned fail =
            unsigned(s.flagFail[fl]) | s.actionFail[a] | s.actorFail[ac] | s.scopeFail[sc];
        if constexpr (Text)
            fail |= (bitOf(s.text, i) ^ 1u) << 5;
        quint32 tg = 0;
        if constexpr (Large) {
            if constexpr (TargetCondition)
                fail |= (bitOf(s.targetPass, i) ^ 1u) << 2;
        } else {
            tg = s.targets[i];
            fail |= s.targetFail[tg];
        }
        const quint32 lane = k % kLanes;
        s.actionCounts[lane * s.actionStride + a] += ((fail & ~1u) == 0) != Invert;
        s.actorCounts[lane * s.actorStride + ac] += ((fail & ~2u) == 0) != Invert;
        s.scopeCounts[lane * s.scopeStride + sc] += ((fail & ~8u) == 0) != Invert;
        s.successCounts[lane * kSuccessCodes + (fl & EventIndex::SuccessMask)] +=
            ((fail & ~16u) == 0) != Invert;
        if constexpr (Large) {
            if ((i >> 6) != word) {
                if (bits)
                    s.targetBits[word] |= bits;
                word = i >> 6;
                bits = 0;
            }
            bits |= quint64((fail & ~4u) == 0) << (i & 63);
        } else {
            s.targetCounts[lane * s.targetStride + tg] += ((fail & ~4u) == 0) != Invert;
        }
        s.out[n] = i;
        n += fail == 0;
    }
    if (Large && bits)
        s.targetBits[word] |= bits;
    return n;
}

using ScanFunction = PassLoop::Function;

// Invert: counts the events a facet does not count (a filter read as the whole log minus the
// events it leaves out). Text: the events the columns' conditions keep (the others fail for
// every facet).
template <bool Text> ScanFunction pickInverted(bool large, bool condition)
{
    if (!large)
        return &scanRows<true, Text, false, false, true>;
    return condition ? &scanRows<true, Text, true, true, true>
                     : &scanRows<true, Text, true, false, true>;
}
template <bool List, bool Text> ScanFunction pickTarget(bool large, bool condition)
{
    if (!large)
        return &scanRows<List, Text, false, false>;
    return condition ? &scanRows<List, Text, true, true> : &scanRows<List, Text, true, false>;
}
template <bool List> ScanFunction pickText(bool text, bool large, bool condition)
{
    return text ? pickTarget<List, true>(large, condition)
                : pickTarget<List, false>(large, condition);
}

} // namespace

PassLoop::Function PassLoop::pick(bool invert, bool list, bool text, bool large, bool condition)
{
    if (invert)
        return text ? pickInverted<true>(large, condition) : pickInverted<false>(large, condition);
    return list ? pickText<true>(text, large, condition) : pickText<false>(text, large, condition);
}

} // namespace auditlens
