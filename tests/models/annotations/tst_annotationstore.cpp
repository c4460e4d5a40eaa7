// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Tags, stars and notes stay with their events (closing the case, removing a source and adding
// it back), every change is in the annotation log in order, the log is never rewritten, and a
// change of many events is all or nothing; saved views are replaced by name and logged.

#include "annotations/annotationstore.h"
#include "importing/importer.h"
#include "importing/sourceremoval.h"
#include "robustness.h"
#include "store/casestore.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace auditlens;

namespace {
using auditlens::tests::data;

// The events of the case carrying the tag, as seqs in order.
QVector<qint64> tagged(const CaseStore &store, const QString &tag)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT e.seq FROM events AS e JOIN sources AS s ON s.id = e.source_id JOIN event_tags AS"
        " t ON t.source_sha256 = s.sha256 AND t.line = e.line AND t.event_id = e.event_id JOIN"
        " tags AS g ON g.id = t.tag_id WHERE g.name = ? ORDER BY e.seq"));
    q.addBindValue(tag);
    QVector<qint64> seqs;
    if (!q.exec())
        return {-1};
    while (q.next())
        seqs << q.value(0).toLongLong();
    return seqs;
}

qint64 tagCount(const AnnotationStore &annotations, const QString &name)
{
    const auto tags = annotations.tags();
    if (!tags)
        return -1;
    for (const TagSummary &t : *tags) {
        if (t.name == name)
            return t.events;
    }
    return -2;
}

QStringList logActions(const AnnotationStore &annotations)
{
    QStringList actions;
    annotations.readLog([&](const AnnotationLogEntry &e) {
        actions << QStringLiteral("%1:%2").arg(e.action).arg(e.eventCount);
    });
    return actions;
}
} // namespace

class TestAnnotationStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void annotationsSurviveClosingTheCase();
    void annotationsSurviveRemovingAndReaddingASource();
    void theLogListsEveryChangeInOrder();
    void theLogIsNeverRewritten_data();
    void theLogIsNeverRewritten();
    void aFailedBulkTagChangesNothing();
    void tagNamesAndColoursAreChecked_data();
    void tagNamesAndColoursAreChecked();
    void aReadOnlyCaseTakesNoAnnotation();
    void savedViewsAreReplacedByNameAndLogged();

private:
    QTemporaryDir m_dir;
    QString m_case;
};

void TestAnnotationStore::init()
{
    QVERIFY(m_dir.isValid());
    m_case = m_dir.filePath(
        QStringLiteral("%1.auditlens").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_case);
    CaseStore store;
    QString error;
    QVERIFY2(store.open(m_case, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
    Importer importer(store);
    QVERIFY(
        importer.run({data(QStringLiteral("current.csv")), data(QStringLiteral("basic.csv"))}).ok);
    QCOMPARE(store.eventCount(), 19);
}

void TestAnnotationStore::annotationsSurviveClosingTheCase()
{
    {
        CaseStore store;
        QString error;
        QVERIFY2(store.open(m_case, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
        AnnotationStore annotations(store, QStringLiteral("dana"));
        const AnnotationChange tagged3 = annotations.tag({1, 2, 3}, QStringLiteral("suspicious"));
        QVERIFY2(tagged3.ok, qPrintable(tagged3.error));
        QCOMPARE(tagged3.events, 3);
        QVERIFY(!tagged3.createdTag);
        // Tagging again changes nothing already tagged.
        QCOMPARE(annotations.tag({2, 3, 4}, QStringLiteral("suspicious")).events, 1);
        const AnnotationChange custom = annotations.tag(
            {5}, QStringLiteral("exfil"), QStringLiteral("#00aa11"), QStringLiteral("Data out"));
        QVERIFY(custom.ok && custom.createdTag);
        QCOMPARE(annotations.star({2, 16}).events, 2);
        QCOMPARE(annotations.setNote({3}, QStringLiteral("**First** sign")).events, 1);
        QCOMPARE(annotations.setNote({3}, QStringLiteral("*Second* look")).events, 1);
        QVERIFY(annotations.setCaseNote(QStringLiteral("# Incident 42")).ok);
    }
    CaseStore store;
    QString error;
    QVERIFY2(store.open(m_case, CaseStore::Mode::ReadOnly, &error), qPrintable(error));
    const AnnotationStore annotations(store);
    QCOMPARE(tagged(store, QStringLiteral("suspicious")), QVector<qint64>({1, 2, 3, 4}));
    QCOMPARE(tagCount(annotations, QStringLiteral("suspicious")), 4);
    const auto tags = annotations.tags();
    QVERIFY(tags);
    QCOMPARE(tags->size(), 7);
    QCOMPARE(tags->last().name, QStringLiteral("exfil"));
    QCOMPARE(tags->last().color, QStringLiteral("#00AA11"));
    QCOMPARE(tags->last().description, QStringLiteral("Data out"));
    QCOMPARE(tags->last().author, QStringLiteral("dana"));
    QVERIFY(!tags->last().preset);
    const auto stars = annotations.stars();
    QVERIFY(stars);
    QCOMPARE(stars->size(), 2);
    QCOMPARE(stars->at(0).author, QStringLiteral("dana"));
    QCOMPARE(stars->at(0).created.size(), 24); // 2026-11-28T15:06:14.123Z
    QVERIFY(stars->at(0).created.endsWith(QLatin1Char('Z')));
    const auto notes = annotations.notes();
    QVERIFY(notes);
    QCOMPARE(notes->size(), 2);
    QVERIFY(!notes->at(0).key); // the case's note first
    QCOMPARE(notes->at(0).text, QStringLiteral("# Incident 42"));
    QCOMPARE(notes->at(1).text, QStringLiteral("*Second* look"));
    QCOMPARE(notes->at(1).seq, std::optional<qint64>(3));
    QCOMPARE(notes->at(1).key->line, 4); // current.csv's third record
}

void TestAnnotationStore::annotationsSurviveRemovingAndReaddingASource()
{
    CaseStore store;
    QString error;
    QVERIFY2(store.open(m_case, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
    AnnotationStore annotations(store);
    // Seqs 15 to 19 are basic.csv's events, the second source.
    QCOMPARE(annotations.tag({1, 15, 17}, QStringLiteral("malicious")).events, 3);
    QCOMPARE(annotations.star({16}).events, 1);
    QCOMPARE(annotations.setNote({17}, QStringLiteral("see ticket")).events, 1);
    const SourceRemoval::Result removed = SourceRemoval::remove(store, 2);
    QVERIFY2(removed.ok, qPrintable(removed.error));
    QCOMPARE(tagged(store, QStringLiteral("malicious")), QVector<qint64>({1}));
    QCOMPARE(tagCount(annotations, QStringLiteral("malicious")), 1);
    auto stars = annotations.stars();
    QVERIFY(stars && stars->size() == 1);
    QVERIFY(!stars->at(0).seq); // kept, though its event is not in the case
    Importer importer(store);
    QVERIFY(importer.run({data(QStringLiteral("basic.csv"))}).ok);
    // The events come back (with seqs of their own); their annotations find them.
    const QVector<qint64> back = tagged(store, QStringLiteral("malicious"));
    QCOMPARE(back.size(), 3);
    QCOMPARE(back.first(), 1);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT line FROM events WHERE seq IN (%1, %2) ORDER BY line")
                       .arg(back.at(1))
                       .arg(back.at(2))));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 4);
    stars = annotations.stars();
    QVERIFY(stars && stars->size() == 1 && stars->at(0).seq);
    QCOMPARE(stars->at(0).key.line, 3); // basic.csv's second record
    const auto notes = annotations.notes();
    QVERIFY(notes && notes->size() == 1);
    QCOMPARE(notes->at(0).seq, std::optional<qint64>(back.at(2)));
}

void TestAnnotationStore::theLogListsEveryChangeInOrder()
{
    CaseStore store;
    QString error;
    QVERIFY2(store.open(m_case, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
    AnnotationStore annotations(store, QStringLiteral("kai"));
    QVERIFY(annotations.tag({1, 2, 3, 5}, QStringLiteral("lateral")).ok);
    QVERIFY(annotations.star({4}).ok);
    QVERIFY(annotations.star({4}).ok); // no change: no row
    QVERIFY(annotations.setNote({2}, QStringLiteral("odd")).ok);
    QVERIFY(annotations.untag({2, 9}, QStringLiteral("lateral")).ok);
    QVERIFY(annotations.unstar({4}).ok);
    QVERIFY(annotations.removeNote({2}).ok);
    QVERIFY(annotations.setCaseNote(QStringLiteral("closed")).ok);
    QVERIFY(annotations.removeCaseNote().ok);
    QCOMPARE(logActions(annotations),
             QStringLiteral("create-tag:0 tag:4 star:1 note:1 untag:1 unstar:1 unnote:1 "
                            "case-note:0 remove-case-note:0")
                 .split(QLatin1Char(' ')));
    // Each row names its author, time and events by identity.
    QVector<AnnotationLogEntry> log;
    annotations.readLog([&](const AnnotationLogEntry &e) { log << e; });
    QCOMPARE(log.at(1).author, QStringLiteral("kai"));
    QVERIFY(log.at(1).at <= log.at(2).at);
    const QJsonArray events = QJsonDocument::fromJson(log.at(1).events.toUtf8()).array();
    QCOMPARE(events.size(), 1);
    const QJsonObject source = events.at(0).toObject();
    QCOMPARE(source.value(QStringLiteral("source")).toString().size(), 64);
    QCOMPARE(source.value(QStringLiteral("lines")).toString(), QStringLiteral("2-4,6"));
    QCOMPARE(source.value(QStringLiteral("ids")).toArray().size(), 4);
    QCOMPARE(QJsonDocument::fromJson(log.at(0).detail.toUtf8())
                 .object()
                 .value(QStringLiteral("tag"))
                 .toString(),
             QStringLiteral("lateral"));
    // An unknown tag is an error, and no change.
    const AnnotationChange unknown = annotations.untag({1}, QStringLiteral("nope"));
    QVERIFY(!unknown.ok);
    QVERIFY(unknown.error.contains(QLatin1String("nope")));
    QCOMPARE(logActions(annotations).size(), 9);
}

void TestAnnotationStore::theLogIsNeverRewritten_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update") << "UPDATE annotation_log SET author = 'mallory'";
    QTest::newRow("delete") << "DELETE FROM annotation_log";
    QTest::newRow("replace") << "INSERT OR REPLACE INTO annotation_log(id, at, author, action)"
                                " SELECT id, at, 'mallory', action FROM annotation_log";
}

void TestAnnotationStore::theLogIsNeverRewritten()
{
    QFETCH(QString, sql);
    CaseStore store;
    QString error;
    QVERIFY2(store.open(m_case, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
    AnnotationStore annotations(store, QStringLiteral("kai"));
    QVERIFY(annotations.star({1, 2}).ok);
    QSqlQuery q(store.database());
    QVERIFY(!q.exec(sql));
    QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")),
             qPrintable(q.lastError().text()));
    QVector<AnnotationLogEntry> log;
    annotations.readLog([&](const AnnotationLogEntry &e) { log << e; });
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).author, QStringLiteral("kai"));
}

void TestAnnotationStore::aFailedBulkTagChangesNothing()
{
    // 20,000 more events; the tag of all of them fails at one event near the end (a constraint
    // this connection adds): no event is tagged, the tag it would have made is not there, and
    // the log has no row.
    const QString csv = m_dir.filePath(QStringLiteral("bulk.csv"));
    QVERIFY(robustness::writeCsv(csv, 20000));
    CaseStore store;
    QString error;
    QVERIFY2(store.open(m_case, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
    Importer importer(store);
    QVERIFY(importer.run({csv}).ok);
    QVector<qint64> all;
    for (qint64 seq = 1; seq <= store.eventCount(); ++seq)
        all << seq;
    QSqlQuery q(store.database());
    QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse AFTER INSERT ON main.event_tags"
                                   " WHEN NEW.line = 19990 BEGIN SELECT RAISE(ABORT, 'disk full');"
                                   " END")),
             qPrintable(q.lastError().text()));
    AnnotationStore annotations(store);
    const AnnotationChange failed = annotations.tag(all, QStringLiteral("bulk"));
    QVERIFY(!failed.ok);
    QVERIFY2(failed.error.contains(QLatin1String("disk full")), qPrintable(failed.error));
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM event_tags), (SELECT count(*)"
                                  " FROM tags WHERE name = 'bulk'), (SELECT count(*) FROM"
                                  " annotation_log)")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toInt(), 0);
    QCOMPARE(q.value(2).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.refuse")));
    const AnnotationChange done = annotations.tag(all, QStringLiteral("bulk"));
    QVERIFY2(done.ok, qPrintable(done.error));
    QCOMPARE(done.events, all.size());
    QCOMPARE(tagCount(annotations, QStringLiteral("bulk")), all.size());
}

void TestAnnotationStore::tagNamesAndColoursAreChecked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("color");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << "c2-beacon"
                           << "#123abc" << true;
    QTest::newRow("default colour") << "exfil"
                                    << "" << true;
    QTest::newRow("empty name") << ""
                                << "" << false;
    QTest::newRow("leading space") << " x"
                                   << "" << false;
    QTest::newRow("control character") << "a\nb"
                                       << "" << false;
    QTest::newRow("bidi override") << QStringLiteral("a\u202Eb") << "" << false;
    QTest::newRow("too long") << QString(65, QLatin1Char('x')) << "" << false;
    QTest::newRow("colour name") << "x"
                                 << "red" << false;
    QTest::newRow("short colour") << "x"
                                  << "#123" << false;
}

void TestAnnotationStore::tagNamesAndColoursAreChecked()
{
    QFETCH(QString, name);
    QFETCH(QString, color);
    QFETCH(bool, accepted);
    CaseStore store;
    QString error;
    QVERIFY2(store.open(m_case, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
    AnnotationStore annotations(store);
    const AnnotationChange change = annotations.tag({1}, name, color);
    QCOMPARE(change.ok, accepted);
    QCOMPARE(change.error.isEmpty(), accepted);
    QCOMPARE(tagged(store, name).size(), accepted ? 1 : 0);
}

void TestAnnotationStore::aReadOnlyCaseTakesNoAnnotation()
{
    CaseStore store;
    QString error;
    QVERIFY2(store.open(m_case, CaseStore::Mode::ReadOnly, &error), qPrintable(error));
    AnnotationStore annotations(store);
    const AnnotationChange change = annotations.star({1});
    QVERIFY(!change.ok);
    QVERIFY(change.error.contains(QLatin1String("read-only")));
    QVERIFY(annotations.author() == AnnotationStore::systemAuthor());
}

void TestAnnotationStore::savedViewsAreReplacedByNameAndLogged()
{
    const QStringList first = {QStringLiteral("--actor"), QStringLiteral("oren1"),
                               QStringLiteral("--text"), QStringLiteral("it's \"quoted\"")};
    const QStringList second = {QStringLiteral("--success"), QStringLiteral("false")};
    {
        CaseStore store;
        QString error;
        QVERIFY2(store.open(m_case, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
        AnnotationStore annotations(store, QStringLiteral("kai"));
        QVERIFY(annotations.saveView(QStringLiteral("mine"), first).ok);
        QVERIFY(annotations.saveView(QStringLiteral("all"), {}).ok);
        AnnotationStore other(store, QStringLiteral("lee"));
        const AnnotationChange replaced = other.saveView(QStringLiteral("mine"), second);
        QVERIFY2(replaced.ok, qPrintable(replaced.error));
        QVERIFY(!annotations.saveView(QStringLiteral(" padded"), first).ok);
        QVERIFY(annotations.deleteView(QStringLiteral("all")).ok);
        // Deleting a view the case does not have is no change, and no log row.
        const AnnotationChange missing = annotations.deleteView(QStringLiteral("nope"));
        QVERIFY(missing.ok);
        QCOMPARE(missing.events, 0);
    }
    CaseStore store;
    QString error;
    QVERIFY2(store.open(m_case, CaseStore::Mode::ReadOnly, &error), qPrintable(error));
    const AnnotationStore annotations(store);
    const auto views = annotations.views(&error);
    QVERIFY2(views, qPrintable(error));
    QCOMPARE(views->size(), 1);
    const SavedView &view = views->at(0);
    QCOMPARE(view.name, QStringLiteral("mine"));
    QCOMPARE(view.filter, second);
    QCOMPARE(view.author, QStringLiteral("lee"));
    QVERIFY(view.sort.isEmpty() && view.columns.isEmpty());
    QVector<AnnotationLogEntry> log;
    annotations.readLog([&](const AnnotationLogEntry &e) { log << e; });
    QCOMPARE(logActions(annotations),
             QStringLiteral("save-view:0 save-view:0 save-view:0 delete-view:0")
                 .split(QLatin1Char(' ')));
    QCOMPARE(log.at(2).author, QStringLiteral("lee"));
    // Replaced, the view keeps when it was first saved.
    QCOMPARE(view.created, log.at(0).at);
    QCOMPARE(view.changed, log.at(2).at);
    const QJsonObject detail = QJsonDocument::fromJson(log.at(0).detail.toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("name")).toString(), QStringLiteral("mine"));
    QCOMPARE(detail.value(QStringLiteral("filter")).toArray(), QJsonArray::fromStringList(first));
    // A read-only case takes no view.
    QVERIFY(!AnnotationStore(store).saveView(QStringLiteral("x"), {}).ok);
}

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
