// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStyledItemDelegate>

namespace auditlens {

// Draws the event table's Tags cell as chips: each tag's name on its own colour, with black or
// white text, whichever reads better on it (as the detail pane shows them), so they read on a
// light and a dark table alike. What does not fit ends in "+N", and the tooltip lists them all.
class TagChipsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The text colour that reads best on a chip of background.
    static QColor chipText(const QColor &background);
};

} // namespace auditlens
