// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// A case of several exports in the window: a second export added to an open case through the
// code the File menu runs, the Sources pane and the coverage strip checked against what
// `auditlens-cli sources --json` says of the same case, and a re-added export recognised.

#include "windowtest.h"

#include "caseimports.h"
#include "coveragestrip.h"
#include "itemmodels/sourcesmodel.h"
#include "parsing/timestampparser.h"
#include "robustness.h"
#include "shortcutsdialog.h"
#include "sourcespane.h"
#include "windowactions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>

using namespace auditlens;
using namespace auditlens::robustness;

class TestCaseSources : public WindowTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addedExportShowsItsOverlap();
    void readdedExportIsAlreadyInTheCase();
    void gapOfAThirdExportFiltersToNothing();
    void droppedExportsOnACaseAreAddedWhenAsked();
    void removedSourceLeavesTheCase();

private:
    QString slice(int number) const
    {
        return m_dir.filePath(
            QStringLiteral("slices/full-%1.csv").arg(number, 2, 10, QLatin1Char('0')));
    }
    // Adds exports as File > Add Exports to Case does once its dialog has returned, and waits
    // for the case to show again.
    bool addAndWait(const QStringList &paths);
    QJsonObject cliSources() const;
    // The pane and the strip say what the CLI says of the case.
    void compareWithCli();

    QJsonObject m_manifest;
};

void TestCaseSources::initTestCase()
{
    QVERIFY(setUpFolders(QStringLiteral("tst_casesources")));
    QString error;
    m_manifest = sliceThreeExports(m_dir.path(), &error);
    QVERIFY2(!m_manifest.isEmpty(), qPrintable(error));
    QCOMPARE(m_manifest[QStringLiteral("sources")].toArray().size(), 3);

    makeWindow();
    new QAbstractItemModelTester(m_window->sourcesPane()->sourcesModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    // File > Add Exports to Case needs a case; it is listed with its keys.
    QAction *add = m_window->actions()->addExportsAction();
    QVERIFY(!add->isEnabled());
    QCOMPARE(add->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    bool listed = false;
    for (const ShortcutsDialog::Entry &e : ShortcutsDialog::collect(m_window.get()))
        listed = listed || (e.what == QStringLiteral("Add Exports to Case") &&
                            e.keys.contains(add->shortcut().toString(QKeySequence::NativeText)));
    QVERIFY(listed);
    QSignalSpy coverage(m_window->sourcesPane(), &SourcesPane::coverageShown);
    QVERIFY(openAndWait(slice(1)));
    QVERIFY(add->isEnabled());
    QVERIFY(coverage.count() > 0 || coverage.wait(15000));
    QCOMPARE(m_window->sourcesPane()->sourcesModel()->rowCount(), 1);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
}

bool TestCaseSources::addAndWait(const QStringList &paths)
{
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QSignalSpy opened(m_window.get(), &MainWindow::caseOpened);
    QSignalSpy coverage(m_window->sourcesPane(), &SourcesPane::coverageShown);
    m_window->caseImports()->addPaths(paths);
    if (!finished.wait(60000) || !(opened.count() > 0 || opened.wait(15000)))
        return false;
    // The case has opened again: its first result and its coverage follow.
    for (int waited = 0; !m_window->session()->result() && waited < 15000; waited += 20)
        QTest::qWait(20);
    return m_window->session()->result() && (coverage.count() > 0 || coverage.wait(15000));
}

QJsonObject TestCaseSources::cliSources() const
{
    const CliRun run = runCli(
        {QStringLiteral("sources"), m_window->session()->casePath(), QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("sources failed: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

void TestCaseSources::compareWithCli()
{
    const QJsonObject cli = cliSources();
    const QJsonArray sources = cli[QStringLiteral("sources")].toArray();
    SourcesModel *model = m_window->sourcesPane()->sourcesModel();
    QCOMPARE(model->rowCount(), sources.size());
    for (int row = 0; row < sources.size(); ++row) {
        const QJsonObject s = sources.at(row).toObject();
        auto cell = [&](int column) {
            return model->index(row, column).data(SourcesModel::SortRole).toLongLong();
        };
        QCOMPARE(cell(SourcesModel::Number), s[QStringLiteral("number")].toInteger());
        QCOMPARE(cell(SourcesModel::SharedExact), s[QStringLiteral("shared_exact")].toInteger());
        QCOMPARE(cell(SourcesModel::SharedConflicting),
                 s[QStringLiteral("shared_conflicting")].toInteger());
        QCOMPARE(cell(SourcesModel::Records), s[QStringLiteral("records")].toInteger());
        // The pane reads the spans from the viewer's index, the CLI from the events: the same.
        QCOMPARE(TimestampParser::format(cell(SourcesModel::First)),
                 s[QStringLiteral("first")].toString());
        QCOMPARE(TimestampParser::format(cell(SourcesModel::Last)),
                 s[QStringLiteral("last")].toString());
        QCOMPARE(model->spanAt(row)->events, s[QStringLiteral("imported")].toInteger());
        QCOMPARE(cell(SourcesModel::Problems), s[QStringLiteral("rejected")].toInteger());
        QCOMPARE(
            model->index(row, SourcesModel::Sha256).data(SourcesModel::FullTextRole).toString(),
            s[QStringLiteral("sha256")].toString());
    }
    const QJsonArray gaps = cli[QStringLiteral("gaps")].toArray();
    const QVector<DayRun> shown = m_window->sourcesPane()->strip()->gaps();
    QCOMPARE(shown.size(), gaps.size());
    for (int i = 0; i < gaps.size(); ++i) {
        QCOMPARE(SourceCoverage::dayText(shown.at(i).from),
                 gaps.at(i)[QStringLiteral("from")].toString());
        QCOMPARE(SourceCoverage::dayText(shown.at(i).to),
                 gaps.at(i)[QStringLiteral("to")].toString());
    }
}

void TestCaseSources::addedExportShowsItsOverlap()
{
    // The analyst's filter survives the addition.
    Filter narrowed = m_window->session()->filter();
    narrowed.success = SuccessFilter::Succeeded;
    m_window->session()->setFilter(narrowed);
    QVERIFY(waitForResult());
    const QString casePath = m_window->session()->casePath();

    QVERIFY(addAndWait({slice(2)}));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    QCOMPARE(m_window->session()->casePath(), casePath); // the same case, not a new one
    QCOMPARE(m_window->session()->filter(), narrowed);
    compareWithCli();
    SourcesModel *model = m_window->sourcesPane()->sourcesModel();
    QCOMPARE(model->rowCount(), 2);
    // Exports 1 and 2 overlap by a padded day: each holds events the other holds too.
    QVERIFY(model->index(0, SourcesModel::SharedExact).data(SourcesModel::SortRole).toLongLong() >
            0);
    QVERIFY(m_window->sourcesPane()->isVisible()); // more than one source: the dock shows

    // Every copy is kept: the case holds the events of both exports.
    const QJsonArray expected = m_manifest[QStringLiteral("sources")].toArray();
    qint64 both = 0;
    for (int n : {0, 1})
        both += expected.at(n)[QStringLiteral("records")].toInteger();
    QCOMPARE(qint64(m_window->session()->result()->total), both);
    QVERIFY(m_window->countLabel()->text().contains(QLocale().toString(both)));
}

void TestCaseSources::readdedExportIsAlreadyInTheCase()
{
    const quint32 before = m_window->session()->result()->total;
    QVERIFY(addAndWait({slice(1)}));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(
                 QStringLiteral("already in the case as source 1")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_window->session()->result()->total, before);
    QCOMPARE(m_window->sourcesPane()->sourcesModel()->rowCount(), 2);
}

void TestCaseSources::gapOfAThirdExportFiltersToNothing()
{
    QVERIFY(addAndWait({slice(3)}));
    compareWithCli();
    CoverageStrip *strip = m_window->sourcesPane()->strip();
    QCOMPARE(strip->gaps().size(), 1);
    QCOMPARE(SourceCoverage::dayText(strip->gaps().first().from), QStringLiteral("2026-01-15"));
    QVERIFY(strip->isVisible());
    const QRectF gap = strip->gapRect(0);
    QVERIFY(!gap.isEmpty());
    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    QTest::mouseClick(strip, Qt::LeftButton, {}, gap.center().toPoint());
    QVERIFY(result.wait(15000));
    const Filter f = m_window->session()->filter();
    QVERIFY(f.hasFrom && f.hasTo);
    QCOMPARE(SourceCoverage::dayText(SourceCoverage::dayOf(f.from)), QStringLiteral("2026-01-15"));
    QCOMPARE(SourceCoverage::dayText(SourceCoverage::dayOf(f.to)), QStringLiteral("2026-01-15"));
    QCOMPARE(m_window->session()->result()->count(), 0u);
}

void TestCaseSources::droppedExportsOnACaseAreAddedWhenAsked()
{
    // Cancel leaves the case as it is; nothing is imported.
    QStringList asked;
    m_window->caseImports()->setDropQuestion([&](const QStringList &paths) {
        asked = paths;
        return CaseImports::DropChoice::Cancel;
    });
    const QString casePath = m_window->session()->casePath();
    m_window->caseImports()->dropPaths({slice(2)});
    QCOMPARE(asked, QStringList{slice(2)});
    QVERIFY(!m_window->importJob());
    QCOMPARE(m_window->session()->casePath(), casePath);

    // Open as a new case: two exports dropped together make one case of two sources.
    m_window->caseImports()->setDropQuestion(
        [](const QStringList &) { return CaseImports::DropChoice::OpenAsNewCase; });
    QSignalSpy coverage(m_window->sourcesPane(), &SourcesPane::coverageShown);
    QSignalSpy opened(m_window.get(), &MainWindow::caseOpened);
    m_window->caseImports()->dropPaths({slice(1), slice(3)});
    QVERIFY(opened.wait(60000));
    QVERIFY(coverage.count() > 0 || coverage.wait(15000));
    QVERIFY(m_window->session()->casePath() != casePath);
    QCOMPARE(m_window->sourcesPane()->sourcesModel()->rowCount(), 2);
    compareWithCli();
}

void TestCaseSources::removedSourceLeavesTheCase()
{
    SourcesPane *pane = m_window->sourcesPane();
    if (!m_window->session()->result())
        QVERIFY(waitForResult());
    QCOMPARE(pane->sourcesModel()->rowCount(), 2);
    const qint64 events = pane->sourcesModel()->spanAt(1)->events;
    QVERIFY(events > 0);
    QString asked;
    pane->setConfirmation([&](const QString &question) {
        asked = question;
        return false;
    });
    pane->view()->setCurrentIndex(pane->view()->model()->index(1, 0));
    pane->removeCurrentSource();
    // Refused: the question named the file and its events, and nothing left the case.
    QVERIFY2(asked.contains(QFileInfo(slice(3)).fileName()), qPrintable(asked));
    QVERIFY2(asked.contains(QLocale().toString(events)), qPrintable(asked));
    QVERIFY(!pane->isBusy());

    pane->setConfirmation([](const QString &) { return true; });
    const quint32 before = m_window->session()->result()->total;
    QSignalSpy finished(pane, &SourcesPane::removalFinished);
    QSignalSpy coverage(pane, &SourcesPane::coverageShown);
    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    pane->removeCurrentSource();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(coverage.wait(15000));
    QVERIFY(result.count() > 0 || result.wait(15000));
    QCOMPARE(pane->sourcesModel()->rowCount(), 1);
    QCOMPARE(qint64(m_window->session()->result()->total), qint64(before) - events);
    compareWithCli();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestCaseSources)
#include "tst_casesources.moc"
