// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <algorithm>
#include <cstring>
#include <memory>

namespace auditlens {

// A growable run of bytes that is never filled with zeros: a writer asks for room after the
// contents, writes there, and commits what it keeps. What lies past size() is scratch space, and
// readable up to capacity().
class ByteArena
{
public:
    size_t size() const { return m_size; }
    size_t capacity() const { return m_capacity; }
    char *data() { return m_data.get(); }
    const char *data() const { return m_data.get(); }
    void clear() { m_size = 0; }
    // Room for at least n bytes after the contents; returns where it starts. Growing moves the
    // contents and the first `written` bytes past them (only those: the rest of a large room is
    // left untouched, and costs no memory until it is written).
    char *room(size_t n, size_t written = 0)
    {
        if (m_capacity - m_size < n)
            grow(m_size + n, m_size + written);
        return m_data.get() + m_size;
    }
    // Keeps n bytes written at room().
    void commit(size_t n) { m_size += n; }
    void append(const char *bytes, size_t n)
    {
        if (n == 0)
            return;
        std::memcpy(room(n), bytes, n);
        m_size += n;
    }

private:
    void grow(size_t needed, size_t kept)
    {
        const size_t capacity = std::max({needed, m_capacity * 2, size_t(4096)});
        std::unique_ptr<char[]> data(new char[capacity]);
        if (kept > 0)
            std::memcpy(data.get(), m_data.get(), kept);
        m_data = std::move(data);
        m_capacity = capacity;
    }

    std::unique_ptr<char[]> m_data;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

} // namespace auditlens
