// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The window's annotation writer: a star lands on its own thread and is reported, changes asked
// for one after another all land in that order, a star toggles off when every event has one, a
// read-only case refuses with a sentence, and the table's rows read the marks back by identity.

#include "annotations/annotationstore.h"
#include "importing/importer.h"
#include "session/annotationjob.h"
#include "session/casesession.h"
#include "session/rowfetcher.h"
#include "store/casestore.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace auditlens;

namespace {
using auditlens::tests::data;

// The seqs of the case's starred events, read on a connection of the test's own.
QVector<qint64> starredSeqs(const QString &casePath)
{
    CaseStore store;
    QString error;
    if (!store.open(casePath, CaseStore::Mode::ReadOnly, &error))
        return {-1};
    const auto stars = AnnotationStore(store).stars();
    QVector<qint64> seqs;
    for (const StarredEvent &s : *stars)
        seqs << s.seq.value_or(-1);
    std::sort(seqs.begin(), seqs.end());
    return seqs;
}

// Waits for the job's next report.
AnnotationOutcome nextOutcome(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(10000))
        return {};
    return spy.takeFirst().at(0).value<AnnotationOutcome>();
}
} // namespace

class TestAnnotationJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aStarLandsAndIsReported();
    void changesAskedTogetherAllLandInOrder();
    void aStarTogglesOffWhenEveryEventHasOne();
    void aReadOnlyCaseRefusesWithASentence();
    void rowsCarryTheirStarsAndNotes();
    void theSessionShowsTheChange();

private:
    QTemporaryDir m_dir;
    QString m_case;
};

void TestAnnotationJob::init()
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

void TestAnnotationJob::aStarLandsAndIsReported()
{
    AnnotationJob job(m_case, QStringLiteral("dana"));
    QSignalSpy opened(&job, &AnnotationJob::opened);
    QSignalSpy changed(&job, &AnnotationJob::changed);
    job.start();
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.first().at(0).toBool(), true);
    QVERIFY(job.isWritable());
    const quint64 request = job.star({2, 5});
    QCOMPARE(job.pending(), 1);
    const AnnotationOutcome outcome = nextOutcome(changed);
    QVERIFY2(outcome.change.ok, qPrintable(outcome.change.error));
    QCOMPARE(outcome.request, request);
    QCOMPARE(outcome.action, QStringLiteral("star"));
    QCOMPARE(outcome.asked, 2);
    QCOMPARE(outcome.change.events, 2);
    QCOMPARE(job.pending(), 0);
    QCOMPARE(starredSeqs(m_case), QVector<qint64>({2, 5}));
}

void TestAnnotationJob::changesAskedTogetherAllLandInOrder()
{
    QVector<quint64> requests;
    {
        AnnotationJob job(m_case);
        QSignalSpy changed(&job, &AnnotationJob::changed);
        // Asked for before the case has even opened on the worker: they wait their turn.
        requests << job.star({1}) << job.star({3, 4}) << job.unstar({4});
        QCOMPARE(job.pending(), 3);
        for (const quint64 request : requests) {
            const AnnotationOutcome outcome = nextOutcome(changed);
            QVERIFY2(outcome.change.ok, qPrintable(outcome.change.error));
            QCOMPARE(outcome.request, request);
        }
        QCOMPARE(starredSeqs(m_case), QVector<qint64>({1, 3}));
        // A change asked for just before the job goes still lands.
        job.star({7});
    }
    QCOMPARE(starredSeqs(m_case), QVector<qint64>({1, 3, 7}));
}

void TestAnnotationJob::aStarTogglesOffWhenEveryEventHasOne()
{
    AnnotationJob job(m_case);
    QSignalSpy changed(&job, &AnnotationJob::changed);
    job.toggleStar({6});
    AnnotationOutcome outcome = nextOutcome(changed);
    QCOMPARE(outcome.action, QStringLiteral("star"));
    QCOMPARE(outcome.change.events, 1);
    // One of the two is not starred yet: both are.
    job.toggleStar({6, 8});
    outcome = nextOutcome(changed);
    QCOMPARE(outcome.action, QStringLiteral("star"));
    QCOMPARE(outcome.change.events, 1);
    QCOMPARE(starredSeqs(m_case), QVector<qint64>({6, 8}));
    // Every one is: the stars go.
    job.toggleStar({6, 8});
    outcome = nextOutcome(changed);
    QVERIFY2(outcome.change.ok, qPrintable(outcome.change.error));
    QCOMPARE(outcome.action, QStringLiteral("unstar"));
    QCOMPARE(outcome.change.events, 2);
    QCOMPARE(starredSeqs(m_case), QVector<qint64>());
}

void TestAnnotationJob::aReadOnlyCaseRefusesWithASentence()
{
    const QByteArray before = tests::sha256Of(m_case);
    AnnotationJob job(m_case, {}, AnnotationJob::Access::ReadOnly);
    QSignalSpy opened(&job, &AnnotationJob::opened);
    QSignalSpy changed(&job, &AnnotationJob::changed);
    job.start();
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.first().at(0).toBool(), false);
    QVERIFY(!job.isWritable());
    QVERIFY2(job.readOnlyReason().contains(QLatin1String("read-only")),
             qPrintable(job.readOnlyReason()));
    job.star({1});
    const AnnotationOutcome outcome = nextOutcome(changed);
    QVERIFY(!outcome.change.ok);
    QVERIFY2(outcome.change.error.contains(QLatin1String("read-only")),
             qPrintable(outcome.change.error));
    QCOMPARE(starredSeqs(m_case), QVector<qint64>());
    QCOMPARE(tests::sha256Of(m_case), before);
}

void TestAnnotationJob::rowsCarryTheirStarsAndNotes()
{
    {
        CaseStore store;
        QString error;
        QVERIFY2(store.open(m_case, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
        AnnotationStore annotations(store, QStringLiteral("kai"));
        QVERIFY(annotations.star({3}).ok);
        QVERIFY(annotations.setNote({4}, QStringLiteral("First line\nsecond <b>line</b>")).ok);
        AnnotationStore other(store, QStringLiteral("lee"));
        QVERIFY(other.setNote({4}, QStringLiteral("Later note")).ok);
    }
    CaseStore store;
    QString error;
    QVERIFY2(store.open(m_case, CaseStore::Mode::ReadOnly, &error), qPrintable(error));
    RowFetcher fetcher(store.handle());
    std::vector<EventRow> rows(5);
    for (qint64 seq = 1; seq <= 5; ++seq)
        QVERIFY(fetcher.fetch(seq, &rows[size_t(seq - 1)]));
    rows[0].starred = true; // left from an earlier read: cleared
    QVERIFY(fetcher.readMarks(rows.data(), rows.size()));
    QVERIFY(!rows[0].starred);
    QVERIFY(rows[2].starred);
    QCOMPARE(rows[2].starAuthor, QStringLiteral("kai"));
    QVERIFY(!rows[2].starCreated.isEmpty());
    QCOMPARE(rows[2].noteCount, 0);
    QVERIFY(!rows[3].starred);
    QCOMPARE(rows[3].noteCount, 2);
    QCOMPARE(rows[3].noteAuthor, QStringLiteral("lee"));
    QCOMPARE(rows[3].noteText, QStringLiteral("Later note"));
    QCOMPARE(rows[4].noteCount, 0);
}

void TestAnnotationJob::theSessionShowsTheChange()
{
    CaseSession session;
    QSignalSpy opened(&session, &CaseSession::opened);
    QSignalSpy available(&session, &CaseSession::annotationsAvailable);
    QSignalSpy results(&session, &CaseSession::resultReady);
    session.open(m_case);
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!results.isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!available.isEmpty(), 10000);
    QVERIFY(session.annotationsWritable());
    results.clear();
    QSignalSpy changed(&session, &CaseSession::annotationsChanged);
    QSignalSpy outcomes(&session, &CaseSession::annotationChanged);
    QVERIFY(session.toggleStar({1}) > 0);
    QVERIFY(changed.wait(10000));
    QCOMPARE(outcomes.size(), 1);
    // The result is asked for again, and its rows carry the star.
    QVERIFY(results.wait(10000));
    const auto rows = results.last().at(1).value<RowBlockPtr>();
    QVERIFY(rows);
    bool starred = false;
    for (const EventRow &r : rows->rows)
        starred = starred || (r.seq == 1 && r.starred);
    QVERIFY(starred);
    EventRow one;
    QVERIFY(session.fetchEvent(1, &one));
    QVERIFY(one.starred);
    // The filter on the star reads the change too: the session's worker reads the marks again.
    QueryResultPtr last = results.last().at(0).value<QueryResultPtr>();
    QVERIFY(last->facets[int(IndexField::Starred)].inCase);
    Filter onlyStarred;
    onlyStarred[FilterField::Starred].include = {markValue()};
    results.clear();
    session.setFilter(onlyStarred);
    QVERIFY(results.wait(10000));
    last = results.last().at(0).value<QueryResultPtr>();
    QCOMPARE(last->count(), 1u);
    QCOMPARE(session.index()->seq(last->positions.front()), 1);
    // Unstarred, it leaves the filter's result at once.
    results.clear();
    QVERIFY(session.toggleStar({1}) > 0);
    QVERIFY(changed.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(
        !results.isEmpty() && results.last().at(0).value<QueryResultPtr>()->count() == 0, 10000);
}

QTEST_GUILESS_MAIN(TestAnnotationJob)
#include "tst_annotationjob.moc"
