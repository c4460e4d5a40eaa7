#include "problemsview.h"

#include <QHeaderView>

namespace auditlens {

ProblemsView::ProblemsView(QWidget *parent) : QTableView(parent), m_model(new ProblemModel(this))
{
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    setAccessibleName(tr("Problems"));
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setColumnWidth(ProblemModel::Source, 160);
    setColumnWidth(ProblemModel::Line, 70);
    setColumnWidth(ProblemModel::Message, 380);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const QVariant seq = index.data(ProblemModel::EventSeqRole);
        if (seq.isValid())
            Q_EMIT eventRequested(seq.toLongLong());
    });
}

} // namespace auditlens
