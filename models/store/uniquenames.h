// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

namespace auditlens {

// Names made unique where they must be (JSON keys, a CSV header, the detail pane's fields),
// saying what they are: the second column called "extra" is "extra (2)", the third
// "extra (3)". A name the output writes itself counts as taken, so an extra column called
// "source" becomes "source (2)" next to the export's own "source". Names compare ignoring case
// and surrounding spaces, so they stay unique for readers that ignore those too (spreadsheets,
// SQL). A name that is free is kept as written.
class UniqueNames
{
public:
    explicit UniqueNames(const QStringList &reserved = {});

    // The unique name for the next column called `name`.
    std::string take(std::string_view name);
    // Forgets the names taken; the reserved ones stay.
    void reset();

private:
    static QString folded(std::string_view name);

    QHash<QString, int> m_reserved; // folded name -> 1
    QHash<QString, int> m_taken;    // folded name -> how many columns were called so
};

} // namespace auditlens
