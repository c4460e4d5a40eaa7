#pragma once

#include "session/casesession.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace auditlens {

class ValuePicker;

// The filter controls above the table: free text, success, duplicates, the action, actor,
// target and scope pickers, the time range (UTC, to the nanosecond) with presets, and a
// one-line summary of the whole filter with a clear-all.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(CaseSession *session, QWidget *parent = nullptr);

    QLineEdit *textBox() const { return m_text; }
    QComboBox *successBox() const { return m_success; }
    QComboBox *duplicatesBox() const { return m_duplicates; }
    QLineEdit *fromBox() const { return m_from; }
    QLineEdit *toBox() const { return m_to; }
    ValuePicker *picker(IndexField field) const;
    QLabel *summary() const { return m_summary; }

    // Presets relative to the last event of the log.
    void applyPreset(qint64 spanNs);

private:
    void showFilter(const Filter &filter);
    void edited();
    void timeEdited();

    CaseSession *m_session;
    QLineEdit *m_text;
    QTimer *m_typing;
    QComboBox *m_success;
    QComboBox *m_duplicates;
    ValuePicker *m_pickers[4];
    QLineEdit *m_from;
    QLineEdit *m_to;
    QToolButton *m_presets;
    QLabel *m_summary;
    QToolButton *m_clear;
    bool m_updating = false;
};

} // namespace auditlens
