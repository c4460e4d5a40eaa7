// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "mainwindow.h"

#include "actortimeline.h"
#include "caseimports.h"
#include "detailpane.h"
#include "eventnavigator.h"
#include "eventtableview.h"
#include "exportdialog.h"
#include "facetsidebar.h"
#include "filterbar.h"
#include "findingspane.h"
#include "importstatus.h"
#include "itemmodels/eventtablemodel.h"
#include "pivotmenu.h"
#include "problemdetail.h"
#include "problemsview.h"
#include "query/filterargs.h"
#include "recentfiles.h"
#include "rulesettingsdialog.h"
#include "savedviewsmenu.h"
#include "session/caselibrary.h"
#include "shortcutpassthrough.h"
#include "sourcespane.h"
#include "statuscounts.h"
#include "store/casestore.h"
#include "tagdialog.h"
#include "timehistogram.h"
#include "welcomewidget.h"
#include "windowactions.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace auditlens {

constexpr int kSplitterHandle = 7; // wide enough to grab (internal linkage, as every const)

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new CaseSession(this)),
      m_tableModel(new EventTableModel(m_session, this)), m_pages(new QStackedWidget(this)),
      m_welcome(new WelcomeWidget(this)), m_filterBar(new FilterBar(m_session, this)),
      m_facets(new FacetSidebar(m_session, this)), m_histogram(new TimeHistogram(this)),
      m_table(new EventTableView(this)), m_detail(new DetailPane(this)),
      m_problems(new ProblemsView(this)), m_problemDetail(new ProblemDetail(this)),
      m_problemsDock(new QDockWidget(tr("Problems"), this)),
      m_mainSplit(new QSplitter(Qt::Horizontal, this)),
      m_centerSplit(new QSplitter(Qt::Vertical, this)),
      m_problemsSplit(new QSplitter(Qt::Horizontal, this)), m_counts(new StatusCounts(this)),
      m_navigator(new EventNavigator(m_session, m_tableModel, m_table, m_filterBar, this)),
      m_import(new ImportStatus(this)), m_imports(new CaseImports(this)),
      m_sources(new SourcesPane(m_session, this)), m_findings(new FindingsPane(m_session, this))
{
    setWindowTitle(tr("AuditLens"));
    setAcceptDrops(true);
    m_table->setEventModel(m_tableModel);
    // Wide enough for a rule's title (the others are in the tooltip).
    m_table->setColumnWidth(EventTableModel::kFindingColumn,
                            m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    new PivotMenu(m_session, m_navigator, m_table); // the table owns it

    // The case page: filter bar over facets | histogram + table | detail.
    auto *casePage = new QWidget(this);
    auto *caseLayout = new QVBoxLayout(casePage);
    caseLayout->setContentsMargins(0, 0, 0, 0);
    caseLayout->setSpacing(0);
    caseLayout->addWidget(m_filterBar);
    m_centerSplit->setObjectName(QStringLiteral("centerSplitter"));
    m_centerSplit->addWidget(m_histogram);
    m_timeline = new ActorTimeline(this);
    m_timeline->hide();
    m_centerSplit->addWidget(m_timeline);
    m_centerSplit->addWidget(m_table);
    m_centerSplit->setStretchFactor(2, 1);
    m_centerSplit->setSizes({110, 280, 600});
    m_mainSplit->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplit->addWidget(m_facets);
    m_mainSplit->addWidget(m_centerSplit);
    m_mainSplit->addWidget(m_detail);
    m_mainSplit->setStretchFactor(1, 1);
    m_mainSplit->setSizes({260, 900, 380});
    caseLayout->addWidget(m_mainSplit, 1);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(casePage);
    setCentralWidget(m_pages);

    m_problemsSplit->setObjectName(QStringLiteral("problemsSplitter"));
    m_problemsSplit->addWidget(m_problems);
    m_problemsSplit->addWidget(m_problemDetail);
    m_problemsSplit->setStretchFactor(0, 3);
    m_problemsSplit->setStretchFactor(1, 2);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problemsSplit);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_sources);
    tabifyDockWidget(m_problemsDock, m_sources);
    m_sources->hide();
    // The findings, beside them: they show themselves when a case with findings opens.
    addDockWidget(Qt::BottomDockWidgetArea, m_findings);
    tabifyDockWidget(m_problemsDock, m_findings);
    m_findings->hide();
    m_findings->setFilterChanger([this](const Filter &filter, const QString &reason) {
        m_navigator->replaceFilter(filter, reason);
    });
    connect(m_findings, &FindingsPane::ruleSettingsRequested, this, &MainWindow::editRuleSettings);
    connect(m_findings, &FindingsPane::rulesShown, this,
            [this] { m_tableModel->setFindingRules(m_findings->findingsModel()->rules()); });
    // The Finding column is no sort key: its header's click leaves the indicator where the
    // order comes from.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section) {
                if (section != EventTableModel::kFindingColumn)
                    return;
                const SortSpec sort = m_session->sort();
                m_table->horizontalHeader()->setSortIndicator(
                    int(sort.column), sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            });
    for (QSplitter *split : findChildren<QSplitter *>())
        split->setHandleWidth(kSplitterHandle);

    // Status bar: an import's progress at the left, the counts (permanent) at the right.
    statusBar()->addWidget(m_import);
    statusBar()->addPermanentWidget(m_counts);

    buildMenus();
    setUpKeyboard();

    connectSources();
    connect(m_welcome, &WelcomeWidget::openRequested, m_imports, &CaseImports::openDialog);
    connect(m_welcome, &WelcomeWidget::sampleRequested, m_imports, &CaseImports::openSample);
    connect(m_welcome, &WelcomeWidget::recentRequested, this, &MainWindow::openPath);
    connect(m_session, &CaseSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &CaseSession::openFailed, this, &MainWindow::onOpenFailed);
    // The problems list reads through the session's connection: it lets go before the case does.
    connect(m_session, &CaseSession::aboutToClose, this, [this] {
        m_problems->problemModel()->setDatabase({});
        m_problemDetail->clear();
    });
    connect(m_session, &CaseSession::closed, this, [this] {
        m_navigator->clearHistory();
        updateActions();
    });
    connect(m_session, &CaseSession::resultReady, this,
            [this](const QueryResultPtr &result) { onResult(result); });
    connect(m_session, &CaseSession::filterChanged, this, [this] { updateActions(); });
    connect(m_session, &CaseSession::annotationsAvailable, this, [this] { updateActions(); });
    connect(m_session, &CaseSession::annotationChanged, this, &MainWindow::onAnnotationChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentEvent);
    connect(m_tableModel, &QAbstractItemModel::modelReset, this, [this] {
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MainWindow::showCurrentEvent, Qt::UniqueConnection);
    });
    connect(m_table, &EventTableView::openDetailRequested, this, [this] {
        m_detail->show();
        showCurrentEvent();
        m_detail->tabs()->setFocus();
    });
    connect(m_histogram, &TimeHistogram::rangeSelected, this, [this](qint64 from, qint64 to) {
        Filter f = m_session->filter();
        f.hasFrom = f.hasTo = true;
        f.from = from;
        f.to = to;
        m_navigator->replaceFilter(f, tr("the histogram's time range"));
    });
    // The actor timeline narrows the same time range, and selects the event of a tick.
    connect(m_timeline, &ActorTimeline::rangeSelected, this, [this](qint64 from, qint64 to) {
        Filter f = m_session->filter();
        f.hasFrom = f.hasTo = true;
        f.from = from;
        f.to = to;
        m_navigator->replaceFilter(f, tr("the actor timeline's time range"));
    });
    connect(m_timeline, &ActorTimeline::eventSelected, this,
            [this](qint64 seq) { m_navigator->jumpToEvent(seq, tr("an actor timeline's event")); });
    connect(m_histogram, &TimeHistogram::resetRequested, this, [this] {
        Filter f = m_session->filter();
        f.hasFrom = f.hasTo = false;
        m_navigator->replaceFilter(f, tr("the whole log's time range"));
    });
    connect(m_detail, &DetailPane::sameRequestRequested, this,
            [this] { m_navigator->showSameRequest(m_navigator->currentSeq()); });
    connect(m_detail, &DetailPane::filterRequested, m_navigator, &EventNavigator::filterToValue);
    connect(m_detail, &DetailPane::jsonFilterRequested, m_navigator,
            &EventNavigator::filterToJsonValue);
    connect(m_filterBar, &FilterBar::clearRequested, this,
            [this] { m_navigator->replaceFilter(Filter(), tr("clear all")); });
    connect(m_filterBar, &FilterBar::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_filterBar, &FilterBar::previewSearchChanged, m_tableModel,
            &EventTableModel::setPreviewSearch);
    connect(m_navigator, &EventNavigator::message, this,
            [this](const QString &text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_navigator, &EventNavigator::historyChanged, this, &MainWindow::updateActions);
    connect(m_problems, &ProblemsView::eventRequested, this, &MainWindow::jumpToEvent);
    connect(m_problems, &ProblemsView::recordRequested, this, &MainWindow::showProblemRecord);
    connect(m_problems->selectionModel(), &QItemSelectionModel::currentRowChanged, m_problemDetail,
            &ProblemDetail::showProblem);
    connect(m_problems->problemModel(), &QAbstractItemModel::modelReset, this, [this] {
        connect(m_problems->selectionModel(), &QItemSelectionModel::currentRowChanged,
                m_problemDetail, &ProblemDetail::showProblem, Qt::UniqueConnection);
    });
    connect(m_counts, &StatusCounts::problemsRequested, this, [this] {
        m_problemsDock->show();
        m_problemsDock->raise();
        m_problems->setFocus();
    });
    connect(m_import, &ImportStatus::progressed, m_counts,
            [this](const ImportProgress &p) { m_counts->showImportProblems(p.problems); });
    connect(m_import, &ImportStatus::preview, this, [this](const PreviewBatch &events) {
        m_tableModel->showPreview(*events);
        m_counts->showImporting(tr("first %1 events (still reading)")
                                    .arg(QLocale().toString(m_tableModel->rowCount())));
    });
    connect(m_import, &ImportStatus::finished, this, &MainWindow::onImportFinished);
    connect(m_counts, &StatusCounts::collapseRequested, m_actions->collapseAction(),
            &QAction::trigger);
    connect(m_actions->localTimeAction(), &QAction::toggled, this, [this](bool local) {
        m_tableModel->setLocalTime(local);
        QSettings().setValue(QStringLiteral("view/localTime"), local);
        showCurrentEvent();
    });

    updateRecentMenu();
    restoreLayout();
    updateActions();

    // A case comes back as it was left (issue 12): remembered whenever it goes (closed,
    // replaced, or the window closing).
    connect(m_session, &CaseSession::aboutToClose, this, &MainWindow::rememberViewerState);

    setUpCaseWatch();
}

void MainWindow::setUpCaseWatch()
{
    // A bar over the table, not a dialog: the analyst reloads when their thought is finished.
    m_sourcesChangedBar = new QFrame(this);
    m_sourcesChangedBar->setObjectName(QStringLiteral("sourcesChangedBar"));
    static_cast<QFrame *>(m_sourcesChangedBar)->setFrameShape(QFrame::StyledPanel);
    auto *barLayout = new QHBoxLayout(m_sourcesChangedBar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    auto *text =
        new QLabel(tr("Another program changed this case's sources."), m_sourcesChangedBar);
    text->setWordWrap(true);
    m_reloadButton = new QPushButton(tr("&Reload"), m_sourcesChangedBar);
    m_reloadButton->setToolTip(tr("Open the case again, with the same filter"));
    barLayout->addWidget(text, 1);
    barLayout->addWidget(m_reloadButton);
    m_sourcesChangedBar->hide();
    if (auto *caseLayout = qobject_cast<QVBoxLayout *>(m_filterBar->parentWidget()->layout()))
        caseLayout->insertWidget(caseLayout->indexOf(m_filterBar) + 1, m_sourcesChangedBar);

    connect(m_session, &CaseSession::annotationsChangedElsewhere, this, [this](qint64 changes) {
        statusBar()->showMessage(
            changes == 1
                ? tr("The case's annotations were changed by another program (1 change); shown "
                     "now.")
                : tr("The case's annotations were changed by another program (%1 changes); "
                     "shown now.")
                      .arg(QLocale().toString(changes)),
            10000);
    });
    connect(m_session, &CaseSession::sourcesChangedElsewhere, this, [this] {
        // The window's own import or removal opens the case again by itself.
        if (m_import->job() || m_removingSource || m_session->isOpening())
            return;
        m_sourcesChangedBar->show();
    });
    connect(m_sources, &SourcesPane::removalStarting, this, [this] { m_removingSource = true; });
    connect(m_sources, &SourcesPane::removalFinished, this,
            [this](bool ok) { m_removingSource = ok && m_session->isOpening(); });
    connect(m_session, &CaseSession::opened, this, [this] {
        m_removingSource = false;
        m_sourcesChangedBar->hide();
    });
    connect(m_session, &CaseSession::openFailed, this, [this] { m_removingSource = false; });
    connect(m_session, &CaseSession::closed, m_sourcesChangedBar, &QWidget::hide);
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        if (!m_session->isOpen() || m_session->isOpening() || m_import->job())
            return;
        m_sourcesChangedBar->hide();
        m_afterOpen = tr("Opened the case again with the sources another program changed.");
        // As after adding exports: the same case, the filter it had.
        openCase(m_session->casePath(), QString(), m_session->filter());
    });
}

MainWindow::~MainWindow()
{
    // The panes and the session are destroyed after this body; what they signal on the way out
    // (a model reset, a last result) must not reach a window that is no longer one.
    disconnect(m_tableModel, nullptr, this, nullptr);
    disconnect(m_session, nullptr, this, nullptr);
    // The Views menu reads the window when the case closes, which the session's end does.
    disconnect(m_session, nullptr, m_savedViews, nullptr);
    m_problems->problemModel()->setDatabase({});
    m_import->stop();
}

void MainWindow::buildMenus()
{
    m_actions = new WindowActions(this);
    m_actions->addMenus(menuBar());
    m_savedViews = new SavedViewsMenu(this);
    menuBar()->addMenu(m_savedViews);
    m_actions->addHelp(menuBar()->addMenu(tr("&Help")));
    m_actions->addNavigationBar();
}

void MainWindow::setUpKeyboard()
{
    // Line edits keep Ctrl+E and the like for themselves; these belong to the window.
    auto *passthrough = new ShortcutPassthrough(this);
    passthrough->setKeys(m_actions->exportAction()->shortcuts() +
                         m_actions->closeAction()->shortcuts() +
                         m_actions->collapseAction()->shortcuts());
    for (QLineEdit *edit : m_filterBar->findChildren<QLineEdit *>())
        edit->installEventFilter(passthrough);

    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_filterBar->textBox());
    clearSearch->setContext(Qt::WidgetShortcut);
    clearSearch->setWhatsThis(tr("Clear the search and go back to the events"));
    connect(clearSearch, &QShortcut::activated, this, [this] {
        m_filterBar->textBox()->clear();
        if (m_filterBar->isFindMode()) {
            m_tableModel->setMatchedRows({});
        } else if (m_session->isOpen() && !m_filterBar->isImporting()) {
            Filter f = m_session->filter();
            f.text.clear();
            m_session->setFilter(f);
        }
        m_table->setFocus();
    });

    // Tab walks the window from left to right: filter, facets, events, detail, problems.
    QWidget *previous = nullptr;
    const QList<QWidget *> chain = {m_filterBar->clearButton(),
                                    m_facets,
                                    m_histogram,
                                    m_timeline,
                                    m_table,
                                    static_cast<QWidget *>(m_detail->fields())};
    for (QWidget *w : chain) {
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }
}

void MainWindow::updateActions()
{
    m_actions->update(m_session->isOpen() && !m_import->job(), m_session->filter(),
                      m_navigator->history());
}

void MainWindow::toggleStar()
{
    if (!m_session->isOpen() || m_import->job())
        return;
    const QVector<qint64> seqs = m_table->selectedSeqs();
    if (seqs.isEmpty()) {
        statusBar()->showMessage(tr("Select the events to star first."), 5000);
        return;
    }
    m_session->toggleStar(seqs);
}

void MainWindow::tagEvents(bool filtered, bool remove)
{
    if (!m_session->isOpen() || m_import->job())
        return;
    // What the dialog states is what is applied: this result, or these events.
    const QueryResultPtr result = filtered ? m_session->result() : nullptr;
    const QVector<qint64> seqs = filtered ? QVector<qint64>() : m_table->selectedSeqs();
    const qint64 count = filtered ? (result ? qint64(result->count()) : 0) : seqs.size();
    if (count == 0) {
        statusBar()->showMessage(filtered ? tr("The filter shows no events to tag.")
                                          : tr("Select the events to tag first."),
                                 5000);
        return;
    }
    QSettings settings;
    const QString lastKey = QStringLiteral("tags/last");
    QVector<TagSummary> tags;
    if (remove) {
        // Untag offers what the events carry, counted; without the marks, every tag of the case.
        if (const auto carried = m_session->tagsCarried(result, seqs)) {
            tags = *carried;
        } else {
            tags = m_session->caseTags();
            for (TagSummary &tag : tags)
                tag.events = -1;
        }
    } else {
        tags = m_session->caseTags();
    }
    auto *dialog = new TagDialog(remove ? TagDialog::Mode::Untag : TagDialog::Mode::Tag, count,
                                 filtered, tags, settings.value(lastKey).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString casePath = m_session->casePath();
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, filtered, remove, result, seqs, count, casePath, lastKey] {
                if (m_session->casePath() != casePath)
                    return; // another case is open now
                const QString name = dialog->tagName();
                QSettings().setValue(lastKey, name);
                if (filtered)
                    m_session->tagResult(result, name, remove, dialog->newColor(),
                                         dialog->newDescription());
                else
                    m_session->tagEvents(seqs, name, remove, dialog->newColor(),
                                         dialog->newDescription());
                statusBar()->showMessage(
                    remove ? tr("Untagging %1 events…").arg(QLocale().toString(count))
                           : tr("Tagging %1 events…").arg(QLocale().toString(count)));
            });
    dialog->open();
}

void MainWindow::goToAnnotated(bool backwards)
{
    if (!m_session->isOpen() || m_import->job() || m_tableModel->isPreview())
        return;
    const QModelIndex current = m_table->currentIndex();
    bool wrapped = false;
    const int row =
        m_tableModel->nextAnnotatedRow(current.isValid() ? current.row() : -1, backwards, &wrapped);
    if (row < 0) {
        statusBar()->showMessage(tr("No event of the filter is tagged, starred or noted."), 5000);
        return;
    }
    m_table->goToRow(row);
    m_table->setFocus();
    if (wrapped)
        statusBar()->showMessage(backwards ? tr("Passed the first event: went on from the last.")
                                           : tr("Passed the last event: went on from the first."),
                                 5000);
    else
        statusBar()->clearMessage();
}

void MainWindow::onAnnotationChanged(const AnnotationOutcome &outcome)
{
    if (!outcome.change.ok) {
        showError(outcome.change.error);
        return;
    }
    const int n = int(outcome.change.events);
    QString text;
    if (outcome.action == QLatin1String("star"))
        text = n == 1 ? tr("Starred 1 event") : tr("Starred %n events", nullptr, n);
    else if (outcome.action == QLatin1String("unstar"))
        text = n == 1 ? tr("Unstarred 1 event") : tr("Unstarred %n events", nullptr, n);
    else if (n == 0 && outcome.action == QLatin1String("tag"))
        text = tr("Every one of the %1 events already had the tag %2")
                   .arg(QLocale().toString(outcome.asked), outcome.subject);
    else if (n == 0 && outcome.action == QLatin1String("untag"))
        text = tr("None of the %1 events had the tag %2")
                   .arg(QLocale().toString(outcome.asked), outcome.subject);
    else if (outcome.action == QLatin1String("tag"))
        text = n == 1 ? tr("Tagged 1 event as %1").arg(outcome.subject)
                      : tr("Tagged %1 events as %2").arg(QLocale().toString(n), outcome.subject);
    else if (outcome.action == QLatin1String("untag"))
        text = n == 1 ? tr("Took %1 off 1 event").arg(outcome.subject)
                      : tr("Took %1 off %2 events").arg(outcome.subject, QLocale().toString(n));
    else if (outcome.action == QLatin1String("note"))
        text = tr("Saved the note");
    else if (outcome.action == QLatin1String("unnote"))
        text = n == 0 ? tr("There was no note to delete") : tr("Deleted the note");
    if (!text.isEmpty())
        statusBar()->showMessage(text, 8000);
}

void MainWindow::editNote()
{
    if (!m_session->isOpen() || m_import->job())
        return;
    if (!m_table->currentIndex().isValid() || m_tableModel->isPreview()) {
        statusBar()->showMessage(tr("Select the event to write a note on first."), 5000);
        return;
    }
    m_detail->show();
    if (m_detail->shownSeq() != m_tableModel->seqAt(m_table->currentIndex().row()))
        showCurrentEvent();
    m_detail->focusNoteEditor();
}

ImportJob *MainWindow::importJob() const
{
    return m_import->job();
}

QAction *MainWindow::exportAction() const
{
    return m_actions->exportAction();
}

void MainWindow::closeCase()
{
    m_session->close();
    m_detail->clear();
    m_pages->setCurrentWidget(m_welcome);
    m_counts->clear();
    setWindowTitle(tr("AuditLens"));
}

void MainWindow::openExport()
{
    if (m_session->isOpen() && !m_import->job())
        ExportDialog::openFor(m_session, m_table, this);
}

void MainWindow::showError(const QString &message)
{
    if (m_errorHandler) {
        m_errorHandler(message);
        return;
    }
    QMessageBox::critical(this, tr("AuditLens"), message);
}

void MainWindow::openPath(const QString &path)
{
    const QFileInfo info(path);
    if (const QString problem = CaseImports::problemWith(path); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    if (m_import->job()) {
        showError(tr("An import is still running. Wait for it or cancel it first."));
        return;
    }
    const QString absolute = info.absoluteFilePath();
    if (CaseLibrary::isCaseFile(path, m_session->casePath())) {
        openCase(absolute, absolute);
        return;
    }
    const QString known = CaseLibrary::caseForSource(path);
    if (!known.isEmpty()) {
        statusBar()->showMessage(
            tr("%1 was imported before: opening its case").arg(info.fileName()), 5000);
        openCase(known, absolute);
        return;
    }
    importInto(CaseLibrary::newCasePath(absolute), {absolute}, false);
}

void MainWindow::openCase(const QString &casePath, const QString &recentPath,
                          const Filter &initialFilter)
{
    m_recentPending = recentPath;
    statusBar()->showMessage(tr("opening %1…").arg(QFileInfo(casePath).fileName()));
    // Without a filter asked for, the case comes back as it was left.
    rememberViewerState();
    m_restoring.reset();
    m_restoreNote.clear();
    Filter initial = initialFilter;
    if (initialFilter.isEmpty()) {
        if (std::optional<ViewerState> state = ViewerStates::load(casePath)) {
            const QString error = ViewerStates::readFilter(state->filter, &initial);
            if (error.isEmpty()) {
                m_restoring = state;
            } else {
                initial = Filter();
                m_restoreNote =
                    tr("The filter this case was left with no longer reads (%1): it was dropped.")
                        .arg(error);
            }
        }
    }
    m_session->open(casePath, initial);
}

void MainWindow::importInto(const QString &casePath, const QStringList &sources, bool intoOpenCase)
{
    m_addingFilter.reset();
    if (intoOpenCase)
        m_addingFilter = m_session->filter();
    // The case open now stays open (a failed import comes back to it) but leaves the screen:
    // nothing of it may look like part of the new file.
    m_navigator->restoreAfterNextResult(m_navigator->currentSeq());
    m_pages->setCurrentIndex(1);
    m_filterBar->setImporting(true);
    m_tableModel->showPreview({});
    m_histogram->setHistogram(Histogram());
    m_timeline->setResult({});
    m_facets->facetModel()->setResult({});
    m_detail->clear();
    m_problems->problemModel()->setDatabase({});
    m_problemDetail->clear();
    m_counts->showImporting(tr("reading…"));
    setWindowTitle(tr("%1 — importing — AuditLens").arg(QFileInfo(sources.first()).fileName()));
    m_import->start(casePath, sources);
    updateActions();
}

void MainWindow::onImportFinished(bool ok, bool cancelled, const QString &error,
                                  const ImportResult &result, const QString &casePath)
{
    const std::optional<Filter> adding = std::exchange(m_addingFilter, std::nullopt);
    if (adding) {
        leaveImportView();
        m_afterOpen = ImportStatus::outcomeText(ok, cancelled, error, result);
        // Whatever went in (an export done before a cancel too) shows with the filter it had.
        openCase(casePath, QString(), *adding);
        Q_EMIT importFinished(ok);
        return;
    }
    if (!ok) {
        // A case that received nothing is not worth keeping.
        {
            CaseStore probe;
            QString ignored;
            if (probe.open(casePath, CaseStore::Mode::ReadWrite, &ignored))
                probe.removeIfEmpty();
        }
        leaveImportView();
        if (cancelled)
            statusBar()->showMessage(tr("Import cancelled; nothing was kept."), 8000);
        else
            showError(tr("The import failed: %1").arg(error));
        Q_EMIT importFinished(false);
        return;
    }
    for (const QString &source : m_import->sources())
        CaseLibrary::remember(source, casePath);
    statusBar()->showMessage(tr("Imported %1 events (%2 rejected) into %3")
                                 .arg(QLocale().toString(result.imported),
                                      QLocale().toString(result.rejected), casePath),
                             10000);
    Q_EMIT importFinished(true);
    // What was typed in the search during the import becomes the new case's filter.
    Filter initial;
    if (!m_filterBar->isFindMode())
        initial.text = m_filterBar->textBox()->text();
    openCase(casePath, m_import->sources().size() == 1 ? m_import->sources().first() : casePath,
             initial);
}

void MainWindow::leaveImportView()
{
    m_filterBar->setImporting(false);
    m_tableModel->clearPreview();
    if (!m_session->isOpen()) {
        m_pages->setCurrentWidget(m_welcome);
        setWindowTitle(tr("AuditLens"));
        m_counts->clear();
        updateActions();
        return;
    }
    setWindowTitle(tr("%1 — AuditLens").arg(QFileInfo(m_session->casePath()).fileName()));
    m_problems->problemModel()->setDatabase(m_session->store().database());
    showCaseStatus();
    updateActions();
    m_session->refresh();
}

void MainWindow::onOpened(qint64 openMs, bool built)
{
    if (m_filterBar->isImporting())
        m_filterBar->setImporting(false);
    m_pages->setCurrentIndex(1);
    setWindowTitle(tr("%1 — AuditLens").arg(QFileInfo(m_session->casePath()).fileName()));
    CaseLibrary::noteUsed(m_session->casePath());
    if (!m_recentPending.isEmpty())
        addRecent(m_recentPending);
    m_recentPending.clear();
    m_navigator->clearHistory();
    m_detail->clear();
    showCaseStatus();
    const QString opened =
        built ? tr("Case indexed in %1 ms").arg(openMs) : tr("Case opened in %1 ms").arg(openMs);
    statusBar()->showMessage(m_afterOpen.isEmpty() ? opened : m_afterOpen, 15000);
    m_afterOpen.clear();
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    // The sort and the selected event the case was left with (its filter is the session's).
    if (const std::optional<ViewerState> state = std::exchange(m_restoring, std::nullopt)) {
        if (const std::optional<SortSpec> sort = ViewerStates::readSort(state->sort))
            m_table->horizontalHeader()->setSortIndicator(
                int(sort->column), sort->descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        if (state->seq >= 0)
            m_navigator->restoreAfterNextResult(state->seq);
    }
    if (!m_restoreNote.isEmpty())
        statusBar()->showMessage(std::exchange(m_restoreNote, QString()), 15000);
    updateActions();
    Q_EMIT caseOpened();
}

void MainWindow::onOpenFailed(const QString &error)
{
    m_recentPending.clear();
    m_afterOpen.clear();
    statusBar()->clearMessage();
    // The case open before (if any) is still open: the window goes back to it.
    if (m_filterBar->isImporting())
        leaveImportView();
    else if (!m_session->isOpen())
        m_pages->setCurrentWidget(m_welcome);
    showError(tr("The case cannot be opened: %1").arg(error));
}

void MainWindow::showCaseStatus()
{
    m_problems->problemModel()->setDatabase(m_session->store().database());
    m_counts->showCase(*m_session->index(), m_problems->problemModel()->totalCount());
}

void MainWindow::onResult(const QueryResultPtr &result)
{
    m_counts->showResult(*result);
    m_histogram->setHistogram(result->histogram);
    m_timeline->setResult(result);
    updateActions();
    if (!m_table->currentIndex().isValid())
        m_detail->clear();
}

void MainWindow::jumpToEvent(qint64 seq)
{
    m_navigator->jumpToEvent(seq, tr("a problem's event was shown"));
}

void MainWindow::showProblemRecord(const QModelIndex &index)
{
    m_problemDetail->showProblem(index);
    m_problemDetail->raw()->setFocus();
    statusBar()->showMessage(
        tr("A rejected record is not among the events: its line and raw text are shown beside "
           "the list."),
        8000);
}

void MainWindow::showCurrentEvent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_tableModel->isPreview() || !m_session->isOpen()) {
        if (!m_tableModel->isPreview())
            m_detail->clear();
        return;
    }
    m_detail->showEventOf(m_session, m_tableModel->seqAt(current.row()),
                          m_actions->localTimeAction()->isChecked());
}

void MainWindow::addRecent(const QString &path)
{
    RecentFiles::add(path);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    const QStringList recent = RecentFiles::list();
    m_actions->updateRecentMenu(recent);
    m_welcome->setRecentFiles(recent);
}

void MainWindow::connectSources()
{
    m_sources->setAddAction(m_actions->addExportsAction());
    connect(m_sources, &SourcesPane::gapActivated, this, [this](qint64 from, qint64 to) {
        Filter f = m_session->filter();
        f.hasFrom = f.hasTo = true;
        f.from = from;
        f.to = to;
        m_navigator->replaceFilter(f, tr("a gap in the sources' coverage"));
    });
    connect(m_sources, &SourcesPane::removalStarting, this,
            [this] { m_problems->problemModel()->setDatabase({}); });
    connect(m_sources, &SourcesPane::removalFinished, this, [this](bool ok, const QString &text) {
        if (ok) {
            m_afterOpen = text;
            return;
        }
        showCaseStatus();
        showError(text);
    });
}

WindowLayout MainWindow::windowLayout()
{
    return {this, m_mainSplit, m_centerSplit, m_problemsSplit, m_table->horizontalHeader()};
}

void MainWindow::saveLayout()
{
    windowLayout().save();
}

void MainWindow::restoreLayout()
{
    windowLayout().restore();
    // A layout kept from before the actor timeline sized two panes: the table's size went to
    // the timeline, and the table gets it back.
    const QList<int> center = m_centerSplit->sizes();
    if (center.value(2) <= 0)
        m_centerSplit->setSizes({center.value(0, 110), 280, std::max(center.value(1), 600)});
    // A layout kept from before the table had its marks column gives it the last place: it
    // goes first, once; where the analyst moves it afterwards is kept.
    QSettings settings;
    if (!settings.value(QStringLiteral("table/marksPlaced"), false).toBool()) {
        QHeaderView *header = m_table->horizontalHeader();
        header->moveSection(header->visualIndex(EventTableModel::kMarksColumn), 0);
        m_table->setColumnHidden(EventTableModel::kMarksColumn, false);
        settings.setValue(QStringLiteral("table/marksPlaced"), true);
    }
    // The same for the tags column, beside the marks.
    if (!settings.value(QStringLiteral("table/tagsPlaced"), false).toBool()) {
        QHeaderView *header = m_table->horizontalHeader();
        header->moveSection(header->visualIndex(EventTableModel::kTagsColumn),
                            header->visualIndex(EventTableModel::kMarksColumn) + 1);
        m_table->setColumnHidden(EventTableModel::kTagsColumn, false);
        settings.setValue(QStringLiteral("table/tagsPlaced"), true);
    }
    m_actions->localTimeAction()->setChecked(
        QSettings().value(QStringLiteral("view/localTime"), false).toBool());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        WindowLayout::fitToScreen(this);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    // What the window composed from values, in the new language: counts, detail, tips.
    if (m_session->isOpen() && !m_import->job()) {
        m_counts->showCase(*m_session->index(), m_problems->problemModel()->totalCount());
        m_session->refresh();
    }
    showCurrentEvent();
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_import->stop();
    saveLayout();
    m_session->close();
    event->accept();
}

void MainWindow::rememberViewerState()
{
    if (!m_session->isOpen())
        return;
    ViewerState state;
    state.filter = FilterArgs::write(m_addingFilter.value_or(m_session->filter()));
    state.sort = ViewerStates::sortText(m_session->sort());
    state.seq = m_navigator->currentSeq();
    ViewerStates::save(m_session->casePath(), state);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_imports->drop(event);
}

void MainWindow::editRuleSettings(const QString &ruleId)
{
    QString error;
    std::optional<RuleOverrides> byDefault = RuleSettings::readDefault(&error);
    if (!byDefault) {
        showError(tr("Your default rule settings cannot be used (%1): they are left out until "
                     "the file is mended or saved again here.")
                      .arg(error));
        byDefault = RuleOverrides();
    }
    const QString casePath = m_session->isOpen() ? m_session->casePath() : QString();
    RuleOverrides byCase;
    if (!casePath.isEmpty()) {
        // A read-only open of the case reads its small settings table, nothing else.
        CaseStore store;
        if (store.open(casePath, CaseStore::Mode::ReadOnly, &error)) {
            if (std::optional<RuleOverrides> kept = RuleSettings::readCase(store.handle(), &error))
                byCase = *kept;
        }
    }
    auto *dialog = new RuleSettingsDialog(
        *byDefault, byCase, !casePath.isEmpty() && m_session->annotationsWritable(), ruleId, this);
    dialog->setObjectName(QStringLiteral("ruleSettingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, casePath] {
        const RuleOverrides settings = dialog->settings();
        auto reopen = [this, casePath] {
            if (!casePath.isEmpty() && m_session->casePath() == casePath)
                m_session->open(casePath, m_session->filter());
        };
        if (dialog->scope() == RuleSettingsDialog::Scope::Default) {
            QString error;
            if (!RuleSettings::writeDefault(settings, &error)) {
                showError(tr("Your default rule settings cannot be saved: %1").arg(error));
                return;
            }
            statusBar()->showMessage(tr("Your default rule settings are saved."));
            reopen();
            return;
        }
        // The case may be busy with the annotation writer for a moment: written off the GUI
        // thread, then opened again.
        statusBar()->showMessage(tr("Saving the case's rule settings…"));
        auto failure = std::make_shared<QString>();
        QThread *thread = QThread::create([casePath, settings, failure] {
            CaseStore store;
            QString error;
            if (!store.open(casePath, CaseStore::Mode::ReadWrite, &error) ||
                !RuleSettings::writeCase(store, settings, CaseSession::annotationAuthor(), &error))
                *failure = error.isEmpty() ? tr("the case cannot be written") : error;
        });
        connect(thread, &QThread::finished, this, [this, failure, reopen] {
            if (!failure->isEmpty()) {
                statusBar()->clearMessage();
                showError(tr("The case's rule settings cannot be saved: %1").arg(*failure));
                return;
            }
            statusBar()->showMessage(tr("The case's rule settings are saved; its findings are "
                                        "evaluated again."));
            reopen();
        });
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
    });
    dialog->open();
}

} // namespace auditlens
