// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "statuscounts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

#include <algorithm>

namespace auditlens {

StatusCounts::StatusCounts(QWidget *parent)
    : QWidget(parent), m_count(new QLabel(this)), m_duplicates(new QLabel(this)),
      m_problems(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_count);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_problems);
    m_count->setAccessibleName(tr("Event count"));
    m_count->setTextFormat(Qt::RichText);
    m_count->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_duplicates->setAccessibleName(tr("Duplicate ids"));
    m_problems->setAutoRaise(true);
    m_problems->setToolTip(tr("Show the rejected and flagged records"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->hide();
    connect(m_count, &QLabel::linkActivated, this, &StatusCounts::collapseRequested);
    connect(m_problems, &QToolButton::clicked, this, &StatusCounts::problemsRequested);
}

void StatusCounts::showResult(const QueryResult &result)
{
    const QLocale locale;
    QString text =
        tr("%1 of %2 events").arg(locale.toString(result.count()), locale.toString(result.total));
    if (result.extraExactCopies > 0) {
        // Exact copies (overlapping exports) inflate the count: say so, and how to count once.
        text += QLatin1Char(' ') + tr("(%1 distinct) <a href=\"#collapse\">count copies once</a>")
                                       .arg(locale.toString(result.distinctCount()));
    } else if (result.filter.duplicates == DuplicateFilter::CollapseExact) {
        text += QLatin1Char(' ') + tr("(exact copies counted once)");
    }
    m_count->setText(text);
    const QString timing =
        result.textSearched
            ? tr("%1 ms; %2").arg(locale.toString(result.elapsedMs, 'f', 1), result.textSearchNote)
            : tr("%1 ms").arg(locale.toString(result.elapsedMs, 'f', 1));
    m_count->setToolTip(result.extraExactCopies > 0
                            ? tr("%n event(s) are exact copies of others (Filter > Collapse "
                                 "Exact Copies, Ctrl+Shift+D)",
                                 nullptr, int(result.extraExactCopies)) +
                                  QLatin1Char('\n') + timing
                            : timing);
}

void StatusCounts::showCase(const EventIndex &index, qint64 problems)
{
    m_problems->setText(tr("%n problem(s)", nullptr, int(problems)));
    m_problems->setVisible(problems > 0);
    // From the index, not the case: counting groups in SQL would scan every event.
    std::vector<quint32> groups, conflicting;
    for (const quint32 p : index.duplicatePositions()) {
        groups.push_back(index.idRank(p));
        if (index.dupKind(p) == DuplicateKind::Conflicting)
            conflicting.push_back(index.idRank(p));
    }
    for (std::vector<quint32> *ids : {&groups, &conflicting}) {
        std::sort(ids->begin(), ids->end());
        ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
    }
    m_duplicates->setText(tr("%1 duplicate ids (%2 conflicting)")
                              .arg(QLocale().toString(qulonglong(groups.size())),
                                   QLocale().toString(qulonglong(conflicting.size()))));
}

void StatusCounts::showImporting(const QString &text)
{
    m_count->setText(text.toHtmlEscaped());
    m_count->setToolTip({});
    m_duplicates->clear();
}

void StatusCounts::showImportProblems(qint64 problems)
{
    m_problems->setText(tr("%n problem(s) so far", nullptr, int(problems)));
    m_problems->setVisible(problems > 0);
}

void StatusCounts::clear()
{
    m_count->clear();
    m_count->setToolTip({});
    m_duplicates->clear();
    m_problems->hide();
}

} // namespace auditlens
