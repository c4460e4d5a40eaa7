#pragma once

#include "../query/eventrow.h"

#include <QAbstractTableModel>

#include <vector>

namespace auditlens {

// The copies of one duplicate group side by side: a row per field, a column per copy. Fields
// whose text differs between the copies are marked (DiffersRole, and a highlighted background),
// position fields (source, line) excepted since copies always differ there.
class DuplicateCopiesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { DiffersRole = Qt::UserRole + 1 };
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
};

} // namespace auditlens
