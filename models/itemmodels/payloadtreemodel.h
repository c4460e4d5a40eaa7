// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QAbstractItemModel>
#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace auditlens {

// The JSON columns of an event as expandable trees: one top-level row per column (actor, target,
// scope, payload, metadata, request), then its keys and array items. Numbers and strings keep
// the text as written (a payload number beyond 2^53 is shown and copied exactly), and a cell that
// is not valid JSON is shown as its raw text.
class PayloadTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        PathRole = Qt::UserRole + 1, // "payload.job.name", "payload.items[2]"
        ValueRole,                   // the JSON text of the node (object/array: compact text)
        TypeRole,                    // object, array, string, number, boolean, null, invalid
        // For a string, number, boolean or null, the JsonCondition that selects the events
        // with this value ("payload.project.slug=gh/acme/api", keys quoted where they need
        // it); empty for other nodes and for a key no path can name.
        ConditionRole,
    };
    enum Column { Key, Value, Type, ColumnCount };

    explicit PayloadTreeModel(QObject *parent = nullptr);
    ~PayloadTreeModel() override;

    // (column name, cell text) pairs; a null QByteArray means the source had no such cell.
    void setDocuments(const std::vector<std::pair<QString, QByteArray>> &documents);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    struct Node;

private:
    std::unique_ptr<Node> m_root;
};

} // namespace auditlens
