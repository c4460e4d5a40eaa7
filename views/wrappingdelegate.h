// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStyledItemDelegate>

class QTextLayout;

namespace auditlens {

// Draws a cell's whole text, wrapped to the column's width at word boundaries or, for a long id
// or hash without any, anywhere: nothing is cut off at the cell's edge (the copies view, where a
// difference may sit at the end of a long value).
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Lays text out in width; returns the height it takes.
    static qreal layOut(QTextLayout &layout, qreal width);
};

} // namespace auditlens
