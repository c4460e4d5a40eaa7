// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QtGlobal>

#include <functional>
#include <string_view>
#include <vector>

namespace auditlens {

// An open-addressing map from a 64-bit hash to a 64-bit value: 16 bytes an entry, for the
// million-key dictionaries of an import (event ids, entities) where std::unordered_map would
// cost several times the memory.
class HashIndex
{
public:
    static quint64 hash(std::string_view text)
    {
        const quint64 h = std::hash<std::string_view>{}(text);
        return h == 0 ? 1 : h;
    }
    static quint64 combine(quint64 a, quint64 b)
    {
        a ^= b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2);
        return a == 0 ? 1 : a;
    }

    // Pointer to the value for key, or null.
    quint64 *find(quint64 key)
    {
        if (m_slots.empty())
            return nullptr;
        for (size_t i = key & m_mask;; i = (i + 1) & m_mask) {
            if (m_slots[i].key == key)
                return &m_slots[i].value;
            if (m_slots[i].key == 0)
                return nullptr;
        }
    }
    // Inserts key with value unless present; returns the value's slot and whether it was new.
    quint64 *insert(quint64 key, quint64 value, bool *inserted)
    {
        if ((m_count + 1) * 4 > m_slots.size() * 3)
            grow();
        for (size_t i = key & m_mask;; i = (i + 1) & m_mask) {
            if (m_slots[i].key == key) {
                *inserted = false;
                return &m_slots[i].value;
            }
            if (m_slots[i].key == 0) {
                m_slots[i] = {key, value};
                ++m_count;
                *inserted = true;
                return &m_slots[i].value;
            }
        }
    }
    // Starts loading the slot where key's search begins (a hint; no effect on the contents).
    void prefetch(quint64 key) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[key & m_mask]);
    }
    size_t size() const { return m_count; }
    void clear()
    {
        m_slots.clear();
        m_slots.shrink_to_fit();
        m_count = 0;
        m_mask = 0;
    }
    template <typename F> void forEach(F f) const
    {
        for (const Slot &s : m_slots) {
            if (s.key != 0)
                f(s.key, s.value);
        }
    }

private:
    struct Slot
    {
        quint64 key;
        quint64 value;
    };
    void grow()
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        const size_t capacity = old.empty() ? 1024 : old.size() * 2;
        m_slots.assign(capacity, Slot{0, 0});
        m_mask = capacity - 1;
        m_count = 0;
        bool inserted = false;
        for (const Slot &s : old) {
            if (s.key != 0)
                insert(s.key, s.value, &inserted);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_count = 0;
    size_t m_mask = 0;
};

} // namespace auditlens
