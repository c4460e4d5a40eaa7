// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "filterhistory.h"

namespace auditlens {

namespace {
void pushBounded(std::vector<FilterHistory::Entry> &stack, FilterHistory::Entry entry, size_t max)
{
    stack.push_back(std::move(entry));
    if (stack.size() > max)
        stack.erase(stack.begin());
}
} // namespace

void FilterHistory::push(Entry entry)
{
    if (!m_entries.empty() && m_entries.back().filter == entry.filter)
        m_entries.back() = std::move(entry);
    else
        pushBounded(m_entries, std::move(entry), kMaxEntries);
}

FilterHistory::Entry FilterHistory::pop()
{
    Entry entry = std::move(m_entries.back());
    m_entries.pop_back();
    return entry;
}

void FilterHistory::record(Entry left, bool coalesce)
{
    m_forward.clear();
    if (coalesce && !m_back.empty())
        return;
    pushBounded(m_back, std::move(left), kMaxStates);
}

FilterHistory::Entry FilterHistory::goBack(Entry current)
{
    Entry entry = std::move(m_back.back());
    m_back.pop_back();
    pushBounded(m_forward, std::move(current), kMaxStates);
    return entry;
}

FilterHistory::Entry FilterHistory::goForward(Entry current)
{
    Entry entry = std::move(m_forward.back());
    m_forward.pop_back();
    pushBounded(m_back, std::move(current), kMaxStates);
    return entry;
}

void FilterHistory::clear()
{
    m_entries.clear();
    m_back.clear();
    m_forward.clear();
}

} // namespace auditlens
