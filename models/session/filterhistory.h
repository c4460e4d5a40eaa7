// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../query/filter.h"

#include <QString>

#include <vector>

namespace auditlens {

// The filter states the analyst went through, for Back and Forward, and the filters before the
// changes that replaced much of the filter at once (a problem's double-click, Clear all, a
// preset, the histogram, a pivot), for Undo. Each entry is a filter, the event that was current
// with it, and what changed it, so the window can say what Back and Undo go to.
class FilterHistory
{
public:
    struct Entry
    {
        Filter filter;
        qint64 currentSeq = -1; // the event current with that filter, or -1
        QString reason;         // "problem at line 12", "clear all", ...
    };

    static constexpr size_t kMaxEntries = 50;
    static constexpr size_t kMaxStates = 200;

    // Undo: remembers the state before a sweeping change (an entry equal to the last one is not
    // repeated).
    void push(Entry entry);
    bool canUndo() const { return !m_entries.empty(); }
    // The entry Undo restores (the last pushed); canUndo() must hold.
    const Entry &top() const { return m_entries.back(); }
    Entry pop();

    // Back and Forward: left is the state a change leaves; it becomes the one Back goes to, and
    // the states Forward went to are dropped. With coalesce (the next keystrokes of one search),
    // the state before the first of them stays the one Back goes to.
    void record(Entry left, bool coalesce);
    bool canGoBack() const { return !m_back.empty(); }
    bool canGoForward() const { return !m_forward.empty(); }
    // The states Back and Forward go to; canGoBack() or canGoForward() must hold.
    const Entry &backTop() const { return m_back.back(); }
    const Entry &forwardTop() const { return m_forward.back(); }
    // Steps back (or forward) from current, which Forward (or Back) goes to afterwards; returns
    // the state to show.
    Entry goBack(Entry current);
    Entry goForward(Entry current);

    void clear();
    size_t size() const { return m_entries.size(); }

private:
    std::vector<Entry> m_entries;
    std::vector<Entry> m_back;
    std::vector<Entry> m_forward;
};

} // namespace auditlens
