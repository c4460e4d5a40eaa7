// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "csvrecordreader.h"

#include <QCoreApplication>

#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace auditlens {

namespace {
// Bytes that end an unquoted field.
struct DelimiterTable
{
    bool table[256] = {};
    constexpr DelimiterTable() : table()
    {
        table[static_cast<unsigned char>(',')] = true;
        table[static_cast<unsigned char>('\r')] = true;
        table[static_cast<unsigned char>('\n')] = true;
    }
};
constexpr DelimiterTable kDelimiters;

#ifdef __SSE2__
// Bit i set where byte i of v is c.
unsigned bytesEqual(__m128i v, char c)
{
    return unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c))));
}
unsigned lineBreakBytes(__m128i v)
{
    return bytesEqual(v, '\n') | bytesEqual(v, '\r');
}
#endif

// The first comma, CR or LF at or after p, or end.
size_t delimiterFrom(const char *d, size_t p, size_t end)
{
#ifdef __SSE2__
    while (p + 16 <= end) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + p));
        const unsigned hits = bytesEqual(v, ',') | lineBreakBytes(v);
        if (hits != 0)
            return p + unsigned(__builtin_ctz(hits));
        p += 16;
    }
#endif
    while (p < end && !kDelimiters.table[static_cast<unsigned char>(d[p])])
        ++p;
    return p;
}

bool hasLineBreak(const char *begin, const char *end)
{
    const size_t n = size_t(end - begin);
    return std::memchr(begin, '\n', n) || std::memchr(begin, '\r', n);
}

constexpr size_t kKeptRawBytes = 64 * 1024;
// Room past the end of a field being unescaped: a 16-byte store may run over, and the JSON parser
// reads a little past the end of a field.
constexpr size_t kScratchSlack = 64;
static_assert(kScratchSlack >= ChunkBuffer::kPadding);
} // namespace

CsvRecordReader::CsvRecordReader(ByteSource &source, size_t maxRecordBytes, size_t chunkBytes)
    : m_buffer(source, chunkBytes), m_maxRecordBytes(maxRecordBytes)
{}

bool CsvRecordReader::next(RawRecord &record)
{
    for (;;) {
        if (!m_started) {
            // The BOM is only recognised at the very start and needs three bytes to be seen.
            while (m_buffer.size() < 3 && !m_buffer.atEnd())
                m_buffer.refill(0);
            const char *d = m_buffer.data();
            if (m_buffer.size() >= 3 && std::memcmp(d, "\xEF\xBB\xBF", 3) == 0) {
                m_pos = 3;
                m_hadBom = true;
            }
            m_started = true;
        }
        if (m_pos >= m_buffer.size()) {
            if (m_buffer.atEnd())
                return false;
            m_buffer.refill(m_pos);
            m_pos = 0;
            continue;
        }
        switch (scan(record)) {
        case Scan::Record:
            return true;
        case Scan::Blank:
            ++m_blankLines;
            continue;
        case Scan::NeedMore:
            // An unfinished record this long is too large whatever follows (the +1 allows for
            // a CR waiting for its LF); a finished one is measured in scan().
            if (m_buffer.size() - m_pos > m_maxRecordBytes + 1) {
                skipOversized(record);
                return true;
            }
            m_buffer.refill(m_pos);
            m_pos = 0;
            continue;
        }
    }
}

CsvRecordReader::Scan CsvRecordReader::scan(RawRecord &record)
{
    const char *d = m_buffer.data();
    const size_t end = m_buffer.size();
    const bool eof = m_buffer.atEnd();
    const size_t start = m_pos;
    size_t p = start;

    if (d[p] == '\n' || d[p] == '\r') {
        if (d[p] == '\r' && p + 1 == end && !eof)
            return Scan::NeedMore;
        m_pos = p + ((d[p] == '\r' && p + 1 < end && d[p + 1] == '\n') ? 2 : 1);
        ++m_line;
        return Scan::Blank;
    }

    m_fieldRefs.clear();
    m_ownArena.clear();
    m_scratchLength = 0;
    record.rejected = false;
    record.message.clear();
    qint64 lineBreaks = 0;
    size_t recordEnd = 0; // index just past the record's last byte (before its line end)
    size_t next = 0;      // where the following record starts
    bool terminated = false;

    for (;;) {
        if (p < end && d[p] == '"') {
            // The field is copied to the scratch buffer with its doubled quotes undone, in one
            // pass that also notes line breaks; a field without doubled quotes is then used
            // where it lies and the copy is simply forgotten.
            size_t q = p + 1;
            char *const out =
                m_arena->room(m_scratchLength + (end - q) + kScratchSlack, m_scratchLength) +
                m_scratchLength;
            char *o = out;
            bool escaped = false;
            bool breaks = false;
            bool closed = false;
            size_t close = 0;
            for (;;) {
#ifdef __SSE2__
                // Sixteen bytes at a time, stored whole (the scratch has slack for the bytes
                // past the quote); only bytes inside the window are read.
                while (q + 16 <= end) {
                    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + q));
                    _mm_storeu_si128(reinterpret_cast<__m128i *>(o), v);
                    const unsigned quotes = bytesEqual(v, '"');
                    const unsigned lines = lineBreakBytes(v);
                    if (quotes == 0) {
                        breaks |= lines != 0;
                        q += 16;
                        o += 16;
                        continue;
                    }
                    const unsigned k = unsigned(__builtin_ctz(quotes));
                    breaks |= (lines & ((1u << k) - 1)) != 0;
                    q += k;
                    o += k;
                    break;
                }
#endif
                while (q < end && d[q] != '"') {
                    breaks |= d[q] == '\n' || d[q] == '\r';
                    *o++ = d[q++];
                }
                if (q >= end) {
                    if (!eof)
                        return Scan::NeedMore;
                    break;
                }
                if (q + 1 == end && !eof)
                    return Scan::NeedMore;
                if (q + 1 < end && d[q + 1] == '"') {
                    escaped = true;
                    *o++ = '"';
                    q += 2;
                    continue;
                }
                close = q;
                closed = true;
                break;
            }
            if (!closed) {
                // The quote never closes: the record runs to the end of the source.
                if (hasLineBreak(d + start, d + end))
                    lineBreaks += countLineBreaks(d + start, d + end);
                record.rejected = true;
                record.kind = ProblemKind::UnterminatedQuote;
                record.message = tr("a quoted field opens on this line and is never closed");
                recordEnd = end;
                next = end;
                break;
            }
            if (breaks)
                lineBreaks += countLineBreaks(d + p + 1, d + close);
            if (escaped) {
                m_fieldRefs.push_back({m_scratchLength, size_t(o - out), true});
                m_scratchLength += size_t(o - out);
            } else {
                m_fieldRefs.push_back({p + 1, close - p - 1, false});
            }
            p = close + 1;
            if (p < end && !kDelimiters.table[static_cast<unsigned char>(d[p])]) {
                // Text after a closing quote: keep scanning to the delimiter, reject the record.
                size_t q = p;
                while (q < end && !kDelimiters.table[static_cast<unsigned char>(d[q])])
                    ++q;
                if (q == end && !eof)
                    return Scan::NeedMore;
                if (!record.rejected) {
                    record.rejected = true;
                    record.kind = ProblemKind::MalformedRecord;
                    record.message =
                        tr("text follows the closing quote of field %1").arg(m_fieldRefs.size());
                }
                p = q;
            }
        } else {
            const size_t q = delimiterFrom(d, p, end);
            if (q == end && !eof)
                return Scan::NeedMore;
            m_fieldRefs.push_back({p, q - p, false});
            p = q;
        }

        if (p >= end) {
            recordEnd = end;
            next = end;
            break;
        }
        if (d[p] == ',') {
            ++p;
            continue;
        }
        if (d[p] == '\n') {
            recordEnd = p;
            next = p + 1;
            terminated = true;
            break;
        }
        // '\r': CRLF or a lone CR; a CR at the end of the window needs the next byte first.
        if (p + 1 == end && !eof)
            return Scan::NeedMore;
        recordEnd = p;
        next = p + ((p + 1 < end && d[p + 1] == '\n') ? 2 : 1);
        terminated = true;
        break;
    }

    record.line = m_line;
    record.offset = m_buffer.sourceOffset(start);
    record.raw = std::string_view(d + start, recordEnd - start);
    m_line += lineBreaks + (terminated ? 1 : 0);
    m_pos = next;
    if (recordEnd - start > m_maxRecordBytes) {
        // The limit holds whether or not the record happened to fit in the read window.
        rejectOversized(record);
        return Scan::Record;
    }
    finishFields(record);

    const qint64 bad = firstInvalidUtf8(record.raw);
    if (bad >= 0 && !record.rejected) {
        record.rejected = true;
        record.kind = ProblemKind::InvalidUtf8;
        record.message = tr("byte %1 of the record is not valid UTF-8").arg(bad + 1);
    }
    return Scan::Record;
}

void CsvRecordReader::finishFields(RawRecord &record)
{
    // Views into the field arena are made only now, after it has stopped growing; the padding
    // lets the JSON parser read a little past any field.
    const char *scratch = m_arena->room(m_scratchLength + ChunkBuffer::kPadding, m_scratchLength);
    record.fields.clear();
    const char *d = m_buffer.data();
    for (const FieldRef &ref : m_fieldRefs) {
        const char *base = ref.inScratch ? scratch : d;
        record.fields.emplace_back(base + ref.begin, ref.length);
    }
}

void CsvRecordReader::skipOversized(RawRecord &record)
{
    // Keep the head of the record for the problem report, then skip to its end without holding
    // the rest in memory. The quoting rules are scan()'s: a quote opens a field only at its
    // start, "" inside quotes is a quote, text after a closing quote runs to the delimiter.
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    const char *d = m_buffer.data();
    record.line = m_line;
    record.offset = m_buffer.sourceOffset(m_pos);
    m_kept.assign(d + m_pos, std::min(kKeptRawBytes, m_buffer.size() - m_pos));
    State state = State::FieldStart;
    qint64 lineBreaks = 0;
    bool previousCr = false;
    bool terminated = false;
    bool afterCr = false; // the record ended with a CR: a following LF belongs to it
    bool done = false;
    size_t p = m_pos;
    for (;;) {
        d = m_buffer.data();
        const size_t end = m_buffer.size();
        for (; p < end; ++p) {
            const char c = d[p];
            if (afterCr) {
                if (c == '\n')
                    ++p;
                done = true;
                break;
            }
            if (state == State::QuoteInQuoted) {
                if (c == '"') {
                    state = State::Quoted;
                    continue;
                }
                state = State::Unquoted; // the quote closed the field
            }
            if (state == State::Quoted) {
                if (c == '"')
                    state = State::QuoteInQuoted;
                else if (c == '\r' || (c == '\n' && !previousCr))
                    ++lineBreaks;
                previousCr = c == '\r';
                continue;
            }
            if (c == '"' && state == State::FieldStart) {
                state = State::Quoted;
                previousCr = false;
                continue;
            }
            if (c == ',') {
                state = State::FieldStart;
                continue;
            }
            if (c == '\n') {
                terminated = true;
                done = true;
                ++p;
                break;
            }
            if (c == '\r') {
                terminated = true;
                afterCr = true;
                continue;
            }
            state = State::Unquoted;
        }
        if (done || m_buffer.atEnd()) {
            m_pos = p;
            break;
        }
        m_buffer.refill(end);
        p = 0;
    }
    m_line += lineBreaks + (terminated ? 1 : 0);
    record.raw = std::string_view(m_kept.data(), m_kept.size());
    rejectOversized(record);
}

void CsvRecordReader::rejectOversized(RawRecord &record)
{
    if (record.raw.data() != m_kept.data())
        m_kept.assign(record.raw.data(), std::min(kKeptRawBytes, record.raw.size()));
    m_kept.reserve(m_kept.size() + ChunkBuffer::kPadding);
    record.raw = std::string_view(m_kept.data(), m_kept.size());
    record.fields.clear();
    m_scratchLength = 0;
    record.rejected = true;
    record.kind = ProblemKind::RecordTooLarge;
    record.message =
        tr("the record is larger than the limit of %1 bytes; its first %2 bytes are kept")
            .arg(qulonglong(m_maxRecordBytes))
            .arg(qulonglong(m_kept.size()));
}

} // namespace auditlens
