// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "wrappingdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace auditlens {

namespace {
constexpr int kMargin = 4;

QString shownText(const QStyleOptionViewItem &option)
{
    QString text = option.text;
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}
} // namespace

qreal WrappingDelegate::layOut(QTextLayout &layout, qreal width)
{
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max<qreal>(1, width));
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

void WrappingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = shownText(opt);
    opt.text.clear(); // the style draws the background, the selection and the focus
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRectF area = QRectF(opt.rect).adjusted(kMargin, 2, -kMargin, -2);
    QTextLayout layout(text, opt.font);
    layOut(layout, area.width());
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled
            ? (opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive)
            : QPalette::Disabled;
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(opt.palette.color(
        group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    // A foreground the model asks for (a meaning's colour) wins over the palette's.
    const QVariant foreground = index.data(Qt::ForegroundRole);
    if (foreground.canConvert<QBrush>() && !(opt.state & QStyle::State_Selected))
        painter->setPen(foreground.value<QBrush>().color());
    layout.draw(painter, area.topLeft());
    painter->restore();
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    QTextLayout layout(shownText(opt), opt.font);
    const qreal width = opt.rect.width() > 0 ? opt.rect.width() - 2 * kMargin : 400;
    const qreal height = layOut(layout, width);
    return QSize(int(width) + 2 * kMargin, int(std::ceil(height)) + 4);
}

} // namespace auditlens
