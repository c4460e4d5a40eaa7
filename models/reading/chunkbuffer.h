// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "bytesource.h"

#include <string_view>
#include <vector>

namespace auditlens {

// A sliding window over a ByteSource for the record readers. Records are views into the window;
// `refill` keeps the bytes from `keep` on (the record being scanned), moves them to the front and
// reads more, growing the window when one record fills it. Every byte has kPadding readable bytes
// after it, as simdjson requires for parsing in place.
class ChunkBuffer
{
public:
    static constexpr size_t kPadding = 64;

    explicit ChunkBuffer(ByteSource &source, size_t chunkBytes = size_t(4) << 20);

    const char *data() const { return m_data.data(); }
    size_t size() const { return m_size; }
    bool atEnd() const { return m_eof; }
    bool failed() const { return m_failed; }
    QString errorString() const { return m_source.errorString(); }
    // Offset in the source of data()[index].
    qint64 sourceOffset(size_t index) const { return m_base + qint64(index); }

    // Discards the bytes before `keep` and reads more. Returns the shift applied to indices
    // (the old index `keep` becomes 0); sets atEnd() when the source has nothing more.
    size_t refill(size_t keep);

private:
    ByteSource &m_source;
    std::vector<char> m_data;
    size_t m_size = 0;
    size_t m_chunk;
    qint64 m_base = 0;
    bool m_eof = false;
    bool m_failed = false;
};

// Counts physical line breaks (LF, CRLF, lone CR) in [begin, end).
qint64 countLineBreaks(const char *begin, const char *end);

// Offset of the first byte that is not valid UTF-8, or -1 when all of it is.
qint64 firstInvalidUtf8(std::string_view text);

} // namespace auditlens
