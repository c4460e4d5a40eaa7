// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "actionspelling.h"

namespace auditlens {

QString ActionSpelling::key(const QString &name)
{
    QString dotted = name;
    dotted.replace(QLatin1Char('-'), QLatin1Char('.'));
    return dotted;
}

QString ActionSpelling::sqlKey(const QString &expression)
{
    return QStringLiteral("replace(%1, '-', '.')").arg(expression);
}

} // namespace auditlens
