// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "calendarbutton.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QWidgetAction>

namespace auditlens {

CalendarButton::CalendarButton(QWidget *parent) : QToolButton(parent)
{
    auto *menu = new QMenu(this);
    m_calendar = new QCalendarWidget(menu);
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setAccessibleName(tr("Calendar"));
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(m_calendar);
    action->setText(tr("Calendar"));
    action->setStatusTip(tr("Pick a day with the arrow keys and Enter, or a click"));
    menu->addAction(action);
    setMenu(menu);
    setPopupMode(QToolButton::InstantPopup);
    setText(tr("Calendar"));
    setToolButtonStyle(Qt::ToolButtonIconOnly);
    connect(menu, &QMenu::aboutToShow, this, [this] { m_calendar->setFocus(); });
    // A click gives clicked(), Enter activated(), a double-click both: the first one counts.
    auto pick = [this, menu](const QDate &date) {
        if (!menu->isVisible())
            return;
        menu->close();
        Q_EMIT datePicked(date);
    };
    connect(m_calendar, &QCalendarWidget::activated, this, pick);
    connect(m_calendar, &QCalendarWidget::clicked, this, pick);
    updateIcon();
}

void CalendarButton::changeEvent(QEvent *event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
}

// A page of a calendar, drawn in the button's text colour (icon themes may have none).
void CalendarButton::updateIcon()
{
    const QIcon themed = QIcon::fromTheme(QStringLiteral("view-calendar"));
    if (!themed.isNull()) {
        setIcon(themed);
        return;
    }
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(16, 16) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    const QColor ink = palette().color(QPalette::ButtonText);
    p.setPen(QPen(ink, 1));
    p.drawRect(QRectF(1.5, 2.5, 13, 12));
    p.fillRect(QRectF(1.5, 2.5, 13, 3), ink);
    for (int row = 0; row < 3; ++row) {
        for (int col = 0; col < 4; ++col)
            p.fillRect(QRectF(3.5 + col * 2.5, 7.5 + row * 2.2, 1.5, 1.5), ink);
    }
    p.end();
    setIcon(QIcon(pixmap));
}

void CalendarButton::setRange(const QDate &first, const QDate &last)
{
    m_calendar->setDateRange(first, last);
}

void CalendarButton::setDate(const QDate &date)
{
    if (date.isValid())
        m_calendar->setSelectedDate(date);
}

void CalendarButton::openCalendar()
{
    showMenu();
}

} // namespace auditlens
