// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "eventbatch.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

namespace auditlens {

// A small bounded hand-over between the parse thread and the writer thread. Batches are recycled
// so the arenas keep their capacity; memory is bounded by capacity x batch size.
class BatchQueue
{
public:
    explicit BatchQueue(size_t capacity) : m_capacity(capacity)
    {
        for (size_t i = 0; i < capacity + 2; ++i)
            m_free.push_back(std::make_unique<EventBatch>());
    }

    std::unique_ptr<EventBatch> takeFree()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_free.empty() || m_closed; });
        if (m_free.empty())
            return std::make_unique<EventBatch>();
        auto batch = std::move(m_free.back());
        m_free.pop_back();
        batch->clear();
        return batch;
    }
    void giveBack(std::unique_ptr<EventBatch> batch)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_free.push_back(std::move(batch));
        m_changed.notify_all();
    }
    // Blocks while full; returns false once the queue was closed (the consumer gave up).
    bool push(std::unique_ptr<EventBatch> batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_full.size() < m_capacity || m_closed; });
        if (m_closed)
            return false;
        m_full.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // Null once the producer finished and everything was taken, or the queue was closed.
    std::unique_ptr<EventBatch> pop()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_full.empty() || m_finished || m_closed; });
        if (m_full.empty() || m_closed)
            return nullptr;
        auto batch = std::move(m_full.front());
        m_full.pop_front();
        m_changed.notify_all();
        return batch;
    }
    void finish()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    void close()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    // Frees every batch it holds, once both sides are done with it.
    void release()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_full.clear();
        m_free.clear();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<EventBatch>> m_full;
    std::vector<std::unique_ptr<EventBatch>> m_free;
    size_t m_capacity;
    bool m_finished = false;
    bool m_closed = false;
};

} // namespace auditlens
