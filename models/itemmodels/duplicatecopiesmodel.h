// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../query/eventrow.h"

#include <QAbstractTableModel>

#include <vector>

namespace auditlens {

// The copies of one duplicate group side by side: a row per field, a column per copy. Fields
// whose text differs between the copies are marked (DiffersRole, and a highlighted background),
// position fields (source, line) excepted since copies always differ there. JSON cells are shown
// indented, one key to a line, so that a long payload wraps readably; the JSON paths whose values
// differ are listed (differingPaths) so that what differs inside a payload can be seen at once.
class DuplicateCopiesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        DiffersRole = Qt::UserRole + 1, // bool
        RawTextRole,                    // the cell's text as read (not indented)
    };
    enum Field {
        Action,
        Actor,
        Target,
        Payload,
        OccurredAt,
        Metadata,
        Id,
        Version,
        Scope,
        Success,
        Request,
        Extra,
        Source,
        Line,
        FieldCount
    };

    explicit DuplicateCopiesModel(QObject *parent = nullptr);

    void setCopies(std::vector<EventRow> copies);
    int differingFieldCount() const;
    // The fields and JSON paths whose values differ between the copies ("payload.job.id",
    // "success"), in field order.
    QStringList differingPaths() const { return m_differingPaths; }
    // JSON text indented two spaces a level, one key or item to a line; strings and numbers
    // exactly as written. Text that is not an object or array comes back as it is.
    static QString indentJson(const QString &json);
    static QString fieldTitle(int field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString text(const EventRow &row, int field);
    std::vector<EventRow> m_copies;
    std::vector<bool> m_differs;
    QStringList m_differingPaths;
};

} // namespace auditlens
