// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// File > Cases…: the cases of the cases folder and those opened from elsewhere, with their
// sources, events, size and last use; opening one, and deleting one after confirmation, never
// the open case nor the exports.

#include "casesdialog.h"
#include "importing/importer.h"
#include "itemmodels/caselistmodel.h"
#include "session/caselist.h"
#include "store/casestore.h"
#include "theme.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QSortFilterProxyModel>
#include <QTreeView>

using namespace auditlens;

class TestCasesDialog : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsTheCases();
    void deletesAfterConfirmationOnly();
    void opensFromTheWindow();

private:
    QString makeCase(const QString &path, const QStringList &sources, qint64 *imported);
    static int rowOf(const CasesDialog &dialog, const QString &path);

    QString m_folder;
    QString m_a, m_b, m_outside, m_broken;
    qint64 m_aEvents = 0, m_bEvents = 0;
};

QString TestCasesDialog::makeCase(const QString &path, const QStringList &sources, qint64 *imported)
{
    CaseStore store;
    QString error;
    if (!store.open(path, CaseStore::Mode::ReadWrite, &error))
        return error;
    QStringList paths;
    for (const QString &s : sources)
        paths << data(s);
    const ImportResult result = Importer(store).run(paths);
    *imported = result.imported;
    return result.ok ? QString() : result.error;
}

int TestCasesDialog::rowOf(const CasesDialog &dialog, const QString &path)
{
    const QAbstractItemModel *model = dialog.view()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(CaseListModel::PathRole).toString() == path)
            return r;
    }
    return -1;
}

void TestCasesDialog::initTestCase()
{
    QVERIFY(setUpFolders(QStringLiteral("tst_casesdialog")));
    m_folder = CaseLibrary::folder();
    QVERIFY(QDir().mkpath(m_folder));
    m_a = QDir(m_folder).filePath(QStringLiteral("a.auditlens"));
    m_b = QDir(m_folder).filePath(QStringLiteral("b.auditlens"));
    m_outside = m_dir.filePath(QStringLiteral("elsewhere.auditlens"));
    m_broken = QDir(m_folder).filePath(QStringLiteral("broken.auditlens"));
    qint64 outsideEvents = 0;
    QCOMPARE(makeCase(m_a, {QStringLiteral("basic.csv")}, &m_aEvents), QString());
    QCOMPARE(
        makeCase(m_b, {QStringLiteral("current.csv"), QStringLiteral("current.jsonl")}, &m_bEvents),
        QString());
    QCOMPARE(makeCase(m_outside, {QStringLiteral("duplicates.csv")}, &outsideEvents), QString());
    QVERIFY(m_aEvents > 0 && m_bEvents > 0);
    QFile broken(m_broken);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray(8192, 'x'));
    broken.close();
    // b was used last, then a; the others never in this window.
    CaseLibrary::noteUsed(m_a);
    QTest::qWait(20);
    CaseLibrary::noteUsed(m_b);
}

void TestCasesDialog::listsTheCases()
{
    // The recent files hold a case from elsewhere, an export (not a case) and a missing case.
    const QStringList recent{m_outside, data(QStringLiteral("basic.csv")),
                             m_dir.filePath(QStringLiteral("gone.auditlens"))};
    CasesDialog dialog(m_folder, recent, m_a);
    QSignalSpy read(&dialog, &CasesDialog::listRead);
    QVERIFY(read.wait(15000));
    const QAbstractItemModel *model = dialog.view()->model();
    QCOMPARE(model->rowCount(), 4);
    // Last used first.
    QCOMPARE(model->index(0, 0).data(CaseListModel::PathRole).toString(), m_b);
    QCOMPARE(model->index(1, 0).data(CaseListModel::PathRole).toString(), m_a);
    const int b = rowOf(dialog, m_b);
    QCOMPARE(model->index(b, CaseListModel::Events).data(CaseListModel::SortRole).toLongLong(),
             m_bEvents);
    QCOMPARE(model->index(b, CaseListModel::Sources).data().toString(),
             QStringLiteral("2 exports: current.csv, current.jsonl"));
    QVERIFY(model->index(b, CaseListModel::Size).data(CaseListModel::SortRole).toLongLong() >=
            QFileInfo(m_b).size());
    const int outside = rowOf(dialog, m_outside);
    QVERIFY(outside >= 0);
    QCOMPARE(model->index(outside, CaseListModel::Location).data().toString(),
             QDir::toNativeSeparators(m_dir.path()));
    const int broken = rowOf(dialog, m_broken);
    QVERIFY(broken >= 0);
    QCOMPARE(model->index(broken, CaseListModel::Events).data().toString(),
             QStringLiteral("cannot be read"));
    QVERIFY(!model->index(broken, 0).data(Qt::ToolTipRole).toString().isEmpty());
    // Listing opened nothing for writing: the broken file is as it was.
    QCOMPARE(QFileInfo(m_broken).size(), 8192);
    // AUDITLENS_SHOT_DIR: pictures of the dialog in both themes, to look at.
    const QString shots = qEnvironmentVariable("AUDITLENS_SHOT_DIR");
    if (!shots.isEmpty()) {
        dialog.show();
        for (const Theme::Choice theme : {Theme::Choice::Light, Theme::Choice::Dark}) {
            Theme::apply(theme);
            QTest::qWait(50);
            dialog.grab().save(QDir(shots).filePath(
                QStringLiteral("cases-%1-%2x.png")
                    .arg(theme == Theme::Choice::Dark ? QStringLiteral("dark")
                                                      : QStringLiteral("light"))
                    .arg(qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")))));
        }
    }
}

void TestCasesDialog::deletesAfterConfirmationOnly()
{
    CasesDialog dialog(m_folder, {m_outside}, m_a);
    QSignalSpy read(&dialog, &CasesDialog::listRead);
    QVERIFY(read.wait(15000));
    QStringList asked;
    bool answer = false;
    dialog.setConfirmation([&](const QString &question) {
        asked << question;
        return answer;
    });
    QTreeView *view = dialog.view();
    // The open case is not deleted, and not even asked about.
    view->setCurrentIndex(view->model()->index(rowOf(dialog, m_a), 0));
    dialog.deleteCurrent();
    QVERIFY(asked.isEmpty());
    QVERIFY(QFile::exists(m_a));
    // Cancelled: nothing goes.
    view->setCurrentIndex(view->model()->index(rowOf(dialog, m_outside), 0));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("elsewhere.auditlens")),
             qPrintable(asked.first()));
    QVERIFY(asked.first().contains(QStringLiteral("not touched")));
    QVERIFY(QFile::exists(m_outside));
    // Confirmed: the case and SQLite's files beside it go, the export stays.
    QFile wal(m_outside + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.close();
    answer = true;
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(asked.size(), 2);
    QVERIFY(!QFile::exists(m_outside));
    QVERIFY(!QFile::exists(m_outside + QStringLiteral("-wal")));
    QCOMPARE(rowOf(dialog, m_outside), -1);
    QVERIFY(QFile::exists(data(QStringLiteral("duplicates.csv"))));
}

void TestCasesDialog::opensFromTheWindow()
{
    makeWindow();
    QAction *cases = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("Ca&ses…"))
            cases = a;
    }
    QVERIFY(cases);
    cases->trigger();
    auto *dialog = m_window->findChild<CasesDialog *>();
    QVERIFY(dialog);
    if (dialog->isReading()) {
        QSignalSpy read(dialog, &CasesDialog::listRead);
        QVERIFY(read.wait(15000));
    }
    QTreeView *view = dialog->view();
    view->setCurrentIndex(view->model()->index(rowOf(*dialog, m_b), 0));
    view->setFocus();
    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(result.wait(15000));
    QCOMPARE(QFileInfo(m_window->session()->casePath()).absoluteFilePath(),
             QFileInfo(m_b).absoluteFilePath());
    QVERIFY(m_errors.isEmpty());
}

QTEST_MAIN(TestCasesDialog)
#include "tst_casesdialog.moc"
