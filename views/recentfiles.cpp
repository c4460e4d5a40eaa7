// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "recentfiles.h"

#include <QSettings>

namespace auditlens {

namespace {
const char *const kKey = "recentFiles";
} // namespace

QStringList RecentFiles::list()
{
    return QSettings().value(QLatin1String(kKey)).toStringList();
}

void RecentFiles::add(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kKey)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMax)
        recent.removeLast();
    settings.setValue(QLatin1String(kKey), recent);
}

} // namespace auditlens
