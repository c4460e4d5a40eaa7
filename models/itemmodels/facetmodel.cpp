// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "facetmodel.h"

#include "../text/nameinspection.h"

#include <QFont>
#include <QLocale>

namespace auditlens {

namespace {
// Internal ids: 0 for a field row, field + 1 for a value row (its parent is that field).
constexpr quintptr kFieldRow = 0;
} // namespace

FacetModel::FacetModel(CaseSession *session, QObject *parent) : QAbstractItemModel(parent)
{
    if (session) {
        connect(session, &CaseSession::resultReady, this,
                [this](const QueryResultPtr &result) { setResult(result); });
        connect(session, &CaseSession::closed, this, [this] { setResult({}); });
    }
}

QString FacetModel::fieldTitle(IndexField field)
{
    FilterField filterField;
    if (filterFieldOf(field, &filterField))
        return filterFieldTitle(filterField);
    return field == IndexField::Success ? tr("Success") : QString();
}

void FacetModel::setResult(const QueryResultPtr &result)
{
    beginResetModel();
    m_result = result;
    m_fields.clear();
    for (int field = 0; result && field < kFacetFieldCount; ++field) {
        // The pass's fields always; the others when the case holds values of them (an older
        // export has no organization, account or address; one source is no choice).
        if (field < kIndexFieldCount || result->facets[field].inCase)
            m_fields.push_back(field);
    }
    endResetModel();
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kFieldRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kFieldRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kFieldRow);
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!m_result)
        return 0;
    if (!parent.isValid())
        return int(m_fields.size());
    if (parent.column() != 0 || parent.internalId() != kFieldRow)
        return 0;
    return int(facetAt(parent.row()).top.size());
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant FacetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Value") : tr("Events");
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_result)
        return {};
    if (index.internalId() == kFieldRow) {
        const FacetCounts &facet = facetAt(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == 0)
                return fieldTitle(IndexField(m_fields[size_t(index.row())]));
            return tr("%1 values").arg(QLocale().toString(facet.distinct));
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case FieldRole:
            return m_fields[size_t(index.row())];
        case IsFieldRole:
            return true;
        default:
            return {};
        }
    }
    const int field = m_fields[size_t(index.internalId() - 1)];
    const FacetValue &v = m_result->facets[field].top[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 1)
            return QLocale().toString(v.count);
        if (v.code == 0 && field != int(IndexField::Success))
            return tr("(none)");
        if (field == int(IndexField::Success) && v.key.isEmpty())
            return tr("(unreadable)");
        return NameInspection::shown(v.label);
    case Qt::ToolTipRole: {
        const QString hint =
            v.excluded   ? tr("Left out by the filter; Ctrl+click to show it again")
            : v.included ? tr("In the filter; click to remove it")
                         : tr("Click to show only these events; Ctrl+click to leave them out");
        const QString lookalike = NameInspection::toolTip(v.label);
        return lookalike.isEmpty() ? hint : lookalike + QLatin1Char('\n') + hint;
    }
    case Qt::TextAlignmentRole:
        return index.column() == 1 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole: {
        if (!v.included && !v.excluded)
            return {};
        QFont font;
        font.setBold(v.included);
        font.setStrikeOut(v.excluded);
        return font;
    }
    case FieldRole:
        return field;
    case KeyRole:
        return v.key;
    case CountRole:
        return v.count;
    case IncludedRole:
        return v.included;
    case ExcludedRole:
        return v.excluded;
    case IsFieldRole:
        return false;
    default:
        return {};
    }
}

Filter FacetModel::toggled(const Filter &filter, IndexField field, const QString &key, bool exclude)
{
    Filter f = filter;
    if (field == IndexField::Success) {
        // Leaving out one value shows the other; a second click on the same choice lifts it.
        const bool isTrue = key == QLatin1String("true");
        if (!isTrue && key != QLatin1String("false")) {
            f.success = SuccessFilter::Any; // the unreadable ones: no condition can name them
            return f;
        }
        const SuccessFilter value =
            isTrue != exclude ? SuccessFilter::Succeeded : SuccessFilter::Failed;
        f.success = f.success == value ? SuccessFilter::Any : value;
        return f;
    }
    FilterField filterField;
    if (key.isEmpty() || !filterFieldOf(field, &filterField))
        return f;
    FieldCondition &condition = f[filterField];
    QStringList &target = exclude ? condition.exclude : condition.include;
    QStringList &other = exclude ? condition.include : condition.exclude;
    other.removeAll(key);
    if (target.contains(key))
        target.removeAll(key);
    else
        target.append(key);
    return f;
}

} // namespace auditlens
