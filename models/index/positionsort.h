// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

namespace auditlens {

// The one radix sort of the index: orders positions (or any 32-bit values) by their keys, in
// linear time, keeping equal keys in their incoming order.
class PositionSort
{
public:
    // Buffers a caller keeps between sorts so that repeated sorts do not allocate.
    struct Scratch
    {
        std::vector<quint32> positions, keys, counts;
    };

    // Stable LSD radix sort of (key, value) pairs by 64-bit key.
    static void byKey(std::vector<std::pair<quint64, quint32>> &items);
    // Stable LSD radix sort of positions by 32-bit keys (keys[i] is the key of positions[i]);
    // both vectors come back in the sorted order.
    static void byKey(std::vector<quint32> &positions, std::vector<quint32> &keys,
                      Scratch &scratch);
};

} // namespace auditlens
