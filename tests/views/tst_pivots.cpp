// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// From one event to the events that belong with it: the events of the same request are one
// click (or Ctrl+Shift+R) away, the event stays current, and Back brings the filter back; the
// table's context menu filters to a cell's value or shows the events around one, landing on it;
// Back and Forward walk through the filter states with the event that was current in each.

#include "detailpane.h"
#include "eventnavigator.h"
#include "eventtableview.h"
#include "facetsidebar.h"
#include "filterbar.h"
#include "itemmodels/eventtablemodel.h"
#include "itemmodels/facetmodel.h"
#include "itemmodels/payloadtreemodel.h"
#include "itemmodels/problemmodel.h"
#include "pivotmenu.h"
#include "problemsview.h"
#include "query/filterfield.h"
#include "query/sqleventquery.h"
#include "session/casesession.h"
#include "spandialog.h"
#include "theme.h"
#include "windowactions.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace auditlens;

class TestPivots : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameRequestIsOneClickAway();
    void detailShowsTodaysFields();
    void eventWithoutRequestCannotPivot();
    void fieldRowFiltersToItsValue();
    void tableMenuFiltersToACellsValue();
    void payloadTreeFiltersToAValue();
    void backAndForwardWalkTheFilterStates();
    void problemDoubleClickIsOneBackAway();
    void eventsAroundLandOnTheFocalEvent();
    void customSpanAsksForADuration();
    void pictures();

private:
    int rowWithRequest(const QString &request) const;
    qint64 currentSeq() const { return m_window->navigator()->currentSeq(); }
    void setCurrentRow(int row)
    {
        m_window->table()->goToRow(row);
        QCOMPARE(m_window->navigator()->currentSeq(), m_window->tableModel()->seqAt(row));
    }
    // Shows the filter bar what the session filters by, as a user reads it.
    void compareFilterBar(const Filter &f) const
    {
        QCOMPARE(m_window->session()->filter(), f);
        QCOMPARE(m_window->filterBar()->textBox()->text(), f.text);
        QCOMPARE(m_window->filterBar()->summary()->text(), f.describe());
    }
};

int TestPivots::rowWithRequest(const QString &request) const
{
    const EventTableModel *model = m_window->tableModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        EventRow row;
        if (m_window->session()->fetchEvent(model->seqAt(r), &row) && row.requestId == request)
            return r;
    }
    return -1;
}

void TestPivots::initTestCase()
{
    QVERIFY(setUpFolders(QStringLiteral("tst_pivots")));
    makeWindow();
    QVERIFY(openAndWait(copyFixture(QStringLiteral("current.csv"))));
}

void TestPivots::sameRequestIsOneClickAway()
{
    const QString request = QStringLiteral("45e2b6fc-2bd9-4a04-9478-9a2c80be3f2d");
    // Narrowed to one action first, so the pivot visibly drops it.
    Filter narrowed;
    narrowed[FilterField::Action].include = {QStringLiteral("context.env_var.store")};
    m_window->navigator()->replaceFilter(narrowed, QStringLiteral("a test"));
    QVERIFY(waitForResult());
    const int row = rowWithRequest(request);
    QVERIFY(row >= 0);
    const int before = m_window->tableModel()->rowCount();
    m_window->table()->setCurrentIndex(m_window->tableModel()->index(row, 0));
    const qint64 seq = m_window->tableModel()->seqAt(row);
    QToolButton *button = m_window->detail()->sameRequestButton();
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(waitForResult());
    const Filter f = m_window->session()->filter();
    QCOMPARE(f[FilterField::Request].include, QStringList{request});
    QVERIFY(f[FilterField::Action].isEmpty());
    // The fixture writes this request on two events; the focal one is still current.
    QCOMPARE(m_window->tableModel()->rowCount(), 2);
    QTRY_COMPARE(m_window->navigator()->currentSeq(), seq);
    // Back, as the message says: the filter as it was, with the same event current.
    QVERIFY(m_window->actions()->backAction()->isEnabled());
    m_window->actions()->backAction()->trigger();
    QVERIFY(waitForResult());
    QCOMPARE(m_window->session()->filter(), narrowed);
    QCOMPARE(m_window->tableModel()->rowCount(), before);
    QTRY_COMPARE(m_window->navigator()->currentSeq(), seq);
}

void TestPivots::detailShowsTodaysFields()
{
    m_window->navigator()->replaceFilter(Filter(), QStringLiteral("a test"));
    waitForResult();
    const int row = rowWithRequest(QStringLiteral("45e2b6fc-2bd9-4a04-9478-9a2c80be3f2d"));
    QVERIFY(row >= 0);
    m_window->table()->setCurrentIndex(m_window->tableModel()->index(row, 0));
    EventRow event;
    QVERIFY(m_window->session()->fetchEvent(m_window->tableModel()->seqAt(row), &event));
    QVERIFY(!event.ip.isEmpty());
    QStringList fields;
    QTreeWidget *tree = m_window->detail()->fields();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        fields << tree->topLevelItem(i)->text(0) + QLatin1Char('=') +
                      tree->topLevelItem(i)->text(1);
    QVERIFY2(fields.contains(QStringLiteral("IP address=") + event.ip),
             qPrintable(fields.join(QLatin1Char('\n'))));
    QVERIFY(!tree->findItems(QStringLiteral("organization"), Qt::MatchExactly).isEmpty());
    // AUDITLENS_SHOT_DIR: pictures of the window in both themes, to look at.
    const QString shots = qEnvironmentVariable("AUDITLENS_SHOT_DIR");
    for (const Theme::Choice theme : {Theme::Choice::Light, Theme::Choice::Dark}) {
        if (shots.isEmpty())
            break;
        Theme::apply(theme);
        QTest::qWait(50);
        m_window->grab().save(
            QStringLiteral("%1/pivot-%2-%3x.png")
                .arg(shots,
                     theme == Theme::Choice::Dark ? QStringLiteral("dark")
                                                  : QStringLiteral("light"),
                     qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"))));
    }
}

void TestPivots::eventWithoutRequestCannotPivot()
{
    // An event that names no request (older exports may not) leaves the button off.
    DetailPane pane;
    EventRow event;
    event.eventId = QStringLiteral("e1");
    pane.showEvent(event, {}, false);
    QVERIFY(!pane.sameRequestButton()->isEnabled());
    QSignalSpy asked(&pane, &DetailPane::sameRequestRequested);
    QTest::mouseClick(pane.sameRequestButton(), Qt::LeftButton);
    QCOMPARE(asked.count(), 0);
    event.requestId = QStringLiteral("r1");
    pane.showEvent(event, {}, false);
    QVERIFY(pane.sameRequestButton()->isEnabled());
    QTest::mouseClick(pane.sameRequestButton(), Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().first().toString(), QStringLiteral("r1"));
    pane.clear();
    QVERIFY(!pane.sameRequestButton()->isEnabled());
}

namespace {
// Opens view's context menu at pos (in its viewport) and chooses entry; false when the menu
// has no such entry.
bool chooseFromMenu(QAbstractItemView *view, const QPoint &pos, const QString &entry)
{
    bool found = false;
    QTimer::singleShot(0, view, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions()) {
            if (a->text() == entry) {
                found = true;
                menu->setActiveAction(a);
                QTest::keyClick(menu, Qt::Key_Return);
                return;
            }
        }
        menu->close();
    });
    Q_EMIT view->customContextMenuRequested(pos);
    return found;
}

// The context menu of a row of the detail's fields.
bool chooseFromFieldMenu(QTreeWidget *fields, QTreeWidgetItem *item, const QString &entry)
{
    return chooseFromMenu(fields, fields->visualItemRect(item).center(), entry);
}

// The node of the payload tree at keys below the cell named first ("payload", "project",
// "slug"), or an invalid index.
QModelIndex treeNode(QTreeView *tree, const QStringList &keys)
{
    QAbstractItemModel *model = tree->model();
    QModelIndex at;
    for (const QString &key : keys) {
        QModelIndex found;
        for (int r = 0; r < model->rowCount(at) && !found.isValid(); ++r) {
            if (model->index(r, 0, at).data().toString() == key)
                found = model->index(r, 0, at);
        }
        if (!found.isValid())
            return {};
        tree->expand(found);
        at = found;
    }
    return at;
}

// The context menu of a node of the payload tree.
bool chooseFromTreeMenu(QTreeView *tree, const QModelIndex &index, const QString &entry)
{
    tree->scrollTo(index);
    return chooseFromMenu(tree, tree->visualRect(index).center(), entry);
}
} // namespace

void TestPivots::fieldRowFiltersToItsValue()
{
    if (!m_window->session()->filter().isEmpty()) {
        m_window->navigator()->replaceFilter(Filter(), QStringLiteral("a test"));
        QVERIFY(waitForResult());
    }
    m_window->table()->setCurrentIndex(m_window->tableModel()->index(0, 0));
    const qint64 seq = m_window->tableModel()->seqAt(0);
    EventRow event;
    QVERIFY(m_window->session()->fetchEvent(seq, &event));
    QTreeWidget *fields = m_window->detail()->fields();
    const QList<QTreeWidgetItem *> actor =
        fields->findItems(QStringLiteral("actor"), Qt::MatchExactly);
    QCOMPARE(actor.size(), 1);
    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    QVERIFY(chooseFromFieldMenu(fields, actor.first(), QStringLiteral("Filter to This Value")));
    QVERIFY(result.count() > 0 || result.wait(15000));
    QCOMPARE(m_window->session()->filter()[FilterField::Actor].include, QStringList{event.actorId});
    QTRY_COMPARE(m_window->navigator()->currentSeq(), seq);
    // Every row shown now has that actor.
    for (int r = 0; r < m_window->tableModel()->rowCount(); ++r) {
        EventRow row;
        QVERIFY(m_window->session()->fetchEvent(m_window->tableModel()->seqAt(r), &row));
        QCOMPARE(row.actorId, event.actorId);
    }
    // Excluding the event's action hides the event.
    const QList<QTreeWidgetItem *> action =
        fields->findItems(QStringLiteral("action"), Qt::MatchExactly);
    QCOMPARE(action.size(), 1);
    result.clear();
    QVERIFY(chooseFromFieldMenu(fields, action.first(), QStringLiteral("Exclude This Value")));
    QVERIFY(result.count() > 0 || result.wait(15000));
    QCOMPARE(m_window->session()->filter()[FilterField::Action].exclude, QStringList{event.action});
    QCOMPARE(m_window->tableModel()->rowOfSeq(seq), -1);
    // The time row names nothing a filter can hold: copying only.
    const QList<QTreeWidgetItem *> time =
        fields->findItems(QStringLiteral("time"), Qt::MatchExactly);
    if (!time.isEmpty())
        QVERIFY(!chooseFromFieldMenu(fields, time.first(), QStringLiteral("Filter to This Value")));
}

namespace {
// Opens the table's context menu on the current cell from the keyboard (key: the menu key or
// Shift+F10) and triggers entry, in submenu when one is named. False when the entry is missing
// or off.
bool chooseFromTableMenu(QTableView *table, const QString &entry, const QString &submenu = {},
                         const QKeyCombination &key = QKeyCombination(Qt::Key_Menu))
{
    bool chosen = false;
    QTimer::singleShot(0, table, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QMenu *in = submenu.isEmpty() ? menu : nullptr;
        for (QAction *a : menu->actions()) {
            if (!submenu.isEmpty() && a->menu() && a->text() == submenu && a->isEnabled())
                in = a->menu();
        }
        QAction *pick = nullptr;
        for (QAction *a : in ? in->actions() : QList<QAction *>()) {
            if (a->text() == entry && a->isEnabled())
                pick = a;
        }
        menu->close();
        if (pick) {
            chosen = true;
            pick->trigger();
        }
    });
    QTest::keyClick(table, key.key(), key.keyboardModifiers());
    return chosen;
}

// count events, one a second from 2026-01-03T00:00:00Z, by three actors in turn.
QString writeSecondByEvent(const QString &dir, int count)
{
    QFile in(QStringLiteral(AUDITLENS_TEST_DATA "/basic.csv"));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = in.readAll().split('\n');
    const QString path = dir + QStringLiteral("/seconds.csv");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(lines[0] + '\n');
    for (int i = 0; i < count; ++i) {
        QByteArray row = lines[1];
        row.replace("2026-01-03T10:02:11.123456789Z", QStringLiteral("2026-01-03T%1:%2:%3Z")
                                                          .arg(i / 3600, 2, 10, QLatin1Char('0'))
                                                          .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                                                          .arg(i % 60, 2, 10, QLatin1Char('0'))
                                                          .toUtf8());
        row.replace("77554c95-3d8e-4ddf-b793-74cf64fb6f1e",
                    QByteArray::number(i).rightJustified(36, '0'));
        row.replace("7e1145c8-2084-438d-9d10-1068667b2b52",
                    QByteArray("00000000-0000-4000-8000-")
                        .append(QByteArray::number(i % 3).rightJustified(12, '0')));
        row.replace("oren1", QByteArray("user").append(QByteArray::number(i % 3)));
        out.write(row + '\n');
    }
    return path;
}
} // namespace

void TestPivots::tableMenuFiltersToACellsValue()
{
    m_window->navigator()->replaceFilter(Filter(), QStringLiteral("a test"));
    waitForResult();
    EventTableView *table = m_window->table();
    table->setFocus();
    const int row = rowWithRequest(QStringLiteral("45e2b6fc-2bd9-4a04-9478-9a2c80be3f2d"));
    QVERIFY(row >= 0);
    const qint64 seq = m_window->tableModel()->seqAt(row);
    EventRow event;
    QVERIFY(m_window->session()->fetchEvent(seq, &event));
    // The menu key on the actor cell: only that actor's events, the event still current.
    table->setCurrentIndex(m_window->tableModel()->index(row, int(EventColumn::Actor)));
    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    QVERIFY(chooseFromTableMenu(table, QStringLiteral("Filter to This Value")));
    QVERIFY(result.count() > 0 || result.wait(15000));
    QCOMPARE(m_window->session()->filter()[FilterField::Actor].include, QStringList{event.actorId});
    QTRY_COMPARE(currentSeq(), seq);
    // Shift+F10 on the action cell: that action left out, and the event with it.
    table->setCurrentIndex(
        m_window->tableModel()->index(table->currentIndex().row(), int(EventColumn::Action)));
    result.clear();
    QVERIFY(chooseFromTableMenu(table, QStringLiteral("Exclude This Value"), {},
                                QKeyCombination(Qt::ShiftModifier, Qt::Key_F10)));
    QVERIFY(result.count() > 0 || result.wait(15000));
    QCOMPARE(m_window->session()->filter()[FilterField::Action].exclude, QStringList{event.action});
    QCOMPARE(m_window->tableModel()->rowOfSeq(seq), -1);
    // Same Request from the menu drops the rest and keeps the event current.
    m_window->navigator()->back();
    QVERIFY(waitForResult());
    QTRY_COMPARE(currentSeq(), seq);
    result.clear();
    QVERIFY(chooseFromTableMenu(table, QStringLiteral("Same &Request")));
    QVERIFY(result.count() > 0 || result.wait(15000));
    QCOMPARE(m_window->session()->filter()[FilterField::Request].include,
             QStringList{event.requestId});
    QVERIFY(m_window->session()->filter()[FilterField::Actor].isEmpty());
    QTRY_COMPARE(currentSeq(), seq);
    // Same Actor likewise.
    result.clear();
    QVERIFY(chooseFromTableMenu(table, QStringLiteral("Same &Actor")));
    QVERIFY(result.count() > 0 || result.wait(15000));
    Filter sameActor;
    sameActor[FilterField::Actor].include = {event.actorId};
    QCOMPARE(m_window->session()->filter(), sameActor);
    QTRY_COMPARE(currentSeq(), seq);
    // The time cell names nothing a filter holds; the copies stay.
    table->setCurrentIndex(
        m_window->tableModel()->index(table->currentIndex().row(), int(EventColumn::Time)));
    QVERIFY(!chooseFromTableMenu(table, QStringLiteral("Filter to This Value")));
    QVERIFY(chooseFromTableMenu(table, QStringLiteral("Copy cell")));
}

void TestPivots::payloadTreeFiltersToAValue()
{
    if (!m_window->session()->filter().isEmpty()) {
        m_window->navigator()->replaceFilter(Filter(), QStringLiteral("a test"));
        QVERIFY(waitForResult());
    }
    const int all = m_window->tableModel()->rowCount();
    // An event of the api-gateway project (current.csv writes it on several).
    int row = -1;
    for (int r = 0; r < all && row < 0; ++r) {
        EventRow event;
        QVERIFY(m_window->session()->fetchEvent(m_window->tableModel()->seqAt(r), &event));
        if (event.payload.contains("\"slug\":\"gh/acme-corp/api-gateway\""))
            row = r;
    }
    QVERIFY(row >= 0);
    setCurrentRow(row);
    const qint64 seq = currentSeq();
    QTreeView *tree = m_window->detail()->tree();
    QModelIndex slug = treeNode(
        tree, {QStringLiteral("payload"), QStringLiteral("project"), QStringLiteral("slug")});
    QVERIFY(slug.isValid());
    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    QVERIFY(chooseFromTreeMenu(tree, slug, QStringLiteral("Filter to This Value")));
    QVERIFY(result.count() > 0 || result.wait(15000));
    Filter expected;
    JsonCondition c;
    QVERIFY(JsonCondition::parse(QStringLiteral("payload.project.slug=gh/acme-corp/api-gateway"),
                                 false, &c));
    expected.json << c;
    compareFilterBar(expected);
    QTRY_COMPARE(currentSeq(), seq);
    // As many as SQL counts, each naming the project.
    QCOMPARE(qint64(m_window->tableModel()->rowCount()),
             SqlEventQuery(m_window->session()->store()).count(expected));
    QVERIFY(m_window->tableModel()->rowCount() > 1);
    QVERIFY(m_window->tableModel()->rowCount() < all);
    for (int r = 0; r < m_window->tableModel()->rowCount(); ++r) {
        EventRow event;
        QVERIFY(m_window->session()->fetchEvent(m_window->tableModel()->seqAt(r), &event));
        QVERIFY(event.payload.contains("gh/acme-corp/api-gateway"));
    }
    // AUDITLENS_SHOT_DIR: the window filtered by a JSON condition, in both themes.
    const QString shots = qEnvironmentVariable("AUDITLENS_SHOT_DIR");
    for (const Theme::Choice theme : {Theme::Choice::Light, Theme::Choice::Dark}) {
        if (shots.isEmpty())
            break;
        Theme::apply(theme);
        QTest::qWait(50);
        m_window->grab().save(
            QStringLiteral("%1/json-pivot-%2-%3x.png")
                .arg(shots,
                     theme == Theme::Choice::Dark ? QStringLiteral("dark")
                                                  : QStringLiteral("light"),
                     qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"))));
    }
    Theme::apply(Theme::Choice::Light);
    // Excluding the event's job name hides the event; the project stays.
    slug = QModelIndex();
    const QModelIndex job =
        treeNode(tree, {QStringLiteral("payload"), QStringLiteral("job"), QStringLiteral("name")});
    QVERIFY(job.isValid());
    const QString jobName = job.data(PayloadTreeModel::ValueRole).toString();
    result.clear();
    QVERIFY(chooseFromTreeMenu(tree, job, QStringLiteral("Exclude This Value")));
    QVERIFY(result.count() > 0 || result.wait(15000));
    QCOMPARE(m_window->session()->filter().json.size(), 2);
    QCOMPARE(m_window->session()->filter().json.last().value, jobName);
    QVERIFY(m_window->session()->filter().json.last().exclude);
    QCOMPARE(m_window->tableModel()->rowOfSeq(seq), -1);
    // A container offers no value to filter to; Back walks both steps.
    QVERIFY(!chooseFromTreeMenu(tree, treeNode(tree, {QStringLiteral("payload")}),
                                QStringLiteral("Filter to This Value")));
    m_window->actions()->backAction()->trigger();
    QVERIFY(waitForResult());
    QCOMPARE(m_window->session()->filter(), expected);
    m_window->actions()->backAction()->trigger();
    QVERIFY(waitForResult());
    QCOMPARE(m_window->tableModel()->rowCount(), all);
}

void TestPivots::backAndForwardWalkTheFilterStates()
{
    m_window->navigator()->replaceFilter(Filter(), QStringLiteral("a test"));
    waitForResult();
    m_window->navigator()->clearHistory(); // the earlier tests' states
    QAction *back = m_window->actions()->backAction();
    QAction *forward = m_window->actions()->forwardAction();
    QVERIFY(!back->isEnabled());
    EventTableModel *model = m_window->tableModel();
    setCurrentRow(5);
    const Filter f0 = m_window->session()->filter();
    const qint64 seq0 = currentSeq();

    // One: typed in the search, a keystroke at a time; one state for the whole word.
    QLineEdit *text = m_window->filterBar()->textBox();
    text->setFocus();
    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    QTest::keyClicks(text, QStringLiteral("context"), Qt::NoModifier, 300);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->filter().text, QStringLiteral("context"), 5000);
    QVERIFY(result.count() > 0 || result.wait(15000));
    QVERIFY(model->rowCount() >= 2);
    setCurrentRow(1);
    const Filter f1 = m_window->session()->filter();
    const qint64 seq1 = currentSeq();
    QVERIFY(back->isEnabled());
    QCOMPARE(back->toolTip(), QStringLiteral("Back to: no filter (every event) (Alt+Left)"));

    // Two: a facet click.
    FacetSidebar *facets = m_window->facets();
    const QModelIndex actions = facets->model()->index(int(IndexField::Action), 0);
    QVERIFY(facets->model()->rowCount(actions) > 0);
    result.clear();
    facets->activate(facets->model()->index(0, 0, actions), false);
    QVERIFY(result.count() > 0 || result.wait(15000));
    QVERIFY(model->rowCount() >= 1);
    setCurrentRow(0);
    const Filter f2 = m_window->session()->filter();
    const qint64 seq2 = currentSeq();
    QVERIFY(f2 != f1);

    // Three: Clear All.
    QAction *clear = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("&Clear All"))
            clear = a;
    }
    QVERIFY(clear);
    result.clear();
    clear->trigger();
    QVERIFY(result.count() > 0 || result.wait(15000));
    setCurrentRow(3);
    QCOMPARE(m_window->session()->filter(), f0);
    QVERIFY(!forward->isEnabled());
    QCOMPARE(back->toolTip(), QStringLiteral("Back to: %1 (Alt+Left)").arg(f2.describe()));

    // Back twice (Alt+Left from the table), Forward once (the action): each time the filter bar
    // and the current event are as they were.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(waitForResult());
    compareFilterBar(f2);
    QTRY_COMPARE(currentSeq(), seq2);
    QVERIFY(forward->isEnabled());
    QCOMPARE(forward->toolTip(), QStringLiteral("Forward to: no filter (every event) (Alt+Right)"));
    QTest::keyClick(m_window->table(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(waitForResult());
    compareFilterBar(f1);
    QTRY_COMPARE(currentSeq(), seq1);
    forward->trigger();
    QVERIFY(waitForResult());
    compareFilterBar(f2);
    QTRY_COMPARE(currentSeq(), seq2);
    // Back to the start: the event current before the search.
    back->trigger();
    QVERIFY(waitForResult());
    back->trigger();
    QVERIFY(waitForResult());
    compareFilterBar(f0);
    QTRY_COMPARE(currentSeq(), seq0);
    QVERIFY(!back->isEnabled());
    QCOMPARE(back->toolTip(), QStringLiteral("Back: no earlier filter"));
    // A new change after Back drops the states Forward went to.
    QVERIFY(forward->isEnabled());
    Filter other;
    other[FilterField::Action].include = {QStringLiteral("context.env_var.store")};
    m_window->session()->setFilter(other);
    QVERIFY(waitForResult());
    QVERIFY(!forward->isEnabled());
    QVERIFY(back->isEnabled());
}

void TestPivots::problemDoubleClickIsOneBackAway()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("broken.csv"))));
    QVERIFY(!m_window->actions()->backAction()->isEnabled());
    // The event flagged for "success: maybe" (line 7), hidden by success = true.
    ProblemsView *problems = m_window->problems();
    QModelIndex flagged;
    for (int r = 0; r < problems->problemModel()->rowCount(); ++r) {
        const QModelIndex line = problems->problemModel()->index(r, ProblemModel::Line);
        if (line.data().toLongLong() == 7)
            flagged = line;
    }
    QVERIFY(flagged.isValid());
    const qint64 seq = flagged.data(ProblemModel::EventSeqRole).toLongLong();
    Filter before;
    before.success = SuccessFilter::Succeeded;
    m_window->session()->setFilter(before);
    QVERIFY(waitForResult());
    QCOMPARE(m_window->tableModel()->rowOfSeq(seq), -1);
    setCurrentRow(1);
    const qint64 current = currentSeq();

    // A double-click on the problem: the filter lets its event through, and it is current.
    m_window->problemsDock()->show();
    problems->scrollTo(flagged);
    QTRY_VERIFY(problems->isVisible() && !problems->visualRect(flagged).isEmpty());
    const QPoint at = problems->visualRect(flagged).center();
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(problems->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE_WITH_TIMEOUT(currentSeq(), seq, 15000);
    QVERIFY(m_window->session()->filter() != before);
    // One Back: the filter and the event before it.
    QVERIFY(m_window->actions()->backAction()->isEnabled());
    m_window->actions()->backAction()->trigger();
    QVERIFY(waitForResult());
    compareFilterBar(before);
    QTRY_COMPARE(currentSeq(), current);
}

void TestPivots::eventsAroundLandOnTheFocalEvent()
{
    const QString source = writeSecondByEvent(m_dir.path(), 6000);
    QVERIFY(!source.isEmpty());
    QVERIFY(openAndWait(source));
    QCOMPARE(m_window->tableModel()->rowCount(), 6000);
    // Narrowed to one actor first: the pivot drops that.
    Filter before;
    before[FilterField::Actor].include = {QStringLiteral("user0")};
    m_window->session()->setFilter(before);
    QVERIFY(waitForResult());
    QCOMPARE(m_window->tableModel()->rowCount(), 2000);
    EventTableView *table = m_window->table();
    table->setFocus();
    setCurrentRow(1000); // the 3000th second: 00:50:00
    const qint64 seq = currentSeq();
    EventRow event;
    QVERIFY(m_window->session()->fetchEvent(seq, &event));
    QCOMPARE(event.occurredAt, QByteArray("2026-01-03T00:50:00Z"));

    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    QVERIFY(chooseFromTableMenu(table, QStringLiteral("±10 minutes"),
                                QStringLiteral("Events Ar&ound This One")));
    QVERIFY(result.count() > 0 || result.wait(15000));
    // The span alone, both ends in: 00:40:00 .. 01:00:00 is 1,201 seconds.
    Filter around;
    around.hasFrom = around.hasTo = true;
    around.from = event.occurredNs - 600LL * 1000000000LL;
    around.to = event.occurredNs + 600LL * 1000000000LL;
    QCOMPARE(m_window->session()->filter(), around);
    QCOMPARE(m_window->tableModel()->rowCount(), 1201);
    // Landed on the focal event: current, selected and on screen.
    QTRY_COMPARE(currentSeq(), seq);
    const int row = m_window->tableModel()->rowOfSeq(seq);
    QCOMPARE(row, 600);
    QVERIFY(table->selectionModel()->isRowSelected(row, QModelIndex()));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    const QRect cell = table->visualRect(table->currentIndex());
    QVERIFY2(cell.top() >= 0 && cell.bottom() < table->viewport()->height(),
             qPrintable(QStringLiteral("row %1 at y %2 of %3")
                            .arg(row)
                            .arg(cell.y())
                            .arg(table->viewport()->height())));
    // Scrolled away and pivoted again (±1 minute): it comes back into view.
    table->scrollToTop();
    result.clear();
    QVERIFY(chooseFromTableMenu(table, QStringLiteral("±1 minute"),
                                QStringLiteral("Events Ar&ound This One")));
    QVERIFY(result.count() > 0 || result.wait(15000));
    QCOMPARE(m_window->tableModel()->rowCount(), 121);
    QTRY_COMPARE(currentSeq(), seq);
    QVERIFY(table->visualRect(table->currentIndex()).top() >= 0 &&
            table->visualRect(table->currentIndex()).bottom() < table->viewport()->height());
    // Back twice: the actor's events again, with the event current.
    m_window->navigator()->back();
    QVERIFY(waitForResult());
    m_window->navigator()->back();
    QVERIFY(waitForResult());
    compareFilterBar(before);
    QTRY_COMPARE(currentSeq(), seq);
}

void TestPivots::customSpanAsksForADuration()
{
    EventTableView *table = m_window->table();
    const qint64 seq = currentSeq();
    QVERIFY(seq >= 0);
    SpanDialog *dialog = nullptr;
    QVERIFY(chooseFromTableMenu(table, QStringLiteral("Custom Span…"),
                                QStringLiteral("Events Ar&ound This One")));
    QTRY_VERIFY((dialog = m_window->findChild<SpanDialog *>()) && dialog->isVisible());
    dialog->amountBox()->setValue(90);
    dialog->unitBox()->setCurrentIndex(0); // seconds
    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    QTest::keyClick(dialog->amountBox(), Qt::Key_Return);
    QVERIFY(result.count() > 0 || result.wait(15000));
    QCOMPARE(m_window->tableModel()->rowCount(), 181);
    QTRY_COMPARE(currentSeq(), seq);
}

void TestPivots::pictures()
{
    // AUDITLENS_SHOT_DIR: the table's context menu (with Events Around open), the window with
    // Back and Forward, and the custom span dialog, in both themes, to look at.
    const QString shots = qEnvironmentVariable("AUDITLENS_SHOT_DIR");
    if (shots.isEmpty())
        QSKIP("AUDITLENS_SHOT_DIR is not set");
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    EventTableView *table = m_window->table();
    table->setCurrentIndex(
        m_window->tableModel()->index(table->currentIndex().row(), int(EventColumn::Actor)));
    for (const Theme::Choice theme : {Theme::Choice::Light, Theme::Choice::Dark}) {
        Theme::apply(theme);
        QTest::qWait(50);
        const QString name =
            theme == Theme::Choice::Dark ? QStringLiteral("dark") : QStringLiteral("light");
        m_window->grab().save(QStringLiteral("%1/window-%2-%3x.png").arg(shots, name, scale));
        QTimer::singleShot(0, table, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *a : menu->actions()) {
                if (a->menu()) {
                    menu->setActiveAction(a);
                    a->menu()->popup(menu->geometry().topRight() +
                                     QPoint(0, menu->actionGeometry(a).top()));
                    QTest::qWait(50);
                    a->menu()->grab().save(
                        QStringLiteral("%1/around-%2-%3x.png").arg(shots, name, scale));
                }
            }
            menu->grab().save(QStringLiteral("%1/menu-%2-%3x.png").arg(shots, name, scale));
            menu->close();
        });
        QTest::keyClick(table, Qt::Key_Menu);
        SpanDialog dialog(m_window.get());
        dialog.show();
        QTest::qWait(50);
        dialog.grab().save(QStringLiteral("%1/span-%2-%3x.png").arg(shots, name, scale));
    }
    Theme::apply(Theme::Choice::Light);
}

QTEST_MAIN(TestPivots)
#include "tst_pivots.moc"
