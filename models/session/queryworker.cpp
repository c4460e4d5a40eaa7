// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "queryworker.h"

#include "../findings/shippedfindings.h"
#include "../index/eventindexstorage.h"
#include "../index/threadjoiner.h"
#include "../query/actionspelling.h"
#include "../query/facetcounting.h"
#include "../query/jsonsearch.h"
#include "../query/textsearch.h"
#include "../reading/fileidentity.h"
#include "../store/casefilevfs.h"
#include "../store/casesql.h"
#include "../store/sqlitestatement.h"
#include "rowfetcher.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>

namespace auditlens {

namespace {
// How a filter names an entity: by its name when no other entity has it, otherwise by its id
// (*shared: other entities have the name).
QString entityKey(const FieldDictionary &d, const QString &id, const QString &name,
                  bool *shared = nullptr)
{
    const QByteArray utf8 = name.toUtf8();
    const size_t same =
        name.isEmpty() ? 0 : d.countCodes(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (shared)
        *shared = same > 1;
    return same == 1 ? name : id;
}
} // namespace

quint32 countExtraExactCopies(const EventIndex &index, const std::vector<quint32> &positions)
{
    if (index.duplicatePositions().empty())
        return 0;
    const quint8 *flags = index.flagColumn().data();
    quint32 extra = 0;
    for (const quint32 p : positions)
        extra += (flags[p] & EventIndex::ExtraExactCopy) ? 1 : 0;
    return extra;
}

QueryWorker::QueryWorker(QString casePath, std::atomic<quint64> *latestGeneration)
    : m_casePath(std::move(casePath)), m_latest(latestGeneration)
{}

QueryWorker::~QueryWorker()
{
    close();
}

void QueryWorker::open()
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    // Read-write when we may (to keep a freshly built index); read-only media still open.
    if (!m_store.open(m_casePath, CaseStore::Mode::ReadWrite, &error)) {
        // When reading fails too, its reason is the one to give: on read-only media the writable
        // attempt only says that the medium is read-only, not what keeps the case from being read.
        if (!m_store.open(m_casePath, CaseStore::Mode::ReadOnly, &error)) {
            Q_EMIT openFailed(error);
            return;
        }
    }
    auto index = std::make_shared<EventIndex>();
    bool built = false;
    if (!EventIndexStorage::loadOrBuild(m_store.handle(), !m_store.isReadOnly(), index.get(),
                                        &error, &built)) {
        Q_EMIT openFailed(error);
        return;
    }
    m_index = index;
    m_fetcher = std::make_unique<RowFetcher>(m_store.handle());
    QString sideError; // without it, one connection fetches every row
    if (m_sideStore.open(m_casePath, CaseStore::Mode::ReadOnly, &sideError)) {
        // Its pages are read once each: the kernel's cache keeps them, not the heap.
        SqliteStatement::exec(m_sideStore.handle(), CaseSql::kSmallCacheForIndex, &sideError);
        m_sideFetcher = std::make_unique<RowFetcher>(m_sideStore.handle());
    }
    m_textSearch = std::make_unique<TextSearch>(*m_index, m_store.handle());
    m_jsonSearch = std::make_unique<JsonSearch>(*m_index, m_store.handle(), m_textSearch.get());
    m_positionPool = std::make_shared<PositionPool>();
    m_query = std::make_unique<IndexQuery>(*m_index);
    m_query->setPositionPool(m_positionPool);
    m_lanes = std::make_unique<ActorLaneCounter>(*m_index);
    // A filter on a request is confirmed by the events' own ids (see ColumnConditions).
    m_query->setRequestIdOf([fetcher = m_fetcher.get()](qint64 seq, std::string *id) {
        return fetcher->requestId(seq, id);
    });
    // The findings: kept in the case when current, else evaluated (and kept, when the case is
    // writable) before the marks read them. Without them, the case still opens.
    QString findingsError;
    if (!ShippedFindings::refresh(m_store, &findingsError))
        qWarning("%s", qPrintable(findingsError));
    if (!loadAnnotations(&error)) {
        Q_EMIT openFailed(error);
        return;
    }
    // The results held at once, usually: the one on screen, the next, and a facet's own query.
    m_positionPool->prepare(3, m_index->size());
    m_query->warmUp();
    Q_EMIT opened(m_index, timer.elapsed(), built);
}

bool QueryWorker::loadAnnotations(QString *error)
{
    auto marks = std::make_shared<AnnotationMarks>();
    QString why;
    if (!AnnotationMarks::load(m_store.handle(), *m_index, marks.get(), &why)) {
        *error = tr("The case's annotations cannot be read: %1").arg(why);
        return false;
    }
    m_query->setAnnotationMarks(std::move(marks));
    return true;
}

void QueryWorker::reloadAnnotations()
{
    if (!m_query)
        return;
    QString error;
    if (!loadAnnotations(&error))
        qWarning("%s", qPrintable(error)); // the marks read before stay
}

void QueryWorker::waitForSourceChecks()
{
    if (!m_textSearch)
        return;
    m_textSearch->startProving();
    m_textSearch->waitForProof();
}

void QueryWorker::close()
{
    m_jsonSearch.reset();
    m_lastJson.clear();
    m_lastJsonMatches.clear();
    m_textSearch.reset();
    m_lanes.reset();
    m_query.reset();
    m_positionPool.reset(); // results still held keep it until they are dropped
    m_fetcher.reset();
    m_sideFetcher.reset();
    m_lastResult.reset();
    m_sideStore.close();
    m_store.close();
}

void QueryWorker::labelFacets(QueryResult &result)
{
    for (FacetCounts &facet : result.facets) {
        if (facet.field == IndexField::Source) {
            // "2 · export-aug.csv": the number a filter names it by, and the file.
            for (FacetValue &v : facet.top) {
                const QString name = m_fetcher->sourceName(v.code);
                if (!name.isEmpty())
                    v.label = tr("%1 · %2", "source number, file name").arg(v.key, name);
            }
            continue;
        }
        if (facet.field == IndexField::Starred || facet.field == IndexField::Noted) {
            for (FacetValue &v : facet.top)
                v.label = facet.field == IndexField::Starred ? tr("starred") : tr("has a note");
            continue;
        }
        if (facet.field == IndexField::Success || facet.field == IndexField::Action ||
            facet.field == IndexField::Ip || facet.field == IndexField::Request ||
            facet.field == IndexField::Tag || facet.field == IndexField::Finding)
            continue;
        const FieldDictionary &d = m_index->dictionary(facet.field);
        for (FacetValue &v : facet.top) {
            if (!v.label.isEmpty() || v.code == 0 || v.code >= d.size())
                continue;
            QString id, name;
            if (!m_fetcher->entity(d.entityIds[v.code], &id, &name))
                continue;
            v.label = name.isEmpty() ? id : name;
            bool shared = false;
            v.key = entityKey(d, id, name, &shared);
            if (shared) // tell apart entities that share a name
                v.label += QStringLiteral(" · ") + id.left(8);
        }
    }
}

void QueryWorker::countLanes(QueryResult &result)
{
    // An actor filter that includes actors gives their lanes, those it also excludes left out.
    const FieldCondition &actor = result.filter[FilterField::Actor];
    std::vector<quint32> named;
    if (!actor.include.isEmpty()) {
        std::vector<quint8> allowed(m_index->dictionary(IndexField::Actor).size(), 0);
        m_query->resolve(IndexField::Actor, actor.include, &allowed, true);
        m_query->resolve(IndexField::Actor, actor.exclude, &allowed, false);
        for (quint32 c = 1; c < allowed.size(); ++c) {
            if (allowed[c])
                named.push_back(c);
        }
    }
    // Without an actor condition the Actor facet has counted the result's events per actor.
    const FacetCounts &facet = result.facets[int(IndexField::Actor)];
    const bool counted = actor.include.isEmpty() && actor.exclude.isEmpty();
    result.lanes = m_lanes->count(result.positions, result.histogram, named, result.marks,
                                  ActorLaneCounter::kDefaultLanes, counted ? &facet.all : nullptr);
    const FieldDictionary &actors = m_index->dictionary(IndexField::Actor);
    const FieldDictionary &actions = m_index->dictionary(IndexField::Action);
    for (ActorLane &lane : result.lanes.lanes) {
        if (lane.actor < actors.labels.size()) {
            lane.label = actors.labels[lane.actor];
        } else {
            QString id, name;
            if (m_fetcher->entity(actors.entityIds[lane.actor], &id, &name))
                lane.label = name.isEmpty() ? id : name;
        }
        for (LaneTick &tick : lane.ticks) {
            if (tick.action < actions.labels.size())
                tick.actionLabel = actions.labels[tick.action];
        }
    }
}

void QueryWorker::runQuery(quint64 generation, const Filter &filter, const SortSpec &sort)
{
    if (!m_index || generation < m_latest->load())
        return;
    QElapsedTimer timer;
    timer.start();
    const PositionBits *text = nullptr;
    if (!cellMatches(filter, generation, &text))
        return; // overtaken by a newer filter
    const bool textSearched = !filter.text.isEmpty();
    // The result's positions go back to the pool when the last holder drops it, on whichever
    // thread that is.
    std::shared_ptr<QueryResult> result(new QueryResult(m_query->run(filter, sort, text)),
                                        [pool = m_positionPool](QueryResult *done) {
                                            pool->give(std::move(done->positions));
                                            delete done;
                                        });
    result->generation = generation;
    result->textSearched = textSearched;
    if (textSearched)
        result->textSearchNote = m_lastTextNote;
    if (!filter.json.isEmpty() && !m_lastJsonError.isEmpty())
        result->textSearchNote +=
            (result->textSearchNote.isEmpty() ? QString() : QStringLiteral("; ")) +
            tr("the JSON conditions could not be read: %1").arg(m_lastJsonError);
    labelFacets(*result);
    result->marks = m_query->annotationMarks();
    result->extraExactCopies = countExtraExactCopies(*m_index, result->positions);
    if (!m_lanesWanted || m_lanesWanted->load())
        countLanes(*result);
    RowBlockPtr first = fetchBlock(*result, 0, kFirstRows);
    result->elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    m_lastResult = result;
    Q_EMIT resultReady(result, first);
    // Once the case is on screen, the sources it names are read, on an idle thread, to prove
    // they are the bytes imported (which also brings them into the kernel's cache for the
    // searches to come); before, they would slow the open. The case file is left to SQLite: a
    // descriptor of our own on it, once closed, would release SQLite's locks.
    m_textSearch->startProving();
}

const PositionBits *QueryWorker::textMatches(const QString &text, quint64 generation)
{
    if (text != m_lastText) {
        PositionBits matches;
        const bool done = m_textSearch->search(
            text, &matches, [&] { return generation < m_latest->load(std::memory_order_relaxed); });
        if (!done)
            return nullptr;
        m_lastText = text;
        m_lastTextMatches.swap(matches);
        m_lastTextNote = m_textSearch->note();
    }
    return &m_lastTextMatches;
}

bool QueryWorker::cellMatches(const Filter &filter, quint64 generation, const PositionBits **bits)
{
    *bits = nullptr;
    const PositionBits *text = nullptr;
    if (!filter.text.isEmpty()) {
        text = textMatches(filter.text, generation);
        if (!text)
            return false;
    }
    if (filter.json.isEmpty()) {
        *bits = text;
        return true;
    }
    if (filter.json != m_lastJson || m_lastJsonMatches.empty()) {
        PositionBits matches;
        const auto overtaken = [&] {
            return generation < m_latest->load(std::memory_order_relaxed);
        };
        if (!m_jsonSearch->search(filter.json, &matches, overtaken)) {
            if (overtaken())
                return false;
            // The case could not be read: no event passes, and the result says why.
            matches.assign((size_t(m_index->size()) + 63) / 64, 0);
        }
        m_lastJsonError = m_jsonSearch->error();
        m_lastJson = filter.json;
        m_lastJsonMatches.swap(matches);
    }
    if (!text) {
        *bits = &m_lastJsonMatches;
        return true;
    }
    m_cellMatches.resize(m_lastJsonMatches.size());
    for (size_t w = 0; w < m_cellMatches.size(); ++w)
        m_cellMatches[w] = (*text)[w] & m_lastJsonMatches[w];
    *bits = &m_cellMatches;
    return true;
}

void QueryWorker::findText(quint64 request, quint64 generation, const QString &text)
{
    if (!m_lastResult || m_lastResult->generation != generation || text.isEmpty())
        return;
    const QueryResultPtr result = m_lastResult; // the search may let a newer one in
    const PositionBits *bits = textMatches(text, generation);
    if (!bits)
        return;
    auto matches = std::make_shared<TextMatches>();
    matches->request = request;
    matches->generation = generation;
    matches->text = text;
    const std::vector<quint32> &positions = result->positions;
    for (size_t row = 0; row < positions.size(); ++row) {
        const quint32 p = positions[row];
        if ((*bits)[p / 64] >> (p % 64) & 1)
            matches->rows.push_back(int(row));
    }
    Q_EMIT textFound(matches);
}

RowBlockPtr QueryWorker::fetchBlock(const QueryResult &result, int firstRow, int count)
{
    auto block = std::make_shared<RowBlock>();
    block->generation = result.generation;
    block->firstRow = firstRow;
    const int end = std::min<int>(firstRow + count, int(result.count()));
    block->rows.resize(size_t(std::max(0, end - firstRow)));
    auto fetch = [&](RowFetcher &fetcher, int from, int to) {
        for (int row = from; row < to; ++row)
            fetcher.fetch(m_index->seq(result.positions[size_t(row)]),
                          &block->rows[size_t(row - firstRow)]);
    };
    const int mid = firstRow + (end - firstRow) / 2;
    if (!m_sideFetcher || end - firstRow < kSideFetchFrom) {
        fetch(*m_fetcher, firstRow, end);
    } else {
        std::thread side([&] { fetch(*m_sideFetcher, mid, end); });
        const ThreadJoiner joiner{side}; // before the block is returned (and moved from)
        fetch(*m_fetcher, firstRow, mid);
    }
    // The stars and notes of the whole block, in one query.
    m_fetcher->readMarks(block->rows.data(), block->rows.size());
    return block;
}

void QueryWorker::fetchRows(quint64 generation, int firstRow, int count)
{
    if (!m_lastResult || m_lastResult->generation != generation || generation < m_latest->load())
        return;
    Q_EMIT rowsReady(fetchBlock(*m_lastResult, firstRow, count));
}

void QueryWorker::findValues(quint64 request, IndexField field, const QString &text)
{
    if (!m_index || field == IndexField::Success)
        return;
    auto matches = std::make_shared<ValueMatches>();
    matches->request = request;
    matches->field = field;
    const FieldDictionary &d = m_index->dictionary(field);
    std::vector<quint32> codes;
    const int limit = 200;
    if (d.hasLabels()) {
        for (quint32 c = 1; c < d.size(); ++c) {
            if (text.isEmpty() || d.labels[c].contains(text, Qt::CaseInsensitive) ||
                d.ids[c].contains(text, Qt::CaseInsensitive))
                codes.push_back(c);
        }
    } else {
        // A large dictionary (targets): its names live in the case only.
        sqlite3 *db = m_store.handle();
        SqliteStatement select(db, CaseSql::kEntitiesContaining);
        select.bindTextCopy(1, text.toUtf8());
        while (select.row() && int(codes.size()) < limit * 20) {
            const quint32 c = d.codeOfEntity(quint32(select.columnInt64(0)));
            if (c)
                codes.push_back(c);
        }
    }
    // Counts under the current filter (ignoring this field's own condition where known).
    std::vector<quint32> counts;
    if (m_lastResult) {
        const FacetCounts &facet = m_lastResult->facets[int(field)];
        if (!facet.all.empty()) {
            counts = facet.all;
        } else {
            counts.assign(d.size(), 0u);
            std::vector<quint8> wanted(d.size(), 0);
            for (const quint32 c : codes)
                wanted[c] = 1;
            const auto &column = m_index->entityColumn(field);
            for (const quint32 p : m_lastResult->positions) {
                if (wanted[column[p]])
                    ++counts[column[p]];
            }
        }
    }
    std::vector<quint32> merged;
    if (field == IndexField::Action && d.hasLabels()) {
        // One entry per action whatever its spelling, counting both, as the facet has it.
        counts.resize(d.size(), 0u);
        FacetCounts facet;
        FacetRequest spellings;
        spellings.counts = counts.data();
        spellings.candidates = std::move(codes);
        std::vector<quint32> listed;
        FacetCounting::mergeSpellings(facet, spellings, d, merged, listed);
        codes = std::move(spellings.candidates);
        counts = std::move(merged);
    }
    std::stable_sort(codes.begin(), codes.end(), [&](quint32 a, quint32 b) {
        const quint32 ca = a < counts.size() ? counts[a] : 0;
        const quint32 cb = b < counts.size() ? counts[b] : 0;
        return ca != cb ? ca > cb : d.rank[a] < d.rank[b];
    });
    if (int(codes.size()) > limit)
        codes.resize(size_t(limit));
    for (const quint32 c : codes) {
        FacetValue v;
        v.code = c;
        v.count = c < counts.size() ? counts[c] : 0;
        QString id, name;
        if (d.hasLabels()) {
            v.label = d.labels[c];
            id = d.ids[c];
            name = field == IndexField::Action || v.label != id ? v.label : QString();
        } else if (m_fetcher->entity(d.entityIds[c], &id, &name)) {
            v.label = name.isEmpty() ? id : name;
        }
        if (field == IndexField::Action) {
            v.label = ActionSpelling::key(v.label); // names every spelling
            v.key = v.label;
        } else {
            v.key = entityKey(d, id, name);
        }
        matches->values.push_back(std::move(v));
    }
    Q_EMIT valuesFound(matches);
}

} // namespace auditlens
