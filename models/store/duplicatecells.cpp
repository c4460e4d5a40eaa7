// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "duplicatecells.h"

#include "sqlitestatement.h"

#include <string_view>

namespace auditlens {

std::vector<std::string> DuplicateCells::of(const SqliteStatement &row)
{
    std::vector<std::string> cells;
    cells.reserve(kCells);
    for (int c = 0; c < kCells; ++c)
        cells.emplace_back(row.isNull(c) ? std::string_view("\x01") : row.columnText(c));
    return cells;
}

} // namespace auditlens
