#include "jsonrecordreader.h"

#include "jsonscan.h"

#include <QCoreApplication>

#include <cstring>

namespace auditlens {

using jsonscan::kIncomplete;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("JsonRecordReader", text);
}

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
            m_pos = d[0] == '\xEF' ? 3 : 0;
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
            if (m_buffer.size() - m_pos > m_maxRecordBytes) {
                // Keep the head of the oversized record and report it; the rest is skipped.
                record.line = m_line;
                record.offset = m_buffer.sourceOffset(m_pos);
                m_kept.assign(m_buffer.data() + m_pos, kKeptRawBytes);
                record.raw = m_kept;
                record.fields.clear();
                record.rejected = true;
                record.kind = ProblemKind::RecordTooLarge;
                record.message =
                    tr("the record is larger than the limit of %1 bytes; its first %2 bytes are "
                       "kept")
                        .arg(qulonglong(m_maxRecordBytes))
                        .arg(qulonglong(kKeptRawBytes));
                if (m_layout != Layout::Lines) {
                    m_done = true; // the array cannot be resynchronised after a lost element
                } else {
                    m_skipping = true;
                    m_pos = m_buffer.size();
                }
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
    for (;;) {
        const size_t p = jsonscan::skipSpace(d, m_pos, end);
        m_line += countLineBreaks(d + m_pos, d + p);
        m_pos = p;
        if (p >= end)
            return m_buffer.atEnd() ? Scan::End : Scan::NeedMore;
        if (d[p] == ']')
            return Scan::End;
        if (d[p] == ',') {
            ++m_pos;
            continue;
        }
        size_t q = jsonscan::skipValue(d, p, end);
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
        return Scan::Record;
    }
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
