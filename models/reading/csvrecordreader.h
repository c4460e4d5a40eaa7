#pragma once

#include "chunkbuffer.h"
#include "rawrecord.h"

#include <string>

namespace auditlens {

// Streams RFC 4180 records from a source: UTF-8 BOM, LF/CRLF/lone CR line ends, quoted fields
// with commas, doubled quotes and line breaks, blank lines (counted, not records), a missing
// final newline. Memory stays flat: only the record being read is held, up to maxRecordBytes.
class CsvRecordReader
{
public:
    explicit CsvRecordReader(ByteSource &source, size_t maxRecordBytes = kDefaultMaxRecordBytes,
                             size_t chunkBytes = size_t(4) << 20);

    // Reads the next record; false at the end of the source or on an I/O error (failed()).
    bool next(RawRecord &record);

    qint64 blankLines() const { return m_blankLines; }
    bool hadBom() const { return m_hadBom; }
    bool failed() const { return m_buffer.failed(); }
    QString errorString() const { return m_buffer.errorString(); }
    // Offset just past the last byte consumed.
    qint64 position() const { return m_buffer.sourceOffset(m_pos); }

private:
    enum class Scan { Record, Blank, NeedMore };
    Scan scan(RawRecord &record);
    void skipOversized(RawRecord &record);
    void rejectOversized(RawRecord &record);
    void finishFields(RawRecord &record);

    struct FieldRef
    {
        size_t begin; // index into the buffer, or into m_scratch when inScratch
        size_t length;
        bool inScratch;
    };

    ChunkBuffer m_buffer;
    size_t m_maxRecordBytes;
    size_t m_pos = 0;
    qint64 m_line = 1;
    qint64 m_blankLines = 0;
    bool m_started = false;
    bool m_hadBom = false;
    std::vector<FieldRef> m_fieldRefs;
    std::string m_scratch;      // unescaped fields; only its first m_scratchLength bytes are used
    size_t m_scratchLength = 0; // (its size is kept large so it is not refilled with zeros)
};

} // namespace auditlens
