// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../store/sourcecoverage.h"

#include <QAbstractTableModel>

namespace auditlens {

// The sources of a case, one row each, as the Sources pane lists them: what was read (file,
// format, SHA-256, size, when), what it covers (first and last event) and how much of it other
// sources also hold. SortRole gives each cell's value for sorting (numbers as numbers).
class SourcesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Number,
        File,
        Format,
        Sha256,
        Size,
        Imported,
        First,
        Last,
        Records,
        Problems,
        SharedExact,
        SharedConflicting,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // the cell's value, for sorting
        SourceIdRole,                // qint64, the source's number in the case
        FullTextRole,                // the cell's whole value (the full SHA-256, the path)
    };

    explicit SourcesModel(QObject *parent = nullptr);

    void setCoverage(const SourceCoverage &coverage);
    const SourceCoverage &coverage() const { return m_coverage; }
    // The source of a row, or nullptr.
    const SourceSpan *spanAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SourceSpan &s, int column) const;
    QVariant sortValue(const SourceSpan &s, int column) const;
    QVariant toolTip(const SourceSpan &s, int column) const;

    SourceCoverage m_coverage;
};

} // namespace auditlens
