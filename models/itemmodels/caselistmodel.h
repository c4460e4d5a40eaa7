// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../session/caselist.h"

#include <QAbstractTableModel>

namespace auditlens {

// The cases of File > Cases…, one row each: the case, its sources, its events, its size on disk
// and when it was last used. SortRole gives each cell's value for sorting (numbers as numbers).
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Sources, Events, Size, LastUsed, Location, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // the cell's value, for sorting
        PathRole,                    // the case's absolute path
    };

    explicit CaseListModel(QObject *parent = nullptr);

    void setEntries(std::vector<CaseListEntry> entries);
    void removePath(const QString &path);
    const CaseListEntry *entryAt(int row) const;
    int rowOf(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CaseListEntry &e, int column) const;

    std::vector<CaseListEntry> m_entries;
};

} // namespace auditlens
