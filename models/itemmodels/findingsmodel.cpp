// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "findingsmodel.h"

#include "semanticcolors.h"

#include <QFont>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace auditlens {

FindingsModel::FindingsModel(CaseSession *session, QObject *parent) : QAbstractTableModel(parent)
{
    if (session) {
        connect(session, &CaseSession::resultReady, this,
                [this](const QueryResultPtr &result) { setResult(result); });
        connect(session, &CaseSession::closed, this, [this] { setResult({}); });
    }
}

int FindingsModel::severityRank(const QString &severity)
{
    if (severity == QLatin1String("high"))
        return 0;
    if (severity == QLatin1String("medium"))
        return 1;
    return severity == QLatin1String("low") ? 2 : 3;
}

QString FindingsModel::severityLabel(const QString &severity)
{
    if (severity == QLatin1String("high"))
        return tr("High");
    if (severity == QLatin1String("medium"))
        return tr("Medium");
    if (severity == QLatin1String("low"))
        return tr("Low");
    return severity;
}

QColor FindingsModel::severityColor(const QString &severity, const QPalette &palette)
{
    // As the catalogue card colours an action's sensitivity.
    if (severity == QLatin1String("high"))
        return SemanticColors::text(SemanticColors::Meaning::Failure, palette);
    if (severity == QLatin1String("medium"))
        return SemanticColors::text(SemanticColors::Meaning::Conflict, palette);
    return palette.color(QPalette::Text);
}

Filter FindingsModel::toggled(const Filter &filter, const QString &ruleId)
{
    Filter f = filter;
    FieldCondition &condition = f[FilterField::Finding];
    condition.exclude.removeAll(ruleId);
    if (condition.include == QStringList{ruleId})
        condition.include.clear();
    else
        condition.include = {ruleId};
    return f;
}

void FindingsModel::setRules(const QList<FindingRuleInfo> &rules)
{
    beginResetModel();
    m_rules = rules;
    rebuild();
    endResetModel();
}

void FindingsModel::setResult(const QueryResultPtr &result)
{
    beginResetModel();
    m_result = result;
    rebuild();
    endResetModel();
}

void FindingsModel::rebuild()
{
    m_rows.clear();
    QHash<QString, quint32> hits, totals;
    if (m_result) {
        const FacetCounts &facet = m_result->facets[int(IndexField::Finding)];
        const AnnotationMarks *marks = m_result->marks.get();
        if (marks) {
            // Code 0 is every rule at once; the others are the rules with hits, by id.
            for (quint32 code = 1; code < marks->codes(IndexField::Finding); ++code) {
                const QString id = marks->key(IndexField::Finding, code);
                totals.insert(id, quint32(marks->positions(IndexField::Finding, code).size()));
                if (code < facet.all.size())
                    hits.insert(id, facet.all[code]);
            }
        }
        for (const FacetValue &v : facet.top) {
            if (v.code != 0)
                hits.insert(v.key, v.count);
        }
    }
    for (int i = 0; i < m_rules.size(); ++i)
        m_rows.push_back({i, hits.value(m_rules[i].id), totals.value(m_rules[i].id)});
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row &a, const Row &b) {
        if ((a.hits > 0) != (b.hits > 0))
            return a.hits > 0;
        const int ra = severityRank(m_rules[a.rule].severity);
        const int rb = severityRank(m_rules[b.rule].severity);
        if (ra != rb)
            return ra < rb;
        return a.hits > b.hits;
    });
}

int FindingsModel::rowOf(const QString &ruleId) const
{
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (m_rules[m_rows[r].rule].id == ruleId)
            return int(r);
    }
    return -1;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Hits:
            return tr("Hits among the events the filter shows (its finding condition aside)");
        case Total:
            return tr("Hits in the whole case");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Title:
        return tr("Rule");
    case Hits:
        return tr("Shown");
    case Total:
        return tr("Total");
    default:
        return {};
    }
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const FindingRuleInfo &rule = m_rules[row.rule];
    const bool active =
        m_result && m_result->filter[FilterField::Finding].include == QStringList{rule.id};
    const QLocale l;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return severityLabel(rule.severity);
        case Title:
            return rule.title;
        case Hits:
            return l.toString(row.hits);
        case Total:
            return l.toString(row.total);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Title || index.column() == Severity)
            return QStringLiteral("%1\n%2").arg(rule.id, active ? tr("Click to show every event")
                                                                : tr("Click to show its hits"));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Severity)
            return severityColor(rule.severity, QPalette());
        if (row.hits == 0 && index.column() != Title)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole: {
        if (!active && !(index.column() == Severity && row.hits > 0))
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        return index.column() >= Hits ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::AccessibleTextRole:
        if (index.column() == Title)
            return tr("%1, %2 severity, %3 shown of %4")
                .arg(rule.title, severityLabel(rule.severity), l.toString(row.hits),
                     l.toString(row.total));
        return {};
    case RuleIdRole:
        return rule.id;
    case SeverityRole:
        return rule.severity;
    case ExplanationRole:
        return rule.explanation;
    case HitsRole:
        return row.hits;
    case TotalRole:
        return row.total;
    case ActiveRole:
        return active;
    default:
        return {};
    }
}

} // namespace auditlens
