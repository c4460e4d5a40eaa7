// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "sourcesjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>

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

void SourcesJob::readCoverage(const QString &casePath)
{
    const quint64 request = ++m_coverageRequest;
    run([this, casePath, request] {
        QElapsedTimer timer;
        timer.start();
        CaseStore store;
        QString error;
        std::optional<SourceCoverage> coverage;
        if (store.open(casePath, CaseStore::Mode::ReadOnly, &error))
            coverage = SourceCoverage::read(store, &error);
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
