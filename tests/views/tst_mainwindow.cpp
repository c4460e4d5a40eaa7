// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "detailpane.h"
#include "eventtableview.h"
#include "exportdialog.h"
#include "facetsidebar.h"
#include "filterbar.h"
#include "importstatus.h"
#include "itemmodels/duplicatecopiesmodel.h"
#include "itemmodels/eventtablemodel.h"
#include "itemmodels/payloadtreemodel.h"
#include "itemmodels/problemmodel.h"
#include "mainwindow.h"
#include "problemsview.h"
#include "session/caselibrary.h"
#include "timehistogram.h"
#include "windowtest.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <sys/stat.h>

using namespace auditlens;

// The real window, driven offscreen: open, filter, read, compare copies, cancel.
class TestMainWindow : public WindowTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openAndFilter();
    void selectingAnEventFillsTheDetailPane();
    void conflictingCopiesAreHighlighted();
    void reopeningAnImportedSourceOpensItsCase();
    void problemsJumpToTheirEvent();
    void escapeClearsTheTextFilter();
    void cancelAnImport();
    void importOutcomeSaysAnnotationsCameBack();
    void aMissingFileIsAClearError();
    void aFolderOrAFifoIsNamedForWhatItIs();
    void exportOpensWithTheCurrentFilter();

private:
    int rows() const { return m_window->tableModel()->rowCount(); }
};

void TestMainWindow::initTestCase()
{
    QVERIFY(setUpFolders(QStringLiteral("tst_mainwindow")));
}

void TestMainWindow::init()
{
    makeWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::openAndFilter()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("duplicates.csv"))));
    QCOMPARE(rows(), 7);
    QVERIFY(m_window->countLabel()->text().contains(QStringLiteral("7")));

    // Success: false.
    QComboBox *success = m_window->filterBar()->successBox();
    success->setCurrentIndex(success->findData(0));
    QVERIFY(waitForResult());
    QCOMPARE(rows(), 1);
    success->setCurrentIndex(success->findData(-1));
    QVERIFY(waitForResult());
    QCOMPARE(rows(), 7);

    // Free text, typed.
    QTest::keyClicks(m_window->filterBar()->textBox(), QStringLiteral("oren1"));
    QVERIFY(waitForResult());
    QCOMPARE(rows(), 3);
    QVERIFY(m_window->filterBar()->summary()->text().contains(QStringLiteral("oren1")));

    // A facet click adds to it; Ctrl+click leaves a value out.
    FacetSidebar *facets = m_window->facets();
    const QModelIndex actions = facets->model()->index(int(IndexField::Action), 0);
    QModelIndex store;
    for (int r = 0; r < facets->model()->rowCount(actions); ++r) {
        const QModelIndex v = facets->model()->index(r, 0, actions);
        if (v.data(FacetModel::KeyRole).toString() == QLatin1String("context.env_var.store"))
            store = v;
    }
    QVERIFY(store.isValid());
    facets->activate(store, false);
    QVERIFY(waitForResult());
    QCOMPARE(rows(), 2);
    facets->activate(store, true);
    QVERIFY(waitForResult());
    QCOMPARE(rows(), 1);

    // A drag across the histogram narrows the time; clear all brings everything back.
    const Histogram &h = m_window->histogram()->histogram();
    QVERIFY(h.bucketCount() > 0);
    Q_EMIT m_window->histogram()->rangeSelected(h.bounds.front(), h.bounds.front());
    QVERIFY(waitForResult());
    QVERIFY(m_window->session()->filter().hasFrom);
    m_window->session()->setFilter(Filter());
    QVERIFY(waitForResult());
    QCOMPARE(rows(), 7);
}

void TestMainWindow::selectingAnEventFillsTheDetailPane()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("basic.csv"))));
    QCOMPARE(rows(), 5);
    EventTableView *table = m_window->table();
    table->setFocus();
    table->setCurrentIndex(m_window->tableModel()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    DetailPane *detail = m_window->detail();
    const EventRow *row = m_window->tableModel()->rowAt(1);
    QVERIFY(row);
    QVERIFY(detail->title()->text().contains(row->eventId));
    const QList<QTreeWidgetItem *> action =
        detail->fields()->findItems(QStringLiteral("action"), Qt::MatchExactly, 0);
    QCOMPARE(action.size(), 1);
    QCOMPARE(action.first()->text(1), row->action);
    QVERIFY(detail->location()->text().contains(QStringLiteral("basic.csv")));
    QVERIFY(detail->location()->text().contains(QString::number(row->line)));
    QCOMPARE(detail->treeModel()->rowCount(), 6); // the six JSON columns
    QVERIFY(!detail->tabs()->isTabEnabled(2));    // no copies
    QSignalSpy openDetail(table, &EventTableView::openDetailRequested);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(openDetail.size(), 1);
    // Copy the selection as CSV: a header and the row, the time to the nanosecond.
    const QString csv = table->selectionText(EventTableView::CopyFormat::Csv);
    QCOMPARE(csv.count(QStringLiteral("\r\n")), 2);
    QVERIFY(csv.contains(row->eventId));
}

void TestMainWindow::conflictingCopiesAreHighlighted()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("duplicates.csv"))));
    QComboBox *dups = m_window->filterBar()->duplicatesBox();
    dups->setCurrentIndex(dups->findData(int(DuplicateFilter::Conflicting)));
    QVERIFY(waitForResult());
    QCOMPARE(rows(), 2);
    QCOMPARE(m_window->tableModel()
                 ->data(m_window->tableModel()->index(0, int(EventColumn::Duplicates)))
                 .toString(),
             QStringLiteral("conflicting ×2"));
    m_window->table()->setCurrentIndex(m_window->tableModel()->index(0, 0));
    DetailPane *detail = m_window->detail();
    QVERIFY(detail->tabs()->isTabEnabled(2));
    DuplicateCopiesModel *copies = detail->copiesModel();
    QCOMPARE(copies->columnCount(), 2);
    QCOMPARE(copies->differingFieldCount(), 1);
    QVERIFY(copies->index(DuplicateCopiesModel::Success, 0)
                .data(DuplicateCopiesModel::DiffersRole)
                .toBool());
    QVERIFY(copies->index(DuplicateCopiesModel::Success, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!copies->index(DuplicateCopiesModel::Payload, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(copies->index(DuplicateCopiesModel::Success, 0).data().toString(),
             QStringLiteral("true"));
    QCOMPARE(copies->index(DuplicateCopiesModel::Success, 1).data().toString(),
             QStringLiteral("false"));
}

void TestMainWindow::reopeningAnImportedSourceOpensItsCase()
{
    const QString source = copyFixture(QStringLiteral("nanos.csv"));
    QVERIFY(openAndWait(source));
    const QString casePath = m_window->session()->casePath();
    QVERIFY(casePath.startsWith(m_dir.filePath(QStringLiteral("cases"))));
    m_window.reset();
    init();
    m_window->openPath(source);
    QVERIFY(!m_window->importJob()); // straight to the case
    QVERIFY(waitForResult());
    QCOMPARE(m_window->session()->casePath(), casePath);
    QCOMPARE(rows(), 4);
    // The case opens directly too.
    m_window.reset();
    init();
    QVERIFY(openAndWait(casePath));
    QCOMPARE(rows(), 4);
}

void TestMainWindow::problemsJumpToTheirEvent()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("broken.csv"))));
    ProblemModel *problems = m_window->problems()->problemModel();
    QCOMPARE(problems->totalCount(), 7);
    qint64 seq = -1;
    for (int r = 0; r < problems->rowCount() && seq < 0; ++r) {
        const QVariant v = problems->index(r, 0).data(ProblemModel::EventSeqRole);
        if (v.isValid())
            seq = v.toLongLong();
    }
    QVERIFY(seq > 0);
    // Hidden by a filter first: the jump clears it.
    m_window->filterBar()->successBox()->setCurrentIndex(
        m_window->filterBar()->successBox()->findData(1));
    QVERIFY(waitForResult());
    m_window->jumpToEvent(seq);
    if (m_window->tableModel()->seqAt(m_window->table()->currentIndex().row()) != seq)
        QVERIFY(waitForResult());
    QTRY_COMPARE(m_window->tableModel()->seqAt(m_window->table()->currentIndex().row()), seq);
}

void TestMainWindow::escapeClearsTheTextFilter()
{
    QVERIFY(openAndWait(copyFixture(QStringLiteral("basic.csv"))));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *text = m_window->filterBar()->textBox();
    QTRY_VERIFY(text->hasFocus());
    QTest::keyClicks(text, QStringLiteral("no-such-words"));
    QVERIFY(waitForResult());
    QCOMPARE(rows(), 0);
    QTest::keyClick(text, Qt::Key_Escape);
    QVERIFY(waitForResult());
    QCOMPARE(rows(), 5);
    QVERIFY(text->text().isEmpty());
}

void TestMainWindow::cancelAnImport()
{
    // A source large enough to be still reading when the cancel comes.
    const QString big = m_dir.filePath(QStringLiteral("big.csv"));
    {
        QFile in(data(QStringLiteral("basic.csv")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = in.readAll().split('\n');
        QFile out(big);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines[0] + '\n');
        const QByteArray row = lines[1];
        const QByteArray id = "7e1145c8-2084-438d-9d10-1068667b2b52";
        for (int i = 0; i < 60000; ++i) {
            QByteArray copy = row;
            copy.replace(id, QByteArray::number(i).rightJustified(36, '0'));
            out.write(copy + '\n');
        }
    }
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->openPath(big);
    QVERIFY(m_window->importJob());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->tableModel()->rowCount() > 0 || !finished.isEmpty(), 20000);
    if (finished.isEmpty()) {
        QVERIFY(m_window->tableModel()->isPreview()); // first events while still reading
        m_window->importJob()->cancel();
    }
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(m_errors.isEmpty()); // a cancel is not an error
    QVERIFY(!m_window->session()->isOpen());
    QCOMPARE(m_window->tableModel()->rowCount(), 0);
    QVERIFY(CaseLibrary::caseForSource(big).isEmpty());
}

void TestMainWindow::importOutcomeSaysAnnotationsCameBack()
{
    // An AuditLens export brought its tags, stars and notes back; a CSV beside it none.
    ImportResult result;
    SourceOutcome exported;
    exported.path = QStringLiteral("/evidence/annotated.jsonl");
    exported.imported = 120;
    exported.restoredAnnotations = 37;
    SourceOutcome plain;
    plain.path = QStringLiteral("/evidence/audit.csv");
    plain.imported = 50;
    plain.rejected = 2;
    result.sources = {exported, plain};
    QCOMPARE(ImportStatus::outcomeText(true, false, QString(), result),
             QStringLiteral("annotated.jsonl: 120 events added (0 rejected), annotations "
                            "restored on 37 events; audit.csv: 50 events added (2 rejected)"));
}

void TestMainWindow::aMissingFileIsAClearError()
{
    m_window->openPath(m_dir.filePath(QStringLiteral("not-there.csv")));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY(m_errors.first().contains(QStringLiteral("does not exist")));
    m_window->openPath(data(QStringLiteral("not_audit.html")));
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(m_errors.size(), 2);
    QVERIFY(m_errors.last().startsWith(QStringLiteral("The import failed")));
}

void TestMainWindow::aFolderOrAFifoIsNamedForWhatItIs()
{
    // Given on the command line or opened from the menu: said for what it is, at once, without
    // an import that would wait on a FIFO's writer.
    const QString folder = m_dir.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(folder));
    const QString fifo = m_dir.filePath(QStringLiteral("stream.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    m_window->openPath(folder);
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.last().contains(QStringLiteral("is a folder")), qPrintable(m_errors.last()));
    m_window->openPath(fifo);
    QCOMPARE(m_errors.size(), 2);
    QVERIFY2(m_errors.last().contains(QStringLiteral("is a FIFO")), qPrintable(m_errors.last()));
    QVERIFY(!m_window->importJob());
}

void TestMainWindow::exportOpensWithTheCurrentFilter()
{
    QVERIFY(!m_window->exportAction()->isEnabled()); // nothing to export yet
    QVERIFY(openAndWait(copyFixture(QStringLiteral("basic.csv"))));
    QVERIFY(m_window->exportAction()->isEnabled());
    m_window->exportAction()->trigger();
    auto *dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
