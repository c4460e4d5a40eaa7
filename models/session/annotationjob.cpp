// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "annotationjob.h"

#include "../store/casestore.h"

#include <QCoreApplication>

namespace auditlens {

// What lives on the worker thread: the case's write connection and the store that writes it.
struct AnnotationJob::Worker
{
    CaseStore store;
    std::unique_ptr<AnnotationStore> annotations;
};

AnnotationJob::AnnotationJob(QString casePath, QString author, Access access, QObject *parent)
    : QObject(parent), m_casePath(std::move(casePath)), m_author(std::move(author)),
      m_access(access), m_worker(std::make_shared<Worker>())
{
    qRegisterMetaType<AnnotationOutcome>();
}

AnnotationJob::~AnnotationJob()
{
    if (!m_thread)
        return;
    // Queued after every change asked for: they land first. The connection is closed on the
    // thread that opened it.
    QMetaObject::invokeMethod(
        m_context,
        [worker = m_worker] {
            worker->annotations.reset();
            worker->store.close();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_context;
}

void AnnotationJob::start()
{
    if (m_thread)
        return;
    m_thread = std::make_unique<QThread>();
    m_context = new QObject;
    m_context->moveToThread(m_thread.get());
    m_thread->start();
    QMetaObject::invokeMethod(
        m_context,
        [this, worker = m_worker, path = m_casePath, author = m_author, access = m_access] {
            QString error;
            bool writable = access == Access::WriteWhenPossible &&
                            worker->store.open(path, CaseStore::Mode::ReadWrite, &error);
            if (!writable) {
                // Read-only media, or asked so: the changes are refused by the store itself.
                QString readError;
                if (!worker->store.open(path, CaseStore::Mode::ReadOnly, &readError))
                    error = readError;
                else
                    error = QCoreApplication::translate(
                        "AnnotationJob", "The case is open read-only: annotations cannot be saved "
                                         "in it.");
            }
            worker->annotations = std::make_unique<AnnotationStore>(worker->store, author);
            QMetaObject::invokeMethod(
                this,
                [this, writable, error] {
                    m_writable = writable;
                    m_readOnlyReason = writable ? QString() : error;
                    Q_EMIT opened(writable, m_readOnlyReason);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

quint64 AnnotationJob::submit(const QString &action, qint64 asked, Change change,
                              const QString &subject)
{
    start();
    const quint64 request = ++m_lastRequest;
    ++m_pending;
    QMetaObject::invokeMethod(
        m_context,
        [this, worker = m_worker, request, action, asked, subject, change = std::move(change)] {
            AnnotationOutcome outcome;
            outcome.request = request;
            outcome.action = action;
            outcome.asked = asked;
            outcome.subject = subject;
            outcome.change = change(*worker->annotations, &outcome.action);
            QMetaObject::invokeMethod(
                this,
                [this, outcome] {
                    --m_pending;
                    Q_EMIT changed(outcome);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return request;
}

quint64 AnnotationJob::star(const QVector<qint64> &seqs)
{
    return submit(QStringLiteral("star"), seqs.size(),
                  [seqs](AnnotationStore &store, QString *) { return store.star(seqs); });
}

quint64 AnnotationJob::unstar(const QVector<qint64> &seqs)
{
    return submit(QStringLiteral("unstar"), seqs.size(),
                  [seqs](AnnotationStore &store, QString *) { return store.unstar(seqs); });
}

quint64 AnnotationJob::toggleStar(const QVector<qint64> &seqs)
{
    return submit(QStringLiteral("star"), seqs.size(),
                  [seqs](AnnotationStore &store, QString *action) {
                      // Starring changes only the events not starred yet: none means that every
                      // one of them was, and the toggle takes the stars away.
                      AnnotationChange done = store.star(seqs);
                      if (done.ok && done.events == 0 && !seqs.isEmpty()) {
                          *action = QStringLiteral("unstar");
                          done = store.unstar(seqs);
                      }
                      return done;
                  });
}

} // namespace auditlens
