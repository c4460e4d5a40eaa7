// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// View > Language: the window speaks Japanese and English again without a restart, menus,
// filter bar, table headers, status bar and detail pane alike, and remembers the choice.

#include "detailpane.h"
#include "eventtableview.h"
#include "filterbar.h"
#include "itemmodels/eventtablemodel.h"
#include "languagemenu.h"
#include "text/languages.h"
#include "windowtest.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>

using namespace auditlens;

class TestLanguage : public WindowTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void switchesWithoutRestart();
    void everyActionIsTranslated();
    void cleanupTestCase();

private:
    void choose(Languages::Choice choice);
    QStringList menuTitles() const;
    QStringList filterBarLabels() const;
};

void TestLanguage::initTestCase()
{
    QVERIFY(setUpFolders(QStringLiteral("tst_language")));
    Languages::apply(Languages::Choice::English);
    makeWindow();
    QVERIFY(openAndWait(copyFixture(QStringLiteral("basic.csv"))));
    QVERIFY(m_errors.isEmpty());
}

void TestLanguage::cleanupTestCase()
{
    m_window.reset();
    Languages::apply(Languages::Choice::English);
}

// As a user does: the item of View > Language.
void TestLanguage::choose(Languages::Choice choice)
{
    auto *menu = m_window->findChild<LanguageMenu *>();
    QVERIFY(menu);
    QAction *item = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->data().toInt() == int(choice))
            item = a;
    }
    QVERIFY(item);
    item->trigger();
    QCoreApplication::sendPostedEvents(); // QEvent::LanguageChange
    QVERIFY(waitForResult()); // the counts come back in the new language with a new result
}

QStringList TestLanguage::menuTitles() const
{
    QStringList titles;
    for (const QAction *a : m_window->menuBar()->actions())
        titles << a->text();
    return titles;
}

QStringList TestLanguage::filterBarLabels() const
{
    QStringList labels;
    for (const QLabel *label : m_window->filterBar()->findChildren<QLabel *>()) {
        if (label->buddy() || label->text().endsWith(QLatin1Char(':')) ||
            label->text().endsWith(QStringLiteral("：")))
            labels << label->text();
    }
    return labels;
}

void TestLanguage::switchesWithoutRestart()
{
    const QStringList english = {QStringLiteral("&File"),  QStringLiteral("&Edit"),
                                 QStringLiteral("&View"),  QStringLiteral("F&ilter"),
                                 QStringLiteral("Vie&ws"), QStringLiteral("&Help")};
    QCOMPARE(menuTitles(), english);
    QVERIFY(filterBarLabels().contains(QStringLiteral("&Search:")));
    QVERIFY(filterBarLabels().contains(QStringLiteral("Filter:")));
    const QStringList englishLabels = filterBarLabels();
    QCOMPARE(m_window->tableModel()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("Time (UTC)"));

    choose(Languages::Choice::Japanese);
    QCOMPARE(QSettings().value(QStringLiteral("view/language")).toString(), QStringLiteral("ja"));
    // Japanese menus keep their keys: "ファイル(&F)".
    QCOMPARE(menuTitles(),
             QStringList({QStringLiteral("ファイル(&F)"), QStringLiteral("編集(&E)"),
                          QStringLiteral("表示(&V)"), QStringLiteral("フィルター(&I)"),
                          QStringLiteral("ビュー(&W)"), QStringLiteral("ヘルプ(&H)")}));
    const QStringList labels = filterBarLabels();
    QCOMPARE(labels.size(), englishLabels.size());
    QVERIFY2(labels.contains(QStringLiteral("検索(&S):")), qPrintable(labels.join(u'|')));
    QVERIFY2(labels.contains(QStringLiteral("フィルター:")), qPrintable(labels.join(u'|')));
    for (const QString &label : labels)
        QVERIFY2(!englishLabels.contains(label), qPrintable(label));
    // The filter bar's choices and the detail pane's tabs.
    QStringList choices;
    for (const QComboBox *combo : m_window->filterBar()->findChildren<QComboBox *>())
        choices << combo->currentText();
    QVERIFY2(choices.contains(QStringLiteral("成否: すべて")), qPrintable(choices.join(u'|')));
    const auto *tabs = m_window->detail()->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), QStringLiteral("ツリー"));
    QCOMPARE(m_window->tableModel()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("時刻 (UTC)"));
    QCOMPARE(m_window->problemsDock()->windowTitle(), QStringLiteral("問題"));
    QCOMPARE(m_window->problemsDock()->toggleViewAction()->text(), QStringLiteral("問題(&P)"));
    // Composed from values: the count in the status bar, the detail pane's title.
    QVERIFY2(m_window->countLabel()->text().contains(QStringLiteral("件")),
             qPrintable(m_window->countLabel()->text()));
    QVERIFY2(m_window->detail()->title()->text().contains(QStringLiteral("イベント")),
             qPrintable(m_window->detail()->title()->text()));

    choose(Languages::Choice::English);
    QCOMPARE(QSettings().value(QStringLiteral("view/language")).toString(), QStringLiteral("en"));
    QCOMPARE(menuTitles(), english);
    QCOMPARE(filterBarLabels(), englishLabels);
    QCOMPARE(m_window->tableModel()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("Time (UTC)"));
    QVERIFY2(m_window->countLabel()->text().contains(QStringLiteral("events")),
             qPrintable(m_window->countLabel()->text()));
}

void TestLanguage::everyActionIsTranslated()
{
    choose(Languages::Choice::English);
    QList<QAction *> actions = m_window->findChildren<QAction *>();
    QHash<QAction *, QString> english;
    for (QAction *a : std::as_const(actions))
        english.insert(a, a->text());

    choose(Languages::Choice::Japanese);
    // Proper names stay as they are: the languages' own names, and files (Open Recent).
    const QStringList properNames = {Languages::name(Languages::Choice::English),
                                     Languages::name(Languages::Choice::Japanese)};
    int checked = 0;
    for (QAction *a : std::as_const(actions)) {
        if (a->isSeparator() || english.value(a).isEmpty())
            continue;
        const QString english_ = english.value(a);
        if (properNames.contains(english_) || english_.endsWith(QLatin1String(".csv")))
            continue;
        QVERIFY2(!a->text().isEmpty(), qPrintable(english_));
        QVERIFY2(a->text() != english_, qPrintable(english_));
        ++checked;
    }
    QVERIFY(checked > 40);
    choose(Languages::Choice::English);
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
