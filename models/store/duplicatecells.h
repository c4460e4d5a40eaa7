// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <string>
#include <vector>

namespace auditlens {

class SqliteStatement;

// What makes two copies of an id exact copies: their id and every cell read from the source,
// compared as stored. Read from a row of CaseSql::kDuplicateCandidate, whose first kCells
// columns they are (the copy's duplicate mark follows).
class DuplicateCells
{
public:
    static constexpr int kCells = 12;
    // The cells of row's current row, NULL written as a byte no cell holds alone.
    static std::vector<std::string> of(const SqliteStatement &row);
};

} // namespace auditlens
