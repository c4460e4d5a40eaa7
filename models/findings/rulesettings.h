// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "rule.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

struct sqlite3;

namespace auditlens {

class CaseStore;

// How a user changes one shipped findings rule: whether it is enabled (unset: as before) and some
// of its parameters (the others as before), each as a rules file writes it (a list a QStringList,
// any other value a QString).
struct RuleOverride
{
    std::optional<bool> enabled;
    QVariantMap parameters;

    bool isEmpty() const { return !enabled && parameters.isEmpty(); }
    bool operator==(const RuleOverride &other) const
    {
        return enabled == other.enabled && parameters == other.parameters;
    }
};

// By rule id.
using RuleOverrides = QMap<QString, RuleOverride>;

// The rules a case is evaluated with: the shipped rules, changed by the user's default settings
// (a JSON file in the user's configuration), changed in turn by the case's own (its
// rule_settings table). A setting is checked exactly as the rules file is (RuleBook) and is
// refused, never stored, when it names an unknown rule or a parameter or value that rule cannot
// take.
namespace RuleSettings {

// Where a rule's enabled flag or a parameter came from.
enum class Origin { Shipped, Default, Case };
QString originName(Origin origin); // "shipped", "default" or "case"

// One rule as evaluated, and where each of its settings came from.
struct Explained
{
    Rule rule;
    Origin enabledFrom = Origin::Shipped;
    QHash<QString, Origin> parameterFrom; // every parameter of the rule
};

// The override checked against the shipped rule of that id: the override as a rule holds its
// values, or nullopt and *error "rule ID, parameter P: why".
std::optional<RuleOverride> check(const QString &ruleId, const RuleOverride &override,
                                  QString *error);
// The rules with the overrides applied (those naming no rule of the list are ignored).
RuleList apply(const RuleList &rules, const RuleOverrides &overrides);
// The shipped rules <- default <- case, with where each setting came from.
QList<Explained> explain(const RuleOverrides &byDefault, const RuleOverrides &byCase);

// JSON: {"rules": {"ID": {"enabled": false, "parameters": {"start": "08:00"}}}}.
QByteArray toJson(const RuleOverrides &overrides);
// Overrides from JSON, each checked; a broken document or an invalid entry is an error.
std::optional<RuleOverrides> fromJson(const QByteArray &json, QString *error);

// The user's default: rule-settings.json in the viewer's configuration folder (its
// AppConfigLocation, which the command line shares).
QString defaultPath();
// Empty when the file does not exist; nullopt and *error when it cannot be read or is invalid.
std::optional<RuleOverrides> readDefault(QString *error);
// Written atomically (the old file stays whole should writing fail).
bool writeDefault(const RuleOverrides &overrides, QString *error);

// The case's own settings (empty when it has none, or no table for them).
std::optional<RuleOverrides> readCase(sqlite3 *db, QString *error);
// Makes the case's settings these, in one transaction, each changed rule logged in the
// annotation log (action rule-settings, as author; empty: the OS user name). The case must be
// open for writing. The findings are not refreshed: the caller does that.
bool writeCase(CaseStore &store, const RuleOverrides &overrides, const QString &author,
               QString *error);

// The rules the case is evaluated with. A default file that cannot be used is skipped (with a
// warning), so that a case always opens with its own settings.
RuleList effective(const CaseStore &store);

} // namespace RuleSettings

} // namespace auditlens
