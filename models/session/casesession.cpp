#include "casesession.h"

#include "rowfetcher.h"

#include <QCoreApplication>

namespace auditlens {

CaseSession::CaseSession(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<QueryResultPtr>();
    qRegisterMetaType<RowBlockPtr>();
    qRegisterMetaType<ValueMatchesPtr>();
    qRegisterMetaType<EventIndexPtr>();
    qRegisterMetaType<Filter>();
}

CaseSession::~CaseSession()
{
    close();
}

void CaseSession::open(const QString &casePath)
{
    close();
    m_casePath = casePath;
    m_filter = Filter();
    m_sort = SortSpec();
    m_worker = new QueryWorker(casePath, &m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &QueryWorker::opened, this, &CaseSession::onOpened);
    connect(m_worker, &QueryWorker::openFailed, this, [this](const QString &error) {
        const QString path = m_casePath;
        close();
        m_casePath = path;
        Q_EMIT openFailed(error);
    });
    connect(m_worker, &QueryWorker::resultReady, this,
            [this](const QueryResultPtr &result, const RowBlockPtr &rows) {
                if (result->generation != m_generation)
                    return;
                m_result = result;
                Q_EMIT resultReady(result, rows);
            });
    connect(m_worker, &QueryWorker::rowsReady, this, [this](const RowBlockPtr &rows) {
        if (rows->generation == m_generation)
            Q_EMIT rowsReady(rows);
    });
    connect(m_worker, &QueryWorker::valuesFound, this, [this](const ValueMatchesPtr &matches) {
        if (matches->request == m_valueRequest)
            Q_EMIT valuesFound(matches);
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &QueryWorker::open, Qt::QueuedConnection);
}

void CaseSession::onOpened(const EventIndexPtr &index, qint64 openMs, bool built)
{
    QString error;
    if (!m_store.open(m_casePath, CaseStore::Mode::ReadOnly, &error)) {
        close();
        Q_EMIT openFailed(error);
        return;
    }
    m_fetcher = std::make_unique<RowFetcher>(m_store.handle());
    m_index = index;
    Q_EMIT opened(openMs, built);
    post();
}

void CaseSession::close()
{
    const bool wasOpen = m_worker != nullptr;
    if (m_worker) {
        QueryWorker *worker = m_worker;
        m_worker = nullptr;
        m_latest.store(++m_generation);
        QMetaObject::invokeMethod(worker, &QueryWorker::close, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    m_fetcher.reset();
    m_store.close();
    m_index.reset();
    m_result.reset();
    m_casePath.clear();
    if (wasOpen)
        Q_EMIT closed();
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
    if (!m_worker || !m_index)
        return;
    const quint64 generation = ++m_generation;
    m_latest.store(generation);
    QueryWorker *worker = m_worker;
    const Filter filter = m_filter;
    const SortSpec sort = m_sort;
    QMetaObject::invokeMethod(
        worker, [worker, generation, filter, sort] { worker->runQuery(generation, filter, sort); },
        Qt::QueuedConnection);
}

void CaseSession::requestRows(int firstRow, int count)
{
    if (!m_worker || !m_result)
        return;
    QueryWorker *worker = m_worker;
    const quint64 generation = m_result->generation;
    QMetaObject::invokeMethod(
        worker, [=] { worker->fetchRows(generation, firstRow, count); }, Qt::QueuedConnection);
}

quint64 CaseSession::findValues(IndexField field, const QString &text)
{
    if (!m_worker)
        return 0;
    const quint64 request = ++m_valueRequest;
    QueryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [=] { worker->findValues(request, field, text); }, Qt::QueuedConnection);
    return request;
}

void CaseSession::waitForSourceChecks()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &QueryWorker::waitForSourceChecks,
                                  Qt::BlockingQueuedConnection);
}

bool CaseSession::fetchEvent(qint64 seq, EventRow *row)
{
    return m_fetcher && m_fetcher->fetch(seq, row);
}

} // namespace auditlens
