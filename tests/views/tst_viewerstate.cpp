// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// How the viewer left a case, kept in the settings by the case's canonical path: the same case
// reached by another path finds it, another case does not; the sort and the filter as a saved
// view and the settings write them read back as they were, and what does not read says so.

#include "query/filterargs.h"
#include "session/viewerstate.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace auditlens;

class TestViewerState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keptPerCaseByItsCanonicalPath();
    void sortReadsBack();
    void filterReadsBack();

private:
    QTemporaryDir m_dir;
};

void TestViewerState::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AuditLensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_viewerstate"));
    QSettings().clear();
}

void TestViewerState::keptPerCaseByItsCanonicalPath()
{
    const QString a = m_dir.filePath(QStringLiteral("a.auditlens"));
    const QString b = m_dir.filePath(QStringLiteral("b.auditlens"));
    for (const QString &path : {a, b}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QVERIFY(!ViewerStates::load(a));
    const ViewerState state{
        {QStringLiteral("--actor"), QStringLiteral("alice")}, QStringLiteral("actor desc"), 42};
    ViewerStates::save(a, state);
    QCOMPARE(ViewerStates::load(a), std::optional<ViewerState>(state));
    QVERIFY(!ViewerStates::load(b));
    // The same file by another path (a link, a "..") is the same case.
    const QString link = m_dir.filePath(QStringLiteral("link.auditlens"));
    QVERIFY(QFile::link(a, link));
    QCOMPARE(ViewerStates::load(link), std::optional<ViewerState>(state));
    QCOMPARE(ViewerStates::load(m_dir.filePath(QStringLiteral("config/../a.auditlens"))),
             std::optional<ViewerState>(state));
    // Saved again, it replaces what was kept.
    ViewerState later = state;
    later.seq = 7;
    ViewerStates::save(link, later);
    QCOMPARE(ViewerStates::load(a)->seq, 7);
    ViewerStates::forget(a);
    QVERIFY(!ViewerStates::load(a));
}

void TestViewerState::sortReadsBack()
{
    for (int i = 0; i < kSortColumnCount; ++i) {
        for (const bool descending : {false, true}) {
            const SortSpec sort{EventColumn(i), descending};
            const QString text = ViewerStates::sortText(sort);
            QVERIFY(!text.isEmpty());
            QCOMPARE(ViewerStates::readSort(text), std::optional<SortSpec>(sort));
        }
    }
    QCOMPARE(ViewerStates::sortText({EventColumn::Time, false}), QStringLiteral("time"));
    QCOMPARE(ViewerStates::sortText({EventColumn::Actor, true}), QStringLiteral("actor desc"));
    QCOMPARE(ViewerStates::sortText({EventColumn::Tags, true}), QStringLiteral("tags desc"));
    QCOMPARE(ViewerStates::readSort(QStringLiteral("action asc")),
             std::optional<SortSpec>(SortSpec{EventColumn::Action, false}));
    for (const char *bad : {"", "colour", "time sideways", "time desc extra", "Time"})
        QVERIFY2(!ViewerStates::readSort(QString::fromLatin1(bad)), bad);
}

void TestViewerState::filterReadsBack()
{
    Filter f;
    f[FilterField::Action].include = {QStringLiteral("context.secrets.accessed")};
    f[FilterField::Actor].exclude = {QStringLiteral("bot")};
    f.text = QStringLiteral("deploy");
    Filter read;
    QCOMPARE(ViewerStates::readFilter(FilterArgs::write(f), &read), QString());
    QCOMPARE(read, f);
    QCOMPARE(ViewerStates::readFilter({}, &read), QString());
    QCOMPARE(read, Filter());
    // What does not read leaves the filter as it was and says why.
    read = f;
    QVERIFY(!ViewerStates::readFilter({QStringLiteral("--no-such-condition")}, &read).isEmpty());
    QVERIFY(!ViewerStates::readFilter({QStringLiteral("stray")}, &read).isEmpty());
    QCOMPARE(read, f);
}

QTEST_MAIN(TestViewerState)
#include "tst_viewerstate.moc"
