// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

#include <atomic>

struct sqlite3;

namespace auditlens {

struct EventIndexRows;

// Reads the indexed columns of every event of a case, in seq order, checking each value before
// the index uses it: a case travels between analysts and may have been made or changed by
// anything. Ids must name rows of the case's tables (sources, actions, entities), integer columns
// must hold integers, duplicate marks must be possible ones. A value that is not is an error
// naming the event ("the case is damaged: ..."), never a wild write or a loop over 2^32 ids.
class EventRowsReader
{
public:
    // False with a sentence in *error, or with an empty one when cancelled.
    static bool read(sqlite3 *db, EventIndexRows *rows, QString *error,
                     const std::atomic<bool> *cancel = nullptr);
};

} // namespace auditlens
