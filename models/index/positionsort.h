#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

namespace auditlens {

// The one radix sort of the index: orders positions (or any 32-bit values) by 64-bit keys, in
// linear time, keeping equal keys in their incoming order.
class PositionSort
{
public:
    // Stable LSD radix sort of (key, value) pairs by key.
    static void byKey(std::vector<std::pair<quint64, quint32>> &items);
};

} // namespace auditlens
