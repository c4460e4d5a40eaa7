// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "jsonrecordreader.h"

#include "jsonscan.h"

#include <QCoreApplication>

#include <cstring>

namespace auditlens {

using jsonscan::kIncomplete;

namespace {
constexpr size_t kKeptRawBytes = 64 * 1024;

// Index of the '[' that opens the "items" array of the object at p, kIncomplete when more bytes
// are needed, or 0 when the object has no such member.
size_t findItemsArray(const char *d, size_t p, size_t end)
{
    size_t q = jsonscan::skipSpace(d, p + 1, end);
    for (;;) {
        if (q >= end)
            return kIncomplete;
        if (d[q] == '}')
            return 0;
        if (d[q] == ',') {
            q = jsonscan::skipSpace(d, q + 1, end);
            continue;
        }
        if (d[q] != '"')
            return 0;
        const size_t keyEnd = jsonscan::skipString(d, q, end);
        if (keyEnd == kIncomplete)
            return kIncomplete;
        const std::string_view key(d + q + 1, keyEnd - q - 2);
        q = jsonscan::skipSpace(d, keyEnd, end);
        if (q >= end)
            return kIncomplete;
        if (d[q] != ':')
            return 0;
        q = jsonscan::skipSpace(d, q + 1, end);
        if (q >= end)
            return kIncomplete;
        if (key == "items" && d[q] == '[')
            return q;
        q = jsonscan::skipValue(d, q, end);
        if (q == kIncomplete)
            return kIncomplete;
    }
}
} // namespace

JsonRecordReader::JsonRecordReader(ByteSource &source, size_t maxRecordBytes, size_t chunkBytes)
    : m_buffer(source, chunkBytes), m_maxRecordBytes(maxRecordBytes)
{}

bool JsonRecordReader::start(QString *error)
{
    // A BOM needs three bytes to be seen, whatever the size of the first reads.
    while (m_buffer.size() < 3 && !m_buffer.atEnd())
        m_buffer.refill(0);
    for (;;) {
        const char *d = m_buffer.data();
        const size_t end = m_buffer.size();
        size_t p = 0;
        if (end >= 3 && std::memcmp(d, "\xEF\xBB\xBF", 3) == 0)
            p = 3;
        p = jsonscan::skipSpace(d, p, end);
        if (p < end && d[p] == '[') {
            m_line += countLineBreaks(d, d + p);
            m_layout = Layout::Array;
            m_pos = p + 1;
            return true;
        }
        if (p < end && d[p] == '{') {
            const size_t items = findItemsArray(d, p, end);
            if (items == kIncomplete && !m_buffer.atEnd() && end < m_maxRecordBytes) {
                m_buffer.refill(0);
                continue;
            }
            if (items != kIncomplete && items != 0) {
                m_line += countLineBreaks(d, d + items);
                m_layout = Layout::Items;
                m_pos = items + 1;
                return true;
            }
            m_layout = Layout::Lines;
            m_pos = end >= 3 && std::memcmp(d, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
            return true;
        }
        if (p >= end && !m_buffer.atEnd()) {
            m_buffer.refill(0);
            continue;
        }
        if (p >= end) { // empty or only white space: no records
            m_done = true;
            m_pos = end;
            return true;
        }
        *error = tr("the file is not JSON Lines or a JSON array of audit events");
        return false;
    }
}

bool JsonRecordReader::next(RawRecord &record)
{
    while (!m_done) {
        const Scan scan = m_layout == Layout::Lines ? scanLine(record) : scanElement(record);
        switch (scan) {
        case Scan::Record:
            validate(record);
            return true;
        case Scan::Blank:
            ++m_blankLines;
            continue;
        case Scan::End:
            m_done = true;
            return false;
        case Scan::NeedMore:
            // An unfinished record this long is too large whatever follows (the +1 allows for
            // the CR of a CRLF); a finished one is measured where it is scanned.
            if (!m_skipping && m_buffer.size() - m_pos > m_maxRecordBytes + 1) {
                record.line = m_line;
                record.offset = m_buffer.sourceOffset(m_pos);
                rejectOversized(record,
                                std::string_view(m_buffer.data() + m_pos, m_buffer.size() - m_pos));
                // The rest of the record is skipped as it streams past.
                m_skipping = true;
                m_skipDepth = 0;
                m_skipInString = false;
                m_skipEscape = false;
                m_previousCr = false;
                m_skipStarted = false;
                return true;
            }
            m_buffer.refill(m_pos);
            m_pos = 0;
            continue;
        }
    }
    return false;
}

JsonRecordReader::Scan JsonRecordReader::scanLine(RawRecord &record)
{
    const char *d = m_buffer.data();
    const size_t end = m_buffer.size();
    if (m_pos >= end) {
        if (m_buffer.atEnd())
            return Scan::End;
        return Scan::NeedMore;
    }
    const auto *nl = static_cast<const char *>(std::memchr(d + m_pos, '\n', end - m_pos));
    if (m_skipping) {
        if (!nl) {
            m_pos = end;
            return m_buffer.atEnd() ? Scan::End : Scan::NeedMore;
        }
        m_skipping = false;
        m_pos = size_t(nl - d) + 1;
        ++m_line;
        return scanLine(record);
    }
    if (!nl && !m_buffer.atEnd())
        return Scan::NeedMore;
    const size_t start = m_pos;
    size_t stop = nl ? size_t(nl - d) : end;
    m_pos = nl ? stop + 1 : end;
    if (stop > start && d[stop - 1] == '\r')
        --stop;
    const size_t first = jsonscan::skipSpace(d, start, stop);
    record.line = m_line;
    if (nl)
        ++m_line;
    if (stop - start > m_maxRecordBytes) {
        record.offset = m_buffer.sourceOffset(start);
        rejectOversized(record, std::string_view(d + start, stop - start));
        return Scan::Record;
    }
    if (first == stop)
        return Scan::Blank;
    record.offset = m_buffer.sourceOffset(start);
    record.raw = std::string_view(d + start, stop - start);
    record.rejected = false;
    record.message.clear();
    record.fields.clear();
    return Scan::Record;
}

JsonRecordReader::Scan JsonRecordReader::scanElement(RawRecord &record)
{
    const char *d = m_buffer.data();
    const size_t end = m_buffer.size();
    if (m_skipping && !skipElement())
        return m_buffer.atEnd() ? Scan::End : Scan::NeedMore;
    for (;;) {
        const size_t p = jsonscan::skipSpace(d, m_pos, end);
        // A CR that ends the window may be the first half of a CRLF: count it once the next
        // byte is in, or the same file would number its lines differently for other read sizes.
        size_t counted = p;
        if (p >= end && !m_buffer.atEnd() && p > m_pos && d[p - 1] == '\r')
            counted = p - 1;
        m_line += countLineBreaks(d + m_pos, d + counted);
        m_pos = counted;
        if (p >= end)
            return m_buffer.atEnd() ? Scan::End : Scan::NeedMore;
        if (d[p] == ']')
            return Scan::End;
        if (d[p] == ',') {
            ++m_pos;
            continue;
        }
        size_t q = jsonscan::skipValue(d, p, end);
        if (q == p)
            q = p + 1; // a stray '}' or ':' is a (malformed) record of its own, never a stall
        record.rejected = false;
        record.message.clear();
        record.fields.clear();
        if (q == kIncomplete) {
            if (!m_buffer.atEnd())
                return Scan::NeedMore;
            q = end;
            record.rejected = true;
            record.kind = ProblemKind::MalformedRecord;
            record.message =
                tr("the JSON value that starts here is cut off by the end of the file");
        }
        record.line = m_line;
        record.offset = m_buffer.sourceOffset(p);
        record.raw = std::string_view(d + p, q - p);
        m_line += countLineBreaks(d + p, d + q);
        m_pos = q;
        if (q - p > m_maxRecordBytes)
            rejectOversized(record, record.raw);
        return Scan::Record;
    }
}

bool JsonRecordReader::skipElement()
{
    // The streaming twin of jsonscan::skipValue, for an element too large to hold: it keeps its
    // state across reads and counts the line breaks it passes.
    const char *d = m_buffer.data();
    const size_t end = m_buffer.size();
    size_t p = m_pos;
    bool done = false;
    for (; p < end && !done; ++p) {
        const char c = d[p];
        if (!m_skipStarted) {
            m_skipStarted = true;
            m_skipScalar = c != '{' && c != '[' && c != '"';
        }
        // A bare token ends before the byte that ends it, which the element scan then reads.
        if (m_skipScalar && (jsonscan::isSpace(c) || c == ',' || c == ']' || c == '}')) {
            done = true;
            break;
        }
        if (c == '\r' || (c == '\n' && !m_previousCr))
            ++m_line;
        m_previousCr = c == '\r';
        if (m_skipScalar)
            continue;
        if (m_skipInString) {
            if (m_skipEscape)
                m_skipEscape = false;
            else if (c == '\\')
                m_skipEscape = true;
            else if (c == '"')
                m_skipInString = false;
            done = !m_skipInString && m_skipDepth == 0;
            continue;
        }
        if (c == '"')
            m_skipInString = true;
        else if (c == '{' || c == '[')
            ++m_skipDepth;
        else if ((c == '}' || c == ']') && --m_skipDepth == 0)
            done = true;
    }
    m_pos = p;
    if (done)
        m_skipping = false;
    return done;
}

void JsonRecordReader::rejectOversized(RawRecord &record, std::string_view head)
{
    m_kept.assign(head.data(), std::min(kKeptRawBytes, head.size()));
    record.raw = m_kept;
    record.fields.clear();
    record.rejected = true;
    record.kind = ProblemKind::RecordTooLarge;
    record.message =
        tr("the record is larger than the limit of %1 bytes; its first %2 bytes are kept")
            .arg(qulonglong(m_maxRecordBytes))
            .arg(qulonglong(m_kept.size()));
}

void JsonRecordReader::validate(RawRecord &record)
{
    if (record.rejected)
        return;
    const qint64 bad = firstInvalidUtf8(record.raw);
    if (bad >= 0) {
        record.rejected = true;
        record.kind = ProblemKind::InvalidUtf8;
        record.message = tr("byte %1 of the record is not valid UTF-8").arg(bad + 1);
    }
}

} // namespace auditlens
