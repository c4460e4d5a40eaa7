// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "windowactions.h"

#include "actortimeline.h"
#include "caseimports.h"
#include "casesdialog.h"
#include "detailpane.h"
#include "eventnavigator.h"
#include "eventtableview.h"
#include "facetsidebar.h"
#include "filterbar.h"
#include "findingspane.h"
#include "guidewindow.h"
#include "itemmodels/eventtablemodel.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "session/caselibrary.h"
#include "session/casesession.h"
#include "session/filterhistory.h"
#include "shortcutsdialog.h"
#include "sourcespane.h"
#include "theme.h"
#include "timehistogram.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QToolBar>

namespace auditlens {

WindowActions::WindowActions(MainWindow *window) : QObject(window), m_window(window) {}

void WindowActions::addMenus(QMenuBar *bar)
{
    addFileMenu(bar->addMenu(tr("&File")));
    addEditMenu(bar->addMenu(tr("&Edit")));
    addViewMenu(bar->addMenu(tr("&View")));
    addFilterMenu(bar->addMenu(tr("F&ilter")));
}

void WindowActions::addFileMenu(QMenu *file)
{
    MainWindow *w = m_window;
    CaseImports *imports = w->caseImports();
    QAction *open = file->addAction(tr("&Open…"), imports, &CaseImports::openDialog);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open an audit-log export (CSV, JSON Lines) or a case; several "
                          "exports open together as one case"));
    m_addExports = file->addAction(tr("&Add Exports to Case…"), imports, &CaseImports::addDialog);
    m_addExports->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_addExports->setStatusTip(tr("Import more exports (CSV, JSON Lines) into the open case"));
    m_recent = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Ca&ses…"), this, &WindowActions::showCases)
        ->setStatusTip(tr("List the cases with their sources, events and size; open or delete "
                          "one"));
    file->addAction(tr("Open the Sample &Log"), imports, &CaseImports::openSample)
        ->setStatusTip(tr("Open the small audit log that ships with AuditLens"));
    file->addSeparator();
    m_export = file->addAction(tr("&Export…"), w, &MainWindow::openExport);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Export the filtered or selected events"));
    m_export->setStatusTip(tr("Export the filtered or selected events as CSV, JSON Lines, an "
                              "HTML or a PDF report"));
    file->addAction(tr("Cases &Folder…"), imports, &CaseImports::chooseCasesFolder)
        ->setStatusTip(tr("Choose where AuditLens keeps the cases it makes"));
    m_close = file->addAction(tr("&Close Case"), w, &MainWindow::closeCase);
    m_close->setShortcut(QKeySequence::Close);
    m_close->setStatusTip(tr("Close the case and go back to the welcome screen"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), w, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setStatusTip(tr("Quit AuditLens"));
    m_caseActions << m_addExports << m_export << m_close;
}

void WindowActions::addEditMenu(QMenu *edit)
{
    EventTableView *table = m_window->table();
    QAction *copyCell = edit->addAction(tr("Copy Cell"), table,
                                        [table] { table->copy(EventTableView::CopyFormat::Cell); });
    copyCell->setStatusTip(tr("Copy the current cell's full value"));
    QAction *copyRows = edit->addAction(tr("&Copy Rows as CSV"), table,
                                        [table] { table->copy(EventTableView::CopyFormat::Csv); });
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetShortcut); // the table handles Ctrl+C itself
    copyRows->setStatusTip(tr("Copy the selected events as CSV, with a header"));
    QAction *copyJson = edit->addAction(tr("Copy Rows as &JSON"), table,
                                        [table] { table->copy(EventTableView::CopyFormat::Json); });
    copyJson->setStatusTip(tr("Copy the selected events as JSON"));
    edit->addSeparator();
    FilterBar *bar = m_window->filterBar();
    QAction *find = edit->addAction(tr("&Find in Events"), bar, [bar] {
        bar->textBox()->setFocus();
        bar->textBox()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Go to the search field (filter, or find without filtering)"));
    EventNavigator *navigator = m_window->navigator();
    m_findNext =
        edit->addAction(tr("Find &Next"), navigator, [navigator] { navigator->findNext(false); });
    m_findNext->setShortcuts(QKeySequence::FindNext);
    m_findNext->setStatusTip(
        tr("Go to the next event that contains the search text, without filtering"));
    m_findPrevious = edit->addAction(tr("Find Pre&vious"), navigator,
                                     [navigator] { navigator->findNext(true); });
    m_findPrevious->setShortcuts(QKeySequence::FindPrevious);
    m_findPrevious->setStatusTip(tr("Go to the previous event that contains the search text"));
    m_caseActions << copyCell << copyRows << copyJson << find << m_findNext << m_findPrevious;
    edit->addSeparator();
    m_star = edit->addAction(tr("&Star"), m_window, &MainWindow::toggleStar);
    m_star->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_star->setStatusTip(tr("Star the selected events, or take their stars away when every one "
                            "of them is starred"));
    m_tagSelected = edit->addAction(tr("&Tag Selected Events…"), m_window,
                                    [w = m_window] { w->tagEvents(false, false); });
    m_tagSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tagSelected->setStatusTip(tr("Put a tag on the selected events; the count is shown "
                                   "before anything changes"));
    m_tagFiltered = edit->addAction(tr("Tag &All Filtered Events…"), m_window,
                                    [w = m_window] { w->tagEvents(true, false); });
    m_tagFiltered->setStatusTip(tr("Put a tag on every event of the filter; the count is shown "
                                   "before anything changes"));
    m_untagSelected = edit->addAction(tr("&Untag Selected Events…"), m_window,
                                      [w = m_window] { w->tagEvents(false, true); });
    m_untagSelected->setStatusTip(tr("Take a tag off the selected events"));
    m_untagFiltered = edit->addAction(tr("Untag A&ll Filtered Events…"), m_window,
                                      [w = m_window] { w->tagEvents(true, true); });
    m_untagFiltered->setStatusTip(tr("Take a tag off every event of the filter"));
    edit->addSeparator();
    m_nextAnnotated = edit->addAction(tr("Next Annotate&d Event"), m_window,
                                      [w = m_window] { w->goToAnnotated(false); });
    m_nextAnnotated->setShortcut(QKeySequence(Qt::Key_F2));
    m_nextAnnotated->setStatusTip(
        tr("Go to the next tagged, starred or noted event of the filter, in the table's order"));
    m_previousAnnotated = edit->addAction(tr("&Previous Annotated Event"), m_window,
                                          [w = m_window] { w->goToAnnotated(true); });
    m_previousAnnotated->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
    m_previousAnnotated->setStatusTip(
        tr("Go to the previous tagged, starred or noted event of the filter"));
    m_caseActions << m_nextAnnotated << m_previousAnnotated;
    // The note on the current event, edited in the detail pane.
    m_editNote = edit->addAction(tr("Edit &Note…"), m_window, [w = m_window] { w->editNote(); });
    m_editNote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editNote->setStatusTip(tr("Write or change your note on the current event, in the detail "
                                "pane (Ctrl+Return saves it)"));
    table->setAnnotationActions(
        {m_star, m_tagSelected, m_untagSelected, m_tagFiltered, m_untagFiltered});
}

void WindowActions::addViewMenu(QMenu *view)
{
    addBackForward(view);
    view->addSeparator();
    auto paneToggle = [&](const QString &title, QWidget *pane, const QString &tip) {
        QAction *a = view->addAction(title);
        a->setCheckable(true);
        a->setChecked(true);
        a->setStatusTip(tip);
        connect(a, &QAction::toggled, pane, &QWidget::setVisible);
    };
    paneToggle(tr("&Facets"), m_window->facets(), tr("Show or hide the top values of each field"));
    paneToggle(tr("Time &Histogram"), m_window->histogram(),
               tr("Show or hide the events over time"));
    // The actor timeline starts hidden: a lane per busy actor takes room from the table.
    QAction *timeline = view->addAction(tr("&Actor Timeline"));
    timeline->setObjectName(QStringLiteral("actorTimelineAction"));
    timeline->setCheckable(true);
    timeline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    timeline->setStatusTip(tr("Show or hide a lane per busy actor, its events over time"));
    connect(timeline, &QAction::toggled, m_window->actorTimeline(), &QWidget::setVisible);
    // Its lanes are counted only while it is shown.
    connect(timeline, &QAction::toggled, m_window->session(), &CaseSession::setLanesWanted);
    paneToggle(tr("&Detail"), m_window->detail(),
               tr("Show or hide every field of the current event"));
    QAction *problems = m_window->problemsDock()->toggleViewAction();
    problems->setText(tr("&Problems"));
    // The dock names its action after its title, which changes with the language.
    connect(m_window->problemsDock(), &QWidget::windowTitleChanged, problems,
            [problems] { problems->setText(tr("&Problems")); });
    problems->setStatusTip(tr("Show or hide the rejected and flagged records"));
    view->addAction(problems);
    QAction *sources = m_window->sourcesPane()->toggleViewAction();
    sources->setText(tr("&Sources"));
    connect(m_window->sourcesPane(), &QWidget::windowTitleChanged, sources,
            [sources] { sources->setText(tr("&Sources")); });
    sources->setStatusTip(tr("Show or hide the exports of the case and the days they cover"));
    view->addAction(sources);
    QAction *findings = m_window->findingsPane()->toggleViewAction();
    findings->setText(tr("F&indings"));
    connect(m_window->findingsPane(), &QWidget::windowTitleChanged, findings,
            [findings] { findings->setText(tr("F&indings")); });
    findings->setStatusTip(tr("Show or hide the findings rules and their hits"));
    findings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    // Shown from the keyboard, the pane takes the focus to be used from it.
    connect(findings, &QAction::triggered, this, [this](bool shown) {
        if (!shown)
            return;
        m_window->findingsPane()->raise();
        m_window->findingsPane()->setFocus(Qt::ShortcutFocusReason);
    });
    view->addAction(findings);
    QAction *rules = view->addAction(tr("Findings &Rules…"));
    rules->setObjectName(QStringLiteral("ruleSettingsAction"));
    rules->setStatusTip(
        tr("Turn findings rules on or off and change their parameters, for this case or as your "
           "default"));
    connect(rules, &QAction::triggered, m_window, [this] { m_window->editRuleSettings(); });
    view->addSeparator();
    m_localTime = view->addAction(tr("Show &Local Time"));
    m_localTime->setCheckable(true);
    m_localTime->setStatusTip(tr("Show times in this computer's time zone instead of UTC"));
    QMenu *theme = view->addMenu(tr("&Theme"));
    m_themes = new QActionGroup(this);
    for (const Theme::Choice choice :
         {Theme::Choice::System, Theme::Choice::Light, Theme::Choice::Dark}) {
        QAction *a = theme->addAction(Theme::name(choice));
        a->setCheckable(true);
        a->setChecked(choice == Theme::current());
        a->setData(int(choice));
        a->setStatusTip(choice == Theme::Choice::System
                            ? tr("Follow the desktop's colour scheme, light or dark")
                            : tr("Use these colours whatever the desktop's scheme"));
        m_themes->addAction(a);
    }
    view->addMenu(new LanguageMenu(view));
    connect(m_themes, &QActionGroup::triggered, this, [](QAction *a) {
        const auto choice = Theme::Choice(a->data().toInt());
        Theme::apply(choice);
        Theme::save(choice);
    });
}

void WindowActions::addBackForward(QMenu *view)
{
    EventNavigator *navigator = m_window->navigator();
    const QStyle *style = m_window->style();
    m_back = view->addAction(style->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), navigator,
                             [navigator] { navigator->back(); });
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_back->setStatusTip(tr("Go back to the previous filter and the event that was selected"));
    m_forward = view->addAction(style->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"),
                                navigator, [navigator] { navigator->forward(); });
    m_forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_forward->setStatusTip(tr("Go forward again to the filter Back left"));
}

void WindowActions::addNavigationBar()
{
    QToolBar *bar = m_window->addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("navigationToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_back);
    bar->addAction(m_forward);
    bar->toggleViewAction()->setStatusTip(tr("Show or hide the Back and Forward buttons"));
}

void WindowActions::addFilterMenu(QMenu *filter)
{
    EventNavigator *navigator = m_window->navigator();
    CaseSession *session = m_window->session();
    m_undoFilter =
        filter->addAction(tr("&Undo Filter Change"), navigator, [navigator] { navigator->undo(); });
    m_undoFilter->setShortcut(QKeySequence::Undo);
    m_undoFilter->setStatusTip(
        tr("Bring back the filter as it was before the last sweeping change"));
    filter->addSeparator();
    QAction *sameRequest =
        filter->addAction(tr("Events of the Same &Request"), navigator,
                          [navigator] { navigator->showSameRequest(navigator->currentSeq()); });
    sameRequest->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    sameRequest->setStatusTip(tr("Show every event of the current event's request, whatever "
                                 "the filter"));
    m_caseActions << sameRequest;
    QAction *clear = filter->addAction(tr("&Clear All"), navigator, [navigator] {
        navigator->replaceFilter(Filter(), tr("clear all"));
    });
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    clear->setStatusTip(tr("Remove every condition of the filter"));
    m_collapse = filter->addAction(tr("C&ollapse Exact Copies"));
    m_collapse->setCheckable(true);
    m_collapse->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_collapse->setStatusTip(tr("Count each group of identical copies of an event once"));
    connect(m_collapse, &QAction::triggered, session, [session](bool on) {
        Filter f = session->filter();
        f.duplicates = on ? DuplicateFilter::CollapseExact : DuplicateFilter::All;
        session->setFilter(f);
    });
    filter->addSeparator();
    constexpr qint64 hour = 3600LL * 1000000000LL;
    const std::pair<QString, qint64> presets[] = {{tr("Last &Hour of the Log"), hour},
                                                  {tr("Last &Day of the Log"), 24 * hour},
                                                  {tr("Last &Week of the Log"), 7 * 24 * hour},
                                                  {tr("&Whole Log"), 0}};
    FilterBar *bar = m_window->filterBar();
    for (const auto &[title, span] : presets) {
        QAction *a =
            filter->addAction(title, bar, [bar, session, navigator, span = span, title = title] {
                const Filter before = session->filter();
                bar->applyPreset(span);
                if (session->filter() != before)
                    navigator->remember(before, QString(title).remove(QLatin1Char('&')));
            });
        a->setStatusTip(span ? tr("Show the events of this span before the log's last event")
                             : tr("Drop the time range"));
        m_caseActions << a;
        m_presets << a;
    }
    m_caseActions << clear << m_collapse;
    bar->setPresetActions(m_presets);
}

void WindowActions::addHelp(QMenu *help)
{
    QAction *about = help->addAction(tr("&About AuditLens"), m_window, [w = m_window] {
        QMessageBox::about(w, tr("About AuditLens"),
                           tr("<p><b>AuditLens %1</b></p><p>Review CircleCI audit-log exports: "
                              "filter a million events interactively, inspect every field, and "
                              "keep the evidence untouched.</p><p>Licensed under the Apache "
                              "License, Version 2.0. Uses Qt (LGPL-3.0), simdjson (Apache-2.0), "
                              "SQLite (public domain) and OpenSSL (Apache-2.0).</p>")
                               .arg(QStringLiteral(AUDITLENS_VERSION)));
    });
    about->setStatusTip(tr("The version of AuditLens and what it is for"));
    auto *guide = new QAction(tr("AuditLens &User Guide"), help);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("Read the guide that ships with AuditLens (works offline)"));
    connect(guide, &QAction::triggered, m_window, [w = m_window] {
        auto *guideWindow = w->findChild<GuideWindow *>();
        if (!guideWindow)
            guideWindow = new GuideWindow(w);
        guideWindow->show();
        guideWindow->raise();
        guideWindow->activateWindow();
    });
    auto *keys = new QAction(tr("&Keyboard Shortcuts"), help);
    keys->setStatusTip(tr("Every key AuditLens answers to"));
    connect(keys, &QAction::triggered, m_window, [w = m_window] {
        auto *dialog = new ShortcutsDialog(w, w);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->insertActions(about, {guide, keys});
    help->insertSeparator(about);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setStatusTip(tr("The version of Qt and its licence"));
}

void WindowActions::update(bool open, const Filter &f, const FilterHistory &history)
{
    for (QAction *a : std::as_const(m_caseActions))
        a->setEnabled(open);
    // Annotations need a case that takes writes; until its writer has opened it the change
    // waits in its queue.
    const CaseSession *session = m_window->session();
    const bool readOnly =
        open && !session->annotationsWritable() && !session->annotationsReadOnlyReason().isEmpty();
    m_star->setEnabled(open && !readOnly);
    m_star->setToolTip(readOnly ? session->annotationsReadOnlyReason()
                                : tr("Star the selected events (%1)")
                                      .arg(m_star->shortcut().toString(QKeySequence::NativeText)));
    // The filter's events, counted in the menu: what "all" means is stated before the dialog.
    const QueryResultPtr result = open ? session->result() : nullptr;
    const QString filtered = QLocale().toString(result ? qint64(result->count()) : 0);
    m_tagFiltered->setText(result ? tr("Tag &All %1 Filtered Events…").arg(filtered)
                                  : tr("Tag &All Filtered Events…"));
    m_untagFiltered->setText(result ? tr("Untag A&ll %1 Filtered Events…").arg(filtered)
                                    : tr("Untag A&ll Filtered Events…"));
    const bool anyFiltered = result && result->count() > 0;
    for (QAction *a : {m_tagSelected, m_tagFiltered, m_untagSelected, m_untagFiltered}) {
        const bool needsFiltered = a == m_tagFiltered || a == m_untagFiltered;
        a->setEnabled(open && !readOnly && (!needsFiltered || anyFiltered));
        a->setToolTip(readOnly ? session->annotationsReadOnlyReason()
                               : QString(a->text()).remove(QLatin1Char('&')));
    }
    // The note editor of the detail pane.
    m_editNote->setEnabled(open && !readOnly);
    m_editNote->setToolTip(readOnly ? session->annotationsReadOnlyReason()
                                    : QString(m_editNote->text()).remove(QLatin1Char('&')));
    m_undoFilter->setEnabled(open && history.canUndo());
    m_undoFilter->setStatusTip(
        history.canUndo()
            ? tr("Bring back the filter as it was before %1").arg(history.top().reason)
            : tr("Bring back the filter as it was before the last sweeping change"));
    // Back and Forward name the filter they go to.
    auto words = [](const Filter &to) {
        return to.isEmpty() ? tr("no filter (every event)") : to.describe();
    };
    m_back->setEnabled(open && history.canGoBack());
    m_back->setToolTip(history.canGoBack()
                           ? tr("Back to: %1 (Alt+Left)").arg(words(history.backTop().filter))
                           : tr("Back: no earlier filter"));
    m_forward->setEnabled(open && history.canGoForward());
    m_forward->setToolTip(
        history.canGoForward()
            ? tr("Forward to: %1 (Alt+Right)").arg(words(history.forwardTop().filter))
            : tr("Forward: no later filter"));
    m_collapse->setChecked(f.duplicates == DuplicateFilter::CollapseExact);
    // Collapsing replaces another duplicates condition only through the filter bar.
    m_collapse->setEnabled(open && (f.duplicates == DuplicateFilter::All ||
                                    f.duplicates == DuplicateFilter::CollapseExact));
}

void WindowActions::updateRecentMenu(const QStringList &recent)
{
    m_recent->clear();
    for (const QString &path : recent) {
        QAction *a = m_recent->addAction(QFileInfo(path).fileName(), m_window,
                                         [w = m_window, path] { w->openPath(path); });
        a->setToolTip(path);
        a->setStatusTip(tr("Open %1").arg(path));
    }
    m_recent->setEnabled(!recent.isEmpty());
}

void WindowActions::showCases()
{
    MainWindow *w = m_window;
    auto *dialog =
        new CasesDialog(CaseLibrary::folder(), RecentFiles::list(),
                        w->session()->isOpen() ? w->session()->casePath() : QString(), w);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CasesDialog::openRequested, w, &MainWindow::openPath, Qt::QueuedConnection);
    dialog->open();
}

} // namespace auditlens
