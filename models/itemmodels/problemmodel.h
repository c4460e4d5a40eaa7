// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <vector>

namespace auditlens {

// Every rejected or flagged record of a case: source, line, severity, kind, column, message and
// the raw text. Loaded a page at a time as the view scrolls (canFetchMore/fetchMore), so a
// source with a million broken lines opens as fast as a clean one.
class ProblemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Source, Line, Severity, Kind, ColumnName, Message, Raw, ColumnCount };
    enum Role {
        EventSeqRole = Qt::UserRole + 1, // the flagged event's seq; invalid for a rejected record
        RawRole,                         // QByteArray, the bytes as read
        OffsetRole,                      // qint64, the record's first byte in its source
        RejectedRole,                    // bool: the record was rejected (no event)
    };

    explicit ProblemModel(QObject *parent = nullptr);

    // Shows the problems of the case open on db (a connection of this thread); an invalid
    // database empties the model.
    void setDatabase(const QSqlDatabase &db);
    qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        qint64 id = 0;
        QString source;
        qint64 line = 0;
        qint64 offset = 0;
        QString severity;
        QString kind;
        QString column;
        QString message;
        QByteArray raw;
        qint64 eventSeq = -1;
    };

    std::vector<Row> loadPage(qint64 after) const;

    QSqlDatabase m_db;
    std::vector<Row> m_rows;
    qint64 m_total = 0;
    bool m_fetching = false;
};

} // namespace auditlens
