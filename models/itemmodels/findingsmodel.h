// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../session/casesession.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

#include <vector>

namespace auditlens {

// What the Findings pane and the Finding column show of a rule: the rule book's words and, from
// the case, whether it is enabled there.
struct FindingRuleInfo
{
    QString id;
    QString title;
    QString severity; // "high", "medium" or "low"
    QString explanation;
};

// The Findings pane: every enabled rule with its severity, its title, how many of its hits the
// current filter leaves (the finding condition itself aside, as the facets count) and its hits
// in the whole case. Rules with hits under the filter come first, by severity (high, medium,
// low), then the rest. Counts come from the query result (its Finding facet and the marks it was
// read with): nothing is read on this thread.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Title, Hits, Total, ColumnCount };
    enum Role {
        RuleIdRole = Qt::UserRole + 1, // QString
        SeverityRole,                  // QString: "high", "medium" or "low"
        ExplanationRole,               // QString
        HitsRole,                      // quint32: hits under the current filter
        TotalRole,                     // quint32: hits in the case
        ActiveRole,                    // bool: the filter shows only this rule's hits
    };

    explicit FindingsModel(CaseSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The enabled rules, in the rule book's order (read once per case open, off this thread).
    void setRules(const QList<FindingRuleInfo> &rules);
    const QList<FindingRuleInfo> &rules() const { return m_rules; }
    void setResult(const QueryResultPtr &result);
    bool hasResult() const { return m_result != nullptr; }
    // The row of a rule, or -1.
    int rowOf(const QString &ruleId) const;

    // The filter after activating a rule: only its hits (the finding condition replaced), or,
    // when that is the filter's finding condition already, no finding condition.
    static Filter toggled(const Filter &filter, const QString &ruleId);
    // 0 high, 1 medium, 2 low, 3 anything else: the order rules and findings are shown in.
    static int severityRank(const QString &severity);
    static QString severityLabel(const QString &severity);
    // The severity's text colour (never its only sign: the label names it too).
    static QColor severityColor(const QString &severity, const QPalette &palette);

private:
    struct Row
    {
        int rule = 0; // into m_rules
        quint32 hits = 0;
        quint32 total = 0;
    };
    void rebuild();

    QList<FindingRuleInfo> m_rules;
    QueryResultPtr m_result;
    std::vector<Row> m_rows;
};

} // namespace auditlens
