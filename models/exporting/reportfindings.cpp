// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "reportfindings.h"

#include "../findings/findingskeeper.h"
#include "../parsing/timestampparser.h"
#include "../store/casesql.h"
#include "../store/sqlitestatement.h"
#include "reporthtml.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace auditlens {

namespace {

int severityRank(const QString &severity)
{
    if (severity == QLatin1String("high"))
        return 0;
    if (severity == QLatin1String("medium"))
        return 1;
    return 2;
}

using ReportHtml::appendEscaped;

void appendCell(std::string &out, const QString &text, const char *cssClass = nullptr)
{
    out.append(cssClass ? "<td class=\"" : "<td");
    if (cssClass) {
        out.append(cssClass);
        out.append("\"");
    }
    out.append(">");
    appendEscaped(out, text);
    out.append("</td>");
}

} // namespace

bool ReportFindings::collect(sqlite3 *db, const RuleList &rules, const FindingsEngine::Knows &knows,
                             const std::vector<ExportKey> &keys, QString *error)
{
    // Every hit of each rule by seq: kept in the case when current, otherwise evaluated now.
    QHash<QString, std::vector<std::pair<qint64, qint64>>> hits; // rule id -> (seq, time)
    if (FindingsKeeper::isCurrent(db, rules)) {
        SqliteStatement kept(db, CaseSql::kFindingHitSeqs);
        while (kept.row())
            hits[kept.columnString(0)].emplace_back(kept.columnInt64(1), kept.columnInt64(2));
        if (!kept.done()) {
            *error = tr("the case's findings cannot be read (%1)").arg(kept.error());
            return false;
        }
    } else {
        const std::optional<FindingsList> found = FindingsEngine::evaluate(db, rules, knows, error);
        if (!found)
            return false;
        for (const RuleFindings &r : *found) {
            auto &list = hits[r.rule.id];
            for (const FindingHit &h : r.hits)
                list.emplace_back(h.seq, h.occurredNs);
        }
    }

    QSet<qint64> inReport;
    inReport.reserve(qsizetype(keys.size()));
    for (const ExportKey &key : keys)
        inReport.insert(key.seq);

    QHash<qint64, QVector<std::pair<int, QString>>> picked; // seq -> (rank, title)
    int position = 0;
    QHash<QString, int> order;
    for (const Rule &rule : rules) {
        order.insert(rule.id, position++);
        if (!rule.enabled)
            continue;
        Entry entry{rule, 0, 0, std::nullopt, std::nullopt};
        const auto &list = hits.value(rule.id);
        entry.inCase = qint64(list.size());
        for (const auto &[seq, ns] : list) {
            if (!inReport.contains(seq))
                continue;
            ++entry.inReport;
            entry.first = entry.first ? std::min(*entry.first, ns) : ns;
            entry.last = entry.last ? std::max(*entry.last, ns) : ns;
            picked[seq].append({severityRank(rule.severity), rule.title});
        }
        m_entries.append(entry);
    }
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        const int ra = severityRank(a.rule.severity), rb = severityRank(b.rule.severity);
        if ((a.inReport > 0) != (b.inReport > 0))
            return a.inReport > 0;
        return ra != rb ? ra < rb : a.inReport > b.inReport;
    });
    for (auto it = picked.begin(); it != picked.end(); ++it) {
        std::stable_sort(it->begin(), it->end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QStringList titles;
        for (const auto &p : *it)
            titles << p.second;
        m_titles.insert(it.key(), titles);
    }
    return true;
}

const QStringList *ReportFindings::titlesOf(qint64 seq) const
{
    const auto it = m_titles.constFind(seq);
    return it == m_titles.constEnd() ? nullptr : &*it;
}

void ReportFindings::appendSection(std::string &out, bool pdf) const
{
    const QLocale locale;
    out.append("<h2>");
    appendEscaped(out, tr("Findings"));
    out.append("</h2>\n<p>");
    appendEscaped(out, m_entries.isEmpty()
                           ? tr("No findings rule is enabled for this case.")
                           : tr("%n event(s) of this report were picked by a findings rule. Exact "
                                "copies of a duplicated id count once; conflicting copies count "
                                "each.",
                                nullptr, int(eventsWithFindings())));
    out.append("</p>\n");
    if (m_entries.isEmpty())
        return;
    out.append(pdf ? "<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\">\n" : "<table>\n");
    out.append("<tr>");
    for (const QString &head : {tr("Severity"), tr("Rule"), tr("In this report"), tr("In the case"),
                                tr("First (UTC)"), tr("Last (UTC)")}) {
        out.append("<th>");
        appendEscaped(out, head);
        out.append("</th>");
    }
    out.append("</tr>\n");
    for (const Entry &e : m_entries) {
        out.append("<tr>");
        const QString severity = e.rule.severity == QLatin1String("high")     ? tr("high")
                                 : e.rule.severity == QLatin1String("medium") ? tr("medium")
                                                                              : tr("low");
        appendCell(out, severity);
        out.append("<td><b>");
        appendEscaped(out, e.rule.title);
        out.append("</b> (");
        appendEscaped(out, e.rule.id);
        out.append(")<br>");
        appendEscaped(out, e.rule.explanation.simplified());
        out.append("</td>");
        appendCell(out, locale.toString(e.inReport), "num");
        appendCell(out, locale.toString(e.inCase), "num");
        appendCell(out, e.first ? TimestampParser::format(*e.first, 9) : QString());
        appendCell(out, e.last ? TimestampParser::format(*e.last, 9) : QString());
        out.append("</tr>\n");
    }
    out.append("</table>\n");
}

} // namespace auditlens
