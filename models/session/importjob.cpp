#include "importjob.h"

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
    m_thread.reset(QThread::create([this, casePath, sources] {
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
        Importer importer(store);
        {
            QMutexLocker lock(&m_mutex);
            m_importer = &importer;
            if (m_cancelled)
                importer.cancel();
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
        {
            QMutexLocker lock(&m_mutex);
            m_importer = nullptr;
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
}

} // namespace auditlens
