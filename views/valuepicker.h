// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "session/casesession.h"

#include <QToolButton>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace auditlens {

// A filter field's value chooser: a button that opens a list of the field's values with their
// counts under the current filter, a type-ahead box that matches ids and names, and check
// boxes (several values combine with OR). Actions are grouped by family (`context.*`).
class ValuePicker : public QToolButton
{
    Q_OBJECT
public:
    ValuePicker(CaseSession *session, IndexField field, QWidget *parent = nullptr);

    // The values chosen, as they go into the filter.
    QStringList values() const { return m_values; }
    void setValues(const QStringList &values);
    QWidget *popup() const { return m_popup; }
    QLineEdit *searchBox() const { return m_search; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void valuesChanged(const QStringList &values);

private:
    void showPopup();
    void search();
    void fill(const ValueMatchesPtr &matches);
    void onItemChanged(QListWidgetItem *item);
    void updateText();

    CaseSession *m_session;
    IndexField m_field;
    QStringList m_values;
    QWidget *m_popup;
    QLineEdit *m_search;
    QListWidget *m_list;
    QTimer *m_typing;
    quint64 m_request = 0;
    bool m_filling = false;
};

} // namespace auditlens
