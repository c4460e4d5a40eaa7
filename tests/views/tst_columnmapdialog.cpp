// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// An export whose header names the fields otherwise, opened in the window: the column-mapping
// dialog shows its first records, keeps Import disabled until every required field has a column,
// and the file opens through the mapping chosen; the next file with that header finds the mapping
// filled in, and Escape leaves it unopened.

#include "windowtest.h"

#include "columnmapdialog.h"
#include "robustness.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>

using namespace auditlens;

namespace {
// occurred_at, actor and id renamed; version (not required) renamed too.
QByteArray renamedHeader()
{
    return QByteArrayLiteral(
        "action,Who,target,payload,When,metadata,Event ID,Schema Version,scope,success,request\n");
}
} // namespace

class TestColumnMapDialog : public WindowTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mappingOpensTheFile();
    void rememberedMappingIsFilledIn();

private:
    QString writeRenamed(const QString &name, qint64 first, qint64 rows);
    ColumnMapDialog *waitForDialog();
    static QPushButton *importButton(ColumnMapDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static void choose(ColumnMapDialog *dialog, const char *field, const QString &column)
    {
        auto *combo = dialog->findChild<QComboBox *>(QLatin1String(field));
        QVERIFY(combo);
        const int at = combo->findText(column);
        QVERIFY(at > 0);
        combo->setCurrentIndex(at);
    }
};

QString TestColumnMapDialog::writeRenamed(const QString &name, qint64 first, qint64 rows)
{
    QByteArray bytes = renamedHeader();
    for (qint64 n = first; n < first + rows; ++n)
        bytes += robustness::csvRecord(n);
    const QString path = m_dir.filePath(name);
    if (!robustness::writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ColumnMapDialog *TestColumnMapDialog::waitForDialog()
{
    ColumnMapDialog *dialog = nullptr;
    for (int waited = 0; !dialog && waited < 30000; waited += 20) {
        QTest::qWait(20);
        dialog = m_window->findChild<ColumnMapDialog *>();
        if (dialog && !dialog->isVisible())
            dialog = nullptr;
    }
    return dialog;
}

void TestColumnMapDialog::initTestCase()
{
    QVERIFY(setUpFolders(QStringLiteral("tst_columnmapdialog")));
    // Settings outlive a run: no mapping is remembered from an earlier one.
    QSettings().remove(QStringLiteral("columnMaps"));
    makeWindow();
}

void TestColumnMapDialog::mappingOpensTheFile()
{
    const QString path = writeRenamed(QStringLiteral("siem.csv"), 1, 120);
    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    m_window->openPath(path);
    ColumnMapDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isModal());
    // The file's first records under its own header.
    auto *records = dialog->findChild<QTableWidget *>(QStringLiteral("records"));
    QVERIFY(records);
    QCOMPARE(records->columnCount(), 11);
    QVERIFY(records->rowCount() >= 3);
    QCOMPARE(records->horizontalHeaderItem(4)->text(), QStringLiteral("When"));
    QVERIFY(records->item(0, 4)->text().startsWith(QLatin1String("2026-01-01T")));
    // What is missing is said, and Import waits for it.
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("status"));
    QVERIFY(status->text().contains(QLatin1String("actor, occurred_at, id")));
    QVERIFY(!importButton(dialog)->isEnabled());
    choose(dialog, "occurred_at", QStringLiteral("When"));
    choose(dialog, "actor", QStringLiteral("Who"));
    QVERIFY(status->text().contains(QLatin1String("id")));
    QVERIFY(!importButton(dialog)->isEnabled());
    // One column cannot fill two fields.
    choose(dialog, "id", QStringLiteral("Who"));
    QVERIFY(!importButton(dialog)->isEnabled());
    QVERIFY(status->text().contains(QLatin1String("both take the column Who")));
    choose(dialog, "id", QStringLiteral("Event ID"));
    QVERIFY(importButton(dialog)->isEnabled());
    QVERIFY(m_errors.isEmpty());
    // Ctrl+Enter imports.
    QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(result.count() > 0 || result.wait(30000));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    QVERIFY(m_window->session()->isOpen());
    QCOMPARE(m_window->session()->result()->total, quint32(120));
}

void TestColumnMapDialog::rememberedMappingIsFilledIn()
{
    // Another file with the same header: the mapping comes filled in, and is still shown.
    const QString path = writeRenamed(QStringLiteral("siem-2.csv"), 500, 40);
    m_window->openPath(path);
    ColumnMapDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("occurred_at"))->currentText(),
             QStringLiteral("When"));
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("id"))->currentText(),
             QStringLiteral("Event ID"));
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("version"))->currentText(),
             dialog->findChild<QComboBox *>(QStringLiteral("version"))->itemText(0));
    QVERIFY(dialog->missing().isEmpty());
    QVERIFY(importButton(dialog)->isEnabled());
    // Escape leaves it: the import fails as it would have, and the open case stays.
    QTest::keyClick(dialog, Qt::Key_Escape);
    for (int waited = 0; m_errors.isEmpty() && waited < 15000; waited += 20)
        QTest::qWait(20);
    QCOMPARE(m_errors.size(), 1);
    QVERIFY(m_errors.first().contains(QLatin1String("--map")));
    QVERIFY(m_window->session()->isOpen());
    QCOMPARE(m_window->session()->result()->total, quint32(120));
}

QTEST_MAIN(TestColumnMapDialog)
#include "tst_columnmapdialog.moc"
