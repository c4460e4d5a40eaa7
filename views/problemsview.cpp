// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "problemsview.h"

#include <QHeaderView>

namespace auditlens {

ProblemsView::ProblemsView(QWidget *parent) : QTableView(parent), m_model(new ProblemModel(this))
{
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setTabKeyNavigation(false);
    setAccessibleName(tr("Problems"));
    setAccessibleDescription(tr("Rejected and flagged records; Enter shows a flagged record's "
                                "event, or a rejected record's text"));
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setColumnWidth(ProblemModel::Source, 160);
    setColumnWidth(ProblemModel::Line, 70);
    setColumnWidth(ProblemModel::Message, 380);
    // activated: a double-click, or Enter.
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QVariant seq = index.data(ProblemModel::EventSeqRole);
        if (seq.isValid())
            Q_EMIT eventRequested(seq.toLongLong());
        else
            Q_EMIT recordRequested(index);
    });
}

} // namespace auditlens
