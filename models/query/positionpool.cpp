// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "positionpool.h"

#include <algorithm>

namespace auditlens {

std::vector<quint32> PositionPool::take(size_t capacity)
{
    std::vector<quint32> buffer;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const auto largest =
            std::max_element(m_free.begin(), m_free.end(), [](const auto &a, const auto &b) {
                return a.capacity() < b.capacity();
            });
        if (largest != m_free.end()) {
            buffer.swap(*largest);
            m_free.erase(largest);
        }
    }
    // A buffer grown to the size of one result would be replaced by a new one (untouched
    // again) when a larger result is assigned to it: it is grown once to the whole case.
    buffer.reserve(capacity);
    return buffer;
}

void PositionPool::give(std::vector<quint32> &&buffer)
{
    if (buffer.capacity() < kSmallest)
        return;
    std::vector<quint32> kept;
    kept.swap(buffer);
    kept.clear();
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_free.size() < kKept) {
        m_free.push_back(std::move(kept));
        return;
    }
    // A full pool keeps its largest buffers.
    const auto smallest =
        std::min_element(m_free.begin(), m_free.end(),
                         [](const auto &a, const auto &b) { return a.capacity() < b.capacity(); });
    if (smallest->capacity() < kept.capacity())
        smallest->swap(kept);
    // kept, now the smaller one, is freed outside the pool's use.
}

void PositionPool::prepare(int count, size_t capacity)
{
    for (int i = 0; i < count; ++i) {
        // resize() writes every element: the pages are the process's before a filter needs them.
        std::vector<quint32> buffer(capacity, 0u);
        give(std::move(buffer));
    }
}

} // namespace auditlens
