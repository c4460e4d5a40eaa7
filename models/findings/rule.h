// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace auditlens {

// One findings rule as resources/catalogue/circleci-rules.yaml writes it (its header documents
// the kinds and their parameters). The rule book reads and checks the file; the findings engine
// evaluates the rules over a case.
struct Rule
{
    QString id;       // "secrets-access-off-hours": lower-case words joined by '-'
    QString title;    // "Context secrets read outside working hours"
    QString severity; // "high", "medium" or "low"
    // "action-set", "off-hours", "burst", "first-seen-pair", "unknown-action" or "lookalike-name"
    QString kind;
    bool enabled = true;
    // The parameters as written, every default filled in by the rule book: a list is a
    // QStringList ("actions", "days", "ignore", "fields", "concerns"), anything else a QString
    // ("success": "any", "true" or "false"; "more_than": "20"; "start": "07:00").
    QVariantMap parameters;
    QString explanation;

    QStringList list(const QString &key) const { return parameters.value(key).toStringList(); }
    QString text(const QString &key) const { return parameters.value(key).toString(); }
};

using RuleList = QList<Rule>;

} // namespace auditlens
