// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The actor timeline in the window: its lanes are the busiest actors with their counts, an actor
// filter gives exactly the actors it names, a click on a tick selects that event in the table, a
// drag across the lanes narrows the time range (and the histogram follows), the keyboard moves
// between lanes and ticks and Enter selects, and a finding is marked.

#include "actortimeline.h"
#include "eventnavigator.h"
#include "eventtableview.h"
#include "itemmodels/eventtablemodel.h"
#include "session/casesession.h"
#include "theme.h"
#include "timehistogram.h"
#include "windowtest.h"

#include <QAction>
#include <QMouseEvent>

using namespace auditlens;

namespace {
// Actor userN (N = 1..14) has N events, an hour apart from its own start on 2026-03-02; the
// busiest also pulled the audit log (a finding) and read a context's secrets (high).
constexpr int kActors = 14;

QByteArray fixture()
{
    QByteArray bytes =
        "action,actor,target,payload,occurred_at,metadata,id,version,scope,success,request\n";
    int id = 0;
    for (int a = 1; a <= kActors; ++a) {
        for (int e = 0; e < a; ++e) {
            QByteArray action = "workflow.job.start";
            if (a == kActors && e == 0)
                action = "audit_log.requested";
            else if (a == kActors && e == 1)
                action = "context.secrets.accessed";
            else if (e == 2)
                action = "ams.invitation.created";
            const QByteArray actor = QByteArray::number(a);
            const QByteArray time = QStringLiteral("2026-03-%1T%2:%3:00Z")
                                        .arg(2 + e / 24, 2, 10, QLatin1Char('0'))
                                        .arg(e % 24, 2, 10, QLatin1Char('0'))
                                        .arg(a, 2, 10, QLatin1Char('0'))
                                        .toLatin1();
            bytes += action + ",\"{\"\"id\"\":\"\"u" + actor + "\"\",\"\"name\"\":\"\"user" +
                     actor + "\"\"}\",\"{\"\"id\"\":\"\"t1\"\"}\",{}," + time + ",{},e" +
                     QByteArray::number(++id) + ",1,{},true,{}\n";
        }
    }
    return bytes;
}
} // namespace

class TestActorTimeline : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lanesAreTheBusiestActors();
    void findingsAreMarked();
    void clickSelectsTheEvent();
    void dragNarrowsTheTimeRange();
    void keyboardSelects();
    void actorFilterGivesItsLanes();
    void pictures();

private:
    ActorTimeline *timeline() const { return m_window->actorTimeline(); }
    qint64 currentSeq() const { return m_window->navigator()->currentSeq(); }
    void showWholeLog()
    {
        m_window->navigator()->replaceFilter(Filter(), QStringLiteral("a test"));
        QVERIFY(waitForResult());
    }
};

void TestActorTimeline::initTestCase()
{
    QVERIFY(setUpFolders(QStringLiteral("tst_actortimeline")));
    const QString path = m_dir.filePath(QStringLiteral("actors.csv"));
    QFile f(path);
    const QByteArray bytes = fixture();
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    f.close();
    makeWindow();
    m_window->resize(1200, 860);
    QVERIFY(openAndWait(path));
    // Hidden until View shows it; its shortcut is Ctrl+Shift+L.
    QVERIFY(!timeline()->isVisible());
    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("actorTimelineAction"));
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // Lanes are counted only while the timeline is shown: showing it asks for them.
    QVERIFY(m_window->session()->result());
    QVERIFY(m_window->session()->result()->lanes.lanes.empty());
    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    toggle->trigger();
    QVERIFY(timeline()->isVisible());
    QVERIFY(result.count() > 0 || result.wait(10000));
    QVERIFY(!m_window->session()->result()->lanes.lanes.empty());
    QTRY_VERIFY2(timeline()->height() >= timeline()->minimumSizeHint().height(),
                 qPrintable(QString::number(timeline()->height())));
    QVERIFY(!timeline()->accessibleName().isEmpty());
    QVERIFY(!timeline()->accessibleDescription().isEmpty());
    QCOMPARE(timeline()->focusPolicy(), Qt::StrongFocus);
}

void TestActorTimeline::lanesAreTheBusiestActors()
{
    const ActorLanes &l = timeline()->lanes();
    QVERIFY(!l.named);
    QCOMPARE(l.actors, quint32(kActors));
    QCOMPARE(int(l.lanes.size()), ActorLaneCounter::kDefaultLanes);
    for (int i = 0; i < int(l.lanes.size()); ++i) {
        const ActorLane &lane = l.lanes[size_t(i)];
        QCOMPARE(lane.label, QStringLiteral("user%1").arg(kActors - i));
        QCOMPARE(lane.count, quint32(kActors - i));
        quint32 ticked = 0;
        for (const LaneTick &t : lane.ticks)
            ticked += t.count();
        QCOMPARE(ticked, lane.count);
    }
    // The same buckets as the histogram.
    QCOMPARE(timeline()->histogram().bounds, m_window->histogram()->histogram().bounds);
    // The busiest lane's first event read a context's secrets or pulled the log: high.
    const LaneTick &first = l.lanes[0].ticks.front();
    QCOMPARE(first.top(), LaneSensitivity::High);
    // Tall for high, short for low: the height says it too.
    const LaneTick &last = l.lanes[0].ticks.back();
    QCOMPARE(last.top(), LaneSensitivity::Low);
    QVERIFY(timeline()->tickRect(0, 0).height() >
            timeline()->tickRect(0, int(l.lanes[0].ticks.size()) - 1).height());
    const QString tip = timeline()->tickText(0, 0);
    QVERIFY2(tip.contains(QLatin1String("user14")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("audit_log.requested")), qPrintable(tip));
}

void TestActorTimeline::findingsAreMarked()
{
    // audit_log.requested is a hit of audit-log-pulled; the session's findings may come in after
    // the first result.
    QVERIFY(QTest::qWaitFor(
        [this] {
            const ActorLanes &l = timeline()->lanes();
            return !l.lanes.empty() && !l.lanes[0].ticks.empty() &&
                   l.lanes[0].ticks.front().findings > 0;
        },
        10000));
    const LaneTick &t = timeline()->lanes().lanes[0].ticks.front();
    // The tick selects the event with the finding.
    EventRow row;
    QVERIFY(m_window->session()->fetchEvent(t.seq, &row));
    QCOMPARE(row.action, QStringLiteral("audit_log.requested"));
    // No other lane has a finding.
    for (size_t i = 1; i < timeline()->lanes().lanes.size(); ++i) {
        for (const LaneTick &other : timeline()->lanes().lanes[i].ticks)
            QCOMPARE(other.findings, 0u);
    }
}

void TestActorTimeline::clickSelectsTheEvent()
{
    const int lane = 3;
    const int tick = 2;
    const LaneTick t = timeline()->lanes().lanes[size_t(lane)].ticks[size_t(tick)];
    QSignalSpy selected(timeline(), &ActorTimeline::eventSelected);
    QTest::mouseClick(timeline(), Qt::LeftButton, {},
                      timeline()->tickRect(lane, tick).center().toPoint());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toLongLong(), t.seq);
    QVERIFY(QTest::qWaitFor([&] { return currentSeq() == t.seq; }, 5000));
    const int row = m_window->table()->currentIndex().row();
    QCOMPARE(m_window->tableModel()->seqAt(row), t.seq);
    QCOMPARE(timeline()->currentLane(), lane);
    QCOMPARE(timeline()->currentTick(), tick);
}

void TestActorTimeline::dragNarrowsTheTimeRange()
{
    const Histogram h = timeline()->histogram();
    QVERIFY(h.bucketCount() > 6);
    QSignalSpy range(timeline(), &ActorTimeline::rangeSelected);
    const QRectF lane = timeline()->laneRect(1);
    const QRectF firstTick = timeline()->tickRect(1, 0);
    const QRectF thirdTick = timeline()->tickRect(1, 2);
    const QPointF from(firstTick.center().x(), lane.center().y());
    const QPointF to(thirdTick.center().x(), lane.center().y());
    auto send = [&](QEvent::Type type, const QPointF &at, Qt::MouseButtons buttons) {
        QMouseEvent e(type, at, timeline()->mapToGlobal(at), Qt::LeftButton, buttons, {});
        QApplication::sendEvent(timeline(), &e);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton);
    send(QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
    send(QEvent::MouseMove, to, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, to, Qt::NoButton);
    QCOMPARE(range.count(), 1);
    const LaneTick &a = timeline()->lanes().lanes[1].ticks[0];
    const LaneTick &b = timeline()->lanes().lanes[1].ticks[2];
    const qint64 wantFrom = h.bounds[size_t(a.bucket)];
    const qint64 wantTo = h.bounds[size_t(b.bucket) + 1] - 1;
    QCOMPARE(range.at(0).at(0).toLongLong(), wantFrom);
    QCOMPARE(range.at(0).at(1).toLongLong(), wantTo);
    // The window narrows to it; the histogram and the timeline both show the new range.
    QVERIFY(waitForResult());
    const Filter &f = m_window->session()->filter();
    QVERIFY(f.hasFrom && f.hasTo);
    QCOMPARE(f.from, wantFrom);
    QCOMPARE(f.to, wantTo);
    QCOMPARE(timeline()->histogram().bounds, m_window->histogram()->histogram().bounds);
    QVERIFY(timeline()->histogram().bounds.front() <= wantFrom);
    QVERIFY(timeline()->histogram().bounds.back() > wantTo);
    QVERIFY(timeline()->histogram().bounds != h.bounds);
    // A drag on the histogram moves the timeline alike: the same buckets again.
    Q_EMIT m_window->histogram()->rangeSelected(h.bounds.front(), h.bounds.back() - 1);
    QVERIFY(waitForResult());
    QCOMPARE(timeline()->histogram().bounds, m_window->histogram()->histogram().bounds);
    showWholeLog();
}

void TestActorTimeline::keyboardSelects()
{
    timeline()->setFocus(Qt::TabFocusReason);
    QVERIFY(timeline()->hasFocus());
    timeline()->setCurrent(-1, -1);
    QTest::keyClick(timeline(), Qt::Key_Down);
    QCOMPARE(timeline()->currentLane(), 0);
    QCOMPARE(timeline()->currentTick(), 0);
    QTest::keyClick(timeline(), Qt::Key_Right);
    QCOMPARE(timeline()->currentTick(), 1);
    QTest::keyClick(timeline(), Qt::Key_Down);
    QCOMPARE(timeline()->currentLane(), 1);
    QTest::keyClick(timeline(), Qt::Key_End);
    const ActorLane &lane = timeline()->lanes().lanes[1];
    QCOMPARE(timeline()->currentTick(), int(lane.ticks.size()) - 1);
    QVERIFY(timeline()->accessibleDescription().contains(lane.label));
    const qint64 seq = lane.ticks.back().seq;
    QSignalSpy selected(timeline(), &ActorTimeline::eventSelected);
    QTest::keyClick(timeline(), Qt::Key_Return);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toLongLong(), seq);
    QVERIFY(QTest::qWaitFor([&] { return currentSeq() == seq; }, 5000));
}

void TestActorTimeline::actorFilterGivesItsLanes()
{
    Filter f;
    f[FilterField::Actor].include = {QStringLiteral("user2"), QStringLiteral("u9"),
                                     QStringLiteral("user1")};
    m_window->navigator()->replaceFilter(f, QStringLiteral("a test"));
    QVERIFY(waitForResult());
    const ActorLanes &l = timeline()->lanes();
    QVERIFY(l.named);
    QStringList labels;
    for (const ActorLane &lane : l.lanes)
        labels << lane.label + QLatin1Char('=') + QString::number(lane.count);
    QCOMPARE(labels, (QStringList{QStringLiteral("user9=9"), QStringLiteral("user2=2"),
                                  QStringLiteral("user1=1")}));
    showWholeLog();
}

void TestActorTimeline::pictures()
{
    // AUDITLENS_SHOT_DIR: the window with the timeline, in both themes, to look at.
    const QString shots = qEnvironmentVariable("AUDITLENS_SHOT_DIR");
    if (shots.isEmpty())
        QSKIP("AUDITLENS_SHOT_DIR is not set");
    timeline()->setFocus();
    timeline()->setCurrent(0, 0);
    for (const Theme::Choice theme : {Theme::Choice::Light, Theme::Choice::Dark}) {
        Theme::apply(theme);
        QTest::qWait(50);
        const QString name = QStringLiteral("%1/timeline-%2-%3x")
                                 .arg(shots,
                                      theme == Theme::Choice::Dark ? QStringLiteral("dark")
                                                                   : QStringLiteral("light"),
                                      qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")));
        m_window->grab().save(name + QStringLiteral(".png"));
        timeline()->grab().save(name + QStringLiteral("-lanes.png"));
    }
    Theme::apply(Theme::Choice::Light);
}

QTEST_MAIN(TestActorTimeline)
#include "tst_actortimeline.moc"
