// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Names that could pass for others, as the viewer shows them: marked in the event table, the
// facets, the value pickers and the detail pane, with the code points in the tooltip; and every
// extra column of an event in the detail pane, a header's repeats included.

#include "detailpane.h"
#include "importing/importer.h"
#include "itemmodels/eventtablemodel.h"
#include "itemmodels/facetmodel.h"
#include "session/casesession.h"
#include "store/casestore.h"
#include "valuepicker.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace auditlens;

namespace {
const QString kMarker = QStringLiteral("⚠ ");

// The real admin and three names that show as "admin", with what their tooltip must name.
struct Lookalike
{
    QString name;
    QString shown;
    QString codePoints;
};
const QList<Lookalike> &lookalikes()
{
    static const QList<Lookalike> list = {
        {QStringLiteral("admin"), QStringLiteral("admin"), QString()},
        {QStringLiteral("ad\u200bmin"), kMarker + QStringLiteral("ad\\u200bmin"),
         QStringLiteral("U+200B (invisible)")},
        {QStringLiteral("\u0430dmin"), kMarker + QStringLiteral("\u0430dmin"),
         QStringLiteral("U+0430 (Cyrillic among Latin letters)")},
        {QStringLiteral("\u202enimda"), kMarker + QStringLiteral("\\u202enimda"),
         QStringLiteral("U+202E (bidi control")},
    };
    return list;
}

QByteArray csvCell(const QString &text)
{
    return '"' + text.toUtf8().replace('"', "\"\"") + '"';
}
} // namespace

class TestNameMarkers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eventTable();
    void facets();
    void valuePicker();
    void detailPane();

private:
    bool openSession(CaseSession &session);

    QTemporaryDir m_dir;
    QString m_case;
};

void TestNameMarkers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QByteArray bytes = "action,actor,target,payload,occurred_at,metadata,id,version,scope,success,"
                       "request,extra,extra,source\n";
    for (int i = 0; i < lookalikes().size(); ++i) {
        const QString name = lookalikes().at(i).name;
        const QString actor =
            QStringLiteral(R"({"id":"u%1","type":"user","name":"%2"})").arg(i).arg(name);
        bytes += "context.secrets.accessed," + csvCell(actor) + ",\"{\"\"id\"\":\"\"t1\"\"}\",{}," +
                 "2026-03-01T10:00:0" + QByteArray::number(i) + "Z,{},e" + QByteArray::number(i) +
                 ",1,{},true,{},a" + QByteArray::number(i) + ",b" + QByteArray::number(i) + ",s\n";
    }
    const QString source = m_dir.filePath(QStringLiteral("names.csv"));
    QFile f(source);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    f.close();
    m_case = m_dir.filePath(QStringLiteral("names.auditlens"));
    CaseStore store;
    QString error;
    QVERIFY(store.open(m_case, CaseStore::Mode::ReadWrite, &error));
    Importer importer(store);
    const ImportResult r = importer.run({source});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.imported, qint64(lookalikes().size()));
}

bool TestNameMarkers::openSession(CaseSession &session)
{
    QSignalSpy result(&session, &CaseSession::resultReady);
    session.open(m_case);
    return result.wait(10000);
}

void TestNameMarkers::eventTable()
{
    CaseSession session;
    EventTableModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openSession(session));
    QCOMPARE(model.rowCount(), lookalikes().size());
    // Rows are in time order, as written.
    for (int row = 0; row < model.rowCount(); ++row) {
        const Lookalike &l = lookalikes().at(row);
        const QModelIndex actor = model.index(row, int(EventColumn::Actor));
        QTRY_VERIFY(model.data(actor).toString() != QStringLiteral("…"));
        QCOMPARE(model.data(actor).toString(), l.shown);
        const QString tip = model.data(actor, Qt::ToolTipRole).toString();
        if (l.codePoints.isEmpty()) {
            QVERIFY(tip.isEmpty());
        } else {
            QVERIFY2(tip.contains(l.codePoints), qPrintable(tip));
        }
        // Copying gives the name as written, not as marked.
        QCOMPARE(model.data(actor, EventTableModel::CsvRole).toString(), l.name);
    }
}

void TestNameMarkers::facets()
{
    CaseSession session;
    FacetModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openSession(session));
    const QModelIndex actors = model.index(int(IndexField::Actor), 0);
    QCOMPARE(model.rowCount(actors), lookalikes().size());
    QStringList shown;
    for (int row = 0; row < model.rowCount(actors); ++row) {
        const QModelIndex value = model.index(row, 0, actors);
        const QString text = model.data(value).toString();
        shown << text;
        for (const Lookalike &l : lookalikes()) {
            if (text != l.shown)
                continue;
            const QString tip = model.data(value, Qt::ToolTipRole).toString();
            QVERIFY(l.codePoints.isEmpty() ? !tip.contains(QStringLiteral("U+"))
                                           : tip.contains(l.codePoints));
        }
    }
    shown.sort();
    QStringList expected;
    for (const Lookalike &l : lookalikes())
        expected << l.shown;
    expected.sort();
    QCOMPARE(shown, expected);
}

void TestNameMarkers::valuePicker()
{
    CaseSession session;
    QVERIFY(openSession(session));
    ValuePicker picker(&session, IndexField::Actor);
    QSignalSpy found(&session, &CaseSession::valuesFound);
    picker.click();
    QVERIFY(found.wait(10000) || found.size() > 0);
    QTRY_COMPARE(picker.list()->count(), lookalikes().size());
    int marked = 0;
    for (int i = 0; i < picker.list()->count(); ++i) {
        const QListWidgetItem *item = picker.list()->item(i);
        if (item->text().startsWith(kMarker)) {
            ++marked;
            QVERIFY(item->toolTip().contains(QStringLiteral("U+")));
        }
        QVERIFY(!item->text().contains(QChar(0x200b)));
        QVERIFY(!item->text().contains(QChar(0x202e)));
    }
    QCOMPARE(marked, 3);
    picker.popup()->hide();
}

void TestNameMarkers::detailPane()
{
    CaseSession session;
    EventTableModel model(&session);
    QVERIFY(openSession(session));
    DetailPane pane;
    for (int row = 0; row < lookalikes().size(); ++row) {
        const Lookalike &l = lookalikes().at(row);
        EventRow event;
        QVERIFY(session.fetchEvent(model.seqAt(row), &event));
        pane.showEvent(event, {}, false);
        QTreeWidgetItem *actor = nullptr;
        QTreeWidgetItem *extras = nullptr;
        for (int i = 0; i < pane.fields()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = pane.fields()->topLevelItem(i);
            if (item->text(0) == QStringLiteral("actor"))
                actor = item;
            if (item->text(0) == QStringLiteral("other columns"))
                extras = item;
        }
        QVERIFY(actor);
        QVERIFY2(actor->text(1).startsWith(l.shown + QStringLiteral(" (user) u")),
                 qPrintable(actor->text(1)));
        if (!l.codePoints.isEmpty()) {
            QVERIFY2(actor->toolTip(1).contains(l.codePoints), qPrintable(actor->toolTip(1)));
            // What "Copy value" copies: the name as written.
            QVERIFY(actor->data(1, Qt::UserRole).toString().startsWith(l.name + QLatin1Char(' ')));
        }
        // The header's two "extra" columns and its "source": each cell under its own name.
        QVERIFY(extras);
        QCOMPARE(extras->childCount(), 3);
        const QString n = QString::number(row);
        QCOMPARE(extras->child(0)->text(0), QStringLiteral("extra"));
        QCOMPARE(extras->child(0)->text(1), QStringLiteral("a") + n);
        QCOMPARE(extras->child(1)->text(0), QStringLiteral("extra (2)"));
        QCOMPARE(extras->child(1)->text(1), QStringLiteral("b") + n);
        QCOMPARE(extras->child(2)->text(0), QStringLiteral("source"));
        QCOMPARE(extras->child(2)->text(1), QStringLiteral("s"));
    }
}

QTEST_MAIN(TestNameMarkers)
#include "tst_namemarkers.moc"
