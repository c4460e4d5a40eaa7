// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "session/casesession.h"
#include "session/importjob.h"
#include "session/viewerstate.h"
#include "statuscounts.h"
#include "windowlayout.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace auditlens {

class CaseImports;
class DetailPane;
class EventNavigator;
class EventTableModel;
class EventTableView;
class FacetSidebar;
class FilterBar;
class FindingsPane;
class ImportStatus;
class ProblemDetail;
class ProblemsView;
class SavedViewsMenu;
class SourcesPane;
class StatusCounts;
class TimeHistogram;
class ActorTimeline;
class WelcomeWidget;
class WindowActions;

// The AuditLens window: open an export (or a case), narrow it down with the filter bar, the
// facets and the histogram, and read any event in the detail pane.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a source (imported into a case, or straight to its case when already imported) or
    // an .auditlens case. The case open until then stays open until the new one is; errors are
    // shown in a dialog and leave the window as it was.
    void openPath(const QString &path);
    void openExport();
    // Imports sources into a case on the import worker, with progress and Cancel: into a new
    // case (opened once it is made), or into the open case (opened again afterwards, with the
    // filter it had).
    void importInto(const QString &casePath, const QStringList &sources, bool intoOpenCase);
    void closeCase();
    // Stars the selected events, or unstars them when every one is starred (on the annotation
    // writer's thread); the status bar says what happened.
    void toggleStar();
    // Opens the tag dialog for the filter's events (filtered) or the selected ones, to tag them
    // or (remove) untag them; the change goes to the annotation writer once it is accepted.
    void tagEvents(bool filtered, bool remove);
    // Selects the next (backwards: previous) tagged, starred or noted event of the filter after
    // the current row, wrapping round; the status bar says when it wrapped or found none.
    void goToAnnotated(bool backwards);
    // Puts the keyboard in the detail pane's note editor for the current event.
    void editNote();
    // Opens the findings rules' settings (window-modal), that rule selected first. Accepted,
    // the settings are stored for the open case (off the GUI thread) or as the user's default,
    // and the case opens again with its filter: its findings are evaluated for the new rules
    // on the query worker, with the opening progress.
    void editRuleSettings(const QString &ruleId = {});

    CaseSession *session() const { return m_session; }
    EventTableModel *tableModel() const { return m_tableModel; }
    EventTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    FacetSidebar *facets() const { return m_facets; }
    TimeHistogram *histogram() const { return m_histogram; }
    ActorTimeline *actorTimeline() const { return m_timeline; }
    DetailPane *detail() const { return m_detail; }
    ProblemsView *problems() const { return m_problems; }
    ProblemDetail *problemDetail() const { return m_problemDetail; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    ImportJob *importJob() const;
    QLabel *countLabel() const { return m_counts->countLabel(); }
    QLabel *duplicateLabel() const { return m_counts->duplicateLabel(); }
    EventNavigator *navigator() const { return m_navigator; }
    WindowActions *actions() const { return m_actions; }
    CaseImports *caseImports() const { return m_imports; }
    SourcesPane *sourcesPane() const { return m_sources; }
    FindingsPane *findingsPane() const { return m_findings; }
    QAction *exportAction() const;
    // Shows the event with this seq. When the filter hides it, the filter changes as little as
    // it must (Undo Filter Change brings the previous one back).
    void jumpToEvent(qint64 seq);
    // Errors go to a dialog; tests replace it to read the message.
    void setErrorHandler(std::function<void(const QString &)> handler)
    {
        m_errorHandler = std::move(handler);
    }
    void showError(const QString &message);

    // Saved views (issue 12).
    SavedViewsMenu *savedViewsMenu() const { return m_savedViews; }

    // A case comes back as it was left (issue 12). Remembers the open case's filter, sort and
    // selected event in the settings (not in the case), for the next time it opens.
    void rememberViewerState();

    // Changes another program made to the open case (issue 12): the bar that offers to reload
    // it when its sources changed, and its Reload button.
    QWidget *sourcesChangedBar() const { return m_sourcesChangedBar; }
    QPushButton *reloadButton() const { return m_reloadButton; }

Q_SIGNALS:
    void caseOpened();
    void importFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void setUpKeyboard();
    void openCase(const QString &casePath, const QString &recentPath,
                  const Filter &initialFilter = Filter());
    void onImportFinished(bool ok, bool cancelled, const QString &error, const ImportResult &result,
                          const QString &casePath);
    // Back from the import's preview to the case open before it (or the welcome screen).
    void leaveImportView();
    void onOpened(qint64 openMs, bool built);
    void onOpenFailed(const QString &error);
    void onResult(const QueryResultPtr &result);
    void showCurrentEvent();
    void showCaseStatus();
    void showProblemRecord(const QModelIndex &index);
    void updateActions();
    void onAnnotationChanged(const AnnotationOutcome &outcome);
    void addRecent(const QString &path);
    void updateRecentMenu();
    void connectSources();
    WindowLayout windowLayout();
    void saveLayout();
    void restoreLayout();
    // Changes another program made to the open case (issue 12).
    void setUpCaseWatch();

    CaseSession *m_session;
    EventTableModel *m_tableModel;
    QStackedWidget *m_pages;
    WelcomeWidget *m_welcome;
    FilterBar *m_filterBar;
    FacetSidebar *m_facets;
    TimeHistogram *m_histogram;
    ActorTimeline *m_timeline = nullptr; // under the histogram, hidden until View shows it
    EventTableView *m_table;
    DetailPane *m_detail;
    ProblemsView *m_problems;
    ProblemDetail *m_problemDetail;
    QDockWidget *m_problemsDock;
    QSplitter *m_mainSplit;
    QSplitter *m_centerSplit;
    QSplitter *m_problemsSplit;
    StatusCounts *m_counts;
    EventNavigator *m_navigator;
    ImportStatus *m_import;
    WindowActions *m_actions = nullptr;
    CaseImports *m_imports;
    SourcesPane *m_sources;
    FindingsPane *m_findings;
    std::optional<Filter> m_addingFilter; // the open case's filter while exports are added to it
    QString m_afterOpen;                  // said once the case being opened has opened
    bool m_fitted = false;   // fitted to the screen once shown (its frame is known then)
    QString m_recentPending; // enters Open Recent once its case has opened
    std::function<void(const QString &)> m_errorHandler;

    // Saved views (issue 12).
    SavedViewsMenu *m_savedViews = nullptr;

    // A case comes back as it was left (issue 12).
    std::optional<ViewerState> m_restoring; // the state the case being opened comes back to
    QString m_restoreNote;                  // said once it has opened: a state that was dropped

    // Changes another program made to the open case (issue 12).
    QWidget *m_sourcesChangedBar = nullptr;
    QPushButton *m_reloadButton = nullptr;
    bool m_removingSource = false; // the window's own removal, which reopens the case itself
};

} // namespace auditlens
