// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The facet sidebar of the window: today's fields (organization, account, IP address) have facets
// on an export of today's shape and none on an older 11-column one; a case of three exports has a
// Source facet whose entries name each file and count its events.

#include "windowtest.h"

#include "facetsidebar.h"
#include "robustness.h"

#include <QAbstractItemModelTester>

using namespace auditlens;
using namespace auditlens::robustness;

namespace {
// The titles of the sidebar's fields, in order.
QStringList fieldTitles(const QAbstractItemModel *model)
{
    QStringList titles;
    for (int r = 0; r < model->rowCount(); ++r)
        titles << model->index(r, 0).data().toString();
    return titles;
}

QModelIndex fieldRow(const QAbstractItemModel *model, IndexField field)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, 0);
        if (i.data(FacetModel::FieldRole).toInt() == int(field))
            return i;
    }
    return {};
}
} // namespace

class TestFacetSidebar : public WindowTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void todaysFieldsShowOnlyWhenTheCaseHasThem_data();
    void todaysFieldsShowOnlyWhenTheCaseHasThem();
    void sourceFacetNamesEachExport();
};

void TestFacetSidebar::initTestCase()
{
    QVERIFY(setUpFolders(QStringLiteral("tst_facetsidebar")));
    makeWindow();
    new QAbstractItemModelTester(m_window->facets()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestFacetSidebar::todaysFieldsShowOnlyWhenTheCaseHasThem_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("todays");
    QTest::newRow("current") << QStringLiteral("current.csv") << true;
    QTest::newRow("flat") << QStringLiteral("current_flat.csv") << true;
    QTest::newRow("classic") << QStringLiteral("current_classic.csv") << false;
}

void TestFacetSidebar::todaysFieldsShowOnlyWhenTheCaseHasThem()
{
    QFETCH(QString, fixture);
    QFETCH(bool, todays);
    QVERIFY(openAndWait(copyFixture(fixture)));
    const QAbstractItemModel *model = m_window->facets()->model();
    const QStringList titles = fieldTitles(model);
    for (const char *title : {"Organization", "Account", "IP address"})
        QCOMPARE(titles.contains(QLatin1String(title)), todays);
    // One source: no choice to offer.
    QVERIFY(!titles.contains(QStringLiteral("Source")));
    QVERIFY(titles.startsWith(QStringLiteral("Action")));
    if (!todays)
        return;
    // The addresses as written, each with a count; a click shows only its events.
    const QModelIndex ips = fieldRow(model, IndexField::Ip);
    QVERIFY(model->rowCount(ips) > 1);
    QModelIndex address;
    for (int r = 0; r < model->rowCount(ips) && !address.isValid(); ++r) {
        if (!model->index(r, 0, ips).data(FacetModel::KeyRole).toString().isEmpty())
            address = model->index(r, 0, ips);
    }
    QVERIFY(address.isValid());
    const QString key = address.data(FacetModel::KeyRole).toString();
    const quint32 count = address.data(FacetModel::CountRole).toUInt();
    QCOMPARE(address.data().toString(), key);
    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    m_window->facets()->activate(address, false);
    QVERIFY(result.wait(15000));
    QCOMPARE(m_window->session()->filter()[FilterField::Ip].include, QStringList{key});
    QCOMPARE(m_window->session()->result()->count(), count);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
}

void TestFacetSidebar::sourceFacetNamesEachExport()
{
    QString error;
    const QJsonObject manifest = sliceThreeExports(m_dir.path(), &error);
    QVERIFY2(!manifest.isEmpty(), qPrintable(error));
    const QString casePath = m_dir.filePath(QStringLiteral("three.auditlens"));
    QStringList args{QStringLiteral("import"), casePath};
    for (int n = 1; n <= 3; ++n)
        args << m_dir.filePath(QStringLiteral("slices/full-0%1.csv").arg(n));
    const CliRun run = runCli(args);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(openAndWait(casePath));
    const QAbstractItemModel *model = m_window->facets()->model();
    const QModelIndex sources = fieldRow(model, IndexField::Source);
    QVERIFY(sources.isValid());
    QCOMPARE(sources.data().toString(), QStringLiteral("Source"));
    QCOMPARE(model->rowCount(sources), 3);
    for (int r = 0; r < 3; ++r) {
        const QModelIndex v = model->index(r, 0, sources);
        const QString number = v.data(FacetModel::KeyRole).toString();
        QCOMPARE(v.data().toString(), QStringLiteral("%1 · full-0%1.csv").arg(number));
        QCOMPARE(
            qint64(v.data(FacetModel::CountRole).toUInt()),
            caseScalar(casePath,
                       QStringLiteral("SELECT count(*) FROM events WHERE source_id = ") + number));
    }
    // Leaving one export out keeps its entry, struck out, and the others' counts.
    const QModelIndex second = model->index(1, 0, sources);
    const QString key = second.data(FacetModel::KeyRole).toString();
    const quint32 count = second.data(FacetModel::CountRole).toUInt();
    const quint32 total = m_window->session()->result()->count();
    QSignalSpy result(m_window->session(), &CaseSession::resultReady);
    m_window->facets()->activate(second, true);
    QVERIFY(result.wait(15000));
    QCOMPARE(m_window->session()->result()->count(), total - count);
    const QModelIndex after = fieldRow(model, IndexField::Source);
    QCOMPARE(model->rowCount(after), 3);
    bool struck = false;
    for (int r = 0; r < 3; ++r) {
        const QModelIndex v = model->index(r, 0, after);
        if (v.data(FacetModel::KeyRole).toString() == key)
            struck = v.data(FacetModel::ExcludedRole).toBool() &&
                     v.data(FacetModel::CountRole).toUInt() == count;
    }
    QVERIFY(struck);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestFacetSidebar)
#include "tst_facetsidebar.moc"
