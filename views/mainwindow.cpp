#include "mainwindow.h"

#include "detailpane.h"
#include "eventtableview.h"
#include "exportdialog.h"
#include "facetsidebar.h"
#include "filterbar.h"
#include "itemmodels/eventtablemodel.h"
#include "problemsview.h"
#include "reading/fileidentity.h"
#include "session/caselibrary.h"
#include "store/casestore.h"
#include "timehistogram.h"
#include "welcomewidget.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace auditlens {

namespace {
constexpr int kMaxRecent = 10;

// openCase: the case the window has open, whose file is read only through SQLite (closing
// another descriptor of it would drop SQLite's locks).
bool isCaseFile(const QString &path, const QString &openCase)
{
    if (path.endsWith(QLatin1Char('.') + QLatin1String(CaseStore::fileSuffix())))
        return true;
    if (!openCase.isEmpty() && FileIdentity::of(path) == FileIdentity::of(openCase))
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new CaseSession(this)),
      m_tableModel(new EventTableModel(m_session, this)), m_pages(new QStackedWidget(this)),
      m_welcome(new WelcomeWidget(this)), m_filterBar(new FilterBar(m_session, this)),
      m_facets(new FacetSidebar(m_session, this)), m_histogram(new TimeHistogram(this)),
      m_table(new EventTableView(this)), m_detail(new DetailPane(this)),
      m_problems(new ProblemsView(this)), m_problemsDock(new QDockWidget(tr("Problems"), this)),
      m_mainSplit(new QSplitter(Qt::Horizontal, this)),
      m_centerSplit(new QSplitter(Qt::Vertical, this)), m_countLabel(new QLabel(this)),
      m_duplicateLabel(new QLabel(this)), m_problemButton(new QToolButton(this)),
      m_progress(new QProgressBar(this)), m_progressLabel(new QLabel(this)),
      m_cancelImport(new QToolButton(this))
{
    setWindowTitle(tr("AuditLens"));
    setAcceptDrops(true);
    m_table->setEventModel(m_tableModel);

    // The case page: filter bar over facets | histogram + table | detail.
    auto *casePage = new QWidget(this);
    auto *caseLayout = new QVBoxLayout(casePage);
    caseLayout->setContentsMargins(0, 0, 0, 0);
    caseLayout->setSpacing(0);
    caseLayout->addWidget(m_filterBar);
    m_centerSplit->setObjectName(QStringLiteral("centerSplitter"));
    m_centerSplit->addWidget(m_histogram);
    m_centerSplit->addWidget(m_table);
    m_centerSplit->setStretchFactor(1, 1);
    m_centerSplit->setSizes({110, 600});
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

    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();

    // Status bar: counts, duplicates, problems, import progress.
    // Counts stay visible (permanent); transient messages share the left with the progress.
    m_progress->setMaximumWidth(220);
    m_progress->setRange(0, 100);
    m_cancelImport->setText(tr("Cancel"));
    m_cancelImport->setToolTip(tr("Stop the import; the case stays as it was"));
    statusBar()->addWidget(m_progressLabel);
    statusBar()->addWidget(m_progress);
    statusBar()->addWidget(m_cancelImport);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_duplicateLabel);
    m_problemButton->setAutoRaise(true);
    m_problemButton->setToolTip(tr("Show the rejected and flagged records"));
    statusBar()->addPermanentWidget(m_problemButton);
    m_progress->hide();
    m_progressLabel->hide();
    m_cancelImport->hide();
    m_problemButton->hide();

    buildMenus();

    connect(m_welcome, &WelcomeWidget::openRequested, this, &MainWindow::openDialog);
    connect(m_welcome, &WelcomeWidget::sampleRequested, this, &MainWindow::openSample);
    connect(m_welcome, &WelcomeWidget::recentRequested, this, &MainWindow::openPath);
    connect(m_session, &CaseSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &CaseSession::openFailed, this, [this](const QString &error) {
        m_pages->setCurrentWidget(m_welcome);
        showError(tr("The case cannot be opened: %1").arg(error));
    });
    connect(m_session, &CaseSession::resultReady, this,
            [this](const QueryResultPtr &result) { onResult(result); });
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
        m_session->setFilter(f);
    });
    connect(m_histogram, &TimeHistogram::resetRequested, this, [this] {
        Filter f = m_session->filter();
        f.hasFrom = f.hasTo = false;
        m_session->setFilter(f);
    });
    connect(m_problems, &ProblemsView::eventRequested, this, &MainWindow::jumpToEvent);
    connect(m_problemButton, &QToolButton::clicked, this, [this] {
        m_problemsDock->show();
        m_problemsDock->raise();
    });
    connect(m_cancelImport, &QToolButton::clicked, this, [this] {
        if (m_import)
            m_import->cancel();
        m_progressLabel->setText(tr("cancelling…"));
    });

    auto *focusSearch = new QShortcut(QKeySequence::Find, this);
    connect(focusSearch, &QShortcut::activated, this, [this] {
        m_filterBar->textBox()->setFocus();
        m_filterBar->textBox()->selectAll();
    });
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_filterBar->textBox());
    clearSearch->setContext(Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, this, [this] {
        m_filterBar->textBox()->clear();
        Filter f = m_session->filter();
        f.text.clear();
        m_session->setFilter(f);
        m_table->setFocus();
    });

    updateRecentMenu();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The panes and the session are destroyed after this body; what they signal on the way out
    // (a model reset, a last result) must not reach a window that is no longer one.
    disconnect(m_tableModel, nullptr, this, nullptr);
    disconnect(m_session, nullptr, this, nullptr);
    if (m_import) {
        m_import->cancel();
        delete m_import;
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &Sample Log"), this, &MainWindow::openSample);
    file->addSeparator();
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::openExport);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    m_exportAction->setToolTip(tr("Export the filtered or selected events"));
    file->addAction(tr("Cases &Folder…"), this, &MainWindow::chooseCasesFolder);
    m_closeAction = file->addAction(tr("&Close Case"), this, [this] {
        m_session->close();
        m_exportAction->setEnabled(false);
        m_detail->clear();
        m_problems->problemModel()->setDatabase({});
        m_pages->setCurrentWidget(m_welcome);
        setWindowTitle(tr("AuditLens"));
    });
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("Copy Cell"), this,
                    [this] { m_table->copy(EventTableView::CopyFormat::Cell); });
    QAction *copyRows = edit->addAction(tr("&Copy Rows as CSV"), this,
                                        [this] { m_table->copy(EventTableView::CopyFormat::Csv); });
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetShortcut); // the table handles Ctrl+C itself
    edit->addAction(tr("Copy Rows as &JSON"), this,
                    [this] { m_table->copy(EventTableView::CopyFormat::Json); });
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in Events"), this, [this] {
        m_filterBar->textBox()->setFocus();
        m_filterBar->textBox()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetShortcut); // the window-wide shortcut does it

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto paneToggle = [&](const QString &title, QWidget *pane) {
        QAction *a = view->addAction(title);
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, pane, &QWidget::setVisible);
        return a;
    };
    paneToggle(tr("&Facets"), m_facets);
    paneToggle(tr("Time &Histogram"), m_histogram);
    paneToggle(tr("&Detail"), m_detail);
    view->addAction(m_problemsDock->toggleViewAction());
    view->addSeparator();
    m_localTime = view->addAction(tr("Show &Local Time"));
    m_localTime->setCheckable(true);
    connect(m_localTime, &QAction::toggled, this, [this](bool local) {
        m_tableModel->setLocalTime(local);
        QSettings().setValue(QStringLiteral("view/localTime"), local);
        showCurrentEvent();
    });

    QMenu *filter = menuBar()->addMenu(tr("F&ilter"));
    QAction *clear =
        filter->addAction(tr("&Clear All"), this, [this] { m_session->setFilter(Filter()); });
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    constexpr qint64 hour = 3600LL * 1000000000LL;
    filter->addAction(tr("Last &Hour of the Log"), this,
                      [this] { m_filterBar->applyPreset(hour); });
    filter->addAction(tr("Last &Day of the Log"), this,
                      [this] { m_filterBar->applyPreset(24 * hour); });
    filter->addAction(tr("Last &Week of the Log"), this,
                      [this] { m_filterBar->applyPreset(7 * 24 * hour); });
    filter->addAction(tr("&Whole Log"), this, [this] { m_filterBar->applyPreset(0); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About AuditLens"), this, [this] {
        QMessageBox::about(this, tr("About AuditLens"),
                           tr("<p><b>AuditLens %1</b></p><p>Review CircleCI audit-log exports: "
                              "filter a million events interactively, inspect every field, and "
                              "keep the evidence untouched.</p>")
                               .arg(QStringLiteral(AUDITLENS_VERSION)));
    });
}

void MainWindow::openExport()
{
    if (!m_session->isOpen())
        return;
    QList<qint64> selected;
    if (m_table->selectionModel()) {
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            selected << m_tableModel->seqAt(index.row());
    }
    auto *dialog = new ExportDialog(m_session->casePath(), m_session->filter(), selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUseSelection(selected.size() > 1);
    dialog->open();
}

void MainWindow::showError(const QString &message)
{
    if (m_errorHandler) {
        m_errorHandler(message);
        return;
    }
    QMessageBox::critical(this, tr("AuditLens"), message);
}

void MainWindow::openDialog()
{
    const QString dir =
        QSettings().value(QStringLiteral("open/lastDir"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open an Audit Log or a Case"), dir,
        tr("Audit logs and cases (*.csv *.jsonl *.json *.auditlens);;CSV exports (*.csv);;"
           "JSON Lines (*.jsonl *.json);;AuditLens cases (*.auditlens);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("open/lastDir"), QFileInfo(path).absolutePath());
    openPath(path);
}

void MainWindow::chooseCasesFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Where AuditLens Keeps the Cases It Makes"), CaseLibrary::folder());
    if (!dir.isEmpty())
        CaseLibrary::setFolder(dir);
}

QString MainWindow::samplePath()
{
    // The sample ships inside the program; the importer reads files, so it is written out once.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/circleci-audit-sample.csv");
    QFile resource(QStringLiteral(":/sample/circleci-audit-sample.csv"));
    if (!resource.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = resource.readAll();
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
        return path;
    existing.close();
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
        return {};
    return path;
}

void MainWindow::openSample()
{
    const QString path = samplePath();
    if (path.isEmpty()) {
        showError(tr("The sample audit log could not be written to the application's data "
                     "folder."));
        return;
    }
    openPath(path);
}

void MainWindow::openPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        showError(tr("%1 does not exist.").arg(path));
        return;
    }
    // Said for what it is (a folder, a FIFO...), before anything opens it.
    const QString notAFile = FileIdentity::of(path).notARegularFile(path);
    if (!notAFile.isEmpty()) {
        showError(tr("%1.").arg(notAFile));
        return;
    }
    if (!info.isReadable()) {
        showError(tr("%1 cannot be read.").arg(path));
        return;
    }
    if (m_import) {
        showError(tr("An import is still running. Wait for it or cancel it first."));
        return;
    }
    addRecent(info.absoluteFilePath());
    if (isCaseFile(path, m_session->casePath())) {
        openCase(info.absoluteFilePath());
        return;
    }
    const QString known = CaseLibrary::caseForSource(path);
    if (!known.isEmpty()) {
        statusBar()->showMessage(
            tr("%1 was imported before: opening its case").arg(info.fileName()), 5000);
        openCase(known);
        return;
    }
    startImport(info.absoluteFilePath());
}

void MainWindow::openCase(const QString &casePath)
{
    m_detail->clear();
    m_countLabel->setText(tr("opening %1…").arg(QFileInfo(casePath).fileName()));
    m_session->open(casePath);
}

void MainWindow::startImport(const QString &sourcePath)
{
    m_session->close();
    m_exportAction->setEnabled(false);
    m_detail->clear();
    m_problems->problemModel()->setDatabase({});
    const QString casePath = CaseLibrary::newCasePath(sourcePath);
    m_importSource = sourcePath;
    m_import = new ImportJob(casePath, {sourcePath}, this);
    m_pages->setCurrentIndex(1);
    m_tableModel->showPreview({});
    setWindowTitle(tr("%1 — importing — AuditLens").arg(QFileInfo(sourcePath).fileName()));
    m_progress->setValue(0);
    m_progress->show();
    m_progressLabel->setText(tr("importing %1").arg(QFileInfo(sourcePath).fileName()));
    m_progressLabel->show();
    m_cancelImport->show();
    m_countLabel->setText(tr("reading…"));
    connect(m_import, &ImportJob::progress, this, [this](const ImportProgress &p) {
        m_progress->setValue(p.bytesTotal > 0 ? int(p.bytesRead * 100 / p.bytesTotal) : 0);
        m_progressLabel->setText(
            tr("importing: %1 records read").arg(QLocale().toString(p.records)));
        m_problemButton->setText(tr("%n problem(s) so far", nullptr, int(p.problems)));
        m_problemButton->setVisible(p.problems > 0);
    });
    connect(m_import, &ImportJob::preview, this, [this](const PreviewBatch &events) {
        m_tableModel->showPreview(*events);
        m_countLabel->setText(tr("first %1 events (still reading)")
                                  .arg(QLocale().toString(m_tableModel->rowCount())));
    });
    connect(m_import, &ImportJob::finished, this, &MainWindow::onImportFinished);
    m_import->start();
}

void MainWindow::onImportFinished(bool ok, bool cancelled, const QString &error,
                                  const ImportResult &result)
{
    const QString casePath = m_import ? m_import->casePath() : QString();
    if (m_import)
        m_import->deleteLater();
    m_import = nullptr;
    m_progress->hide();
    m_progressLabel->hide();
    m_cancelImport->hide();
    m_tableModel->clearPreview();
    if (!ok) {
        // A case that received nothing is not worth keeping.
        {
            CaseStore probe;
            QString ignored;
            if (probe.open(casePath, CaseStore::Mode::ReadWrite, &ignored))
                probe.removeIfEmpty();
        }
        m_pages->setCurrentWidget(m_welcome);
        setWindowTitle(tr("AuditLens"));
        m_countLabel->clear();
        m_problemButton->hide();
        if (cancelled)
            statusBar()->showMessage(tr("Import cancelled; nothing was kept."), 8000);
        else
            showError(tr("The import failed: %1").arg(error));
        Q_EMIT importFinished(false);
        return;
    }
    CaseLibrary::remember(m_importSource, casePath);
    statusBar()->showMessage(tr("Imported %1 events (%2 rejected) into %3")
                                 .arg(QLocale().toString(result.imported),
                                      QLocale().toString(result.rejected), casePath),
                             10000);
    Q_EMIT importFinished(true);
    openCase(casePath);
}

void MainWindow::onOpened(qint64 openMs, bool built)
{
    m_pages->setCurrentIndex(1);
    setWindowTitle(tr("%1 — AuditLens").arg(QFileInfo(m_session->casePath()).fileName()));
    m_problems->problemModel()->setDatabase(m_session->store().database());
    const qint64 problems = m_problems->problemModel()->totalCount();
    m_problemButton->setText(tr("%n problem(s)", nullptr, int(problems)));
    m_problemButton->setVisible(problems > 0);
    // From the index, not the case: counting groups in SQL would scan every event.
    const EventIndexPtr index = m_session->index();
    std::vector<quint32> groups, conflicting;
    for (const quint32 p : index->duplicatePositions()) {
        groups.push_back(index->idRank(p));
        if (index->dupKind(p) == 2)
            conflicting.push_back(index->idRank(p));
    }
    for (std::vector<quint32> *ids : {&groups, &conflicting}) {
        std::sort(ids->begin(), ids->end());
        ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
    }
    m_duplicateLabel->setText(tr("%1 duplicate ids (%2 conflicting)")
                                  .arg(QLocale().toString(qulonglong(groups.size())),
                                       QLocale().toString(qulonglong(conflicting.size()))));
    statusBar()->showMessage(built ? tr("Case indexed in %1 ms").arg(openMs)
                                   : tr("Case opened in %1 ms").arg(openMs),
                             5000);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_exportAction->setEnabled(true);
    Q_EMIT caseOpened();
}

void MainWindow::onResult(const QueryResultPtr &result)
{
    m_countLabel->setText(
        tr("%1 of %2 events")
            .arg(QLocale().toString(result->count()), QLocale().toString(result->total)));
    m_countLabel->setToolTip(
        result->textSearched
            ? tr("%1 ms; %2")
                  .arg(QString::number(result->elapsedMs, 'f', 1), result->textSearchNote)
            : tr("%1 ms").arg(QString::number(result->elapsedMs, 'f', 1)));
    m_histogram->setHistogram(result->histogram);
    if (m_pendingJump >= 0) {
        const qint64 seq = m_pendingJump;
        m_pendingJump = -1;
        jumpToEvent(seq);
    } else if (m_tableModel->rowCount() > 0 && !m_table->currentIndex().isValid()) {
        m_detail->clear();
    }
}

void MainWindow::jumpToEvent(qint64 seq)
{
    const int row = m_tableModel->rowOfSeq(seq);
    if (row < 0) {
        if (!m_session->filter().isEmpty()) {
            m_pendingJump = seq;
            statusBar()->showMessage(tr("The event was hidden by the filter: filter cleared"),
                                     5000);
            m_session->setFilter(Filter());
        }
        return;
    }
    const QModelIndex index = m_tableModel->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
}

void MainWindow::showCurrentEvent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_tableModel->isPreview() || !m_session->isOpen()) {
        if (!m_tableModel->isPreview())
            m_detail->clear();
        return;
    }
    const qint64 seq = m_tableModel->seqAt(current.row());
    EventRow row;
    if (!m_session->fetchEvent(seq, &row)) {
        m_detail->clear();
        return;
    }
    std::vector<EventRow> copies;
    const EventIndexPtr index = m_session->index();
    const qint64 position = index->positionOfSeq(seq);
    if (position >= 0 && index->dupCount(quint32(position)) > 1) {
        for (const quint32 p : index->copiesOf(quint32(position))) {
            EventRow copy;
            if (m_session->fetchEvent(index->seq(p), &copy))
                copies.push_back(std::move(copy));
        }
    }
    m_detail->showEvent(row, copies, m_localTime->isChecked());
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    m_recentMenu->clear();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openPath(path); })
            ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecentFiles(recent);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplit->saveState());
    settings.setValue(QStringLiteral("window/centerSplitter"), m_centerSplit->saveState());
    settings.setValue(QStringLiteral("table/header"), m_table->horizontalHeader()->saveState());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplit->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_centerSplit->restoreState(
        settings.value(QStringLiteral("window/centerSplitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("table/header")).toByteArray());
    m_localTime->setChecked(settings.value(QStringLiteral("view/localTime"), false).toBool());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import) {
        m_import->cancel();
        delete m_import;
    }
    saveLayout();
    m_session->close();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openPath(urls.first().toLocalFile());
    }
}

} // namespace auditlens
