// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <memory>
#include <string_view>
#include <vector>

namespace auditlens {

// The extra columns of one stored event (the columns of a source that are not CircleCI's),
// read from the JSON object the importer keeps them in: {"region":"us","region":"eu"}. A header
// may repeat a name, so a cell is known by its name as written and its occurrence: the second
// "region" above is (region, 2). Every cell is kept, in the order it was read.
class ExtraColumns
{
public:
    struct Cell
    {
        std::string_view name;
        int occurrence = 1; // 1 for the first cell of this name in the event, 2 for the next
        std::string_view value;
    };

    ExtraColumns();
    ~ExtraColumns();
    ExtraColumns(const ExtraColumns &) = delete;
    ExtraColumns &operator=(const ExtraColumns &) = delete;

    // Reads one event's stored object; the cells stay valid until the next read. False, with
    // no cells, when the text is not such an object (an empty text is an event without extras).
    bool read(std::string_view stored);
    const std::vector<Cell> &cells() const { return m_cells; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    std::vector<Cell> m_cells;
};

} // namespace auditlens
