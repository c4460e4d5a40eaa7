// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The Export dialog under the offscreen platform: it runs the export on its worker thread and
// reports the outcome; "export selected" writes only the selection.

#include "exportdialog.h"
#include "theme.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace auditlens;

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsOnAWorker_data();
    void exportsOnAWorker();
    void refusalIsShown();
    void annotationsAreAChoice();
    void onlyAnnotatedEvents();

private:
    QTemporaryDir m_dir;
    QString m_case;
};

void TestExportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_case = m_dir.filePath(QStringLiteral("case.auditlens"));
    QProcess p;
    p.start(QStringLiteral(AUDITLENS_CLI),
            {QStringLiteral("import"), m_case, QStringLiteral(AUDITLENS_TEST_DATA "/basic.csv")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
}

void TestExportDialog::exportsOnAWorker_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<qint64>("events");
    QTest::newRow("flat CSV, filter") << int(ExportFormat::FlatCsv) << false << qint64(5);
    QTest::newRow("JSON Lines, selection") << int(ExportFormat::JsonLines) << true << qint64(2);
    QTest::newRow("HTML, selection") << int(ExportFormat::Html) << true << qint64(2);
}

void TestExportDialog::exportsOnAWorker()
{
    QFETCH(int, format);
    QFETCH(bool, selected);
    QFETCH(qint64, events);
    ExportDialog dialog(m_case, Filter(), {2, 4});
    dialog.setFormat(ExportFormat(format));
    dialog.setUseSelection(selected);
    const QString output = m_dir.filePath(
        QStringLiteral("out-%1.%2").arg(QString::number(format), QStringLiteral("x")));
    dialog.setOutputPath(output);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.show();
    dialog.startExport();
    // The export runs on a worker: back from startExport the dialog is still busy, and it hears
    // of the end only through its event loop (a synchronous export would be done by now).
    QVERIFY(dialog.isRunning());
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(60000));
    QVERIFY(!dialog.isRunning());
    const ExportResult result = dialog.lastResult();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.events, events);
    QVERIFY(QFile::exists(output));
    QVERIFY(QFile::exists(output + QStringLiteral(".sha256")));
}

void TestExportDialog::refusalIsShown()
{
    ExportDialog dialog(m_case, Filter(), {});
    dialog.setOutputPath(m_case);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QVERIFY(!dialog.lastResult().ok);
    QVERIFY(!dialog.lastResult().error.isEmpty());
}

// The analyst's annotations: on by default where they are written whole (JSON Lines, the
// original CSV's manifest), a checkbox with a mnemonic to leave them out; the flat CSV's
// annotation columns are there to be ticked.
void TestExportDialog::annotationsAreAChoice()
{
    ExportDialog dialog(m_case, Filter(), {});
    QCheckBox *box = nullptr;
    for (QCheckBox *candidate : dialog.findChildren<QCheckBox *>()) {
        if (candidate->text().contains(QStringLiteral("&annotations")))
            box = candidate;
    }
    QVERIFY(box);
    QVERIFY(box->isChecked());
    dialog.setFormat(ExportFormat::JsonLines);
    QVERIFY(box->isEnabled());
    QVERIFY(dialog.request().annotations);
    box->setChecked(false);
    QVERIFY(!dialog.request().annotations);
    dialog.setFormat(ExportFormat::Html);
    QVERIFY(!box->isEnabled());
    dialog.setFormat(ExportFormat::FlatCsv);
    QVERIFY(!box->isEnabled());
    const QStringList columns = dialog.request().columns;
    QVERIFY(columns.contains(QStringLiteral("id")));
    QVERIFY(!columns.contains(QStringLiteral("tags")));
    auto *list = dialog.findChild<QListWidget *>();
    QVERIFY(list);
    QCOMPARE(list->findItems(QStringLiteral("notes"), Qt::MatchExactly).size(), 1);
    // AUDITLENS_SHOT_DIR: pictures of the dialog for JSON Lines and the flat CSV, in both themes.
    const QString shots = qEnvironmentVariable("AUDITLENS_SHOT_DIR");
    if (!shots.isEmpty()) {
        dialog.show();
        for (const ExportFormat format : {ExportFormat::JsonLines, ExportFormat::FlatCsv}) {
            dialog.setFormat(format);
            for (const Theme::Choice theme : {Theme::Choice::Light, Theme::Choice::Dark}) {
                Theme::apply(theme);
                QTest::qWait(50);
                dialog.grab().save(QDir(shots).filePath(
                    QStringLiteral("export-%1-%2-%3x.png")
                        .arg(format == ExportFormat::FlatCsv ? QStringLiteral("flat")
                                                             : QStringLiteral("jsonl"),
                             theme == Theme::Choice::Dark ? QStringLiteral("dark")
                                                          : QStringLiteral("light"),
                             qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")))));
            }
        }
    }
}

// "Only annotated events": off by default; ticked, the export writes the annotated events of the
// filter, or of the selection, and says so before it runs.
void TestExportDialog::onlyAnnotatedEvents()
{
    QProcess p;
    p.start(QStringLiteral(AUDITLENS_CLI), {QStringLiteral("note"), m_case, QStringLiteral("--seq"),
                                            QStringLiteral("2"), QStringLiteral("worth a look")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    for (const bool selected : {false, true}) {
        ExportDialog dialog(m_case, Filter(), {2, 4});
        QCheckBox *box = nullptr;
        for (QCheckBox *candidate : dialog.findChildren<QCheckBox *>()) {
            if (candidate->text().contains(QStringLiteral("a&nnotated")))
                box = candidate;
        }
        QVERIFY(box);
        QVERIFY(!box->isChecked());
        QVERIFY(!dialog.request().annotatedOnly);
        dialog.setFilterCounts(5, 5);
        dialog.setUseSelection(selected);
        box->setChecked(true);
        QVERIFY(dialog.request().annotatedOnly);
        QVERIFY2(dialog.plannedText().contains(QStringLiteral("annotated")),
                 qPrintable(dialog.plannedText()));
        dialog.setFormat(ExportFormat::JsonLines);
        dialog.setOutputPath(m_dir.filePath(QStringLiteral("annotated-%1.jsonl").arg(selected)));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QVERIFY2(dialog.lastResult().ok, qPrintable(dialog.lastResult().error));
        QCOMPARE(dialog.lastResult().events, qint64(1));
    }
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
