// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "chunkbuffer.h"

#include <simdjson.h>

#include <cstring>

namespace auditlens {

ChunkBuffer::ChunkBuffer(ByteSource &source, size_t chunkBytes)
    : m_source(source), m_data(chunkBytes + kPadding), m_chunk(chunkBytes)
{}

size_t ChunkBuffer::refill(size_t keep)
{
    if (m_eof)
        return 0;
    const size_t kept = m_size - keep;
    if (keep > 0 && kept > 0)
        std::memmove(m_data.data(), m_data.data() + keep, kept);
    m_base += qint64(keep);
    m_size = kept;
    // Leave room for at least one chunk after the kept bytes.
    if (m_data.size() < m_size + m_chunk + kPadding)
        m_data.resize(std::max(m_data.size() * 2, m_size + m_chunk + kPadding));
    const qint64 n =
        m_source.read(m_data.data() + m_size, qint64(m_data.size() - kPadding - m_size));
    if (n <= 0) {
        m_eof = true;
        m_failed = n < 0;
    } else {
        m_size += size_t(n);
    }
    return keep;
}

qint64 countLineBreaks(const char *begin, const char *end)
{
    qint64 count = 0;
    for (const char *p = begin; p < end; ++p) {
        if (*p == '\n')
            ++count;
        else if (*p == '\r' && (p + 1 == end || p[1] != '\n'))
            ++count;
    }
    return count;
}

qint64 firstInvalidUtf8(std::string_view text)
{
    if (simdjson::validate_utf8(text.data(), text.size()))
        return -1;
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        size_t len = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, min = 0x10000, cp = c & 0x07;
        } else {
            return qint64(i);
        }
        if (i + len > n)
            return qint64(i);
        for (size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return qint64(i);
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return qint64(i);
        i += len;
    }
    return 0;
}

} // namespace auditlens
