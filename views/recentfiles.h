// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStringList>

namespace auditlens {

// The files opened lately, newest first, kept in the settings for Open Recent and the welcome
// screen.
class RecentFiles
{
public:
    static QStringList list();
    // Puts path first (once) and keeps at most kMax.
    static void add(const QString &path);

    static constexpr int kMax = 10;
};

} // namespace auditlens
