// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The Findings pane and the Finding column on current.csv, whose findings follow from the rules'
// fixed definitions: context secrets read off hours three times (06:59:59.999999999 and 19:00 on
// a Monday, noon on a Saturday; 07:00 is inside working hours), the audit log pulled once, and
// one failed sensitive action (context.env_var.delete; a failed schedule.create is not
// sensitive). The pane lists every enabled rule with those counts, follows the filter, filters
// to a rule's hits on a click or Enter and back again, and asks for a rule's settings.

#include "eventnavigator.h"
#include "eventtableview.h"
#include "findings/shippedfindings.h"
#include "findingspane.h"
#include "itemmodels/eventtablemodel.h"
#include "rulesettingsdialog.h"
#include "session/casesession.h"
#include "theme.h"
#include "windowactions.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QTableView>

using namespace auditlens;

namespace {
const QString kOffHours = QStringLiteral("secrets-access-off-hours");
const QString kAuditLog = QStringLiteral("audit-log-pulled");
const QString kFailed = QStringLiteral("failed-sensitive-action");
} // namespace

class TestFindingsPane : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsEveryEnabledRuleWithItsHits();
    void countsFollowTheFilter();
    void clickFiltersToTheHitsAndBack();
    void enterFiltersFromTheKeyboard();
    void ruleSettingsAreAskedFor();
    void findingColumnNamesTheRules();
    void pictures();
    void ruleSettingsTurnARuleOffForTheCase();

private:
    FindingsPane *pane() const { return m_window->findingsPane(); }
    FindingsModel *model() const { return pane()->findingsModel(); }
    int rowOf(const QString &id) const { return model()->rowOf(id); }
    quint32 hits(const QString &id) const
    {
        return model()->index(rowOf(id), 0).data(FindingsModel::HitsRole).toUInt();
    }
    quint32 total(const QString &id) const
    {
        return model()->index(rowOf(id), 0).data(FindingsModel::TotalRole).toUInt();
    }
    bool filterAndWait(const Filter &f)
    {
        if (m_window->session()->filter() == f)
            return true;
        m_window->session()->setFilter(f);
        return waitForResult();
    }
    QRect rowRect(const QString &id) const
    {
        return pane()->view()->visualRect(model()->index(rowOf(id), FindingsModel::Title));
    }
};

void TestFindingsPane::initTestCase()
{
    QVERIFY(setUpFolders(QStringLiteral("tst_findingspane")));
    makeWindow();
    m_window->resize(1400, 900);
    QSignalSpy shown(pane(), &FindingsPane::rulesShown);
    QVERIFY(openAndWait(copyFixture(QStringLiteral("current.csv"))));
    QVERIFY(shown.count() > 0 || shown.wait(10000));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // A case with findings shows the pane by itself.
    QVERIFY(pane()->isVisible());
}

void TestFindingsPane::listsEveryEnabledRuleWithItsHits()
{
    QStringList enabled;
    for (const Rule &rule : ShippedFindings::rules()) {
        if (rule.enabled)
            enabled << rule.id;
    }
    QCOMPARE(model()->rowCount(), enabled.size());
    for (const QString &id : enabled)
        QVERIFY2(rowOf(id) >= 0, qPrintable(id));
    QCOMPARE(total(kOffHours), 3u);
    QCOMPARE(hits(kOffHours), 3u);
    QCOMPARE(total(kAuditLog), 1u);
    QCOMPARE(total(kFailed), 1u);
    QCOMPARE(total(QStringLiteral("secrets-access-burst")), 0u);
    // Rules with hits first, by severity, then the rest; each row says its severity in words.
    bool seenEmpty = false;
    int lastRank = -1;
    for (int r = 0; r < model()->rowCount(); ++r) {
        const QModelIndex index = model()->index(r, FindingsModel::Severity);
        const bool hit = index.data(FindingsModel::HitsRole).toUInt() > 0;
        const int rank =
            FindingsModel::severityRank(index.data(FindingsModel::SeverityRole).toString());
        QVERIFY(!index.data().toString().isEmpty());
        if (!hit) {
            if (!seenEmpty)
                lastRank = -1;
            seenEmpty = true;
        }
        QVERIFY2(hit || seenEmpty, "a rule with hits after one without");
        QVERIFY2(!hit || !seenEmpty, "a rule with hits after one without");
        QVERIFY2(rank >= lastRank, qPrintable(index.data(FindingsModel::RuleIdRole).toString()));
        lastRank = rank;
    }
}

void TestFindingsPane::countsFollowTheFilter()
{
    Filter failed;
    failed.success = SuccessFilter::Failed;
    QVERIFY(filterAndWait(failed));
    QCOMPARE(hits(kFailed), 1u);
    QCOMPARE(hits(kOffHours), 0u);
    QCOMPARE(hits(kAuditLog), 0u);
    QCOMPARE(total(kOffHours), 3u); // the case's total stays
    QCOMPARE(rowOf(kFailed), 0);    // the only rule with hits shown comes first
    QVERIFY(filterAndWait(Filter()));
    QCOMPARE(hits(kOffHours), 3u);
}

void TestFindingsPane::clickFiltersToTheHitsAndBack()
{
    QVERIFY(filterAndWait(Filter()));
    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    QTest::mouseClick(pane()->view()->viewport(), Qt::LeftButton, {}, rowRect(kOffHours).center());
    QVERIFY(result.wait(10000));
    const Filter &f = m_window->session()->filter();
    QCOMPARE(f[FilterField::Finding].include, QStringList{kOffHours});
    const EventTableModel *table = m_window->tableModel();
    QCOMPARE(table->rowCount(), 3);
    for (int r = 0; r < table->rowCount(); ++r)
        QVERIFY(table->index(r, 0)
                    .data(EventTableModel::FindingsRole)
                    .toStringList()
                    .contains(kOffHours));
    QVERIFY(model()->index(rowOf(kOffHours), 0).data(FindingsModel::ActiveRole).toBool());
    // The explanation of the rule clicked shows under the list, selectable.
    QVERIFY(!pane()->explanation()->text().isEmpty());
    QVERIFY(pane()->explanation()->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    // Another rule replaces it (the other conditions stay).
    QTest::mouseClick(pane()->view()->viewport(), Qt::LeftButton, {}, rowRect(kAuditLog).center());
    QVERIFY(result.wait(10000));
    QCOMPARE(m_window->session()->filter()[FilterField::Finding].include, QStringList{kAuditLog});
    QCOMPARE(table->rowCount(), 1);
    // The active one again drops the condition.
    QTest::mouseClick(pane()->view()->viewport(), Qt::LeftButton, {}, rowRect(kAuditLog).center());
    QVERIFY(result.wait(10000));
    QVERIFY(m_window->session()->filter()[FilterField::Finding].include.isEmpty());
    QCOMPARE(quint32(table->rowCount()), m_window->session()->result()->total);
    // Undo brings the rule's filter back: the change went through the navigator.
    m_window->navigator()->undo();
    QVERIFY(waitForResult());
    QCOMPARE(m_window->session()->filter()[FilterField::Finding].include, QStringList{kAuditLog});
    QVERIFY(filterAndWait(Filter()));
}

void TestFindingsPane::enterFiltersFromTheKeyboard()
{
    QVERIFY(filterAndWait(Filter()));
    // The View menu's toggle (Ctrl+Shift+F) hides the pane and shows it with the focus.
    QAction *toggle = pane()->toggleViewAction();
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!pane()->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(pane()->isVisible());
    QTRY_VERIFY(pane()->view()->hasFocus());
    pane()->view()->setCurrentIndex(model()->index(rowOf(kFailed), FindingsModel::Title));
    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    QTest::keyClick(pane()->view(), Qt::Key_Return);
    QVERIFY(result.wait(10000));
    QCOMPARE(m_window->session()->filter()[FilterField::Finding].include, QStringList{kFailed});
    QCOMPARE(m_window->tableModel()->rowCount(), 1);
    QTest::keyClick(pane()->view(), Qt::Key_Enter);
    QVERIFY(result.wait(10000));
    QVERIFY(m_window->session()->filter()[FilterField::Finding].include.isEmpty());
    // The shortcuts dialog lists the toggle (it reads the View menu).
    bool listed = false;
    for (QAction *a : m_window->menuBar()->actions()) {
        if (a->menu() && a->menu()->actions().contains(toggle))
            listed = true;
    }
    QVERIFY(listed);
}

void TestFindingsPane::ruleSettingsAreAskedFor()
{
    QSignalSpy asked(pane(), &FindingsPane::ruleSettingsRequested);
    QMenu menu;
    pane()->fillContextMenu(&menu, model()->index(rowOf(kAuditLog), FindingsModel::Title));
    QAction *settings = nullptr;
    for (QAction *a : menu.actions()) {
        if (a->text() == QStringLiteral("Rule Settings…"))
            settings = a;
    }
    QVERIFY(settings);
    settings->trigger();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().first().toString(), kAuditLog);
}

void TestFindingsPane::findingColumnNamesTheRules()
{
    QVERIFY(filterAndWait(Filter()));
    const EventTableModel *table = m_window->tableModel();
    QCOMPARE(table->columnCount(), EventTableModel::kColumnCount);
    QCOMPARE(table->headerData(EventTableModel::kFindingColumn, Qt::Horizontal).toString(),
             QStringLiteral("Finding"));
    QString offHoursTitle, auditTitle;
    for (const Rule &rule : ShippedFindings::rules()) {
        if (rule.id == kOffHours)
            offHoursTitle = rule.title;
        if (rule.id == kAuditLog)
            auditTitle = rule.title;
    }
    int hit = -1, unhit = -1, audit = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QStringList ids =
            table->index(r, 0).data(EventTableModel::FindingsRole).toStringList();
        if (ids.contains(kOffHours))
            hit = r;
        if (ids.contains(kAuditLog))
            audit = r;
        if (ids.isEmpty())
            unhit = r;
    }
    QVERIFY(hit >= 0 && unhit >= 0 && audit >= 0);
    const QModelIndex cell = table->index(hit, EventTableModel::kFindingColumn);
    QVERIFY2(cell.data().toString().contains(offHoursTitle), qPrintable(cell.data().toString()));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(kOffHours));
    QVERIFY(table->index(audit, EventTableModel::kFindingColumn)
                .data()
                .toString()
                .contains(auditTitle));
    QVERIFY(table->index(unhit, EventTableModel::kFindingColumn).data().toString().isEmpty());
    QVERIFY(!table->index(unhit, EventTableModel::kFindingColumn).data(Qt::ToolTipRole).isValid());
    // Not a sort key: a click on its header leaves the order and the indicator as they were.
    const SortSpec before = m_window->session()->sort();
    m_window->tableModel()->sort(EventTableModel::kFindingColumn);
    QCOMPARE(m_window->session()->sort(), before);
    QHeaderView *header = m_window->table()->horizontalHeader();
    header->setSortIndicator(EventTableModel::kFindingColumn, Qt::AscendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(before.column));
}

void TestFindingsPane::pictures()
{
    // AUDITLENS_SHOT_DIR: the window with the pane, a rule selected, in both themes.
    const QString shots = qEnvironmentVariable("AUDITLENS_SHOT_DIR");
    if (shots.isEmpty())
        QSKIP("AUDITLENS_SHOT_DIR not set");
    pane()->show();
    pane()->raise();
    m_window->table()->setColumnHidden(EventTableModel::kFindingColumn, false);
    pane()->view()->setCurrentIndex(model()->index(rowOf(kOffHours), FindingsModel::Title));
    // The Finding column, last in the table, in view.
    EventTableModel *table = m_window->tableModel();
    m_window->table()->scrollTo(table->index(3, EventTableModel::kFindingColumn));
    for (const Theme::Choice theme : {Theme::Choice::Light, Theme::Choice::Dark}) {
        Theme::apply(theme);
        QTest::qWait(50);
        const QString suffix =
            QStringLiteral("%1-%2x.png")
                .arg(theme == Theme::Choice::Dark ? QStringLiteral("dark")
                                                  : QStringLiteral("light"),
                     qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")));
        m_window->grab().save(shots + QStringLiteral("/findings-window-") + suffix);
        pane()->grab().save(shots + QStringLiteral("/findings-pane-") + suffix);
        m_window->table()->grab().save(shots + QStringLiteral("/findings-column-") + suffix);
    }
    Theme::apply(Theme::Choice::Light);
}

// View > Findings Rules… turns a rule off for this case: the settings are written to the case,
// the case opens again, and the pane no longer lists the rule nor the facet its hits.
void TestFindingsPane::ruleSettingsTurnARuleOffForTheCase()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("ruleSettingsAction"));
    QVERIFY(action);
    QCOMPARE(total(kAuditLog), 1u);
    action->trigger();
    auto *dialog = m_window->findChild<RuleSettingsDialog *>(QStringLiteral("ruleSettingsDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->caseButton()->isEnabled());
    dialog->caseButton()->setChecked(true);
    QListWidget *list = dialog->ruleList();
    QListWidgetItem *rule = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == kAuditLog)
            rule = list->item(i);
    }
    QVERIFY(rule);
    rule->setCheckState(Qt::Unchecked);
    // AUDITLENS_SHOT_DIR: the dialog, the off-hours rule's editors up, in both themes.
    if (const QString shots = qEnvironmentVariable("AUDITLENS_SHOT_DIR"); !shots.isEmpty()) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == kOffHours)
                list->setCurrentRow(i);
        }
        for (const Theme::Choice theme : {Theme::Choice::Light, Theme::Choice::Dark}) {
            Theme::apply(theme);
            QTest::qWait(50);
            dialog->grab().save(
                shots + QStringLiteral("/rule-settings-%1-%2x.png")
                            .arg(theme == Theme::Choice::Dark ? QStringLiteral("dark")
                                                              : QStringLiteral("light"),
                                 qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"))));
        }
        Theme::apply(Theme::Choice::Light);
    }
    QSignalSpy opened(m_window->session(), &CaseSession::opened);
    QSignalSpy shown(pane(), &FindingsPane::rulesShown);
    dialog->accept();
    QVERIFY(opened.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && rowOf(kAuditLog) < 0, 30000);
    QVERIFY(rowOf(kOffHours) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(total(kOffHours), 3u, 30000);
}

QTEST_MAIN(TestFindingsPane)
#include "tst_findingspane.moc"
