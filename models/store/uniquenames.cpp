// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "uniquenames.h"

#include <algorithm>

namespace auditlens {

UniqueNames::UniqueNames(const QStringList &reserved)
{
    for (const QString &name : reserved) {
        const QByteArray utf8 = name.toUtf8();
        m_reserved.insert(folded(std::string_view(utf8.constData(), size_t(utf8.size()))), 1);
    }
    reset();
}

void UniqueNames::reset()
{
    m_taken = m_reserved;
}

QString UniqueNames::folded(std::string_view name)
{
    const bool ascii = std::all_of(name.begin(), name.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    QString text = QString::fromUtf8(name.data(), qsizetype(name.size())).trimmed();
    return ascii ? text.toLower() : text.toCaseFolded();
}

std::string UniqueNames::take(std::string_view name)
{
    const QString key = folded(name);
    int &count = m_taken[key];
    ++count;
    if (count == 1)
        return std::string(name);
    // The n-th column of a name is "name (n)", unless a column is really called that: then
    // the next number that is free.
    for (int n = count;; ++n) {
        std::string candidate(name);
        candidate += " (" + std::to_string(n) + ')';
        int &taken = m_taken[folded(candidate)];
        if (taken == 0) {
            taken = 1;
            return candidate;
        }
    }
}

} // namespace auditlens
