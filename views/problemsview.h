// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "itemmodels/problemmodel.h"

#include <QTableView>

namespace auditlens {

// Every rejected or flagged record of the case. Double-click (or Enter on) a flagged one to show
// its event; a rejected one has no event, and shows its record instead.
class ProblemsView : public QTableView
{
    Q_OBJECT
public:
    explicit ProblemsView(QWidget *parent = nullptr);
    ProblemModel *problemModel() const { return m_model; }

Q_SIGNALS:
    void eventRequested(qint64 seq);
    void recordRequested(const QModelIndex &index);

private:
    ProblemModel *m_model;
};

} // namespace auditlens
