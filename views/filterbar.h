// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "session/casesession.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace auditlens {

class CalendarButton;
class ValuePicker;

// The filter controls above the table: free text, success, duplicates, the action, actor,
// target and scope pickers, the time range (UTC: a day, a minute or a timestamp to the
// nanosecond, or a day from a calendar) with presets, and a one-line summary of the whole
// filter with a clear-all.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(CaseSession *session, QWidget *parent = nullptr);

    QLineEdit *textBox() const { return m_text; }
    // Filter: the text hides the events without it. Find: every event stays and the text's
    // matches are stepped through (Enter, F3).
    QComboBox *searchModeBox() const { return m_mode; }
    bool isFindMode() const;
    void setFindMode(bool find);
    QComboBox *successBox() const { return m_success; }
    QComboBox *duplicatesBox() const { return m_duplicates; }
    QLineEdit *fromBox() const { return m_from; }
    QLineEdit *toBox() const { return m_to; }
    CalendarButton *fromCalendar() const { return m_fromCalendar; }
    CalendarButton *toCalendar() const { return m_toCalendar; }
    ValuePicker *picker(IndexField field) const;
    QLabel *summary() const { return m_summary; }
    QToolButton *clearButton() const { return m_clear; }

    // Presets relative to the last event of the log.
    void applyPreset(qint64 spanNs);
    // The window's preset actions (Filter menu), offered by the Presets button too.
    void setPresetActions(const QList<QAction *> &actions);
    // While a source is imported the case open (if any) is not the one shown: only the search
    // text works, and it searches the first events (previewSearchChanged()).
    void setImporting(bool importing);
    bool isImporting() const { return m_importing; }

Q_SIGNALS:
    void previewSearchChanged(const QString &text);
    // Find mode: the text to find (empty: nothing), and Enter (Shift+Enter: backwards).
    void findRequested(const QString &text);
    void findNextRequested(bool backwards);
    // A sweeping change is about to replace the filter (Clear all): the window keeps the
    // filter for Undo.
    void clearRequested();
    // A message for the status bar (a time that cannot be read).
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFilter(const Filter &filter);
    void showLogSpan();
    void edited();
    void timeEdited();
    void textEdited();
    void modeChanged();
    // error: why the box's time cannot be read (marked in the palette's failure colour), or empty.
    void markTime(QLineEdit *box, const QString &error);

    CaseSession *m_session;
    QLineEdit *m_text;
    QComboBox *m_mode;
    QTimer *m_typing;
    QComboBox *m_success;
    QComboBox *m_duplicates;
    // In the order of FilterField; null for a field the index does not hold.
    std::array<ValuePicker *, kFilterFieldCount> m_pickers{};
    QLineEdit *m_from;
    CalendarButton *m_fromCalendar;
    QLineEdit *m_to;
    CalendarButton *m_toCalendar;
    QToolButton *m_presets;
    QLabel *m_summary;
    QToolButton *m_clear;
    QString m_timeHelp;
    bool m_updating = false;
    bool m_importing = false;
};

} // namespace auditlens
