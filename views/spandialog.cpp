// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "spandialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace auditlens {

namespace {
constexpr qint64 kSecondNs = 1000000000LL;
} // namespace

SpanDialog::SpanDialog(QWidget *parent)
    : QDialog(parent), m_amount(new QSpinBox(this)), m_unit(new QComboBox(this))
{
    setWindowTitle(tr("Events Around This One"));
    m_amount->setRange(1, 9999);
    m_amount->setValue(5);
    m_amount->setAccessibleName(tr("Span"));
    m_unit->addItem(tr("seconds"), kSecondNs);
    m_unit->addItem(tr("minutes"), 60 * kSecondNs);
    m_unit->addItem(tr("hours"), 3600 * kSecondNs);
    m_unit->addItem(tr("days"), 24 * 3600 * kSecondNs);
    m_unit->setCurrentIndex(1);
    m_unit->setAccessibleName(tr("Unit"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_amount);
    row->addWidget(m_unit, 1);
    auto *form = new QFormLayout(this);
    auto *explain = new QLabel(
        tr("The events this long before and after the event, whatever the filter; the event "
           "stays selected."),
        this);
    explain->setWordWrap(true);
    form->addRow(explain);
    auto *label = new QLabel(tr("&Before and after:"), this);
    label->setBuddy(m_amount);
    form->addRow(label, row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    m_amount->setFocus();
}

qint64 SpanDialog::spanNs() const
{
    return m_amount->value() * m_unit->currentData().toLongLong();
}

} // namespace auditlens
