// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../session/casesession.h"

#include <QAbstractItemModel>

namespace auditlens {

// The facet sidebar: for action, actor, target, scope and success, then organization, account, IP
// address and source when the case holds values of them, the top values under the current filter
// with their counts (each field ignoring its own condition, so the alternatives stay visible).
// Two levels: the fields, then their values.
class FacetModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        FieldRole = Qt::UserRole + 1, // IndexField as int
        KeyRole,                      // the value as it goes into the filter
        CountRole,                    // quint32
        IncludedRole,                 // bool
        ExcludedRole,                 // bool
        IsFieldRole,                  // bool: a field row, not a value
    };

    explicit FacetModel(CaseSession *session, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The filter after a click on a value: include it (or drop it when it was included), or with
    // exclude, leave it out (or stop leaving it out).
    static Filter toggled(const Filter &filter, IndexField field, const QString &key, bool exclude);
    static QString fieldTitle(IndexField field);

    void setResult(const QueryResultPtr &result);

private:
    const FacetCounts &facetAt(int row) const { return m_result->facets[m_fields[size_t(row)]]; }

    QueryResultPtr m_result;
    std::vector<int> m_fields; // row -> IndexField of the facets shown
};

} // namespace auditlens
