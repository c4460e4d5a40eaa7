#pragma once

#include "session/casesession.h"
#include "session/importjob.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace auditlens {

class DetailPane;
class EventTableModel;
class EventTableView;
class FacetSidebar;
class FilterBar;
class ProblemsView;
class TimeHistogram;
class WelcomeWidget;

// The AuditLens window: open an export (or a case), narrow it down with the filter bar, the
// facets and the histogram, and read any event in the detail pane.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a source (imported into a case, or straight to its case when already imported) or
    // an .auditlens case. Errors are shown in a dialog.
    void openPath(const QString &path);
    void openSample();
    // The bundled sample log, extracted to a file the importer can read.
    static QString samplePath();

    CaseSession *session() const { return m_session; }
    EventTableModel *tableModel() const { return m_tableModel; }
    EventTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    FacetSidebar *facets() const { return m_facets; }
    TimeHistogram *histogram() const { return m_histogram; }
    DetailPane *detail() const { return m_detail; }
    ProblemsView *problems() const { return m_problems; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    ImportJob *importJob() const { return m_import; }
    QLabel *countLabel() const { return m_countLabel; }
    QAction *exportAction() const { return m_exportAction; }
    // Shows the event with this seq (clearing the filter when it hides it).
    void jumpToEvent(qint64 seq);
    // Errors go to a dialog; tests replace it to read the message.
    void setErrorHandler(std::function<void(const QString &)> handler)
    {
        m_errorHandler = std::move(handler);
    }

Q_SIGNALS:
    void caseOpened();
    void importFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void openDialog();
    void openExport();
    void chooseCasesFolder();
    void openCase(const QString &casePath);
    void startImport(const QString &sourcePath);
    void onImportFinished(bool ok, bool cancelled, const QString &error,
                          const ImportResult &result);
    void onOpened(qint64 openMs, bool built);
    void onResult(const QueryResultPtr &result);
    void showCurrentEvent();
    void addRecent(const QString &path);
    void updateRecentMenu();
    void showError(const QString &message);
    void saveLayout();
    void restoreLayout();

    CaseSession *m_session;
    EventTableModel *m_tableModel;
    QStackedWidget *m_pages;
    WelcomeWidget *m_welcome;
    FilterBar *m_filterBar;
    FacetSidebar *m_facets;
    TimeHistogram *m_histogram;
    EventTableView *m_table;
    DetailPane *m_detail;
    ProblemsView *m_problems;
    QDockWidget *m_problemsDock;
    QSplitter *m_mainSplit;
    QSplitter *m_centerSplit;
    QLabel *m_countLabel;
    QLabel *m_duplicateLabel;
    QToolButton *m_problemButton;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QToolButton *m_cancelImport;
    QMenu *m_recentMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_localTime = nullptr;
    QAction *m_closeAction = nullptr;
    QPointer<ImportJob> m_import;
    QString m_importSource;
    qint64 m_pendingJump = -1;
    bool m_layoutRestored = false;
    std::function<void(const QString &)> m_errorHandler;
};

} // namespace auditlens
