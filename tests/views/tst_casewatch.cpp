// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The viewer notices changes another program made to the open case (issue 12): events tagged
// by a second connection (as auditlens-cli tag does) show in the tag filter, the Tags column and
// the status bar within a few polls; the viewer's own tagging is never "another program"; a
// source imported by a second connection brings up a bar whose Reload opens the case again with
// the same filter and the new events.

#include "annotations/annotationstore.h"
#include "importing/importer.h"
#include "itemmodels/eventtablemodel.h"
#include "session/casesession.h"
#include "session/casewatch.h"
#include "store/casestore.h"
#include "store/sqlitestatement.h"
#include "windowtest.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

using namespace auditlens;

class TestCaseWatch : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anotherProgramsTagsShowUp();
    void ourOwnTaggingIsNotAnotherProgram();
    void anotherProgramsImportOffersReload();

private:
    qint64 lastLogId(const CaseStore &store)
    {
        SqliteStatement s(store.handle(), "SELECT max(id) FROM annotation_log");
        return s.row() ? s.columnInt64(0) : -1;
    }
    QString message() const { return m_window->statusBar()->currentMessage(); }
};

void TestCaseWatch::initTestCase()
{
    QVERIFY(setUpFolders(QStringLiteral("tst_casewatch")));
    makeWindow();
    m_window->session()->setWatchInterval(100);
    QVERIFY(openAndWait(copyFixture(QStringLiteral("current.csv"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->annotationsWritable(), 10000);
    QVERIFY(m_window->session()->watch());
    QCOMPARE(m_window->session()->watch()->interval(), 100);
    QVERIFY(m_window->tableModel()->rowCount() > 3);
}

void TestCaseWatch::anotherProgramsTagsShowUp()
{
    CaseSession *session = m_window->session();
    QVector<qint64> seqs;
    for (int row = 0; row < 3; ++row)
        seqs << m_window->tableModel()->seqAt(row);
    // The tag filter is on before the change: its count is what must move.
    Filter f;
    f[FilterField::Tag].include = {QStringLiteral("malicious")};
    session->setFilter(f);
    QVERIFY(waitForResult());
    QCOMPARE(session->result()->count(), qint64(0));

    // Another program (as auditlens-cli tag does): its own connections to the case.
    CaseStore store;
    QString error;
    QVERIFY2(store.open(session->casePath(), CaseStore::Mode::ReadWrite, &error),
             qPrintable(error));
    const qint64 before = lastLogId(store);
    QSignalSpy elsewhere(session, &CaseSession::annotationsChangedElsewhere);
    {
        AnnotationStore annotations(store, QStringLiteral("cli-user"));
        const AnnotationChange change = annotations.tag(seqs, QStringLiteral("malicious"));
        QVERIFY2(change.ok, qPrintable(change.error));
        QCOMPARE(change.events, qint64(3));
    }
    const qint64 changes = lastLogId(store) - before;
    QVERIFY(changes >= 1);

    // Within a few polls, without anything done in the window.
    QTRY_COMPARE_WITH_TIMEOUT(session->result()->count(), qint64(3), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tableModel()->rowCount(), 3, 5000);
    for (int row = 0; row < 3; ++row) {
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->tableModel()->index(row, EventTableModel::kTagsColumn).data().toString(),
            QStringLiteral("malicious"), 5000);
        QVERIFY(seqs.contains(m_window->tableModel()->seqAt(row)));
    }
    QCOMPARE(elsewhere.count(), 1);
    QCOMPARE(elsewhere.first().first().toLongLong(), changes);
    QCOMPARE(message(),
             changes == 1
                 ? QStringLiteral("The case's annotations were changed by another program (1 "
                                  "change); shown now.")
                 : QStringLiteral("The case's annotations were changed by another program (%1 "
                                  "changes); shown now.")
                       .arg(changes));
    session->setFilter(Filter());
    QVERIFY(waitForResult());
}

void TestCaseWatch::ourOwnTaggingIsNotAnotherProgram()
{
    CaseSession *session = m_window->session();
    m_window->statusBar()->clearMessage();
    QSignalSpy elsewhere(session, &CaseSession::annotationsChangedElsewhere);
    QSignalSpy changed(session, &CaseSession::annotationChanged);
    for (int i = 0; i < 3; ++i) {
        const QVector<qint64> seqs{m_window->tableModel()->seqAt(4 + i)};
        QVERIFY(session->tagEvents(seqs, QStringLiteral("benign"), false) != 0);
        QVERIFY(session->toggleStar(seqs) != 0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 6, 10000);
    // Many polls later, still nobody else.
    QTest::qWait(1500);
    QCOMPARE(elsewhere.count(), 0);
    QVERIFY2(!message().contains(QLatin1String("another program")), qPrintable(message()));
    QVERIFY(!m_window->sourcesChangedBar()->isVisible());
}

void TestCaseWatch::anotherProgramsImportOffersReload()
{
    CaseSession *session = m_window->session();
    Filter f;
    f[FilterField::Action].include = {QStringLiteral("context.*")};
    session->setFilter(f);
    QVERIFY(waitForResult());
    const qint64 filtered = session->result()->count();
    const qint64 total = session->result()->total;
    QVERIFY(filtered > 0 && filtered < total);
    QVERIFY(!m_window->sourcesChangedBar()->isVisible());

    // Another program imports a second export into the open case (auditlens-cli import).
    ImportResult imported;
    {
        CaseStore store;
        QString error;
        QVERIFY2(store.open(session->casePath(), CaseStore::Mode::ReadWrite, &error),
                 qPrintable(error));
        Importer importer(store);
        imported = importer.run({copyFixture(QStringLiteral("current.jsonl"))});
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QVERIFY(imported.imported > 0);
    }
    // Not reloaded silently: the bar offers it, and the index stays as it was until then.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->sourcesChangedBar()->isVisible(), 5000);
    QTest::qWait(300);
    QCOMPARE(session->result()->total, total);
    QCOMPARE(session->result()->count(), filtered);

    QSignalSpy opened(m_window.get(), &MainWindow::caseOpened);
    QSignalSpy result(session, &CaseSession::resultReady);
    QTest::mouseClick(m_window->reloadButton(), Qt::LeftButton);
    QVERIFY(opened.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(session->result() && session->result()->total > total, 15000);
    QCOMPARE(session->filter(), f);
    QCOMPARE(session->result()->total, total + imported.imported);
    QVERIFY(session->result()->count() > filtered);
    QVERIFY(!m_window->sourcesChangedBar()->isVisible());
    QVERIFY(m_errors.isEmpty());
    // The reopened case is watched again.
    QVERIFY(session->watch());
    QCOMPARE(session->watch()->interval(), 100);
}

QTEST_MAIN(TestCaseWatch)
#include "tst_casewatch.moc"
