// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../store/casestore.h"

#include <QString>

#include <vector>

struct sqlite3;

namespace auditlens {

class IndexRowsSink;

// Confirms the duplicate tracker's candidate groups (events that may share an id) against the
// ids and cells stored in the case, and writes each event's mark: exact copies, conflicting
// copies (same id, other content), or none.
class DuplicateResolver
{
public:
    // groups: seqs that may share an id, each group in seq order. marks, when given, receives
    // every copy's mark. Adds to *counts; false with SQLite's reason in *error when the case
    // cannot be written.
    static bool resolve(sqlite3 *db, const std::vector<std::vector<qint64>> &groups,
                        IndexRowsSink *marks, DuplicateCounts *counts, QString *error);
};

} // namespace auditlens
