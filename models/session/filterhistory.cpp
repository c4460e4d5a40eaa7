// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "filterhistory.h"

namespace auditlens {

void FilterHistory::push(Entry entry)
{
    if (!m_entries.empty() && m_entries.back().filter == entry.filter)
        m_entries.back() = std::move(entry);
    else
        m_entries.push_back(std::move(entry));
    if (m_entries.size() > kMaxEntries)
        m_entries.erase(m_entries.begin());
}

FilterHistory::Entry FilterHistory::pop()
{
    Entry entry = std::move(m_entries.back());
    m_entries.pop_back();
    return entry;
}

} // namespace auditlens
