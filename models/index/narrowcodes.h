// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QtGlobal>

#include <vector>

namespace auditlens {

// A column of dictionary codes one, two or four bytes wide: as wide as its largest code needs.
// Most cases hold one organization, a few accounts and a few thousand addresses, so a byte or two
// an event serves where a fixed four would cost megabytes at a million events (#16). Exactly one
// of the three vectors holds the codes (all are empty for an empty column).
class NarrowCodes
{
public:
    // Takes the codes, each at most maxCode, in the narrowest width that holds maxCode.
    void assign(const std::vector<quint32> &codes, quint32 maxCode)
    {
        *this = NarrowCodes();
        if (maxCode <= 0xff)
            m_bytes.assign(codes.begin(), codes.end());
        else if (maxCode <= 0xffff)
            m_words.assign(codes.begin(), codes.end());
        else
            m_wide = codes;
    }
    size_t size() const { return m_bytes.size() + m_words.size() + m_wide.size(); }
    quint32 operator[](size_t i) const
    {
        return !m_bytes.empty() ? m_bytes[i] : !m_words.empty() ? m_words[i] : m_wide[i];
    }
    // Calls visit with a pointer to the codes in their own width (a loop over them compiles once
    // per width).
    template <typename Visit> void visit(Visit visit) const
    {
        if (!m_bytes.empty())
            visit(m_bytes.data());
        else if (!m_words.empty())
            visit(m_words.data());
        else
            visit(m_wide.data());
    }
    // Whether the codes are held in one width only and each is below limit.
    bool isConsistent(size_t events, quint32 limit) const
    {
        const int held = int(!m_bytes.empty()) + int(!m_words.empty()) + int(!m_wide.empty());
        if (size() != events || held > 1)
            return false;
        bool below = true;
        visit([&](const auto *codes) {
            for (size_t i = 0; i < events && below; ++i)
                below = quint32(codes[i]) < limit;
        });
        return below;
    }
    qint64 memoryBytes() const
    {
        return qint64(m_bytes.capacity() + m_words.capacity() * 2 + m_wide.capacity() * 4);
    }

    // The storage reads and writes the three vectors as they are.
    std::vector<quint8> m_bytes;
    std::vector<quint16> m_words;
    std::vector<quint32> m_wide;
};

} // namespace auditlens
