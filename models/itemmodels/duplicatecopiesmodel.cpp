#include "duplicatecopiesmodel.h"

#include "semanticcolors.h"

#include <QColor>

#include <algorithm>

namespace auditlens {

namespace {
QString cell(const QByteArray &bytes)
{
    return bytes.isNull() ? QString() : QString::fromUtf8(bytes);
}
} // namespace

DuplicateCopiesModel::DuplicateCopiesModel(QObject *parent) : QAbstractTableModel(parent) {}

QString DuplicateCopiesModel::fieldTitle(int field)
{
    switch (Field(field)) {
    case Action:
        return tr("action");
    case Actor:
        return tr("actor");
    case Target:
        return tr("target");
    case Payload:
        return tr("payload");
    case OccurredAt:
        return tr("occurred_at");
    case Metadata:
        return tr("metadata");
    case Id:
        return tr("id");
    case Version:
        return tr("version");
    case Scope:
        return tr("scope");
    case Success:
        return tr("success");
    case Request:
        return tr("request");
    case Extra:
        return tr("other columns");
    case Source:
        return tr("source");
    case Line:
        return tr("line");
    case FieldCount:
        break;
    }
    return {};
}

QString DuplicateCopiesModel::text(const EventRow &r, int field)
{
    switch (Field(field)) {
    case Action:
        return r.action;
    case Actor:
        return cell(r.actorJson);
    case Target:
        return cell(r.targetJson);
    case Payload:
        return cell(r.payload);
    case OccurredAt:
        return cell(r.occurredAt);
    case Metadata:
        return cell(r.metadata);
    case Id:
        return r.eventId;
    case Version:
        return cell(r.version);
    case Scope:
        return cell(r.scopeJson);
    case Success:
        return cell(r.successText);
    case Request:
        return cell(r.request);
    case Extra:
        return cell(r.extra);
    case Source:
        return r.sourceName;
    case Line:
        return QString::number(r.line);
    case FieldCount:
        break;
    }
    return {};
}

void DuplicateCopiesModel::setCopies(std::vector<EventRow> copies)
{
    beginResetModel();
    m_copies = std::move(copies);
    m_differs.assign(FieldCount, false);
    for (int f = 0; f < FieldCount; ++f) {
        if (f == Source || f == Line)
            continue;
        for (size_t c = 1; c < m_copies.size(); ++c) {
            if (text(m_copies[c], f) != text(m_copies[0], f) ||
                (f != Id && f != Action &&
                 (text(m_copies[c], f).isNull() != text(m_copies[0], f).isNull())))
                m_differs[size_t(f)] = true;
        }
    }
    endResetModel();
}

int DuplicateCopiesModel::differingFieldCount() const
{
    return int(std::count(m_differs.begin(), m_differs.end(), true));
}

int DuplicateCopiesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_copies.empty())
        return 0;
    return FieldCount;
}

int DuplicateCopiesModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_copies.size());
}

QVariant DuplicateCopiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < FieldCount ? fieldTitle(section) : QVariant();
    if (section < 0 || section >= int(m_copies.size()))
        return {};
    const EventRow &r = m_copies[size_t(section)];
    return tr("copy %1 (%2:%3)").arg(section + 1).arg(r.sourceName).arg(r.line);
}

QVariant DuplicateCopiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventRow &r = m_copies[size_t(index.column())];
    const bool differs = m_differs[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(r, index.row()).left(1000);
    case Qt::ToolTipRole:
        return text(r, index.row()).left(4000);
    case Qt::BackgroundRole:
        return differs ? QVariant(SemanticColors::background(SemanticColors::Meaning::Difference))
                       : QVariant();
    case DiffersRole:
        return differs;
    default:
        return {};
    }
}

} // namespace auditlens
