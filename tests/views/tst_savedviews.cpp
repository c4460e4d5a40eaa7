// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Saved views in the window: Views > Save Current View… keeps the filter, the sort and the
// visible columns in the case; choosing a view brings them back as one filter change (Back
// returns to the filter before it); a view saved by the CLI is listed once the case is opened
// again; a view whose filter no longer reads changes nothing; a read-only case lists and applies
// views but cannot save them. A case opened again comes back with the filter, sort and selected
// event it was left with (kept in the settings, never in the case).

#include "annotations/annotationstore.h"
#include "eventnavigator.h"
#include "eventtableview.h"
#include "itemmodels/eventtablemodel.h"
#include "savedviewsmenu.h"
#include "session/casesession.h"
#include "session/viewerstate.h"
#include "store/casestore.h"
#include "theme.h"
#include "windowactions.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

using namespace auditlens;

class TestSavedViews : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveThenApplyFromTheMenu();
    void theSaveDialogChecksTheName();
    void aViewSavedElsewhereIsListedAfterReopening();
    void aViewThatNoLongerReadsChangesNothing();
    void readOnlyCaseListsButCannotSave();
    void reopeningRestoresFilterSortAndSelection();
    void aStoredFilterThatNoLongerReadsIsDropped();

private:
    SavedViewsMenu *menu() const { return m_window->savedViewsMenu(); }
    QAction *viewAction(const QString &name) const
    {
        for (QAction *a : menu()->viewActions()) {
            if (a->text() == name)
                return a;
        }
        return nullptr;
    }
    bool filterAndWait(const Filter &f)
    {
        if (m_window->session()->filter() == f)
            return true;
        m_window->session()->setFilter(f);
        return waitForResult();
    }
    bool sortAndWait(EventColumn column, bool descending)
    {
        const SortSpec wanted{column, descending};
        if (m_window->session()->sort() == wanted)
            return true;
        QSignalSpy spy(m_window->session(), &CaseSession::resultReady);
        m_window->table()->horizontalHeader()->setSortIndicator(
            int(column), descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        return spy.wait(15000);
    }
    bool reopen()
    {
        m_window->closeCase();
        return openAndWait(m_case);
    }
    // Writes to the case as the CLI would, while the window has it closed.
    void writeView(const QString &name, const QStringList &filter)
    {
        CaseStore store;
        QString error;
        QVERIFY2(store.open(m_case, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY(AnnotationStore(store, QStringLiteral("cli-user")).saveView(name, filter).ok);
    }
    void pictures(const QString &name, QWidget *widget);

    QString m_case;
    Filter m_secrets;
    Filter m_others;
};

void TestSavedViews::initTestCase()
{
    QVERIFY(setUpFolders(QStringLiteral("tst_savedviews")));
    QSettings().clear();
    makeWindow();
    m_window->resize(1400, 800);
    QVERIFY(openAndWait(copyFixture(QStringLiteral("current.csv"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->annotationsWritable(), 10000);
    m_case = m_window->session()->casePath();
    m_secrets[FilterField::Action].include = {QStringLiteral("context.secrets.accessed")};
    m_others[FilterField::Action].exclude = {QStringLiteral("context.secrets.accessed")};
}

void TestSavedViews::saveThenApplyFromTheMenu()
{
    CaseSession *session = m_window->session();
    EventTableView *table = m_window->table();
    // The menu is in the menu bar, with its key.
    QVERIFY(m_window->menuBar()->actions().contains(menu()->menuAction()));
    QCOMPARE(menu()->saveAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QVERIFY(menu()->saveAction()->isEnabled());

    QVERIFY(filterAndWait(m_secrets));
    QVERIFY(sortAndWait(EventColumn::Actor, true));
    const int scope = int(EventColumn::Scope);
    table->setColumnHidden(scope, true);
    const qint64 count = qint64(session->result()->count());
    QCOMPARE(count, 4);

    QSignalSpy changed(menu(), &SavedViewsMenu::viewChanged);
    QVERIFY(menu()->saveAs(QStringLiteral("x")) != 0);
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.first().first().toBool(), true);
    QVERIFY2(viewAction(QStringLiteral("x")), "the saved view is listed");
    QVERIFY(viewAction(QStringLiteral("x"))->toolTip().contains(QStringLiteral("secrets")));
    QCOMPARE(menu()->deleteMenu()->actions().size(), 1);

    // Somewhere else: another filter, the time order, every column.
    QVERIFY(filterAndWait(m_others));
    QVERIFY(sortAndWait(EventColumn::Time, false));
    table->setColumnHidden(scope, false);
    QVERIFY(session->result()->count() != quint64(count));

    QSignalSpy result(session, &CaseSession::resultReady);
    menu()->refresh();
    viewAction(QStringLiteral("x"))->trigger();
    QVERIFY(result.wait(10000));
    QTRY_COMPARE(session->filter(), m_secrets);
    QCOMPARE(session->sort(), (SortSpec{EventColumn::Actor, true}));
    QTRY_COMPARE(qint64(session->result()->count()), count);
    QVERIFY(table->isColumnHidden(scope));
    QVERIFY(m_errors.isEmpty());

    // One step: Back returns to the filter the view replaced.
    QVERIFY(m_window->actions()->backAction()->isEnabled());
    m_window->actions()->backAction()->trigger();
    QTRY_COMPARE(session->filter(), m_others);
    table->setColumnHidden(scope, false);

    pictures(QStringLiteral("views-menu"), menu());
}

void TestSavedViews::theSaveDialogChecksTheName()
{
    SaveViewDialog dialog({QStringLiteral("x")}, QStringLiteral("action is a"), m_window.get());
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.problemLabel()->text().isEmpty());
    dialog.nameEdit()->setText(QStringLiteral(" padded"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("space")));
    dialog.nameEdit()->setText(QStringLiteral("secrets read"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->text().isEmpty());
    QVERIFY(!dialog.replaces());
    dialog.nameEdit()->setText(QStringLiteral("x"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.replaces());
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("replaces")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    pictures(QStringLiteral("save-view-dialog"), &dialog);
}

void TestSavedViews::aViewSavedElsewhereIsListedAfterReopening()
{
    m_window->closeCase();
    writeView(QStringLiteral("from-cli"),
              {QStringLiteral("--action"), QStringLiteral("context.secrets.accessed")});
    QVERIFY(openAndWait(m_case));
    // The menu reads the case when it opens.
    Q_EMIT menu()->aboutToShow();
    QVERIFY(viewAction(QStringLiteral("from-cli")));
    QVERIFY(viewAction(QStringLiteral("x")));
    QVERIFY(viewAction(QStringLiteral("from-cli"))->toolTip().contains(QStringLiteral("cli-user")));
    // Without sort or columns (the CLI keeps none), only the filter changes.
    QVERIFY(filterAndWait(Filter()));
    QVERIFY(menu()->applyView(QStringLiteral("from-cli")));
    QTRY_COMPARE(m_window->session()->filter(), m_secrets);
}

void TestSavedViews::aViewThatNoLongerReadsChangesNothing()
{
    m_window->closeCase();
    writeView(QStringLiteral("broken"), {QStringLiteral("--no-such-condition")});
    QVERIFY(openAndWait(m_case));
    QVERIFY(filterAndWait(m_others));
    m_errors.clear();
    menu()->refresh();
    QVERIFY(viewAction(QStringLiteral("broken")));
    QVERIFY(viewAction(QStringLiteral("broken"))->toolTip().contains(QStringLiteral("no longer")));
    QVERIFY(!menu()->applyView(QStringLiteral("broken")));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY(m_errors.first().contains(QStringLiteral("no-such-condition")));
    QTest::qWait(100);
    QCOMPARE(m_window->session()->filter(), m_others);
    m_errors.clear();
}

void TestSavedViews::readOnlyCaseListsButCannotSave()
{
    QVERIFY(reopenReadOnly(m_case));
    const QString reason = m_window->session()->annotationsReadOnlyReason();
    QVERIFY(!menu()->saveAction()->isEnabled());
    QCOMPARE(menu()->saveAction()->toolTip(), reason);
    QVERIFY(!menu()->deleteMenu()->isEnabled());
    // Applying is reading: it works.
    QVERIFY(filterAndWait(Filter()));
    QVERIFY(viewAction(QStringLiteral("x")));
    QVERIFY(menu()->applyView(QStringLiteral("x")));
    QTRY_COMPARE(m_window->session()->filter(), m_secrets);
    QVERIFY(reopen());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->annotationsWritable(), 10000);
    QVERIFY(menu()->saveAction()->isEnabled());
}

void TestSavedViews::reopeningRestoresFilterSortAndSelection()
{
    CaseSession *session = m_window->session();
    QVERIFY(filterAndWait(m_others));
    QVERIFY(sortAndWait(EventColumn::Actor, false));
    const int row = session->result()->count() > 3 ? 3 : 0;
    m_window->table()->goToRow(row);
    const qint64 seq = m_window->navigator()->currentSeq();
    QVERIFY(seq >= 0);
    m_window->closeCase();
    // Nothing of it went into the case.
    QVERIFY(ViewerStates::load(m_case).has_value());

    QVERIFY(openAndWait(m_case));
    QTRY_COMPARE(session->filter(), m_others);
    QCOMPARE(session->sort(), (SortSpec{EventColumn::Actor, false}));
    QTRY_COMPARE(m_window->navigator()->currentSeq(), seq);
    const QModelIndex current = m_window->table()->currentIndex();
    QVERIFY(m_window->table()->selectionModel()->isRowSelected(current.row(), {}));
    QVERIFY(
        m_window->table()->viewport()->rect().intersects(m_window->table()->visualRect(current)));
    // The first filter of the reopened case is where Back starts: nothing to go back to.
    QVERIFY(!m_window->actions()->backAction()->isEnabled());
}

void TestSavedViews::aStoredFilterThatNoLongerReadsIsDropped()
{
    m_window->closeCase();
    ViewerStates::save(m_case, {{QStringLiteral("--no-such-condition")}, QString(), -1});
    QVERIFY(openAndWait(m_case));
    QCOMPARE(m_window->session()->filter(), Filter());
    QVERIFY(m_errors.isEmpty());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("no longer reads")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestSavedViews::pictures(const QString &name, QWidget *widget)
{
    // AUDITLENS_SHOT_DIR: the menu and the dialog, in both themes, to look at.
    const QString shots = qEnvironmentVariable("AUDITLENS_SHOT_DIR");
    if (shots.isEmpty())
        return;
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    auto *menuWidget = qobject_cast<QMenu *>(widget);
    for (const Theme::Choice theme : {Theme::Choice::Light, Theme::Choice::Dark}) {
        Theme::apply(theme);
        if (menuWidget) {
            menuWidget->popup(m_window->mapToGlobal(QPoint(200, 30)));
            QTest::qWait(100);
        }
        QTest::qWait(50);
        const QString themeName =
            theme == Theme::Choice::Dark ? QStringLiteral("dark") : QStringLiteral("light");
        widget->grab().save(QStringLiteral("%1/%2-%3-%4x.png").arg(shots, name, themeName, scale));
        if (menuWidget)
            menuWidget->hide();
    }
    Theme::apply(Theme::Choice::Light);
}

QTEST_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
