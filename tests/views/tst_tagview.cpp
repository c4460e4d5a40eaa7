// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Tagging events in the window: Edit > Tag All N Filtered Events… opens a dialog that states
// the count before anything changes, and the tag filter then finds exactly those events; Ctrl+T
// tags the selection (a new tag, checked as it is typed); Untag takes a tag off; the Tags
// column shows each event's tags as chips in their colours; F2 and Shift+F2 go to the next and
// previous annotated event of the filter, wrapping round with a word in the status bar.

#include "annotations/annotationstore.h"
#include "eventtableview.h"
#include "itemmodels/eventtablemodel.h"
#include "session/casesession.h"
#include "tagdialog.h"
#include "theme.h"
#include "windowactions.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

using namespace auditlens;

class TestTagView : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void tagAllFilteredStatesTheCountFirst();
    void ctrlTTagsTheSelectionWithANewTag();
    void untagTakesTheTagOff();
    void f2GoesToTheNextAnnotatedEvent();
    void clickingTheTagsHeaderSortsByTags();
    void readOnlyCaseRefusesWithAReason();
    void aLargeFilterIsTaggedWithoutFreezing();

private:
    void selectRows(int first, int last);
    // The dialog the action opened (it opens window-modal, without blocking).
    TagDialog *openDialog(QAction *action);
    // Presses OK by keyboard and waits for the change and the result that follows it.
    bool acceptAndWait(TagDialog *dialog);
    // The events the filter's tag condition finds, through the session.
    qint64 countTagged(const QString &tag);
    QStringList tagsOf(int row) const
    {
        return m_window->tableModel()
            ->index(row, EventTableModel::kTagsColumn)
            .data(EventTableModel::TagsRole)
            .toStringList();
    }
    void pictures(const QString &name, QWidget *widget);
    // Offscreen, a new window is not made active as a desktop would: the keys would still go
    // to the window's table (Enter opens the detail there).
    static bool activate(QWidget *dialog)
    {
        QApplication::setActiveWindow(dialog);
        return QTest::qWaitForWindowActive(dialog) && QApplication::activeWindow() == dialog;
    }
    bool filterAndWait(const Filter &f)
    {
        if (m_window->session()->filter() == f)
            return true;
        m_window->session()->setFilter(f);
        return waitForResult();
    }

    QVector<qint64> m_annotated; // seqs of every event tagged so far
};

void TestTagView::initTestCase()
{
    QVERIFY(setUpFolders(QStringLiteral("tst_tagview")));
    QSettings().clear();
    makeWindow();
    m_window->resize(1400, 800);
    QVERIFY(openAndWait(copyFixture(QStringLiteral("current.csv"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->annotationsWritable(), 10000);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestTagView::cleanup()
{
    // A dialog a failed check left open.
    for (TagDialog *dialog : m_window->findChildren<TagDialog *>())
        dialog->reject();
    QTest::qWait(0);
    QVERIFY(activate(m_window.get()));
}

void TestTagView::selectRows(int first, int last)
{
    EventTableView *table = m_window->table();
    const EventTableModel *model = m_window->tableModel();
    table->setFocus();
    table->setCurrentIndex(model->index(first, 1));
    table->selectionModel()->select(
        QItemSelection(model->index(first, 0), model->index(last, model->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect);
}

TagDialog *TestTagView::openDialog(QAction *action)
{
    if (!action->isEnabled())
        return nullptr;
    action->trigger();
    TagDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = m_window->findChild<TagDialog *>();
        return dialog && dialog->isVisible();
    });
    if (!shown)
        return nullptr;
    return activate(dialog) ? dialog : nullptr;
}

bool TestTagView::acceptAndWait(TagDialog *dialog)
{
    QSignalSpy changed(m_window->session(), &CaseSession::annotationChanged);
    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    QWidget *name = dialog->nameBox()->isEditable()
                        ? static_cast<QWidget *>(dialog->nameBox()->lineEdit())
                        : dialog->nameBox();
    QTest::keyClick(name, Qt::Key_Return);
    if (dialog->isVisible()) {
        qWarning("the dialog is still open: %s", qPrintable(dialog->problemLabel()->text()));
        return false;
    }
    return changed.wait(10000) && result.wait(10000) && m_errors.isEmpty();
}

qint64 TestTagView::countTagged(const QString &tag)
{
    CaseSession *session = m_window->session();
    const Filter before = session->filter();
    Filter f;
    f[FilterField::Tag].include = {tag};
    session->setFilter(f);
    if (!waitForResult())
        return -1;
    const qint64 count = session->result()->count();
    for (int row = 0; row < m_window->tableModel()->rowCount(); ++row)
        m_annotated << m_window->tableModel()->seqAt(row);
    session->setFilter(before);
    if (!waitForResult())
        return -1;
    return count;
}

void TestTagView::tagAllFilteredStatesTheCountFirst()
{
    CaseSession *session = m_window->session();
    Filter f;
    f[FilterField::Action].include = {QStringLiteral("context.*")};
    session->setFilter(f);
    QVERIFY(waitForResult());
    const qint64 n = session->result()->count();
    QVERIFY(n > 1 && n < session->result()->total);
    WindowActions *actions = m_window->actions();
    // The menu counts them already.
    QCOMPARE(actions->tagFilteredAction()->text(),
             QStringLiteral("Tag &All %1 Filtered Events…").arg(n));
    QCOMPARE(countTagged(QStringLiteral("suspicious")), 0);

    TagDialog *dialog = openDialog(actions->tagFilteredAction());
    QVERIFY(dialog);
    QCOMPARE(dialog->count(), n);
    // The six presets are offered, each with its colour.
    QStringList offered;
    for (int i = 0; i < dialog->nameBox()->count(); ++i)
        offered << dialog->nameBox()->itemText(i);
    for (const char *preset :
         {"suspicious", "malicious", "benign", "needs-review", "false-positive", "reported"})
        QVERIFY2(offered.contains(QLatin1String(preset)), preset);
    QVERIFY(!dialog->nameBox()->itemIcon(0).isNull());
    // By keyboard: the name box has the focus; typing a preset's name chooses it.
    QCOMPARE(QApplication::focusWidget(), dialog->nameBox());
    dialog->nameBox()->lineEdit()->clear();
    QTest::keyClicks(dialog->nameBox()->lineEdit(), QStringLiteral("suspicious"));
    const QString stated = QStringLiteral("Tag %1 events as suspicious").arg(n);
    QCOMPARE(dialog->okButton()->text(), stated);
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(!dialog->isNewTag());
    QVERIFY(!dialog->colorEdit()->isVisible());
    pictures(QStringLiteral("dialog-filtered"), dialog);

    QVERIFY(acceptAndWait(dialog));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Tagged %1 events as suspicious").arg(n));
    // The tag's filter finds exactly the events the dialog stated.
    QCOMPARE(countTagged(QStringLiteral("suspicious")), n);
    // And the table shows the tag on them, once the rows are fetched.
    QTRY_COMPARE(tagsOf(0), QStringList{QStringLiteral("suspicious")});
    QCOMPARE(m_window->tableModel()->index(0, EventTableModel::kTagsColumn).data().toString(),
             QStringLiteral("suspicious"));
    QVERIFY(m_window->tableModel()
                ->index(0, EventTableModel::kTagsColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("suspicious")));
    QCOMPARE(m_window->tableModel()
                 ->index(0, EventTableModel::kTagsColumn)
                 .data(EventTableModel::TagColorsRole)
                 .toStringList(),
             QStringList{QStringLiteral("#E8A317")});
}

void TestTagView::ctrlTTagsTheSelectionWithANewTag()
{
    CaseSession *session = m_window->session();
    QVERIFY(filterAndWait(Filter()));
    const EventTableModel *model = m_window->tableModel();
    // Two events of which the first has no tag yet.
    int first = -1;
    QTRY_VERIFY(model->rowAt(0));
    for (int row = 0; row + 1 < model->rowCount() && first < 0; ++row) {
        if (model->rowAt(row) && tagsOf(row).isEmpty())
            first = row;
    }
    QVERIFY(first >= 0);
    selectRows(first, first + 1);
    const QVector<qint64> seqs = m_window->table()->selectedSeqs();
    QCOMPARE(seqs.size(), 2);

    QTest::keyClick(m_window->table(), Qt::Key_T, Qt::ControlModifier);
    TagDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<TagDialog *>()) && dialog->isVisible());
    QVERIFY(activate(dialog));
    QCOMPARE(dialog->count(), 2);
    QLineEdit *name = dialog->nameBox()->lineEdit();
    // A name that cannot be a tag: the reason is shown, and OK cannot be pressed.
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("*"));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->problemLabel()->isVisible());
    QVERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("any tag")),
             qPrintable(dialog->problemLabel()->text()));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("exfil "));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("spaces")));
    // A new tag: its colour and description are asked for.
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(dialog->isNewTag());
    QVERIFY(dialog->okButton()->isEnabled());
    QCOMPARE(dialog->okButton()->text(), QStringLiteral("Tag 2 events as exfil"));
    QVERIFY(dialog->colorEdit()->isVisible());
    dialog->colorEdit()->selectAll();
    QTest::keyClicks(dialog->colorEdit(), QStringLiteral("#AA33"));
    QVERIFY(!dialog->okButton()->isEnabled()); // not a colour yet
    QTest::keyClicks(dialog->colorEdit(), QStringLiteral("55"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("data leaving"));
    pictures(QStringLiteral("dialog-new-tag"), dialog);
    QVERIFY(acceptAndWait(dialog));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Tagged 2 events as exfil"));
    QTRY_VERIFY(tagsOf(first).contains(QStringLiteral("exfil")));
    QVERIFY(tagsOf(first + 1).contains(QStringLiteral("exfil")));
    const int colour = int(tagsOf(first).indexOf(QStringLiteral("exfil")));
    QCOMPARE(model->index(first, EventTableModel::kTagsColumn)
                 .data(EventTableModel::TagColorsRole)
                 .toStringList()
                 .value(colour),
             QStringLiteral("#AA3355"));
    QCOMPARE(countTagged(QStringLiteral("exfil")), 2);
    // A copy holds the event's visible columns, not the marks or the tags.
    selectRows(first, first);
    const QJsonObject copied =
        QJsonDocument::fromJson(
            m_window->table()->selectionText(EventTableView::CopyFormat::Json).toUtf8())
            .object();
    int visible = 0;
    for (int c = 0; c < kEventColumnCount; ++c)
        visible += m_window->table()->isColumnHidden(c) ? 0 : 1;
    QCOMPARE(copied.size(), visible);
    QVERIFY(copied.contains(QStringLiteral("time")));
    const QString csv = m_window->table()->selectionText(EventTableView::CopyFormat::Csv);
    QVERIFY(!csv.contains(QStringLiteral("exfil")));
    const QVector<TagSummary> tags = session->caseTags();
    const auto made = std::find_if(tags.begin(), tags.end(), [](const TagSummary &t) {
        return t.name == QLatin1String("exfil");
    });
    QVERIFY(made != tags.end());
    QCOMPARE(made->description, QStringLiteral("data leaving"));
    // The table with its chips, in both themes.
    selectRows(first, first);
    m_window->table()->horizontalScrollBar()->setValue(0);
    pictures(QStringLiteral("table-chips"), m_window.get());
}

void TestTagView::untagTakesTheTagOff()
{
    const EventTableModel *model = m_window->tableModel();
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (tagsOf(r).contains(QStringLiteral("exfil")))
            row = r;
    }
    QVERIFY(row >= 0);
    selectRows(row, row);
    TagDialog *dialog = openDialog(m_window->actions()->untagSelectedAction());
    QVERIFY(dialog);
    QVERIFY(!dialog->nameBox()->isEditable()); // only a tag of the case can be taken off
    dialog->nameBox()->setCurrentIndex(dialog->nameBox()->findText(QStringLiteral("exfil")));
    QCOMPARE(dialog->okButton()->text(), QStringLiteral("Take exfil off 1 event"));
    QVERIFY(acceptAndWait(dialog));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Took exfil off 1 event"));
    QTRY_VERIFY(!tagsOf(row).contains(QStringLiteral("exfil")));
    QCOMPARE(countTagged(QStringLiteral("exfil")), 1);
}

void TestTagView::f2GoesToTheNextAnnotatedEvent()
{
    QVERIFY(filterAndWait(Filter()));
    const EventTableModel *model = m_window->tableModel();
    EventTableView *table = m_window->table();
    // The rows whose events are tagged (each still has a tag but for the one untagged).
    std::vector<int> rows;
    QVERIFY(model->rowCount() < 128); // one block of rows, fetched with the result
    for (int row = 0; row < model->rowCount(); ++row) {
        const EventRow *r = model->rowAt(row);
        QVERIFY(r);
        if (!r->tags.isEmpty() || r->starred || r->noteCount > 0)
            rows.push_back(row);
    }
    QVERIFY(rows.size() >= 3);
    QVERIFY(int(rows.size()) < model->rowCount());
    // From a row before the first annotated one.
    const int start = rows.front() > 0 ? rows.front() - 1 : rows.front();
    table->goToRow(start);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F2);
    const int second = rows.front() > 0 ? rows.front() : rows[1];
    QCOMPARE(table->currentIndex().row(), second);
    QCOMPARE(table->selectedSeqs(), QVector<qint64>{model->seqAt(second)});
    QTest::keyClick(table, Qt::Key_F2);
    const auto after = std::upper_bound(rows.begin(), rows.end(), second);
    QVERIFY(after != rows.end());
    QCOMPARE(table->currentIndex().row(), *after);
    QTest::keyClick(table, Qt::Key_F2, Qt::ShiftModifier);
    QCOMPARE(table->currentIndex().row(), second);
    // From the last annotated event F2 wraps round to the first, and says so.
    table->goToRow(rows.back());
    QTest::keyClick(table, Qt::Key_F2);
    QCOMPARE(table->currentIndex().row(), rows.front());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("from the first")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // The event is in view.
    QVERIFY(table->viewport()->rect().intersects(table->visualRect(table->currentIndex())));
    QTest::keyClick(table, Qt::Key_F2, Qt::ShiftModifier);
    QCOMPARE(table->currentIndex().row(), rows.back());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("from the last")));

    // A filter without annotated events: nothing to go to, and the status bar says so.
    Filter none;
    none[FilterField::Tag].exclude = {QStringLiteral("*")};
    QVERIFY(filterAndWait(none));
    if (model->rowCount() > 0) {
        table->goToRow(0);
        QTest::keyClick(table, Qt::Key_F2);
        QCOMPARE(table->currentIndex().row(), 0);
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("No event")));
    }
    QVERIFY(filterAndWait(Filter()));
}

void TestTagView::clickingTheTagsHeaderSortsByTags()
{
    CaseSession *session = m_window->session();
    QVERIFY(filterAndWait(Filter()));
    EventTableModel *model = m_window->tableModel();
    QHeaderView *header = m_window->table()->horizontalHeader();
    m_window->table()->horizontalScrollBar()->setValue(0);
    // Two more tags, on events of their own and on events tagged before (when the test runs
    // alone, the only tags).
    QTRY_VERIFY(model->rowAt(9));
    for (const auto &[tag, rows] : {std::pair{QStringLiteral("benign"), QVector<int>{3, 5, 7}},
                                    std::pair{QStringLiteral("reported"), QVector<int>{5, 9}}}) {
        QVector<qint64> seqs;
        for (const int row : rows)
            seqs << model->seqAt(row);
        QSignalSpy changed(session, &CaseSession::annotationChanged);
        QVERIFY(session->tagEvents(seqs, tag, false) != 0);
        QVERIFY(changed.wait(10000));
        QVERIFY(waitForResult());
    }
    auto clickTags = [&] {
        QSignalSpy result(session, &CaseSession::resultReady);
        const int x = header->sectionViewportPosition(EventTableModel::kTagsColumn) +
                      header->sectionSize(EventTableModel::kTagsColumn) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        return result.wait(10000);
    };
    // The tagged events first, by their tags' names, in either direction; the rest after them.
    for (const bool descending : {false, true}) {
        QVERIFY(clickTags());
        QCOMPARE(session->sort().column, EventColumn::Tags);
        QCOMPARE(session->sort().descending, descending);
        QCOMPARE(header->sortIndicatorSection(), EventTableModel::kTagsColumn);
        int tagged = 0;
        QString previous;
        bool untaggedSeen = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            QTRY_VERIFY(model->rowAt(row));
            QStringList tags = tagsOf(row);
            if (tags.isEmpty()) {
                untaggedSeen = true;
                continue;
            }
            QVERIFY2(!untaggedSeen, qPrintable(QStringLiteral("row %1").arg(row)));
            std::sort(tags.begin(), tags.end());
            const QString names = tags.join(u',');
            if (tagged++ > 0)
                QVERIFY2(descending ? names <= previous : names >= previous,
                         qPrintable(previous + QStringLiteral(" then ") + names));
            previous = names;
        }
        QVERIFY(tagged > 2 && untaggedSeen);
        if (!descending)
            pictures(QStringLiteral("table-sorted-by-tags"), m_window.get());
    }
    session->setSort(SortSpec());
    QVERIFY(waitForResult());
}

void TestTagView::readOnlyCaseRefusesWithAReason()
{
    WindowActions *actions = m_window->actions();
    QVERIFY(actions->tagSelectedAction()->isEnabled());
    // A case the writer cannot write: the actions say why instead.
    const QString path = m_window->session()->casePath();
    QVERIFY(reopenReadOnly(path));
    for (QAction *a : {actions->tagSelectedAction(), actions->tagFilteredAction(),
                       actions->untagSelectedAction(), actions->untagFilteredAction()}) {
        QVERIFY(!a->isEnabled());
        QCOMPARE(a->toolTip(), m_window->session()->annotationsReadOnlyReason());
    }
}

void TestTagView::aLargeFilterIsTaggedWithoutFreezing()
{
    // AUDITLENS_TAGVIEW_BIG: an export of ~100,000 events (scripts/gen_audit.py --rows 100000).
    // Tags all of them from the window and measures the longest the event loop went without
    // turning meanwhile, and F2 over the result.
    const QString big = qEnvironmentVariable("AUDITLENS_TAGVIEW_BIG");
    if (big.isEmpty())
        QSKIP("AUDITLENS_TAGVIEW_BIG is not set");
    QSignalSpy opened(m_window.get(), &MainWindow::caseOpened);
    m_window->openPath(big);
    QVERIFY(opened.wait(600000));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->annotationsWritable(), 10000);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->session()->result() && m_window->session()->result()->total > 1000, 60000);
    QVERIFY(filterAndWait(Filter()));
    const qint64 n = m_window->session()->result()->count();
    QVERIFY(activate(m_window.get()));
    TagDialog *dialog = openDialog(m_window->actions()->tagFilteredAction());
    QVERIFY(dialog);
    QCOMPARE(dialog->count(), n);
    dialog->nameBox()->setEditText(QStringLiteral("bulk"));
    QElapsedTimer wall;
    QElapsedTimer tick;
    qint64 longest = 0;
    QTimer beat;
    beat.setInterval(5);
    connect(&beat, &QTimer::timeout, this, [&] { longest = std::max(longest, tick.restart()); });
    wall.start();
    tick.start();
    beat.start();
    QVERIFY(acceptAndWait(dialog));
    const qint64 landed = wall.elapsed();
    beat.stop();
    QCOMPARE(countTagged(QStringLiteral("bulk")), n);
    EventTableView *table = m_window->table();
    QVERIFY(activate(m_window.get()));
    table->goToRow(0);
    table->setFocus();
    QElapsedTimer f2;
    f2.start();
    QTest::keyClick(table, Qt::Key_F2, Qt::ShiftModifier); // wraps: the last row
    const qint64 f2Ms = f2.elapsed();
    QCOMPARE(table->currentIndex().row(), int(n - 1));
    qInfo("tagged %lld events in %lld ms; the event loop waited at most %lld ms; Shift+F2 "
          "across them %lld ms",
          n, landed, longest, f2Ms);
}

void TestTagView::pictures(const QString &name, QWidget *widget)
{
    // AUDITLENS_SHOT_DIR: the dialog and the table's chips, in both themes, to look at.
    const QString shots = qEnvironmentVariable("AUDITLENS_SHOT_DIR");
    if (shots.isEmpty())
        return;
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    for (const Theme::Choice theme : {Theme::Choice::Light, Theme::Choice::Dark}) {
        Theme::apply(theme);
        QTest::qWait(50);
        const QString themeName =
            theme == Theme::Choice::Dark ? QStringLiteral("dark") : QStringLiteral("light");
        widget->grab().save(QStringLiteral("%1/%2-%3-%4x.png").arg(shots, name, themeName, scale));
    }
    Theme::apply(Theme::Choice::Light);
}

QTEST_MAIN(TestTagView)
#include "tst_tagview.moc"
