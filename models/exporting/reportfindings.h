// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../findings/findingsengine.h"
#include "exportselection.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace auditlens {

// What the HTML and PDF reports say about findings: each enabled rule with its severity, title
// and explanation, how many of the report's events it picked and how many in the whole case,
// the first and last of the report's hits; and, per event, the rules that picked it. The hits
// are the ones kept in the case when they are current for the rules, and are evaluated for the
// report otherwise (a read-only case whose findings are stale, a case older than the findings),
// so a report never shows findings that disagree with its rules.
class ReportFindings
{
    Q_DECLARE_TR_FUNCTIONS(ReportFindings)

public:
    struct Entry
    {
        Rule rule;
        qint64 inReport = 0;
        qint64 inCase = 0;
        std::optional<qint64> first; // of the report's hits, ns since the epoch, UTC
        std::optional<qint64> last;
    };

    bool collect(sqlite3 *db, const RuleList &rules, const FindingsEngine::Knows &knows,
                 const std::vector<ExportKey> &keys, QString *error);

    // Most severe first, then by hits in the report, then in the rules' order.
    const QVector<Entry> &entries() const { return m_entries; }
    qint64 eventsWithFindings() const { return qint64(m_titles.size()); }
    // The titles of the rules that picked the event, most severe first; null when none did.
    const QStringList *titlesOf(qint64 seq) const;

    // The report's findings section: a table in the report's style (pdf: borders as attributes).
    void appendSection(std::string &out, bool pdf) const;

private:
    QVector<Entry> m_entries;
    QHash<qint64, QStringList> m_titles;
};

} // namespace auditlens
