// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Starring events in the window: select rows, Ctrl+B stars them on the annotation writer's
// thread, the status bar says how many, the table's marks column shows the star with who set it,
// and Ctrl+B again takes the stars away; the table's context menu offers Star too. The detail
// pane shows the event's star, tags and notes, as written (never as markup).

#include "annotations/annotationstore.h"
#include "detailpane.h"
#include "eventtableview.h"
#include "itemmodels/eventtablemodel.h"
#include "session/casesession.h"
#include "store/casestore.h"
#include "theme.h"
#include "windowactions.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace auditlens;

class TestStars : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ctrlBStarsAndUnstarsTheSelection();
    void contextMenuOffersStar();
    void detailShowsTagsAndNotesAsWritten();
    void anOlderLayoutGetsTheMarksFirst();

private:
    void selectRows(int first, int last);
    // The table's marks cell of row, as shown.
    QString marks(int row) const
    {
        const EventTableModel *model = m_window->tableModel();
        return model->index(row, EventTableModel::kMarksColumn).data().toString();
    }
    bool pressCtrlBAndWait();
    // current: the row made current for the pictures.
    void pictures(const QString &name, int current);
};

void TestStars::initTestCase()
{
    QVERIFY(setUpFolders(QStringLiteral("tst_stars")));
    QSettings().clear(); // the layout an earlier run left (see anOlderLayoutGetsTheMarksFirst)
    makeWindow();
    QVERIFY(openAndWait(copyFixture(QStringLiteral("current.csv"))));
    // The writer has opened the case and takes writes.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->annotationsWritable(), 10000);
    QVERIFY(m_window->actions()->starAction()->isEnabled());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestStars::selectRows(int first, int last)
{
    EventTableView *table = m_window->table();
    const EventTableModel *model = m_window->tableModel();
    table->setFocus();
    table->setCurrentIndex(model->index(first, 1));
    table->selectionModel()->select(
        QItemSelection(model->index(first, 0), model->index(last, model->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect);
}

bool TestStars::pressCtrlBAndWait()
{
    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    QSignalSpy changed(m_window->session(), &CaseSession::annotationChanged);
    QTest::keyClick(m_window->table(), Qt::Key_B, Qt::ControlModifier);
    // The change lands, then the result with its marks.
    return changed.wait(10000) && result.wait(10000) && m_errors.isEmpty();
}

void TestStars::ctrlBStarsAndUnstarsTheSelection()
{
    const EventTableModel *model = m_window->tableModel();
    QVERIFY(model->rowCount() > 6);
    QVERIFY(marks(2).isEmpty());
    selectRows(1, 3);
    const QVector<qint64> seqs = m_window->table()->selectedSeqs();
    QCOMPARE(seqs.size(), 3);

    QVERIFY(pressCtrlBAndWait());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Starred 3 events"));
    // The same events, still selected; each shows its star and who set it.
    QCOMPARE(m_window->table()->selectedSeqs(), seqs);
    QTRY_COMPARE(marks(1), QStringLiteral("★"));
    QCOMPARE(marks(2), QStringLiteral("★"));
    QCOMPARE(marks(3), QStringLiteral("★"));
    QVERIFY(marks(0).isEmpty());
    QVERIFY(marks(4).isEmpty());
    QVERIFY(model->index(2, 0).data(EventTableModel::StarredRole).toBool());
    const QString tip =
        model->index(2, EventTableModel::kMarksColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Starred by %1 at ")
                              .arg(AnnotationStore::systemAuthor().toHtmlEscaped())),
             qPrintable(tip));
    // The detail pane of the current (starred) event says so.
    QTRY_VERIFY(m_window->detail()->marksArea()->isVisibleTo(m_window.get()));
    pictures(QStringLiteral("starred"), 7); // the stars in their own colour, not the selection's

    // One more row that has no star: all four are starred.
    selectRows(1, 4);
    QVERIFY(pressCtrlBAndWait());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Starred 1 event"));
    QTRY_COMPARE(marks(4), QStringLiteral("★"));

    // Every selected event has a star: Ctrl+B takes them away.
    QVERIFY(pressCtrlBAndWait());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Unstarred 4 events"));
    for (int row = 0; row < 6; ++row)
        QTRY_VERIFY(marks(row).isEmpty());
}

void TestStars::contextMenuOffersStar()
{
    selectRows(5, 5);
    QAction *star = m_window->actions()->starAction();
    bool offered = false;
    QTimer::singleShot(0, m_window->table(), [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        offered = menu->actions().contains(star);
        menu->close();
    });
    QTest::keyClick(m_window->table(), Qt::Key_Menu);
    QVERIFY(offered);
    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    star->trigger();
    QVERIFY(result.wait(10000));
    QTRY_COMPARE(marks(5), QStringLiteral("★"));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Starred 1 event"));
}

void TestStars::detailShowsTagsAndNotesAsWritten()
{
    const EventTableModel *model = m_window->tableModel();
    const qint64 seq = model->seqAt(6);
    const QString note = QStringLiteral("<b>bold</b> & <script>alert(1)</script>\nsecond line");
    const QString tag = QStringLiteral("<i>exfil</i>");
    {
        // Written by another AuditLens (the CLI) while the window has the case open.
        CaseStore store;
        QString error;
        QVERIFY2(store.open(m_window->session()->casePath(), CaseStore::Mode::ReadWrite, &error),
                 qPrintable(error));
        AnnotationStore annotations(store, QStringLiteral("mallory"));
        QVERIFY(
            annotations.tag({seq}, tag, QStringLiteral("#FFCC00"), QStringLiteral("<u>desc</u>"))
                .ok);
        QVERIFY(annotations.tag({seq}, QStringLiteral("malicious")).ok);
        QVERIFY(annotations.setNote({seq}, note).ok);
    }
    m_window->session()->refresh();
    QVERIFY(waitForResult());
    const int row = model->rowOfSeq(seq);
    QVERIFY(row >= 0);
    selectRows(row, row);
    QTRY_COMPARE(marks(row), QStringLiteral("✎"));
    const QString tip =
        model->index(row, EventTableModel::kMarksColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Note by mallory: &lt;b&gt;bold&lt;/b&gt; &amp; "
                                         "&lt;script&gt;alert(1)&lt;/script&gt;")),
             qPrintable(tip));
    QVERIFY(!tip.contains(QStringLiteral("second line")));
    DetailPane *detail = m_window->detail();
    QTRY_VERIFY(detail->marksArea()->isVisibleTo(m_window.get()));
    QCOMPARE(detail->shownTags(), (QStringList{tag, QStringLiteral("malicious")}));
    QCOMPARE(detail->shownNotes(), QStringList{note});
    // Every label of the marks shows its text as written, never as markup.
    bool noteShown = false;
    for (const QLabel *label : detail->marksArea()->findChildren<QLabel *>()) {
        QCOMPARE(label->textFormat(), Qt::PlainText);
        noteShown = noteShown || label->text() == note;
    }
    QVERIFY(noteShown);
    pictures(QStringLiteral("noted"), row);
    // An event without marks has none shown.
    selectRows(0, 0);
    QTRY_VERIFY(!detail->marksArea()->isVisibleTo(m_window.get()));
}

void TestStars::anOlderLayoutGetsTheMarksFirst()
{
    // A table layout kept by a version without the marks column: 14 columns, Action moved first.
    {
        QStandardItemModel older(0, kEventColumnCount);
        QTableView view;
        view.setModel(&older);
        view.horizontalHeader()->moveSection(int(EventColumn::Action), 0);
        QSettings settings;
        settings.setValue(QStringLiteral("table/header"), view.horizontalHeader()->saveState());
        settings.remove(QStringLiteral("table/marksPlaced"));
    }
    MainWindow window;
    QHeaderView *header = window.table()->horizontalHeader();
    QCOMPARE(header->visualIndex(EventTableModel::kMarksColumn), 0);
    QVERIFY(!window.table()->isColumnHidden(EventTableModel::kMarksColumn));
    // The rest of the layout as it was kept.
    QCOMPARE(header->visualIndex(int(EventColumn::Action)), 1);
    QCOMPARE(header->visualIndex(int(EventColumn::Time)), 2);
}

void TestStars::pictures(const QString &name, int current)
{
    // AUDITLENS_SHOT_DIR: the window with starred rows, in both themes, to look at.
    const QString shots = qEnvironmentVariable("AUDITLENS_SHOT_DIR");
    if (shots.isEmpty())
        return;
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    const QSize size = m_window->size();
    m_window->resize(1400, 800);
    selectRows(current, current);
    m_window->table()->horizontalScrollBar()->setValue(0);
    for (const Theme::Choice theme : {Theme::Choice::Light, Theme::Choice::Dark}) {
        Theme::apply(theme);
        QTest::qWait(50);
        const QString themeName =
            theme == Theme::Choice::Dark ? QStringLiteral("dark") : QStringLiteral("light");
        m_window->grab().save(
            QStringLiteral("%1/window-%2-%3-%4x.png").arg(shots, name, themeName, scale));
    }
    Theme::apply(Theme::Choice::Light);
    m_window->resize(size);
}

QTEST_MAIN(TestStars)
#include "tst_stars.moc"
