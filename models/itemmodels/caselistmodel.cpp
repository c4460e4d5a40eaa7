// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "caselistmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace auditlens {

CaseListModel::CaseListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CaseListModel::setEntries(std::vector<CaseListEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void CaseListModel::removePath(const QString &path)
{
    const int row = rowOf(path);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row);
    endRemoveRows();
}

const CaseListEntry *CaseListModel::entryAt(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[size_t(row)] : nullptr;
}

int CaseListModel::rowOf(const QString &path) const
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].path == path)
            return int(i);
    }
    return -1;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::display(const CaseListEntry &e, int column) const
{
    const QLocale l;
    switch (column) {
    case Name:
        return QFileInfo(e.path).fileName();
    case Sources:
        if (e.events < 0)
            return QString();
        if (e.sources.isEmpty())
            return tr("no exports");
        if (e.sources.size() == 1)
            return e.sources.first();
        return tr("%1 exports: %2")
            .arg(l.toString(e.sources.size()), e.sources.join(QStringLiteral(", ")));
    case Events:
        return e.events < 0 ? tr("cannot be read") : l.toString(e.events);
    case Size:
        return l.formattedDataSize(e.bytes);
    case LastUsed:
        return e.lastUsed.isValid()
                   ? l.toString(e.lastUsed.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                   : QString();
    case Location:
        return e.inCasesFolder ? tr("cases folder")
                               : QDir::toNativeSeparators(QFileInfo(e.path).absolutePath());
    default:
        return {};
    }
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    const CaseListEntry *e = entryAt(index.row());
    if (!e || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*e, index.column());
    case Qt::ToolTipRole:
        if (!e->error.isEmpty())
            return e->error;
        if (index.column() == Sources && e->sources.size() > 1)
            return e->sources.join(QLatin1Char('\n'));
        if (index.column() == Size)
            return tr("%1 bytes").arg(QLocale().toString(e->bytes));
        return QDir::toNativeSeparators(e->path);
    case Qt::TextAlignmentRole:
        if (index.column() == Events || index.column() == Size)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case Sources:
            return qlonglong(e->sources.size());
        case Events:
            return qlonglong(e->events);
        case Size:
            return qlonglong(e->bytes);
        case LastUsed:
            return e->lastUsed;
        default:
            return display(*e, index.column());
        }
    case PathRole:
        return e->path;
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Case");
    case Sources:
        return tr("Sources");
    case Events:
        return tr("Events");
    case Size:
        return tr("Size on Disk");
    case LastUsed:
        return tr("Last Used");
    case Location:
        return tr("Location");
    default:
        return {};
    }
}

} // namespace auditlens
