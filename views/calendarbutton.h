// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDate>
#include <QToolButton>

class QCalendarWidget;

namespace auditlens {

// A small button beside a date field that opens a calendar (also with Alt+Down in the field):
// picking a day, by mouse or with the arrow keys and Enter, gives that day.
class CalendarButton : public QToolButton
{
    Q_OBJECT
public:
    explicit CalendarButton(QWidget *parent = nullptr);

    // The days the calendar offers, and the one it opens on.
    void setRange(const QDate &first, const QDate &last);
    void setDate(const QDate &date);
    QCalendarWidget *calendar() const { return m_calendar; }
    void openCalendar();

Q_SIGNALS:
    void datePicked(const QDate &date);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();
    QCalendarWidget *m_calendar;
};

} // namespace auditlens
