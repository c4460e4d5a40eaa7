// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "problem.h"

#include <QString>

#include <string_view>
#include <vector>

namespace auditlens {

// One record as a reader found it. Views stay valid until the reader's next call.
struct RawRecord
{
    qint64 line = 0;                      // physical line where the record starts (1-based)
    qint64 offset = 0;                    // byte offset of its first byte in the source
    std::string_view raw;                 // the record's bytes, without its line ending
    std::vector<std::string_view> fields; // CSV: field values with quoting removed
    bool rejected = false;                // the reader could not read it: see kind/message
    ProblemKind kind = ProblemKind::MalformedRecord;
    QString message;
};

// Default upper bound on one record's size; anything larger is rejected, not loaded.
constexpr size_t kDefaultMaxRecordBytes = size_t(64) << 20;

} // namespace auditlens
