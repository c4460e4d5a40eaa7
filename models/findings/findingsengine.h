// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "rule.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>
#include <vector>

struct sqlite3;

namespace auditlens {

// One event a rule picked, by its identity in the case: its source and physical line (as the
// annotations name it), its seq for this session, and its time.
struct FindingHit
{
    qint64 seq = 0;
    qint64 sourceId = 0;
    qint64 line = 0;
    qint64 occurredNs = 0;
};

// What one rule found: its hits in time order (ties in import order).
struct RuleFindings
{
    Rule rule;
    std::vector<FindingHit> hits;

    qint64 count() const { return qint64(hits.size()); }
    // The first and last hit's time (ns since the epoch, UTC); none without hits.
    std::optional<qint64> first() const;
    std::optional<qint64> last() const;
};

using FindingsList = QList<RuleFindings>;

// Evaluates findings rules over a case (resources/catalogue/circleci-rules.yaml documents every
// kind). Hits count events: the exact copies of a duplicate group count once (the first copy),
// a conflicting copy is an event of its own. Events without a readable time are no hits. One
// read of the events, in import order; the rules that need time order share one sort.
class FindingsEngine
{
public:
    // Whether the action catalogue knows an action, by name or alias (unknown-action rules).
    using Knows = std::function<bool(QStringView)>;

    // Every enabled rule of rules, in their order; a disabled rule is left out. None, with
    // SQLite's reason (or the rule's problem) in *error, when the case cannot be read or a rule
    // cannot be evaluated (an unknown kind, a time zone that does not exist).
    static std::optional<FindingsList> evaluate(sqlite3 *db, const RuleList &rules,
                                                const Knows &knows, QString *error);

    // The kinds the engine evaluates.
    static bool knowsKind(const QString &kind);
};

} // namespace auditlens
