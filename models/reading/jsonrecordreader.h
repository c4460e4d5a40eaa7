// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "chunkbuffer.h"
#include "rawrecord.h"

#include <QCoreApplication>
#include <string>

namespace auditlens {

// Streams event objects from JSON sources: JSON Lines (one object per line, as CircleCI's
// audit-log streaming writes), a JSON array of events, or an API page {"items": [...]}.
// Each record is the raw text of one value with the line and offset where it starts.
class JsonRecordReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonRecordReader)

public:
    enum class Layout { Lines, Array, Items };

    explicit JsonRecordReader(ByteSource &source, size_t maxRecordBytes = kDefaultMaxRecordBytes,
                              size_t chunkBytes = size_t(4) << 20);

    // Reads far enough to tell the layout. False, with *error, when the bytes are no JSON
    // layout we read (an object without an items array, for instance).
    bool start(QString *error);
    Layout layout() const { return m_layout; }

    bool next(RawRecord &record);

    qint64 blankLines() const { return m_blankLines; }
    bool failed() const { return m_buffer.failed(); }
    QString errorString() const { return m_buffer.errorString(); }

private:
    enum class Scan { Record, Blank, End, NeedMore };
    Scan scanLine(RawRecord &record);
    Scan scanElement(RawRecord &record);
    void validate(RawRecord &record);
    bool skipElement();
    void rejectOversized(RawRecord &record, std::string_view head);

    ChunkBuffer m_buffer;
    size_t m_maxRecordBytes;
    size_t m_pos = 0;
    qint64 m_line = 1;
    qint64 m_blankLines = 0;
    Layout m_layout = Layout::Lines;
    bool m_done = false;
    bool m_skipping = false; // inside an oversized record, dropping bytes up to its end
    // Where an oversized array element's skip stands between reads.
    bool m_skipStarted = false;
    bool m_skipScalar = false;
    bool m_skipInString = false;
    bool m_skipEscape = false;
    bool m_previousCr = false;
    size_t m_skipDepth = 0;
    std::string m_kept;
};

} // namespace auditlens
