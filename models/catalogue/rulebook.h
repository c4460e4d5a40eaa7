// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "findings/rule.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace auditlens {

class ActionCatalogue;

// The findings rules file (resources/catalogue/circleci-rules.yaml, whose header documents the
// kinds and their parameters): read, checked and completed with every parameter's default.
class RuleBook
{
public:
    // Reads and checks a rules file; every parameter default filled in (see rule.h comments).
    // Checks: unique ids of the right form, the severity, a known kind, the parameters of that
    // kind only and of the right type (lists, counts, "HH:MM", days, a valid time zone, fields),
    // and every action named known to the catalogue. On an error, nullopt and *error
    // "path:line: what".
    static std::optional<RuleList> load(const QString &path, const ActionCatalogue &catalogue,
                                        QString *error);
    // The embedded rules, checked against the shipped catalogue (empty, with a critical
    // message, should they ever fail: the tests keep them from shipping so).
    static const RuleList &shipped();

    // One parameter of a rule of that kind, as a setting gives it (a list as QStringList, any
    // other value as QString), checked exactly as a rules file's is. The value as a rule holds
    // it, or nullopt and *error saying why (the parameter named, no file or line).
    static std::optional<QVariant> checkParameter(const QString &kind, const QString &name,
                                                  const QVariant &value,
                                                  const ActionCatalogue &catalogue, QString *error);
    // The parameters a kind takes, in the rules file's order, and what one holds: "actions",
    // "ignored", "success", "days", "time", "time-zone", "field", "fields", "count" or
    // "concerns" (empty for a parameter the kind does not take).
    static QStringList parameterNames(const QString &kind);
    static QString parameterType(const QString &kind, const QString &name);
    static bool isListParameter(const QString &kind, const QString &name);

    // The kinds a rule may have, and the fields a rule may name.
    static const QStringList &kinds();
    static const QStringList &fields();
};

} // namespace auditlens
