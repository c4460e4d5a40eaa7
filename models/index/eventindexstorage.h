// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "eventindex.h"

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace auditlens {

// Keeps a case's viewer index in the case (the viewer_index table, see IndexBlob) and reads it
// back, so that a case opens without reading its events again.
class EventIndexStorage
{
public:
    // The index kept in the case if it matches the case's current content; false otherwise
    // (also when it is damaged: it is then rebuilt, never trusted).
    static bool load(sqlite3 *db, EventIndex *index);
    // Keeps the index in the case (replacing an older one). The case must be writable.
    // chunkBytes: the most one row of the kept index holds.
    static bool store(sqlite3 *db, const EventIndex &index, QString *error,
                      size_t chunkBytes = size_t(4) << 20);
    // Loads the kept index, or builds it (and keeps it when the case is writable). A case whose
    // events cannot be indexed (damaged, or too large for memory) gives an error.
    static bool loadOrBuild(sqlite3 *db, bool writable, EventIndex *index, QString *error,
                            bool *built = nullptr);

private:
    template <typename W> static void serialize(const EventIndex &index, W &w);
    static bool deserialize(const QByteArray &data, EventIndex &index);
};

} // namespace auditlens
