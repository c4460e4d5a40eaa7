// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../query/eventrow.h"
#include "../query/filter.h"
#include "../query/indexquery.h"
#include "../query/queryresult.h"
#include "../store/casestore.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace auditlens {

class RowFetcher;
class JsonSearch;
class TextSearch;

// Rows fetched for the table: the rows [firstRow, firstRow + rows.size()) of one result.
struct RowBlock
{
    quint64 generation = 0;
    int firstRow = 0;
    std::vector<EventRow> rows;
};
using RowBlockPtr = std::shared_ptr<const RowBlock>;

// Values of a field matching a typed text, with their counts under the current filter.
struct ValueMatches
{
    quint64 request = 0;
    IndexField field = IndexField::Actor;
    std::vector<FacetValue> values;
};
using ValueMatchesPtr = std::shared_ptr<const ValueMatches>;

// Rows of one result whose event contains a text (Find Next steps through them).
struct TextMatches
{
    quint64 request = 0;
    quint64 generation = 0; // of the result the rows belong to
    QString text;
    std::vector<int> rows; // ascending
};
using TextMatchesPtr = std::shared_ptr<const TextMatches>;

using EventIndexPtr = std::shared_ptr<const EventIndex>;

// How many of positions are a second or later copy of an exact duplicate group.
quint32 countExtraExactCopies(const EventIndex &index, const std::vector<quint32> &positions);

// Lives on the session's worker thread with its own connection to the case: loads (or builds)
// the index, answers filters, searches text and fetches rows, so the GUI thread only paints.
// Requests carry a generation; one that a newer request has overtaken is dropped unanswered.
class QueryWorker : public QObject
{
    Q_OBJECT
public:
    QueryWorker(QString casePath, std::atomic<quint64> *latestGeneration);
    // Results carry the actor timeline's lanes while *wanted holds (always, when never set).
    void setLanesWanted(const std::atomic<bool> *wanted) { m_lanesWanted = wanted; }
    ~QueryWorker() override;

    // Rows fetched along with each result: the first screen of the table.
    static constexpr int kFirstRows = 128;
    // Blocks of this many rows or more are fetched half on each connection.
    static constexpr int kSideFetchFrom = 32;

public Q_SLOTS:
    void open();
    void runQuery(quint64 generation, const auditlens::Filter &filter,
                  const auditlens::SortSpec &sort);
    void fetchRows(quint64 generation, int firstRow, int count);
    void findValues(quint64 request, auditlens::IndexField field, const QString &text);
    // Returns once every source the case names is proven or refused (starting the proof if the
    // first result has not), so text searches read the files from then on (benchmarks and
    // tests; the window never waits for it).
    void waitForSourceChecks();
    void findText(quint64 request, quint64 generation, const QString &text);
    // Reads the case's annotations again after a change, for the queries that follow.
    void reloadAnnotations();
    void close();

Q_SIGNALS:
    void opened(auditlens::EventIndexPtr index, qint64 openMs, bool built);
    void openFailed(const QString &error);
    void resultReady(auditlens::QueryResultPtr result, auditlens::RowBlockPtr firstRows);
    void rowsReady(auditlens::RowBlockPtr rows);
    void valuesFound(auditlens::ValueMatchesPtr matches);
    void textFound(auditlens::TextMatchesPtr matches);

private:
    // The positions whose event contains text (kept for the next request of the same text).
    const PositionBits *textMatches(const QString &text, quint64 generation);
    // *bits: the positions that pass the filter's conditions on the cells (its text and its
    // JSON conditions; null when it has none), kept as textMatches() keeps its own. False when
    // a newer filter overtook this one.
    bool cellMatches(const Filter &filter, quint64 generation, const PositionBits **bits);
    RowBlockPtr fetchBlock(const QueryResult &result, int firstRow, int count);
    void labelFacets(QueryResult &result);
    // The actor timeline's lanes of a result, their actors labelled.
    void countLanes(QueryResult &result);
    bool loadAnnotations(QString *error);

    QString m_casePath;
    std::atomic<quint64> *m_latest;
    const std::atomic<bool> *m_lanesWanted = nullptr;
    CaseStore m_store;
    EventIndexPtr m_index;
    std::unique_ptr<RowFetcher> m_fetcher;
    // A second, read-only connection that fetches half of a large block on a thread of its own:
    // reading an event costs mostly the kernel's copy of its page, which two cores share.
    CaseStore m_sideStore;
    std::unique_ptr<RowFetcher> m_sideFetcher;
    std::unique_ptr<TextSearch> m_textSearch;
    std::unique_ptr<IndexQuery> m_query;
    std::unique_ptr<ActorLaneCounter> m_lanes;
    // The buffers of results' positions (see PositionPool): one pool per open case.
    std::shared_ptr<PositionPool> m_positionPool;
    QString m_lastText;
    PositionBits m_lastTextMatches;
    QString m_lastTextNote;
    std::unique_ptr<JsonSearch> m_jsonSearch;
    QList<JsonCondition> m_lastJson;
    PositionBits m_lastJsonMatches;
    QString m_lastJsonError;
    PositionBits m_cellMatches; // text and JSON together
    QueryResultPtr m_lastResult;
};

} // namespace auditlens

Q_DECLARE_METATYPE(auditlens::RowBlockPtr)
Q_DECLARE_METATYPE(auditlens::ValueMatchesPtr)
Q_DECLARE_METATYPE(auditlens::TextMatchesPtr)
Q_DECLARE_METATYPE(auditlens::EventIndexPtr)
Q_DECLARE_METATYPE(auditlens::Filter)
Q_DECLARE_METATYPE(auditlens::SortSpec)
Q_DECLARE_METATYPE(auditlens::IndexField)
