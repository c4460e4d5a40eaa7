// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "sourcesjob.h"

#include "../index/eventindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

namespace auditlens {

SourcesJob::SourcesJob(QObject *parent) : QObject(parent) {}

SourcesJob::~SourcesJob()
{
    for (const std::unique_ptr<QThread> &thread : m_threads)
        thread->wait();
}

void SourcesJob::run(std::function<void()> work)
{
    // Threads that have ended are let go before another starts.
    m_threads.erase(
        std::remove_if(m_threads.begin(), m_threads.end(),
                       [](const std::unique_ptr<QThread> &t) { return t->isFinished(); }),
        m_threads.end());
    m_threads.emplace_back(QThread::create(std::move(work)));
    m_threads.back()->start();
}

namespace {
// Each source's events, first and last time, from the index (one pass over its columns).
QVector<SourceSpan> spansOf(const EventIndex &index)
{
    QHash<qint64, SourceSpan> bySource;
    for (quint32 i = 0; i < index.size(); ++i) {
        SourceSpan &span = bySource[index.source(i)];
        span.source.id = index.source(i);
        ++span.events;
        if (!index.hasTime(i))
            continue;
        const qint64 t = index.time(i);
        span.first = span.hasSpan ? std::min(span.first, t) : t;
        span.last = span.hasSpan ? std::max(span.last, t) : t;
        span.hasSpan = true;
    }
    return QVector<SourceSpan>(bySource.cbegin(), bySource.cend());
}
} // namespace

void SourcesJob::readCoverage(const QString &casePath, std::shared_ptr<const EventIndex> index)
{
    const quint64 request = ++m_coverageRequest;
    run([this, casePath, request, index] {
        QElapsedTimer timer;
        timer.start();
        CaseStore store;
        QString error;
        std::optional<SourceCoverage> coverage;
        if (store.open(casePath, CaseStore::Mode::ReadOnly, &error)) {
            const QVector<SourceSpan> known = index ? spansOf(*index) : QVector<SourceSpan>();
            coverage = SourceCoverage::read(store, &error, index ? &known : nullptr);
        }
        store.close();
        const qint64 ms = timer.elapsed();
        QMetaObject::invokeMethod(
            this,
            [this, coverage, error, request, ms] {
                if (request != m_coverageRequest)
                    return; // a newer read is under way
                if (coverage)
                    Q_EMIT coverageRead(*coverage, ms);
                else
                    Q_EMIT coverageFailed(error);
            },
            Qt::QueuedConnection);
    });
}

void SourcesJob::removeSource(const QString &casePath, qint64 sourceId)
{
    m_removing = true;
    run([this, casePath, sourceId] {
        CaseStore store;
        SourceRemoval::Result result;
        if (store.open(casePath, CaseStore::Mode::ReadWrite, &result.error))
            result = SourceRemoval::remove(store, sourceId);
        store.close();
        QMetaObject::invokeMethod(
            this,
            [this, sourceId, result] {
                m_removing = false;
                Q_EMIT sourceRemoved(sourceId, result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace auditlens
