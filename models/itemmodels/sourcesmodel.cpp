// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "sourcesmodel.h"

#include "../parsing/timestampparser.h"

#include <QLocale>

#include <limits>

namespace auditlens {

namespace {
constexpr int kShortSha = 12; // enough to tell sources apart; the tooltip has it all

// A time as the table shows it (seconds; the tooltip has the nanoseconds).
QString shortTime(qint64 ns)
{
    return TimestampParser::format(ns, 0).chopped(1).replace(QLatin1Char('T'), QLatin1Char(' '));
}
} // namespace

SourcesModel::SourcesModel(QObject *parent) : QAbstractTableModel(parent) {}

void SourcesModel::setCoverage(const SourceCoverage &coverage)
{
    beginResetModel();
    m_coverage = coverage;
    endResetModel();
}

const SourceSpan *SourcesModel::spanAt(int row) const
{
    return row >= 0 && row < m_coverage.sources.size() ? &m_coverage.sources.at(row) : nullptr;
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_coverage.sources.size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return ColumnCount;
}

QVariant SourcesModel::display(const SourceSpan &s, int column) const
{
    const QLocale l;
    switch (column) {
    case Number:
        return QString::number(s.source.id);
    case File:
        return s.source.fileName;
    case Format:
        return s.source.format;
    case Sha256:
        return s.source.sha256.left(kShortSha);
    case Size:
        return l.formattedDataSize(s.source.bytes);
    case Imported:
        return l.toString(s.source.importedAt.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm"));
    case First:
        return s.hasSpan ? shortTime(s.first) : tr("no time");
    case Last:
        return s.hasSpan ? shortTime(s.last) : tr("no time");
    case Records:
        return l.toString(s.source.records);
    case Problems:
        return l.toString(s.source.rejected);
    case SharedExact:
        return l.toString(s.sharedExact);
    case SharedConflicting:
        return l.toString(s.sharedConflicting);
    default:
        return {};
    }
}

QVariant SourcesModel::sortValue(const SourceSpan &s, int column) const
{
    switch (column) {
    case Number:
        return s.source.id;
    case File:
        return s.source.fileName.toLower();
    case Format:
        return s.source.format;
    case Sha256:
        return s.source.sha256;
    case Size:
        return s.source.bytes;
    case Imported:
        return s.source.importedAt;
    case First:
        return s.hasSpan ? s.first : std::numeric_limits<qint64>::min();
    case Last:
        return s.hasSpan ? s.last : std::numeric_limits<qint64>::min();
    case Records:
        return s.source.records;
    case Problems:
        return s.source.rejected;
    case SharedExact:
        return s.sharedExact;
    case SharedConflicting:
        return s.sharedConflicting;
    default:
        return {};
    }
}

QVariant SourcesModel::toolTip(const SourceSpan &s, int column) const
{
    const QLocale l;
    switch (column) {
    case File:
        return s.source.path;
    case Sha256:
        return tr("SHA-256 %1 (Ctrl+C copies it)").arg(s.source.sha256);
    case Size:
        return tr("%1 bytes").arg(l.toString(s.source.bytes));
    case First:
    case Last:
        return s.hasSpan ? TimestampParser::format(column == First ? s.first : s.last) : QVariant();
    case Records:
        return tr("%1 records read: %2 events imported, %3 rejected")
            .arg(l.toString(s.source.records), l.toString(s.source.imported),
                 l.toString(s.source.rejected));
    case SharedExact:
        return tr(
            "Events of this source whose id another source also holds, with the same content");
    case SharedConflicting:
        return tr("Events of this source whose id another source also holds, with other content");
    default:
        return {};
    }
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    const SourceSpan *s = index.isValid() ? spanAt(index.row()) : nullptr;
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*s, index.column());
    case Qt::ToolTipRole:
        return toolTip(*s, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Number || index.column() >= Records || index.column() == Size
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case SortRole:
        return sortValue(*s, index.column());
    case SourceIdRole:
        return s->source.id;
    case FullTextRole:
        return index.column() == Sha256 ? s->source.sha256
               : index.column() == File ? s->source.path
                                        : display(*s, index.column());
    default:
        return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("#");
    case File:
        return tr("File");
    case Format:
        return tr("Format");
    case Sha256:
        return tr("SHA-256");
    case Size:
        return tr("Size");
    case Imported:
        return tr("Imported (UTC)");
    case First:
        return tr("First Event (UTC)");
    case Last:
        return tr("Last Event (UTC)");
    case Records:
        return tr("Records");
    case Problems:
        return tr("Rejected");
    case SharedExact:
        return tr("Shared Exact");
    case SharedConflicting:
        return tr("Shared Conflicting");
    default:
        return {};
    }
}

} // namespace auditlens
