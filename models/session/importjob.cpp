// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "importjob.h"

#include "../findings/shippedfindings.h"
#include "../index/eventindexcollector.h"
#include "../store/casestore.h"

#include <QElapsedTimer>

namespace auditlens {

ImportJob::ImportJob(QString casePath, QStringList sources, QObject *parent)
    : QObject(parent), m_casePath(std::move(casePath)), m_sources(std::move(sources))
{
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<PreviewBatch>();
    qRegisterMetaType<ImportResult>();
}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ImportJob::start()
{
    const QString casePath = m_casePath;
    const QStringList sources = m_sources;
    ImportOptions options;
    options.sourceColumnMaps = m_columnMaps;
    m_thread.reset(QThread::create([this, casePath, sources, options] {
        CaseStore store;
        QString error;
        ImportResult result;
        if (!store.open(casePath, CaseStore::Mode::ReadWrite, &error)) {
            result.error = error;
            QMetaObject::invokeMethod(
                this, [this, result] { Q_EMIT finished(false, false, result.error, result); },
                Qt::QueuedConnection);
            return;
        }
        Importer importer(store, options);
        // The viewer's index is made from the rows the import writes and kept in the case, so
        // that the case opens at once.
        EventIndexCollector index;
        importer.setIndexRowsSink(&index);
        {
            QMutexLocker lock(&m_mutex);
            m_importer = &importer;
            m_index = &index;
            if (m_cancelled) {
                importer.cancel();
                index.cancel();
            }
        }
        QElapsedTimer throttle;
        throttle.start();
        importer.setProgressHandler([this, &throttle](const ImportProgress &p) {
            if (throttle.elapsed() < 100 && p.bytesRead < p.bytesTotal)
                return;
            throttle.restart();
            QMetaObject::invokeMethod(
                this, [this, p] { Q_EMIT progress(p); }, Qt::QueuedConnection);
        });
        importer.setPreviewHandler([this](const std::vector<PreviewEvent> &events) {
            auto batch = std::make_shared<const std::vector<PreviewEvent>>(events);
            QMetaObject::invokeMethod(
                this, [this, batch] { Q_EMIT preview(batch); }, Qt::QueuedConnection);
        });
        result = importer.run(sources);
        if (result.ok && result.imported > 0) {
            index.keep(store.handle()); // a failure only costs the viewer a build
            // The findings, kept for the case as it now is; a failure only costs the next open
            // an evaluation.
            QString findingsError;
            ShippedFindings::refresh(store, &findingsError);
        }
        {
            QMutexLocker lock(&m_mutex);
            m_importer = nullptr;
            m_index = nullptr;
        }
        store.close();
        QMetaObject::invokeMethod(
            this,
            [this, result] { Q_EMIT finished(result.ok, result.cancelled, result.error, result); },
            Qt::QueuedConnection);
    }));
    m_thread->start();
}

void ImportJob::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    if (m_importer)
        m_importer->cancel();
    if (m_index)
        m_index->cancel();
}

} // namespace auditlens
