// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The action catalogue as the viewer shows it: the action cell's tooltip (and no other cell's)
// and the card at the top of the detail pane, for known actions in either spelling, an unknown
// one and a lookalike; the card's text is selectable from the keyboard, and its sensitivity
// reads in both themes.

#include "catalogue/actioncatalogue.h"
#include "detailpane.h"
#include "importing/importer.h"
#include "itemmodels/eventtablemodel.h"
#include "itemmodels/semanticcolors.h"
#include "query/eventrow.h"
#include "session/casesession.h"
#include "store/casestore.h"
#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace auditlens;

namespace {
// The events of the case, in time order: action as written.
const QStringList kActions = {
    QStringLiteral("context.secrets.accessed"),       // known, high
    QStringLiteral("workflow.job.start"),             // known by its older spelling, low
    QStringLiteral("workflow-job-start"),             // the same entry, today's spelling
    QStringLiteral("context.secrets.harvested"),      // unknown
    QStringLiteral("context.secrets\u200b.accessed"), // a lookalike: unknown, and marked
};
const QString kUnknown =
    QStringLiteral("Not in the action catalogue: a new action, or a misspelled one.");
} // namespace

class TestCatalogueCard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void actionTooltip();
    void card_data();
    void card();
    void cardIsKeyboardReadable();
    void cardReadsInBothThemes();

private:
    QTemporaryDir m_dir;
    QString m_case;
};

void TestCatalogueCard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QByteArray bytes =
        "action,actor,target,payload,occurred_at,metadata,id,version,scope,success,request\n";
    for (int i = 0; i < kActions.size(); ++i)
        bytes += kActions.at(i).toUtf8() +
                 ",\"{\"\"id\"\":\"\"u1\"\",\"\"name\"\":\"\"ana\"\"}\",\"{\"\"id\"\":\"\"t1\"\"}"
                 "\",{}," +
                 "2026-03-01T10:00:0" + QByteArray::number(i) + "Z,{},e" + QByteArray::number(i) +
                 ",1,{},true,{}\n";
    const QString source = m_dir.filePath(QStringLiteral("actions.csv"));
    QFile f(source);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    f.close();
    m_case = m_dir.filePath(QStringLiteral("actions.auditlens"));
    CaseStore store;
    QString error;
    QVERIFY(store.open(m_case, CaseStore::Mode::ReadWrite, &error));
    Importer importer(store);
    const ImportResult r = importer.run({source});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.imported, qint64(kActions.size()));
}

void TestCatalogueCard::actionTooltip()
{
    CaseSession session;
    EventTableModel model(&session);
    QSignalSpy result(&session, &CaseSession::resultReady);
    session.open(m_case);
    QVERIFY(result.wait(10000));
    QCOMPARE(model.rowCount(), kActions.size());
    auto tip = [&](int row, EventColumn column) {
        return model.data(model.index(row, int(column)), Qt::ToolTipRole).toString();
    };
    QTRY_VERIFY(model.data(model.index(0, int(EventColumn::Action))).toString() !=
                QStringLiteral("…"));
    QCOMPARE(tip(0, EventColumn::Action),
             QStringLiteral("A job was given a context's secrets (its environment variables) to "
                            "run with.\nSecrets · High sensitivity"));
    const QString jobStart = QStringLiteral("A job of a workflow started.\nPipeline activity · "
                                            "Low sensitivity");
    QCOMPARE(tip(1, EventColumn::Action), jobStart);
    QCOMPARE(tip(2, EventColumn::Action), jobStart);
    QCOMPARE(tip(3, EventColumn::Action), kUnknown);
    // A lookalike: the warning first (what it holds), then that the catalogue does not know it.
    const QString lookalike = tip(4, EventColumn::Action);
    QVERIFY2(lookalike.contains(QStringLiteral("U+200B")), qPrintable(lookalike));
    QVERIFY2(lookalike.endsWith(QStringLiteral("\n\n") + kUnknown), qPrintable(lookalike));
    // The action column only.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (const EventColumn column :
             {EventColumn::Actor, EventColumn::Target, EventColumn::Id, EventColumn::Success}) {
            const QString other = tip(row, column);
            QVERIFY2(!other.contains(QStringLiteral("sensitivity")) &&
                         !other.contains(QStringLiteral("catalogue")),
                     qPrintable(other));
        }
    }
}

void TestCatalogueCard::card_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("meaning");
    QTest::addColumn<QString>("category"); // empty: not shown
    QTest::addColumn<QString>("sensitivity");

    QTest::newRow("known") << QStringLiteral("context.secrets.accessed")
                           << QStringLiteral("A job was given a context's secrets (its "
                                             "environment variables) to run with.")
                           << QStringLiteral("Secrets ·") << QStringLiteral("High sensitivity");
    QTest::newRow("other spelling")
        << QStringLiteral("workflow.job.start") << QStringLiteral("A job of a workflow started.")
        << QStringLiteral("Pipeline activity ·") << QStringLiteral("Low sensitivity");
    QTest::newRow("medium") << QStringLiteral("org-rename")
                            << QStringLiteral("The organization was renamed.")
                            << QStringLiteral("Org administration ·")
                            << QStringLiteral("Medium sensitivity");
    QTest::newRow("unknown") << QStringLiteral("context.secrets.harvested") << kUnknown << QString()
                             << QStringLiteral("Unknown action");
}

void TestCatalogueCard::card()
{
    QFETCH(QString, action);
    QFETCH(QString, meaning);
    QFETCH(QString, category);
    QFETCH(QString, sensitivity);
    DetailPane pane;
    pane.show();
    QVERIFY(!pane.catalogueCard()->isVisible()); // no event yet
    EventRow row;
    row.eventId = QStringLiteral("e1");
    row.action = action;
    pane.showEvent(row, {}, false);
    QVERIFY(pane.catalogueCard()->isVisible());
    QCOMPARE(pane.catalogueMeaning()->text(), meaning);
    QCOMPARE(pane.catalogueCategory()->isVisible(), !category.isEmpty());
    if (!category.isEmpty())
        QCOMPARE(pane.catalogueCategory()->text(), category);
    QCOMPARE(pane.catalogueSensitivity()->text(), sensitivity);
    // At the top of the event's details: above the fields.
    QVERIFY(pane.catalogueCard()->mapTo(&pane, QPoint()).y() <
            pane.fields()->mapTo(&pane, QPoint()).y());
    // Plain text: a meaning is never read as markup.
    QCOMPARE(pane.catalogueMeaning()->textFormat(), Qt::PlainText);

    row.action.clear();
    pane.showEvent(row, {}, false);
    QVERIFY(!pane.catalogueCard()->isVisible());
    row.action = action;
    pane.showEvent(row, {}, false);
    pane.clear();
    QVERIFY(!pane.catalogueCard()->isVisible());
}

void TestCatalogueCard::cardIsKeyboardReadable()
{
    DetailPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    EventRow row;
    row.action = QStringLiteral("context.secrets.accessed");
    pane.showEvent(row, {}, false);
    for (QLabel *label :
         {pane.catalogueMeaning(), pane.catalogueCategory(), pane.catalogueSensitivity()}) {
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QVERIFY(label->focusPolicy() & Qt::TabFocus);
        QVERIFY(!label->accessibleName().isEmpty());
    }
    // Tab reaches the meaning, and the keyboard selects its text.
    pane.catalogueMeaning()->setFocus(Qt::TabFocusReason);
    QVERIFY(pane.catalogueMeaning()->hasFocus());
    QTest::keyClick(pane.catalogueMeaning(), Qt::Key_Home);
    QTest::keyClick(pane.catalogueMeaning(), Qt::Key_End, Qt::ShiftModifier);
    QVERIFY(!pane.catalogueMeaning()->selectedText().isEmpty());
    QTest::keyClick(pane.catalogueMeaning(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(pane.catalogueMeaning()->selectedText(), pane.catalogueMeaning()->text());
}

void TestCatalogueCard::cardReadsInBothThemes()
{
    const QString shots = qEnvironmentVariable("AUDITLENS_SHOT_DIR");
    for (const Theme::Choice theme : {Theme::Choice::Light, Theme::Choice::Dark}) {
        Theme::apply(theme);
        DetailPane pane;
        pane.resize(520, 420);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QString themeName =
            theme == Theme::Choice::Dark ? QStringLiteral("dark") : QStringLiteral("light");
        for (const QString &action :
             {QStringLiteral("context.secrets.accessed"), QStringLiteral("org.rename"),
              QStringLiteral("workflow-job-start"), QStringLiteral("context.secrets.harvested")}) {
            EventRow row;
            row.eventId = QStringLiteral("0f4c1a52-8c3e-4c1e-9d0b-2a6f9d1e7c11");
            row.action = action;
            row.actorName = QStringLiteral("ana");
            pane.showEvent(row, {}, false);
            QTest::qWait(20);
            // The sensitivity's colour comes from the theme's palette and keeps its contrast on
            // the card's background.
            const QColor text = pane.catalogueSensitivity()->palette().color(QPalette::WindowText);
            const QColor card = pane.catalogueCard()->palette().color(QPalette::AlternateBase);
            QVERIFY2(SemanticColors::contrastRatio(text, card) >=
                         SemanticColors::kMinimumTextContrast,
                     qPrintable(action + QLatin1Char(' ') + themeName));
            if (action == QLatin1String("context.secrets.accessed"))
                QCOMPARE(text,
                         SemanticColors::text(SemanticColors::Meaning::Failure, pane.palette()));
            if (!shots.isEmpty())
                pane.grab().save(
                    QStringLiteral("%1/card-%2-%3.png")
                        .arg(shots, QString(action).replace(QLatin1Char('.'), QLatin1Char('_')),
                             themeName));
        }
    }
    Theme::apply(Theme::Choice::Light);
}

QTEST_MAIN(TestCatalogueCard)
#include "tst_cataloguecard.moc"
