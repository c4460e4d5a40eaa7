// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// From one event to the events that belong with it: the events of the same request are one
// click (or Ctrl+Shift+R) away, the event stays current, and Undo brings the filter back.

#include "detailpane.h"
#include "eventnavigator.h"
#include "eventtableview.h"
#include "itemmodels/eventtablemodel.h"
#include "query/filterfield.h"
#include "session/casesession.h"
#include "theme.h"
#include "windowtest.h"

#include <QApplication>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
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

private:
    int rowWithRequest(const QString &request) const;
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
    // Undo: the filter as it was.
    m_window->navigator()->undo();
    QVERIFY(waitForResult());
    QCOMPARE(m_window->session()->filter(), narrowed);
    QCOMPARE(m_window->tableModel()->rowCount(), before);
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
// Opens the context menu of a row of the detail's fields and chooses an entry.
bool chooseFromFieldMenu(QTreeWidget *fields, QTreeWidgetItem *item, const QString &entry)
{
    bool found = false;
    QTimer::singleShot(0, fields, [&] {
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
    const QRect rect = fields->visualItemRect(item);
    Q_EMIT fields->customContextMenuRequested(rect.center());
    return found;
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

QTEST_MAIN(TestPivots)
#include "tst_pivots.moc"
