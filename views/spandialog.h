// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace auditlens {

// Asks how far before and after an event to look: a number and a unit (seconds to days).
class SpanDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SpanDialog(QWidget *parent = nullptr);

    QSpinBox *amountBox() const { return m_amount; }
    QComboBox *unitBox() const { return m_unit; }
    // The span chosen, in nanoseconds.
    qint64 spanNs() const;

private:
    QSpinBox *m_amount;
    QComboBox *m_unit;
};

} // namespace auditlens
