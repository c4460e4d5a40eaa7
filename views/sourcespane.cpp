// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "sourcespane.h"

#include "coveragestrip.h"
#include "itemmodels/sourcesmodel.h"
#include "session/casesession.h"
#include "session/sourcesjob.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace auditlens {

SourcesPane::SourcesPane(CaseSession *session, QWidget *parent)
    : QDockWidget(tr("Sources"), parent), m_session(session), m_model(new SourcesModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_job(new SourcesJob(this)),
      m_strip(new CoverageStrip(this)), m_view(new QTableView(this)), m_status(new QLabel(this)),
      m_add(new QPushButton(tr("Add Exports…"), this)),
      m_remove(new QPushButton(tr("Remove Source from Case…"), this))
{
    setObjectName(QStringLiteral("sourcesDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SourcesModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SourcesModel::Number, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Sources of the case"));
    m_view->setAccessibleDescription(tr("One row per imported export; Ctrl+C copies the cell "
                                        "(the whole SHA-256), Delete removes the source"));
    m_remove->setToolTip(tr("Take the selected export and its events out of the case"));
    m_add->setToolTip(tr("Import more exports into this case"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_strip);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);
    setWidget(content);

    // Named, so that Help > Keyboard Shortcuts lists them under the pane.
    auto *copy = new QShortcut(QKeySequence::Copy, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    copy->setWhatsThis(tr("Copy the source's cell in full (the whole SHA-256, the path)"));
    connect(copy, &QShortcut::activated, this, &SourcesPane::copyCurrent);
    auto *remove =
        new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    remove->setWhatsThis(tr("Remove the selected source from the case (asks first)"));
    connect(remove, &QShortcut::activated, this, &SourcesPane::removeCurrentSource);
    connect(m_view, &QWidget::customContextMenuRequested, this, &SourcesPane::showContextMenu);
    connect(m_remove, &QPushButton::clicked, this, &SourcesPane::removeCurrentSource);
    connect(m_strip, &CoverageStrip::gapActivated, this, &SourcesPane::gapActivated);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SourcesPane::updateButtons);
    connect(m_job, &SourcesJob::coverageRead, this, &SourcesPane::showCoverage);
    connect(m_job, &SourcesJob::coverageFailed, this,
            [this](const QString &error) { m_status->setText(error); });
    connect(m_job, &SourcesJob::sourceRemoved, this,
            [this](qint64 id, const SourceRemoval::Result &r) {
                onRemoved(id, r.ok, r.error, r.events);
            });
    connect(m_session, &CaseSession::opened, this, &SourcesPane::readCoverage);
    connect(m_session, &CaseSession::closed, this, [this] {
        if (m_session->isOpening())
            return; // replaced: the new case's coverage follows
        m_model->setCoverage({});
        m_strip->setCoverage({});
        m_status->clear();
        m_shownCase.clear();
        updateButtons();
    });
    updateButtons();
}

void SourcesPane::setAddAction(QAction *add)
{
    connect(m_add, &QPushButton::clicked, add, &QAction::trigger);
    connect(add, &QAction::enabledChanged, m_add, &QWidget::setEnabled);
    m_add->setEnabled(add->isEnabled());
}

bool SourcesPane::isBusy() const
{
    return m_job->isRemoving();
}

void SourcesPane::readCoverage()
{
    m_status->setText(tr("Reading what each source covers…"));
    m_job->readCoverage(m_session->casePath(), m_session->index());
}

void SourcesPane::showCoverage(const SourceCoverage &coverage, qint64 elapsedMs)
{
    m_model->setCoverage(coverage);
    m_strip->setCoverage(coverage);
    m_view->resizeColumnsToContents();
    const QLocale l;
    m_status->setText(
        coverage.gaps.isEmpty()
            ? tr("%n source(s); every day between the first and last event is covered.", nullptr,
                 int(coverage.sources.size()))
            : tr("%n source(s); %1 gap(s) no source covers (in the strip above).", nullptr,
                 int(coverage.sources.size()))
                  .arg(l.toString(coverage.gaps.size())));
    // Shows itself when there comes to be something to see here (a case opened with several
    // sources or a gap, a second source added); closed, it stays closed until then.
    const bool worthSeeing = coverage.sources.size() > 1 || !coverage.gaps.isEmpty();
    if (worthSeeing && (m_shownCase != m_session->casePath() || !m_worthSeeing))
        show();
    m_shownCase = m_session->casePath();
    m_worthSeeing = worthSeeing;
    updateButtons();
    Q_EMIT coverageShown(elapsedMs);
}

void SourcesPane::updateButtons()
{
    m_remove->setEnabled(m_session->isOpen() && !m_job->isRemoving() &&
                         m_view->selectionModel()->hasSelection());
}

void SourcesPane::copyCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        QApplication::clipboard()->setText(index.data(SourcesModel::FullTextRole).toString());
}

void SourcesPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(tr("Copy SHA-256"), this, [index] {
        QApplication::clipboard()->setText(index.siblingAtColumn(SourcesModel::Sha256)
                                               .data(SourcesModel::FullTextRole)
                                               .toString());
    });
    menu.addAction(tr("Copy Path"), this, [index] {
        QApplication::clipboard()->setText(
            index.siblingAtColumn(SourcesModel::File).data(SourcesModel::FullTextRole).toString());
    });
    menu.addSeparator();
    QAction *remove =
        menu.addAction(tr("Remove Source from Case…"), this, &SourcesPane::removeCurrentSource);
    remove->setEnabled(m_remove->isEnabled());
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void SourcesPane::removeCurrentSource()
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    const SourceSpan *span = m_model->spanAt(index.row());
    if (!span || !m_session->isOpen() || m_job->isRemoving())
        return;
    const QLocale l;
    const QString question =
        tr("Remove source %1, %2, from the case?\n\nIts %3 events and its problems leave the "
           "case, and the duplicates it shared are counted again. The file itself is not "
           "touched; it can be added again later.")
            .arg(QString::number(span->source.id), span->source.fileName, l.toString(span->events));
    const bool yes = m_confirm
                         ? m_confirm(question)
                         : QMessageBox::question(this, tr("Remove Source from Case"), question,
                                                 QMessageBox::Yes | QMessageBox::Cancel,
                                                 QMessageBox::Cancel) == QMessageBox::Yes;
    if (!yes)
        return;
    m_removedFile = span->source.fileName;
    m_status->setText(tr("Removing %1 from the case…").arg(m_removedFile));
    Q_EMIT removalStarting();
    m_job->removeSource(m_session->casePath(), span->source.id);
    updateButtons();
}

void SourcesPane::onRemoved(qint64 sourceId, bool ok, const QString &error, qint64 events)
{
    updateButtons();
    if (!ok) {
        m_status->setText(error);
        Q_EMIT removalFinished(
            false, tr("Source %1 could not be removed: %2").arg(QString::number(sourceId), error));
        return;
    }
    // The case changed under the open index: open it again, keeping the analyst's filter.
    m_session->open(m_session->casePath(), m_session->filter());
    Q_EMIT removalFinished(
        true, tr("Removed source %1, %2: %3 events left the case")
                  .arg(QString::number(sourceId), m_removedFile, QLocale().toString(events)));
}

} // namespace auditlens
