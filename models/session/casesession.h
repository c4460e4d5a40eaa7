// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "annotationjob.h"
#include "casewatch.h"
#include "queryworker.h"
#include "rowfetcher.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace auditlens {

class RowFetcher;

// One open case as the window sees it: the current filter and sort, the latest result, and the
// worker thread that computes results. Every filter change gets a new generation; results and
// rows of an older generation are dropped, so a slow answer never lands over a newer one.
//
// Opening another case keeps the current one until the new one is open: a case that fails to
// open leaves the session (and the analyst's filter) as it was.
class CaseSession : public QObject
{
    Q_OBJECT
public:
    explicit CaseSession(QObject *parent = nullptr);
    ~CaseSession() override;

    // Opens the case on a worker thread of its own (loading or building its index); opened() or
    // openFailed() follows. The case open until then stays open; when the new one has opened
    // it replaces it, with initialFilter as its filter.
    void open(const QString &casePath, const Filter &initialFilter = Filter());
    void close();
    bool isOpen() const { return m_index != nullptr; }
    // A case is being opened (the current one, if any, is still open).
    bool isOpening() const { return m_pending.worker != nullptr; }
    QString casePath() const { return m_casePath; }
    // The case being opened, while isOpening().
    QString openingPath() const { return m_pendingPath; }
    EventIndexPtr index() const { return m_index; }
    // The GUI thread's own read-only connection, for single rows and the problems list.
    CaseStore &store() { return *m_store; }

    const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter);
    SortSpec sort() const { return m_sort; }
    void setSort(const SortSpec &sort);
    QueryResultPtr result() const { return m_result; }
    quint64 generation() const { return m_generation; }
    // Asks again for the current filter's result (resultReady() follows), e.g. to show the case
    // again after the window showed something else.
    void refresh() { post(); }
    // Whether results carry the actor timeline's lanes: counting them costs tens of
    // milliseconds at a million events, paid only while the timeline is shown. Turning it on
    // asks for the current result again.
    void setLanesWanted(bool wanted);
    bool lanesWanted() const { return m_lanesWanted.load(); }

    // Asks the worker for rows of the current result; rowsReady() follows.
    void requestRows(int firstRow, int count);
    // Values of a field containing text (id or name); valuesFound() follows with the request.
    quint64 findValues(IndexField field, const QString &text);
    // The rows of the current result whose event contains text (as the text filter reads it),
    // without filtering; textFound() follows with the request.
    quint64 findText(const QString &text);
    // A whole event, read now (a primary-key lookup).
    bool fetchEvent(qint64 seq, EventRow *row);
    // The tags and notes of an event fetched by fetchEvent, read now.
    bool fetchEventMarks(const EventRow &row, EventMarks *marks);
    // Whether the open case takes annotations (a case on read-only media does not), and if not
    // why; known once annotationsAvailable() has come.
    bool annotationsWritable() const { return m_annotationsWritable; }
    QString annotationsReadOnlyReason() const { return m_annotationsReadOnlyReason; }
    // Stars the events, or unstars them when every one already is, on the annotation writer's
    // thread; annotationChanged() follows, and annotationsChanged() when the case changed.
    // 0 when no case is open.
    quint64 toggleStar(const QVector<qint64> &seqs);
    // Tags (remove: untags) the events with the tag name, on the annotation writer's thread; a
    // tag the case does not have yet is made with color and description (empty: the
    // defaults). annotationChanged() follows, its subject the tag. 0 when no case is open.
    quint64 tagEvents(const QVector<qint64> &seqs, const QString &name, bool remove,
                      const QString &color = {}, const QString &description = {});
    // The same for every event of result (a result of the open case): the writer reads their
    // seqs from it, so a million events cost the window nothing.
    quint64 tagResult(const QueryResultPtr &result, const QString &name, bool remove,
                      const QString &color = {}, const QString &description = {});
    // Every tag of the open case, the presets first, read now (a few rows).
    QVector<TagSummary> caseTags();
    // The writer of the open case's annotations (null when none is open).
    AnnotationJob *annotationJob() const { return m_annotations.get(); }

    // Notes from the detail pane, and the tags an untag can take off.
    // The author's note on the events (Markdown, as written), added or replaced; or (removeNote)
    // taken away; on the annotation writer's thread. annotationChanged() follows, its action
    // "note" or "unnote". 0 when no case is open.
    quint64 setNote(const QVector<qint64> &seqs, const QString &text);
    quint64 removeNote(const QVector<qint64> &seqs);
    // Who the annotation writer's changes are made by.
    static QString annotationAuthor() { return AnnotationStore::systemAuthor(); }
    // The tags the events carry, each with how many of them carry it (TagSummary::events), in
    // the case's order of tags: the events of result (a result of the open case), or when it is
    // null the events seqs. Read from the result's marks (result, else the current one); none
    // when there are no marks to read them from.
    std::optional<QVector<TagSummary>> tagsCarried(const QueryResultPtr &result,
                                                   const QVector<qint64> &seqs);

    // Blocks until the worker has checked the sources the case names (see
    // QueryWorker::waitForSourceChecks); for benchmarks and tests.
    void waitForSourceChecks();

    // Changes another program made to the open case (issue 12): a CaseWatch looks every
    // interval (ms; set before a case opens, or it applies from the next one).
    void setWatchInterval(int ms) { m_watchInterval = ms; }
    CaseWatch *watch() const { return m_watch.get(); }

Q_SIGNALS:
    void opened(qint64 openMs, bool built);
    void openFailed(const QString &error);
    // The open case is about to go (closed, or replaced by a newly opened one): let go of its
    // database connection now.
    void aboutToClose();
    void closed();
    void filterChanged(const auditlens::Filter &filter);
    void resultReady(auditlens::QueryResultPtr result, auditlens::RowBlockPtr firstRows);
    void rowsReady(auditlens::RowBlockPtr rows);
    void valuesFound(auditlens::ValueMatchesPtr matches);
    void textFound(auditlens::TextMatchesPtr matches);
    // The open case's annotation writer has opened it: writable, or not and why.
    void annotationsAvailable(bool writable, const QString &readOnlyReason);
    // A change asked for has landed or failed (see AnnotationJob::changed).
    void annotationChanged(const auditlens::AnnotationOutcome &outcome);
    // The case's annotations changed; the result is asked for again (its rows carry the marks).
    void annotationsChanged();
    // Another program changed the open case's annotations (changes: entries of the annotation
    // log); the marks were read again as after annotationsChanged().
    void annotationsChangedElsewhere(qint64 changes);
    // Another program added or removed sources of the open case: its index is stale until the
    // case is opened again.
    void sourcesChangedElsewhere();

private:
    // A worker and the thread it lives on.
    struct Worker
    {
        std::unique_ptr<QThread> thread;
        QueryWorker *worker = nullptr;
    };
    Worker startWorker(const QString &casePath);
    // Stops a worker whose open may still be running, without waiting for it.
    void abandon(Worker &w);
    // Stops a worker and waits for its thread.
    void stop(Worker &w);
    void closeCurrent();
    void startAnnotations();
    void post();
    void onOpened(const EventIndexPtr &index, qint64 openMs, bool built);
    void onOpenFailed(const QString &error);
    // The marks are read again and the current filter answered again with them.
    void reloadAnnotations();
    void startWatch();

    QString m_casePath;
    Worker m_current;
    Worker m_pending;
    QString m_pendingPath;
    Filter m_pendingFilter;
    std::vector<QPointer<QThread>> m_abandoned;
    std::atomic<quint64> m_latest{0};
    std::atomic<bool> m_lanesWanted{false};
    quint64 m_generation = 0;
    quint64 m_valueRequest = 0;
    quint64 m_textRequest = 0;
    EventIndexPtr m_index;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<RowFetcher> m_fetcher;
    std::unique_ptr<AnnotationJob> m_annotations;
    bool m_annotationsWritable = false;
    QString m_annotationsReadOnlyReason;
    Filter m_filter;
    SortSpec m_sort;
    QueryResultPtr m_result;

    // Changes another program made to the open case (issue 12).
    std::unique_ptr<CaseWatch> m_watch;
    int m_watchInterval = CaseWatch::kDefaultIntervalMs;
};

} // namespace auditlens
