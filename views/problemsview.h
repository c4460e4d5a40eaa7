#pragma once

#include "itemmodels/problemmodel.h"

#include <QTableView>

namespace auditlens {

// Every rejected or flagged record of the case. Double-click a flagged one to jump to its event.
class ProblemsView : public QTableView
{
    Q_OBJECT
public:
    explicit ProblemsView(QWidget *parent = nullptr);
    ProblemModel *problemModel() const { return m_model; }

Q_SIGNALS:
    void eventRequested(qint64 seq);

private:
    ProblemModel *m_model;
};

} // namespace auditlens
