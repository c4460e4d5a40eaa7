// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

#include <algorithm>
#include <atomic>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct sqlite3;

namespace auditlens {

struct FieldDictionary;

// How the index's dictionaries and orders are made: distinct ids and their codes, ranks of texts,
// lookups by hash, and labels read from the case's tables.
class IndexDictionaries
{
public:
    // The distinct non-zero values of a column of ids, ascending, behind a leading 0.
    static std::vector<quint32> distinctIds(const std::vector<quint32> &column);
    // Ranks of texts: equal texts share a rank; foldCase compares ASCII letters without case.
    static std::vector<quint32> rankTexts(const std::vector<std::string_view> &texts,
                                          bool foldCase);
    // Codes for fixed-size keys in sorted order: numbers are 1 + the place of a key in keys
    // (keySize bytes each), 0 none. Puts the keys the numbers use, sorted and each once, into
    // *sorted and returns number -> code (1 + the key's place there; 0 -> 0).
    static std::vector<quint32> sortKeys(const std::vector<quint32> &numbers,
                                         const std::string &keys, size_t keySize,
                                         std::string *sorted);
    // Sorts hashes, keeping codes parallel (ascending among equal hashes).
    static void sortHashes(std::vector<quint64> &hashes, std::vector<quint32> &codes);
    // Fills the labels, ranks and lookup hashes of the dictionaries (actions, then the
    // entity fields of kEntityFields) whose entityIds are set, from the case's actions and entities
    // tables. False with *error, or with none when cancelled.
    static bool fill(sqlite3 *db, FieldDictionary *dicts, QString *error,
                     const std::atomic<bool> *cancel);

    // Id -> code of a dictionary made by distinctIds(): a table for dense ids (the case's own
    // tables number their rows from 1), else a binary search (a case from elsewhere may use any).
    class CodeTable
    {
    public:
        explicit CodeTable(const std::vector<quint32> &ids);
        quint32 operator()(quint32 id) const
        {
            if (!m_table.empty())
                return m_table[id];
            const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
            return quint32(it - m_ids.begin());
        }

    private:
        const std::vector<quint32> &m_ids;
        std::vector<quint32> m_table;
    };
};

} // namespace auditlens
