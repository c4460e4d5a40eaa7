// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QtGlobal>

#include <mutex>
#include <vector>

namespace auditlens {

// The buffers a filter's matching positions are written into, handed back when a result is done
// with. A million positions in memory the process has not touched yet fault in page by page,
// which costs more than the query that fills them (20 ms and more, where the filter itself takes
// 2); a buffer that held an earlier result is already there. Results are made on the query
// worker and dropped on the GUI thread: the pool is shared by both.
class PositionPool
{
public:
    // A buffer, empty, for up to capacity positions: the pool's largest, grown if it is smaller.
    std::vector<quint32> take(size_t capacity);
    // Keeps a buffer for a later take() if it is large enough to matter and the pool is not full.
    void give(std::vector<quint32> &&buffer);
    // Fills the pool with count buffers of capacity positions each, touched, so that the first
    // filters find them ready.
    void prepare(int count, size_t capacity);

    // Below this capacity a buffer is left to the allocator, which keeps small blocks at hand.
    static constexpr size_t kSmallest = 16 * 1024;
    // A result on screen, its successor being made, a query of the worker's own for a facet,
    // and one more held a while (by a view still drawing the one before, say).
    static constexpr size_t kKept = 4;

private:
    std::mutex m_mutex;
    std::vector<std::vector<quint32>> m_free;
};

} // namespace auditlens
