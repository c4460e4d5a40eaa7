// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../query/filter.h"

#include <QString>

#include <vector>

namespace auditlens {

// Filters to go back to after a change that replaced much of the filter at once (a problem's
// double-click, Clear all, a preset, the histogram): each entry is the filter before the change,
// the event that was current, and what made the change, so Undo can say what it undoes.
// Back/Forward through every filter state can grow from here: it is a stack of the same entries.
class FilterHistory
{
public:
    struct Entry
    {
        Filter filter;
        qint64 currentSeq = -1; // the event current before the change, or -1
        QString reason;         // "problem at line 12", "clear all", ...
    };

    static constexpr size_t kMaxEntries = 50;

    // Remembers the state before a change (an entry equal to the last one is not repeated).
    void push(Entry entry);
    bool canUndo() const { return !m_entries.empty(); }
    // The entry Undo restores (the last pushed); canUndo() must hold.
    const Entry &top() const { return m_entries.back(); }
    Entry pop();
    void clear() { m_entries.clear(); }
    size_t size() const { return m_entries.size(); }

private:
    std::vector<Entry> m_entries;
};

} // namespace auditlens
