// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "eventindex.h"

#include <QString>

#include <atomic>

struct sqlite3;

namespace auditlens {

// Makes a case's viewer index: from the rows the importer kept of its events, or by reading the
// events back. The case is read for the dictionaries' labels and the fingerprint.
class EventIndexBuilder
{
public:
    // Reads the events of the case into a new index. cancel may be null.
    static bool fromCase(sqlite3 *db, EventIndex *index, QString *error,
                         const std::atomic<bool> *cancel = nullptr);
    // Builds the index from rows that hold every event of the case (they are consumed).
    // prepared, when given, is order(rows) made earlier (it is consumed).
    static bool fromRows(sqlite3 *db, EventIndexRows &&rows, EventIndex *index, QString *error,
                         const std::atomic<bool> *cancel = nullptr,
                         EventIndexOrder *prepared = nullptr);
    // The slowest part of a build, which needs only the rows' times, time flags and ids: may run
    // on another thread while the case is still being written.
    static EventIndexOrder order(const EventIndexRows &rows);
    // The sentence for a case too large for this machine's memory.
    static QString notEnoughMemory();
};

} // namespace auditlens
