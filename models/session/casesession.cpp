// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "casesession.h"

#include "rowfetcher.h"

#include "../index/annotationmarks.h"

#include <QCoreApplication>
#include <QHash>

namespace auditlens {

CaseSession::CaseSession(QObject *parent) : QObject(parent), m_store(std::make_unique<CaseStore>())
{
    qRegisterMetaType<QueryResultPtr>();
    qRegisterMetaType<RowBlockPtr>();
    qRegisterMetaType<ValueMatchesPtr>();
    qRegisterMetaType<TextMatchesPtr>();
    qRegisterMetaType<EventIndexPtr>();
    qRegisterMetaType<Filter>();
}

CaseSession::~CaseSession()
{
    close();
    // Workers still busy with an open that no one waits for: their thread ends after it.
    for (const QPointer<QThread> &thread : m_abandoned) {
        if (thread) {
            thread->wait();
            delete thread.data();
        }
    }
}

CaseSession::Worker CaseSession::startWorker(const QString &casePath)
{
    Worker w;
    w.thread = std::make_unique<QThread>();
    w.worker = new QueryWorker(casePath, &m_latest);
    w.worker->setLanesWanted(&m_lanesWanted);
    w.worker->moveToThread(w.thread.get());
    connect(w.thread.get(), &QThread::finished, w.worker, &QObject::deleteLater);
    w.thread->start();
    return w;
}

void CaseSession::stop(Worker &w)
{
    if (!w.worker)
        return;
    QueryWorker *worker = w.worker;
    w.worker = nullptr;
    disconnect(worker, nullptr, this, nullptr);
    QMetaObject::invokeMethod(worker, &QueryWorker::close, Qt::BlockingQueuedConnection);
    w.thread->quit();
    w.thread->wait();
    w.thread.reset();
}

void CaseSession::abandon(Worker &w)
{
    if (!w.worker)
        return;
    disconnect(w.worker, nullptr, this, nullptr);
    // Quits from inside its event loop, once the open it may be running has returned.
    QMetaObject::invokeMethod(
        w.worker, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
    w.worker = nullptr;
    // The worker may be busy building an index: its thread ends after that, and the worker and
    // the thread delete themselves.
    QThread *thread = w.thread.release();
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->quit();
    m_abandoned.emplace_back(thread);
}

void CaseSession::open(const QString &casePath, const Filter &initialFilter)
{
    abandon(m_pending);
    m_pendingPath = casePath;
    m_pendingFilter = initialFilter;
    m_pending = startWorker(casePath);
    QueryWorker *worker = m_pending.worker;
    connect(worker, &QueryWorker::opened, this, &CaseSession::onOpened);
    connect(worker, &QueryWorker::openFailed, this, &CaseSession::onOpenFailed);
    QMetaObject::invokeMethod(worker, &QueryWorker::open, Qt::QueuedConnection);
}

void CaseSession::onOpenFailed(const QString &error)
{
    if (!m_pending.worker || sender() != m_pending.worker)
        return;      // from an open that a newer one replaced
    stop(m_pending); // its open has returned: nothing to wait for
    m_pendingPath.clear();
    Q_EMIT openFailed(error);
}

void CaseSession::onOpened(const EventIndexPtr &index, qint64 openMs, bool built)
{
    if (!m_pending.worker || sender() != m_pending.worker)
        return;
    QString error;
    auto store = std::make_unique<CaseStore>();
    if (!store->open(m_pendingPath, CaseStore::Mode::ReadOnly, &error)) {
        stop(m_pending);
        m_pendingPath.clear();
        Q_EMIT openFailed(error);
        return;
    }
    // The new case is open: now, and only now, the current one goes.
    closeCurrent();
    m_current = std::move(m_pending);
    m_pending = Worker();
    m_casePath = m_pendingPath;
    m_pendingPath.clear();
    m_store = std::move(store);
    m_fetcher = std::make_unique<RowFetcher>(m_store->handle());
    m_index = index;
    m_filter = m_pendingFilter;
    m_sort = SortSpec();
    QueryWorker *worker = m_current.worker;
    connect(worker, &QueryWorker::resultReady, this,
            [this](const QueryResultPtr &result, const RowBlockPtr &rows) {
                if (result->generation != m_generation)
                    return;
                m_result = result;
                Q_EMIT resultReady(result, rows);
            });
    connect(worker, &QueryWorker::rowsReady, this, [this](const RowBlockPtr &rows) {
        if (rows->generation == m_generation)
            Q_EMIT rowsReady(rows);
    });
    connect(worker, &QueryWorker::valuesFound, this, [this](const ValueMatchesPtr &matches) {
        if (matches->request == m_valueRequest)
            Q_EMIT valuesFound(matches);
    });
    connect(worker, &QueryWorker::textFound, this, [this](const TextMatchesPtr &matches) {
        if (matches->request == m_textRequest && matches->generation == m_generation)
            Q_EMIT textFound(matches);
    });
    startAnnotations();
    startWatch();
    Q_EMIT opened(openMs, built);
    Q_EMIT filterChanged(m_filter);
    post();
}

void CaseSession::startAnnotations()
{
    // Until the writer has opened the case, changes wait in its queue; it says then whether
    // they can land.
    m_annotationsWritable = false;
    m_annotationsReadOnlyReason.clear();
    m_annotations = std::make_unique<AnnotationJob>(m_casePath);
    connect(m_annotations.get(), &AnnotationJob::opened, this,
            [this](bool writable, const QString &why) {
                m_annotationsWritable = writable;
                m_annotationsReadOnlyReason = why;
                // Whatever the writer's open made (the preset tags) is ours.
                if (m_watch)
                    m_watch->acceptOwnChanges();
                Q_EMIT annotationsAvailable(writable, why);
            });
    connect(m_annotations.get(), &AnnotationJob::changed, this,
            [this](const AnnotationOutcome &outcome) {
                // What the log holds now is ours, not another program's.
                if (m_watch)
                    m_watch->acceptOwnChanges();
                Q_EMIT annotationChanged(outcome);
                if (outcome.change.ok && outcome.change.events > 0)
                    reloadAnnotations();
            });
    m_annotations->start();
}

void CaseSession::reloadAnnotations()
{
    // The worker reads the marks again before it answers the refreshed filter (both are queued
    // to its thread, in this order).
    if (m_current.worker)
        QMetaObject::invokeMethod(m_current.worker, &QueryWorker::reloadAnnotations,
                                  Qt::QueuedConnection);
    Q_EMIT annotationsChanged();
    refresh();
}

void CaseSession::startWatch()
{
    // Read-only older cases are watched too: it costs a PRAGMA a tick.
    m_watch = std::make_unique<CaseWatch>(m_store->handle());
    m_watch->setInterval(m_watchInterval);
    m_watch->setOwnChangesPending([this] { return m_annotations && m_annotations->pending() > 0; });
    connect(m_watch.get(), &CaseWatch::annotationsChangedElsewhere, this, [this](qint64 changes) {
        reloadAnnotations();
        Q_EMIT annotationsChangedElsewhere(changes);
    });
    connect(m_watch.get(), &CaseWatch::sourcesChangedElsewhere, this,
            &CaseSession::sourcesChangedElsewhere);
    m_watch->start();
}

quint64 CaseSession::toggleStar(const QVector<qint64> &seqs)
{
    if (!m_annotations || seqs.isEmpty())
        return 0;
    return m_annotations->toggleStar(seqs);
}

namespace {
AnnotationChange applyTag(AnnotationStore &store, const QVector<qint64> &seqs, const QString &name,
                          bool remove, const QString &color, const QString &description)
{
    return remove ? store.untag(seqs, name) : store.tag(seqs, name, color, description);
}
} // namespace

quint64 CaseSession::tagEvents(const QVector<qint64> &seqs, const QString &name, bool remove,
                               const QString &color, const QString &description)
{
    if (!m_annotations || seqs.isEmpty())
        return 0;
    return m_annotations->submit(
        remove ? QStringLiteral("untag") : QStringLiteral("tag"), seqs.size(),
        [=](AnnotationStore &store, QString *) {
            return applyTag(store, seqs, name, remove, color, description);
        },
        name);
}

quint64 CaseSession::tagResult(const QueryResultPtr &result, const QString &name, bool remove,
                               const QString &color, const QString &description)
{
    if (!m_annotations || !result || !m_index || result->count() == 0)
        return 0;
    // The result and the index are shared and never change: the writer reads them.
    return m_annotations->submit(
        remove ? QStringLiteral("untag") : QStringLiteral("tag"), result->count(),
        [=, index = m_index](AnnotationStore &store, QString *) {
            QVector<qint64> seqs;
            seqs.reserve(qsizetype(result->count()));
            for (const quint32 position : result->positions)
                seqs << index->seq(position);
            return applyTag(store, seqs, name, remove, color, description);
        },
        name);
}

QVector<TagSummary> CaseSession::caseTags()
{
    QVector<TagSummary> tags;
    if (m_fetcher)
        m_fetcher->readCaseTags(&tags);
    return tags;
}

quint64 CaseSession::setNote(const QVector<qint64> &seqs, const QString &text)
{
    if (!m_annotations || seqs.isEmpty())
        return 0;
    return m_annotations->submit(
        QStringLiteral("note"), seqs.size(),
        [=](AnnotationStore &store, QString *) { return store.setNote(seqs, text); });
}

quint64 CaseSession::removeNote(const QVector<qint64> &seqs)
{
    if (!m_annotations || seqs.isEmpty())
        return 0;
    return m_annotations->submit(
        QStringLiteral("unnote"), seqs.size(),
        [=](AnnotationStore &store, QString *) { return store.removeNote(seqs); });
}

std::optional<QVector<TagSummary>> CaseSession::tagsCarried(const QueryResultPtr &result,
                                                            const QVector<qint64> &seqs)
{
    const QueryResultPtr from = result ? result : m_result;
    if (!m_index || !from || !from->marks)
        return std::nullopt;
    const AnnotationMarks &marks = *from->marks;
    // The chosen events as bits over the index's positions.
    std::vector<quint64> chosen((size_t(m_index->size()) + 63) / 64, 0);
    auto choose = [&](qint64 position) {
        if (position >= 0 && size_t(position >> 6) < chosen.size())
            chosen[size_t(position >> 6)] |= quint64(1) << (position & 63);
    };
    if (result) {
        for (const quint32 position : result->positions)
            choose(position);
    } else {
        for (const qint64 seq : seqs)
            choose(m_index->positionOfSeq(seq));
    }
    QHash<QString, qint64> counts;
    const quint32 codes = marks.codes(IndexField::Tag);
    for (quint32 code = 1; code < codes; ++code) {
        qint64 n = 0;
        for (const quint32 position : marks.positions(IndexField::Tag, code))
            n += qint64((chosen[position >> 6] >> (position & 63)) & 1);
        if (n > 0)
            counts.insert(marks.key(IndexField::Tag, code), n);
    }
    QVector<TagSummary> carried;
    for (TagSummary tag : caseTags()) {
        tag.events = counts.value(tag.name);
        if (tag.events > 0)
            carried << tag;
    }
    return carried;
}

void CaseSession::closeCurrent()
{
    if (!m_current.worker)
        return;
    Q_EMIT aboutToClose();
    // The changes asked for land before the case goes.
    if (m_annotations) {
        disconnect(m_annotations.get(), nullptr, this, nullptr);
        m_annotations.reset();
    }
    m_annotationsWritable = false;
    m_annotationsReadOnlyReason.clear();
    m_watch.reset();
    m_latest.store(++m_generation);
    stop(m_current);
    m_fetcher.reset();
    m_store->close();
    m_index.reset();
    m_result.reset();
    m_casePath.clear();
    Q_EMIT closed();
}

void CaseSession::close()
{
    abandon(m_pending);
    m_pendingPath.clear();
    closeCurrent();
}

void CaseSession::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged(m_filter);
    post();
}

void CaseSession::setSort(const SortSpec &sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    post();
}

void CaseSession::post()
{
    if (!m_current.worker || !m_index)
        return;
    const quint64 generation = ++m_generation;
    m_latest.store(generation);
    QueryWorker *worker = m_current.worker;
    const Filter filter = m_filter;
    const SortSpec sort = m_sort;
    QMetaObject::invokeMethod(
        worker, [worker, generation, filter, sort] { worker->runQuery(generation, filter, sort); },
        Qt::QueuedConnection);
}

void CaseSession::requestRows(int firstRow, int count)
{
    if (!m_current.worker || !m_result)
        return;
    QueryWorker *worker = m_current.worker;
    const quint64 generation = m_result->generation;
    QMetaObject::invokeMethod(
        worker, [=] { worker->fetchRows(generation, firstRow, count); }, Qt::QueuedConnection);
}

quint64 CaseSession::findValues(IndexField field, const QString &text)
{
    if (!m_current.worker)
        return 0;
    const quint64 request = ++m_valueRequest;
    QueryWorker *worker = m_current.worker;
    QMetaObject::invokeMethod(
        worker, [=] { worker->findValues(request, field, text); }, Qt::QueuedConnection);
    return request;
}

void CaseSession::waitForSourceChecks()
{
    if (m_current.worker)
        QMetaObject::invokeMethod(m_current.worker, &QueryWorker::waitForSourceChecks,
                                  Qt::BlockingQueuedConnection);
}

quint64 CaseSession::findText(const QString &text)
{
    if (!m_current.worker || !m_result)
        return 0;
    const quint64 request = ++m_textRequest;
    QueryWorker *worker = m_current.worker;
    const quint64 generation = m_result->generation;
    QMetaObject::invokeMethod(
        worker, [=] { worker->findText(request, generation, text); }, Qt::QueuedConnection);
    return request;
}

bool CaseSession::fetchEventMarks(const EventRow &row, EventMarks *marks)
{
    return m_fetcher && m_fetcher->readEventMarks(row, marks);
}

bool CaseSession::fetchEvent(qint64 seq, EventRow *row)
{
    if (!m_fetcher || !m_fetcher->fetch(seq, row))
        return false;
    m_fetcher->readMarks(row, 1);
    return true;
}

void CaseSession::setLanesWanted(bool wanted)
{
    if (m_lanesWanted.exchange(wanted) == wanted || !wanted)
        return;
    if (isOpen())
        post();
}

} // namespace auditlens
