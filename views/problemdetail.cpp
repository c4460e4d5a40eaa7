// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "problemdetail.h"

#include "itemmodels/problemmodel.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace auditlens {

namespace {
constexpr int kRawShown = 256 * 1024; // the rest stays in the case (and the export)
}

ProblemDetail::ProblemDetail(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_raw(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Problem"));
    layout->addWidget(m_summary);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_raw->setAccessibleName(tr("Raw text of the record"));
    m_raw->setAccessibleDescription(tr("The record's bytes as they were read from the source"));
    layout->addWidget(m_raw, 1);
    clear();
}

void ProblemDetail::clear()
{
    m_summary->setText(tr("Select a problem to read its record."));
    m_raw->clear();
}

void ProblemDetail::showProblem(const QModelIndex &index)
{
    if (!index.isValid()) {
        clear();
        return;
    }
    auto cell = [&](int column) { return index.siblingAtColumn(column).data().toString(); };
    const QLocale locale;
    const bool rejected = index.data(ProblemModel::RejectedRole).toBool();
    QString text =
        tr("%1, line %2 (byte %3): %4 — %5")
            .arg(cell(ProblemModel::Source),
                 locale.toString(index.siblingAtColumn(ProblemModel::Line).data().toLongLong()),
                 locale.toString(index.data(ProblemModel::OffsetRole).toLongLong()),
                 cell(ProblemModel::Severity), cell(ProblemModel::Message));
    if (!cell(ProblemModel::ColumnName).isEmpty())
        text += QLatin1Char('\n') + tr("Column: %1").arg(cell(ProblemModel::ColumnName));
    text += QLatin1Char('\n') +
            (rejected ? tr("The record was rejected: it is not among the events. Its raw text is "
                           "below.")
                      : tr("The event was kept and flagged: double-click or press Enter to show "
                           "it in the table."));
    m_summary->setText(text);
    const QByteArray raw = index.data(ProblemModel::RawRole).toByteArray();
    QString shown = QString::fromUtf8(raw.left(kRawShown));
    if (raw.size() > kRawShown)
        shown += QLatin1Char('\n') + tr("… (%1 bytes in all)").arg(locale.toString(raw.size()));
    m_raw->setPlainText(shown);
}

} // namespace auditlens
