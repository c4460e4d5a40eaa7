// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "tagchipsdelegate.h"

#include "itemmodels/eventtablemodel.h"
#include "itemmodels/semanticcolors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace auditlens {

namespace {
constexpr int kPadding = 6; // inside a chip, left and right
constexpr int kGap = 4;     // between chips
constexpr int kMargin = 3;  // the cell's edge
} // namespace

QColor TagChipsDelegate::chipText(const QColor &background)
{
    return SemanticColors::contrastRatio(background, Qt::black) >=
                   SemanticColors::contrastRatio(background, Qt::white)
               ? QColor(Qt::black)
               : QColor(Qt::white);
}

void TagChipsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    // The cell as any other (selection, alternate rows, focus), without its text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QStringList names = index.data(EventTableModel::TagsRole).toStringList();
    if (names.isEmpty())
        return;
    const QStringList colors = index.data(EventTableModel::TagColorsRole).toStringList();
    const QFontMetrics metrics(option.font);
    const QRect cell = option.rect.adjusted(kMargin, 2, -kMargin, -2);
    const int height = std::min(cell.height(), metrics.height() + 2);
    const int top = cell.top() + (cell.height() - height) / 2;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(option.font);
    int x = cell.left();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        const int width = metrics.horizontalAdvance(name) + 2 * kPadding;
        // The last chip that fits leaves room for "+N" when more follow.
        const QString more = QStringLiteral("+%1").arg(names.size() - i);
        const int moreWidth = metrics.horizontalAdvance(more) + kGap;
        const bool last = i == names.size() - 1;
        if (x + width + (last ? 0 : moreWidth) > cell.right() + 1) {
            if (x + moreWidth <= cell.right() + 1 || x == cell.left()) {
                painter->setPen(option.palette.color(option.state & QStyle::State_Selected
                                                         ? QPalette::HighlightedText
                                                         : QPalette::Text));
                painter->drawText(QRect(x, top, cell.right() + 1 - x, height),
                                  Qt::AlignLeft | Qt::AlignVCenter, more);
            }
            break;
        }
        const QColor background(colors.value(i));
        const QColor fill = background.isValid() ? background : QColor(Qt::gray);
        const QRectF chip(x + 0.5, top + 0.5, width - 1, height - 1);
        QPainterPath path;
        path.addRoundedRect(chip, height / 2.0, height / 2.0);
        painter->fillPath(path, fill);
        painter->setPen(QPen(fill.darker(140), 1));
        painter->drawPath(path);
        painter->setPen(chipText(fill));
        painter->drawText(QRect(x, top, width, height), Qt::AlignCenter, name);
        x += width + kGap;
    }
    painter->restore();
}

QSize TagChipsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    int width = 2 * kMargin;
    for (const QString &name : index.data(EventTableModel::TagsRole).toStringList())
        width += metrics.horizontalAdvance(name) + 2 * kPadding + kGap;
    size.setWidth(std::max(size.width(), width));
    return size;
}

} // namespace auditlens
