#pragma once

#include "queryworker.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace auditlens {

class RowFetcher;

// One open case as the window sees it: the current filter and sort, the latest result, and the
// worker thread that computes results. Every filter change gets a new generation; results and
// rows of an older generation are dropped, so a slow answer never lands over a newer one.
class CaseSession : public QObject
{
    Q_OBJECT
public:
    explicit CaseSession(QObject *parent = nullptr);
    ~CaseSession() override;

    // Opens the case on the worker thread (loading or building its index); opened() or
    // openFailed() follows.
    void open(const QString &casePath);
    void close();
    bool isOpen() const { return m_index != nullptr; }
    QString casePath() const { return m_casePath; }
    EventIndexPtr index() const { return m_index; }
    // The GUI thread's own read-only connection, for single rows and the problems list.
    CaseStore &store() { return m_store; }

    const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter);
    SortSpec sort() const { return m_sort; }
    void setSort(const SortSpec &sort);
    QueryResultPtr result() const { return m_result; }
    quint64 generation() const { return m_generation; }

    // Asks the worker for rows of the current result; rowsReady() follows.
    void requestRows(int firstRow, int count);
    // Values of a field containing text (id or name); valuesFound() follows with the request.
    quint64 findValues(IndexField field, const QString &text);
    // A whole event, read now (a primary-key lookup).
    bool fetchEvent(qint64 seq, EventRow *row);
    // Blocks until the worker has checked the sources the case names (see
    // QueryWorker::waitForSourceChecks); for benchmarks and tests.
    void waitForSourceChecks();

Q_SIGNALS:
    void opened(qint64 openMs, bool built);
    void openFailed(const QString &error);
    void closed();
    void filterChanged(const auditlens::Filter &filter);
    void resultReady(auditlens::QueryResultPtr result, auditlens::RowBlockPtr firstRows);
    void rowsReady(auditlens::RowBlockPtr rows);
    void valuesFound(auditlens::ValueMatchesPtr matches);

private:
    void post();
    void onOpened(const EventIndexPtr &index, qint64 openMs, bool built);

    QString m_casePath;
    QThread m_thread;
    QueryWorker *m_worker = nullptr;
    std::atomic<quint64> m_latest{0};
    quint64 m_generation = 0;
    quint64 m_valueRequest = 0;
    EventIndexPtr m_index;
    CaseStore m_store;
    std::unique_ptr<RowFetcher> m_fetcher;
    Filter m_filter;
    SortSpec m_sort;
    QueryResultPtr m_result;
};

} // namespace auditlens
