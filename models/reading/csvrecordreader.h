// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "bytearena.h"
#include "chunkbuffer.h"
#include "rawrecord.h"

#include <QCoreApplication>
#include <string>

namespace auditlens {

// Streams RFC 4180 records from a source: UTF-8 BOM, LF/CRLF/lone CR line ends, quoted fields
// with commas, doubled quotes and line breaks, blank lines (counted, not records), a missing
// final newline. Memory stays flat: only the record being read is held, up to maxRecordBytes.
class CsvRecordReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvRecordReader)

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

    // Quoted fields whose doubled quotes are undone are written after the contents of arena (and
    // not committed there): a caller that keeps the record's fields commits unescapedBytes() of
    // them instead of copying them. Null: the reader's own buffer, reused for every record.
    void setFieldArena(ByteArena *arena) { m_arena = arena ? arena : &m_ownArena; }
    // Bytes of the last record's fields written to the field arena, from its size() on.
    size_t unescapedBytes() const { return m_scratchLength; }

private:
    enum class Scan { Record, Blank, NeedMore };
    Scan scan(RawRecord &record);
    void skipOversized(RawRecord &record);
    void rejectOversized(RawRecord &record);
    void finishFields(RawRecord &record);

    struct FieldRef
    {
        size_t begin; // index into the buffer, or from the field arena's size() when inScratch
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
    ByteArena m_ownArena;
    ByteArena *m_arena = &m_ownArena; // unescaped fields: m_scratchLength bytes after its size()
    size_t m_scratchLength = 0;
    std::string m_kept; // the head of an oversized record
};

} // namespace auditlens
