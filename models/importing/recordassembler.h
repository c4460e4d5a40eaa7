// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../parsing/auditevent.h"
#include "batchqueue.h"
#include "importer.h"

#include <string>

namespace auditlens {

// Puts a parsed record into the write batch as one event: its cells as read, the extra columns
// as one JSON object, and what was extracted (entities, request id, time, success, flags).
class RecordAssembler
{
public:
    // Appends the event. unescapedBytes: the bytes the CSV reader unescaped straight into the
    // batch's arena for this record (0 for JSON); cells lying there stay where they are.
    const EventBatch::Event &append(EventBatch &batch, const EventCells &cells,
                                    const ParsedEvent &parsed, qint64 seq, qint64 line,
                                    qint64 offset, size_t unescapedBytes);
    // A glimpse of an event of the batch, for a viewer to show while the source is read.
    static PreviewEvent preview(const EventBatch &batch, const EventBatch::Event &e,
                                const ParsedEvent &parsed);

private:
    std::string m_extra; // the extra columns' JSON, reused from record to record
};

} // namespace auditlens
