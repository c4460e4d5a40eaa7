// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "duplicatecopiesmodel.h"

#include "payloadtreemodel.h"
#include "semanticcolors.h"

#include <QColor>
#include <QHash>

#include <algorithm>

namespace auditlens {

namespace {
QString cell(const QByteArray &bytes)
{
    return bytes.isNull() ? QString() : QString::fromUtf8(bytes);
}

bool isJsonField(int field)
{
    using F = DuplicateCopiesModel::Field;
    return field == F::Actor || field == F::Target || field == F::Payload || field == F::Metadata ||
           field == F::Scope || field == F::Request;
}

// Every node of a JSON cell by its path ("payload.job.id") with its text, read through the
// payload tree's own parser (numbers and strings as written).
void flatten(const QAbstractItemModel &model, const QModelIndex &parent,
             QHash<QString, QString> *values)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex index = model.index(r, 0, parent);
        if (model.rowCount(index) > 0)
            flatten(model, index, values);
        else
            values->insert(index.data(PayloadTreeModel::PathRole).toString(),
                           index.data(PayloadTreeModel::ValueRole).toString());
    }
}
} // namespace

QString DuplicateCopiesModel::indentJson(const QString &json)
{
    const QString trimmed = json.trimmed();
    if (!trimmed.startsWith(QLatin1Char('{')) && !trimmed.startsWith(QLatin1Char('[')))
        return json;
    QString out;
    out.reserve(json.size() * 2);
    int depth = 0;
    bool inString = false, escaped = false;
    auto newline = [&] {
        out += QLatin1Char('\n');
        out += QString(depth * 2, QLatin1Char(' '));
    };
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c.isSpace())
            continue;
        if (c == QLatin1Char('"')) {
            inString = true;
            out += c;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            out += c;
            const QChar close = c == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(']');
            qsizetype next = i + 1;
            while (next < trimmed.size() && trimmed[next].isSpace())
                ++next;
            if (next < trimmed.size() && trimmed[next] == close) {
                out += close; // {} and [] stay on one line
                i = next;
                continue;
            }
            ++depth;
            newline();
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            depth = std::max(0, depth - 1);
            newline();
            out += c;
        } else if (c == QLatin1Char(',')) {
            out += c;
            newline();
        } else if (c == QLatin1Char(':')) {
            out += QStringLiteral(": ");
        } else {
            out += c;
        }
    }
    return out;
}

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
    m_differingPaths.clear();
    for (int f = 0; f < FieldCount; ++f) {
        if (!m_differs[size_t(f)])
            continue;
        if (!isJsonField(f)) {
            m_differingPaths << fieldTitle(f);
            continue;
        }
        // Inside a JSON cell: the paths whose text is not the same in every copy.
        std::vector<QHash<QString, QString>> values(m_copies.size());
        QStringList paths;
        for (size_t c = 0; c < m_copies.size(); ++c) {
            PayloadTreeModel tree;
            tree.setDocuments({{fieldTitle(f), text(m_copies[c], f).toUtf8()}});
            flatten(tree, {}, &values[c]);
            for (auto it = values[c].cbegin(); it != values[c].cend(); ++it) {
                if (!paths.contains(it.key()))
                    paths << it.key();
            }
        }
        QStringList differing;
        for (const QString &path : std::as_const(paths)) {
            for (size_t c = 1; c < m_copies.size(); ++c) {
                if (values[c].value(path, QStringLiteral("\x01")) !=
                    values[0].value(path, QStringLiteral("\x01"))) {
                    differing << path;
                    break;
                }
            }
        }
        std::sort(differing.begin(), differing.end());
        m_differingPaths << (differing.isEmpty() ? QStringList{fieldTitle(f)} : differing);
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
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= 0 &&
        section < int(m_copies.size())) {
        const EventRow &r = m_copies[size_t(section)];
        return tr("%1, line %2 (byte %3)").arg(r.sourceName).arg(r.line).arg(r.offset);
    }
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < FieldCount ? fieldTitle(section) : QVariant();
    if (section < 0 || section >= int(m_copies.size()))
        return {};
    const EventRow &r = m_copies[size_t(section)];
    return tr("copy %1\nline %2").arg(section + 1).arg(r.line);
}

QVariant DuplicateCopiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventRow &r = m_copies[size_t(index.column())];
    const bool differs = m_differs[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        const QString t = text(r, index.row()).left(20000);
        return isJsonField(index.row()) ? indentJson(t) : t;
    }
    case Qt::ToolTipRole:
        return differs ? tr("This field differs between the copies") : QVariant();
    case RawTextRole:
        return text(r, index.row());
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
