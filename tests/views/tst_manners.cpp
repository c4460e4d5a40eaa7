// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The window as a newcomer meets it: opening that keeps what you had, imports that show nothing
// stale, a problem's event without losing the filter, the keyboard, time entry, the selection,
// counts of distinct events, and the accessibility of every action and control.

#include "calendarbutton.h"
#include "detailpane.h"
#include "eventnavigator.h"
#include "eventtableview.h"
#include "exportdialog.h"
#include "facetsidebar.h"
#include "filterbar.h"
#include "guidewindow.h"
#include "itemmodels/eventtablemodel.h"
#include "itemmodels/problemmodel.h"
#include "mainwindow.h"
#include "problemdetail.h"
#include "problemsview.h"
#include "session/caselibrary.h"
#include "session/viewerstate.h"
#include "shortcutsdialog.h"
#include "timehistogram.h"
#include "valuepicker.h"
#include "windowactions.h"
#include "windowtest.h"

#include <QAccessible>
#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace auditlens;

class TestManners : public WindowTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aFailedOpenKeepsTheOpenCase_data();
    void aFailedOpenKeepsTheOpenCase();
    void aFolderSaysSo();
    void aNewerOpenReplacesOneStillOpening();
    void statusIsFreshDuringAnImport();
    void aProblemsEventKeepsTheFilterAndUndoes();
    void aRejectedRecordShowsItsText();
    void tabReachesTheDetailPane();
    void tabWalksLeftToRight();
    void histogramByKeyboard();
    void exportShortcutFromTheLineEdits();
    void dateOnlyFromTo();
    void selectionSurvivesFilterChangesAndSorts();
    void pickerStartsAfresh();
    void distinctCounts();
    void findStepsWithoutFiltering();
    void caseActionsNeedACase();
    void closingACaseLeavesNoConnectionBehind();
    void windowFitsTheScreen();
    void everyActionHasTextAndStatusTip();
    void everyFocusableWidgetHasAName();
    void shortcutsListComesFromTheActions();
    void userGuideIsBundled();

private:
    int rows() const { return m_window->tableModel()->rowCount(); }
    qint64 currentSeq() const;
    void checkAccessible(QWidget *root);
};

void TestManners::initTestCase()
{
    QVERIFY(setUpFolders(QStringLiteral("tst_manners")));
}

void TestManners::init()
{
    // Each test opens its fixtures afresh, not as an earlier test left them.
    ViewerStates::forgetAll();
    makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestManners::cleanup()
{
    m_window.reset();
}

qint64 TestManners::currentSeq() const
{
    const QModelIndex current = m_window->table()->currentIndex();
    return current.isValid() ? m_window->tableModel()->seqAt(current.row()) : -1;
}

void TestManners::aFailedOpenKeepsTheOpenCase_data()
{
    QTest::addColumn<QString>("bad");
    QTest::newRow("not an audit log") << QStringLiteral("not_audit.html");
    QTest::newRow("binary") << QStringLiteral("binary.bin");
    QTest::newRow("empty") << QStringLiteral("empty.csv");
    QTest::newRow("damaged case") << QStringLiteral("damaged.auditlens");
}

void TestManners::aFailedOpenKeepsTheOpenCase()
{
    QFETCH(QString, bad);
    QVERIFY(openAndWait(copyFixture(QStringLiteral("duplicates.csv"))));
    const QString casePath = m_window->session()->casePath();
    QComboBox *success = m_window->filterBar()->successBox();
    success->setCurrentIndex(success->findData(1));
    QVERIFY(waitForResult());
    const int filtered = rows();
    QCOMPARE(filtered, 6);
    m_window->table()->goToRow(2);
    const qint64 seq = currentSeq();
    QVERIFY(seq > 0);

    QString path = m_dir.filePath(bad);
    if (bad == QLatin1String("damaged.auditlens")) {
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4096, '\x5a'));
    } else {
        path = copyFixture(bad);
    }
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QSignalSpy failed(m_window->session(), &CaseSession::openFailed);
    m_window->openPath(path);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 20000);
    QTRY_COMPARE(m_errors.size(), 1);

    // Where the analyst was: the same case, filter, rows and event.
    QVERIFY(m_window->session()->isOpen());
    QCOMPARE(m_window->session()->casePath(), casePath);
    QCOMPARE(m_window->session()->filter().success, SuccessFilter::Succeeded);
    if (rows() != filtered || currentSeq() != seq)
        QVERIFY(waitForResult());
    QCOMPARE(rows(), filtered);
    QCOMPARE(currentSeq(), seq);
    QVERIFY(!m_window->tableModel()->isPreview());
    QVERIFY(m_window->exportAction()->isEnabled());
    QVERIFY(m_window->windowTitle().contains(QFileInfo(casePath).fileName()));
    // The failed file is not one to open again.
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    QVERIFY(!recent.contains(QFileInfo(path).absoluteFilePath()));
}

void TestManners::aFolderSaysSo()
{
    m_window->openPath(m_dir.path());
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(QStringLiteral("is a folder")),
             qPrintable(m_errors.first()));
}

void TestManners::aNewerOpenReplacesOneStillOpening()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("basic.csv"))));
    const QString first = m_window->session()->casePath();
    QVERIFY(openAndWait(copyFixture(QStringLiteral("duplicates.csv"))));
    const QString second = m_window->session()->casePath();
    m_window->closeCase();
    // The first is still opening when the second is asked for: the second wins, once.
    QSignalSpy opened(m_window->session(), &CaseSession::opened);
    m_window->openPath(first);
    QVERIFY(m_window->session()->isOpening());
    m_window->openPath(second);
    QVERIFY(waitForResult());
    QCOMPARE(m_window->session()->casePath(), second);
    QCOMPARE(rows(), 7);
    QTest::qWait(200);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(m_window->session()->casePath(), second);
    // And a close while one is opening leaves nothing open.
    m_window->openPath(first);
    m_window->closeCase();
    QTest::qWait(300);
    QVERIFY(!m_window->session()->isOpen());
    QVERIFY(m_errors.isEmpty());
}

void TestManners::statusIsFreshDuringAnImport()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("duplicates.csv"))));
    QVERIFY(m_window->duplicateLabel()->text().contains(QStringLiteral("duplicate ids")));
    QVERIFY(m_window->histogram()->histogram().bucketCount() > 0);
    const QString oldCase = m_window->session()->casePath();

    // A source large enough to be read over several previews.
    const QString big = m_dir.filePath(QStringLiteral("fresh.csv"));
    {
        QFile in(data(QStringLiteral("basic.csv")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = in.readAll().split('\n');
        QFile out(big);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines[0] + '\n');
        for (int i = 0; i < 40000; ++i)
            out.write(lines[1 + i % 5] + '\n'); // copies of five events: duplicates, counted
    }
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->openPath(big);
    QVERIFY(m_window->importJob());
    // Nothing of the case open before is on screen.
    QVERIFY(m_window->duplicateLabel()->text().isEmpty());
    QCOMPARE(m_window->histogram()->histogram().bucketCount(), 0);
    QCOMPARE(m_window->facets()->model()->rowCount(), 0);
    QVERIFY(!m_window->countLabel()->text().contains(QStringLiteral(" of ")));
    QVERIFY(!m_window->exportAction()->isEnabled());
    // The search works on the preview while it imports...
    QLineEdit *text = m_window->filterBar()->textBox();
    QSignalSpy searched(m_window->filterBar(), &FilterBar::previewSearchChanged);
    QTest::keyClicks(text, QStringLiteral("priya0"));
    QVERIFY(searched.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->tableModel()->rowCount() > 0 || !finished.isEmpty(), 20000);
    if (finished.isEmpty()) {
        QVERIFY(m_window->tableModel()->isPreview());
        for (int r = 0; r < m_window->tableModel()->rowCount(); ++r) {
            const QString actor =
                m_window->tableModel()->index(r, int(EventColumn::Actor)).data().toString();
            const QString target =
                m_window->tableModel()->index(r, int(EventColumn::Target)).data().toString();
            QVERIFY(actor == QLatin1String("priya0") || target == QLatin1String("priya0"));
        }
    }
    // ...and is the new case's filter once it opens.
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    QVERIFY(finished.first().first().toBool());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->session()->isOpen() && m_window->session()->casePath() != oldCase, 20000);
    QCOMPARE(m_window->session()->filter().text, QStringLiteral("priya0"));
    QCOMPARE(text->text(), QStringLiteral("priya0"));
}

void TestManners::aProblemsEventKeepsTheFilterAndUndoes()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("broken.csv"))));
    // The event flagged for "success: maybe" (line 7), hidden by success = true.
    qint64 seq = -1;
    ProblemModel *problems = m_window->problems()->problemModel();
    for (int r = 0; r < problems->rowCount(); ++r) {
        const QModelIndex line = problems->index(r, ProblemModel::Line);
        if (line.data().toLongLong() == 7)
            seq = line.data(ProblemModel::EventSeqRole).toLongLong();
    }
    QVERIFY(seq > 0);
    Filter before;
    before.success = SuccessFilter::Succeeded;
    before[FilterField::Actor].include = {QStringLiteral("oren1")};
    m_window->session()->setFilter(before);
    QVERIFY(waitForResult());
    QCOMPARE(m_window->tableModel()->rowOfSeq(seq), -1);
    QVERIFY(!m_window->actions()->undoFilterAction()->isEnabled());

    m_window->jumpToEvent(seq);
    QTRY_COMPARE_WITH_TIMEOUT(currentSeq(), seq, 15000);
    // Only what hid it changed: the actor gained priya0, success was dropped.
    const Filter after = m_window->session()->filter();
    QCOMPARE(after.success, SuccessFilter::Any);
    QVERIFY(after[FilterField::Actor].include.contains(QStringLiteral("oren1")));
    QCOMPARE(after[FilterField::Actor].include.size(), 2);
    QVERIFY(after != Filter());
    // Undo brings the filter back.
    QAction *undo = m_window->actions()->undoFilterAction();
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QVERIFY(waitForResult());
    QCOMPARE(m_window->session()->filter(), before);
    QVERIFY(!undo->isEnabled());
}

void TestManners::aRejectedRecordShowsItsText()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("broken.csv"))));
    ProblemsView *view = m_window->problems();
    QModelIndex rejected;
    for (int r = 0; r < view->problemModel()->rowCount() && !rejected.isValid(); ++r) {
        const QModelIndex index = view->problemModel()->index(r, ProblemModel::Message);
        if (index.data(ProblemModel::RejectedRole).toBool() &&
            index.siblingAtColumn(ProblemModel::Line).data().toLongLong() == 3)
            rejected = index;
    }
    QVERIFY(rejected.isValid());
    const qint64 before = currentSeq();
    Q_EMIT view->activated(rejected);
    const QString summary = m_window->problemDetail()->summary()->text();
    QVERIFY2(summary.contains(QStringLiteral("line 3")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("8 fields")));
    const QString raw = m_window->problemDetail()->raw()->toPlainText();
    QCOMPARE(raw.toUtf8(), rejected.data(ProblemModel::RawRole).toByteArray());
    QVERIFY(!raw.isEmpty());
    QCOMPARE(currentSeq(), before); // the filter and table are untouched
    QCOMPARE(m_window->session()->filter(), Filter());
}

void TestManners::tabReachesTheDetailPane()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("basic.csv"))));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    EventTableView *table = m_window->table();
    table->setFocus();
    table->goToRow(1);
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Tab);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY2(m_window->detail()->isAncestorOf(focus), focus->metaObject()->className());
    // And on through the detail pane, out of it again (Shift+Tab comes back to the table).
    QTest::keyClick(focus, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), table);
    // The problems list is reachable too, once shown.
    m_window->problemsDock()->show();
    m_window->problems()->setFocus();
    QTRY_VERIFY(m_window->problems()->hasFocus());
    QTest::keyClick(m_window->problems(), Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != m_window->problems());
}

void TestManners::tabWalksLeftToRight()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("duplicates.csv"))));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->problemsDock()->show();
    QLineEdit *start = m_window->filterBar()->textBox();
    start->setFocus();
    QTRY_VERIFY(start->hasFocus());
    QStringList visited;
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *w = QApplication::focusWidget();
        if (w == start)
            break;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        visited << QStringLiteral("%1:%2").arg(QString::fromLatin1(w->metaObject()->className()),
                                               iface ? iface->text(QAccessible::Name) : QString());
    }
    const QString chain = visited.join(QStringLiteral(" > "));
    auto at = [&](const QString &name) {
        for (int i = 0; i < visited.size(); ++i) {
            if (visited[i].endsWith(QLatin1Char(':') + name))
                return i;
        }
        return -1;
    };
    // The filter bar as it reads, then the panes from left to right, then the problems.
    const QStringList order = {
        QStringLiteral("Success: any"), QStringLiteral("Action"),         QStringLiteral("Scope"),
        QStringLiteral("From (UTC)"),   QStringLiteral("To (UTC)"),       QStringLiteral("Presets"),
        QStringLiteral("Facets"),       QStringLiteral("Time histogram"), QStringLiteral("Events"),
        QStringLiteral("Event fields"), QStringLiteral("Problems")};
    int previous = -1;
    for (const QString &name : order) {
        const int i = at(name);
        QVERIFY2(i > previous, qPrintable(name + QStringLiteral(" out of place in ") + chain));
        previous = i;
    }
}

void TestManners::histogramByKeyboard()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("duplicates.csv"))));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    TimeHistogram *histogram = m_window->histogram();
    const Histogram h = histogram->histogram();
    QVERIFY(h.bucketCount() > 2);
    histogram->setFocus();
    QTRY_VERIFY(histogram->hasFocus());
    // The last two bars: Left chooses the last, Shift+Left takes one more.
    QTest::keyClick(histogram, Qt::Key_Left);
    QTest::keyClick(histogram, Qt::Key_Left, Qt::ShiftModifier);
    QTest::keyClick(histogram, Qt::Key_Return);
    QVERIFY(waitForResult());
    const Filter f = m_window->session()->filter();
    QVERIFY(f.hasFrom && f.hasTo);
    QCOMPARE(f.from, h.bounds[size_t(h.bucketCount() - 2)]);
    QCOMPARE(f.to, h.bounds.back() - 1);
    histogram->setFocus();
    QTest::keyClick(histogram, Qt::Key_Backspace);
    QVERIFY(waitForResult());
    QVERIFY(!m_window->session()->filter().hasFrom);
}

void TestManners::exportShortcutFromTheLineEdits()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("basic.csv"))));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    for (QLineEdit *edit : {m_window->filterBar()->textBox(), m_window->filterBar()->fromBox(),
                            m_window->filterBar()->toBox()}) {
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_E, Qt::ControlModifier);
        auto *dialog = m_window->findChild<ExportDialog *>();
        QVERIFY2(dialog, qPrintable(edit->accessibleName()));
        QVERIFY(dialog->isVisible());
        delete dialog;
    }
}

void TestManners::dateOnlyFromTo()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("duplicates.csv"))));
    QCOMPARE(rows(), 7);
    FilterBar *bar = m_window->filterBar();
    bar->fromBox()->setText(QStringLiteral("2026-01-06"));
    bar->toBox()->setText(QStringLiteral("2026-01-07"));
    Q_EMIT bar->toBox()->editingFinished();
    QVERIFY(waitForResult());
    // 01-06 01:11 (two copies) and 01-07 02:12: both days, whole.
    QCOMPARE(rows(), 3);
    const Filter f = m_window->session()->filter();
    QVERIFY(f.hasFrom && f.hasTo);
    QCOMPARE(f.to - f.from, 2 * 86400LL * 1000000000LL - 1);
    // The boxes say it the way it was written; the summary in full.
    QCOMPARE(bar->fromBox()->text(), QStringLiteral("2026-01-06"));
    QCOMPARE(bar->toBox()->text(), QStringLiteral("2026-01-07"));
    // A day picked in the calendar is the same.
    Q_EMIT bar->toCalendar()->datePicked(QDate(2026, 1, 6));
    QVERIFY(waitForResult());
    QCOMPARE(rows(), 2);
    // Nonsense is refused with a reason, and the filter stays.
    bar->fromBox()->setText(QStringLiteral("yesterday"));
    Q_EMIT bar->fromBox()->editingFinished();
    QVERIFY(!bar->fromBox()->accessibleDescription().isEmpty());
    QVERIFY(bar->fromBox()->accessibleDescription().contains(QStringLiteral("2026-02-05")));
    QCOMPARE(rows(), 2);
}

void TestManners::selectionSurvivesFilterChangesAndSorts()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("duplicates.csv"))));
    EventTableView *table = m_window->table();
    // oren1's context.env_var.store (row 3): still there under success = true.
    table->goToRow(3);
    const qint64 seq = currentSeq();
    QVERIFY(seq > 0);
    QComboBox *success = m_window->filterBar()->successBox();
    success->setCurrentIndex(success->findData(1));
    QVERIFY(waitForResult());
    QCOMPARE(rows(), 6);
    QCOMPARE(currentSeq(), seq);
    QVERIFY(m_window->detail()->title()->text().contains(QStringLiteral("64716f87")));
    QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
    // A sort keeps it too.
    table->sortByColumn(int(EventColumn::Actor), Qt::DescendingOrder);
    QVERIFY(waitForResult());
    QCOMPARE(currentSeq(), seq);
    // A filter without it: no selection, and the table starts at the top.
    Filter only;
    only[FilterField::Actor].include = {QStringLiteral("priya0")};
    m_window->session()->setFilter(only);
    QVERIFY(waitForResult());
    QCOMPARE(rows(), 1);
    QCOMPARE(currentSeq(), -1);
    QCOMPARE(m_window->detail()->title()->text(), DetailPane().title()->text());
}

void TestManners::pickerStartsAfresh()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("duplicates.csv"))));
    ValuePicker *picker = m_window->filterBar()->picker(IndexField::Actor);
    picker->click();
    QTRY_VERIFY(picker->popup()->isVisible());
    QTest::keyClicks(picker->searchBox(), QStringLiteral("zzz-nobody"));
    QTRY_COMPARE(picker->list()->count(), 0);
    picker->popup()->hide();
    picker->click();
    QTRY_VERIFY(picker->popup()->isVisible());
    QVERIFY(picker->searchBox()->text().isEmpty());
    QTRY_VERIFY(picker->list()->count() >= 3); // nightly, oren1, priya0
    picker->popup()->hide();
}

void TestManners::distinctCounts()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("duplicates.csv"))));
    // Seven events, of which two are exact copies of a third: five distinct.
    const QString text = m_window->countLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("7 of 7 events")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("5 distinct")), qPrintable(text));
    QCOMPARE(m_window->session()->result()->distinctCount(), 5u);
    // The link (and Filter > Collapse Exact Copies) counts them once.
    Q_EMIT m_window->countLabel()->linkActivated(QStringLiteral("#collapse"));
    QVERIFY(waitForResult());
    QCOMPARE(rows(), 5);
    QVERIFY(m_window->actions()->collapseAction()->isChecked());
    QVERIFY(!m_window->countLabel()->text().contains(QStringLiteral("distinct")));
    m_window->actions()->collapseAction()->trigger();
    QVERIFY(waitForResult());
    QCOMPARE(rows(), 7);
    // The export says how many it will write, and offers one copy per group.
    m_window->exportAction()->trigger();
    auto *dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY2(dialog->plannedText().contains(QStringLiteral("7 events, 5 of them distinct")),
             qPrintable(dialog->plannedText()));
    dialog->setOneCopyPerGroup(true);
    QVERIFY(dialog->plannedText().contains(QStringLiteral("5")));
    QCOMPARE(dialog->request().filter.duplicates, DuplicateFilter::CollapseExact);
    delete dialog;
}

void TestManners::findStepsWithoutFiltering()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("duplicates.csv"))));
    FilterBar *bar = m_window->filterBar();
    bar->setFindMode(true);
    QSignalSpy found(m_window->session(), &CaseSession::textFound);
    QTest::keyClicks(bar->textBox(), QStringLiteral("oren1"));
    QVERIFY(found.wait(15000));
    QCOMPARE(rows(), 7); // nothing filtered
    QVERIFY(m_window->session()->filter().text.isEmpty());
    const std::vector<int> matches = m_window->tableModel()->matchedRows();
    QCOMPARE(matches.size(), size_t(3));
    QTRY_COMPARE(m_window->table()->currentIndex().row(), matches[0]);
    QVERIFY(m_window->tableModel()->index(matches[0], 1).data(Qt::BackgroundRole).isValid());
    QVERIFY(!m_window->tableModel()->index(0, 1).data(Qt::BackgroundRole).isValid());
    m_window->navigator()->findNext(false);
    QCOMPARE(m_window->table()->currentIndex().row(), matches[1]);
    m_window->navigator()->findNext(true);
    QCOMPARE(m_window->table()->currentIndex().row(), matches[0]);
    m_window->navigator()->findNext(true); // wraps
    QCOMPARE(m_window->table()->currentIndex().row(), matches[2]);
    // Back to filtering: the text filters.
    bar->setFindMode(false);
    QVERIFY(waitForResult());
    QCOMPARE(rows(), 3);
}

void TestManners::caseActionsNeedACase()
{
    for (const char *name : {"&Close Case", "Copy Cell", "&Copy Rows as CSV", "&Export…"}) {
        bool seen = false;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->text() == QString::fromUtf8(name)) {
                seen = true;
                QVERIFY2(!a->isEnabled(), name);
            }
        }
        QVERIFY2(seen, name);
    }
    QVERIFY(openAndWait(copyFixture(QStringLiteral("basic.csv"))));
    QVERIFY(m_window->actions()->closeAction()->isEnabled());
    m_window->actions()->closeAction()->trigger();
    QVERIFY(!m_window->session()->isOpen());
    QVERIFY(!m_window->actions()->closeAction()->isEnabled());
}

namespace {
QStringList g_messages;
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages << message;
}
} // namespace

void TestManners::closingACaseLeavesNoConnectionBehind()
{
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    const bool opened = openAndWait(copyFixture(QStringLiteral("broken.csv")));
    // Another case replacing it, then a close.
    const bool replaced = opened && openAndWait(copyFixture(QStringLiteral("basic.csv")));
    m_window->closeCase();
    qInstallMessageHandler(previous);
    QVERIFY(opened && replaced);
    for (const QString &message : std::as_const(g_messages))
        QVERIFY2(!message.contains(QStringLiteral("still in use")), qPrintable(message));
}

void TestManners::windowFitsTheScreen()
{
    // A window saved on a larger screen (or at a smaller scale) than this one.
    m_window.reset();
    {
        QWidget big;
        big.setGeometry(0, 0, 5000, 4000);
        QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
    }
    makeWindow();
    const QRect area = m_window->screen()->availableGeometry();
    QVERIFY2(area.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(m_window->frameGeometry().width())
                            .arg(m_window->frameGeometry().height())
                            .arg(area.width())
                            .arg(area.height())));
    QSettings().remove(QStringLiteral("window/geometry"));
}

void TestManners::everyActionHasTextAndStatusTip()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("basic.csv"))));
    int walked = 0;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        // Qt's own (a line edit's clear button, the calendar's month menu), separators and
        // submenus' titles.
        if (a->objectName().startsWith(QLatin1String("_q_")) || a->isSeparator() || a->menu())
            continue;
        bool insideQt = false;
        for (QObject *o = a->parent(); o; o = o->parent())
            insideQt = insideQt || qobject_cast<QCalendarWidget *>(o);
        if (insideQt)
            continue;
        ++walked;
        const QString where = a->text() + QStringLiteral(" / ") + a->objectName() +
                              QStringLiteral(" in ") +
                              QString::fromLatin1(a->parent()->metaObject()->className()) +
                              QLatin1Char(' ') + a->parent()->objectName();
        QVERIFY2(!a->text().isEmpty(), qPrintable(where));
        QVERIFY2(!a->statusTip().isEmpty(), qPrintable(where));
    }
    QVERIFY(walked > 25);
}

void TestManners::checkAccessible(QWidget *root)
{
    int walked = 0;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isEnabledTo(root))
            continue;
        // Parts of a composite that Qt names through the whole (a combo box's line edit, a
        // scroll area's viewport, a tab bar's scroll buttons).
        if (w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        ++walked;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        const QString name = iface->text(QAccessible::Name);
        QVERIFY2(!name.trimmed().isEmpty(),
                 qPrintable(
                     QStringLiteral("%1 %2 under %3")
                         .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                              w->parentWidget() ? QString::fromLatin1(
                                                      w->parentWidget()->metaObject()->className())
                                                : QString())));
    }
    QVERIFY(walked > 5);
}

void TestManners::everyFocusableWidgetHasAName()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("duplicates.csv"))));
    m_window->problemsDock()->show();
    m_window->table()->goToRow(3); // with copies: every tab of the detail is enabled
    checkAccessible(m_window.get());
    m_window->exportAction()->trigger();
    auto *dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    checkAccessible(dialog);
    delete dialog;
}

void TestManners::shortcutsListComesFromTheActions()
{
    const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(m_window.get());
    auto has = [&](const QString &what, const QKeySequence &keys) {
        for (const ShortcutsDialog::Entry &e : entries) {
            if (e.what == what && e.keys.contains(keys.toString(QKeySequence::NativeText)))
                return true;
        }
        return false;
    };
    QVERIFY(has(QStringLiteral("Export"), QKeySequence(Qt::CTRL | Qt::Key_E)));
    QVERIFY(has(QStringLiteral("Find Next"), QKeySequence(Qt::Key_F3)));
    QVERIFY(has(QStringLiteral("Undo Filter Change"), QKeySequence::Undo));
    QVERIFY(has(QStringLiteral("Open the Event's Detail"), QKeySequence(Qt::Key_Return)));
    // Every action with a key is listed.
    int keyed = 0;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (!a->shortcut().isEmpty())
            ++keyed;
    }
    QVERIFY(entries.size() >= keyed);
    ShortcutsDialog dialog(m_window.get());
    QVERIFY(dialog.list()->topLevelItemCount() >= 4);
}

void TestManners::userGuideIsBundled()
{
    const QString guide = GuideWindow::guideText();
    QVERIFY(guide.size() > 2000);
    QVERIFY(guide.contains(QStringLiteral("Keyboard")));
    GuideWindow window;
    QVERIFY(window.browser()->toPlainText().contains(QStringLiteral("AuditLens")));
}

QTEST_MAIN(TestManners)
#include "tst_manners.moc"
