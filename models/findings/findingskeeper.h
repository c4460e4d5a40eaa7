// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "findingsengine.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace auditlens {

class CaseStore;

// One rule as the case keeps it (finding_rules): what it is and what it found.
struct KeptRule
{
    QString id;
    QString title;
    QString severity;
    QString kind;
    bool enabled = true;
    QString parameters; // a JSON object
    qint64 hits = 0;
    std::optional<qint64> first; // ns since the epoch, UTC; none without hits
    std::optional<qint64> last;
};

// The findings kept in the case (Schema's finding_rules and finding_hits), so that reopening a
// case costs nothing: written after an import and when a writable case opens with findings
// missing or made for other rules or sources. A read-only case is never written: its findings
// are evaluated in memory, into temporary tables of the same names that this connection alone
// sees (the finding filter reads them there).
class FindingsKeeper
{
public:
    // What the kept findings are valid for: the rules as evaluated (every field and parameter)
    // and the case's sources (their number and SHA-256).
    static QByteArray fingerprint(sqlite3 *db, const RuleList &rules);
    // Whether the kept findings were evaluated for these rules over these sources.
    static bool isCurrent(sqlite3 *db, const RuleList &rules);
    // Makes the kept findings current: nothing when they are, otherwise the rules evaluated and
    // written (to the file, or to temporary tables on a read-only case). False with the reason
    // in *error. evaluated (when given): whether the rules were evaluated.
    static bool refresh(CaseStore &store, const RuleList &rules, const FindingsEngine::Knows &knows,
                        QString *error, bool *evaluated = nullptr);
    // The rules the case keeps, in their order.
    static std::optional<QList<KeptRule>> read(sqlite3 *db, QString *error);
    // The rules as kept, from an evaluation in memory (a disabled rule has no hits).
    static QList<KeptRule> summary(const RuleList &rules, const FindingsList &found);

private:
    static bool write(sqlite3 *db, bool temporary, const RuleList &rules, const FindingsList &found,
                      const QByteArray &fingerprint, QString *error);
};

} // namespace auditlens
