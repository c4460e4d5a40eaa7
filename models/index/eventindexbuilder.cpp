// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "eventindexbuilder.h"

#include "eventrowsreader.h"
#include "indexdictionaries.h"
#include "indexfingerprint.h"
#include "positionsort.h"
#include "threadjoiner.h"

#include "../store/casesql.h"
#include "../store/sqlitestatement.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <thread>

namespace auditlens {

QString EventIndexBuilder::notEnoughMemory()
{
    return QCoreApplication::translate("EventIndex", "there is not enough memory to index the "
                                                     "events of this case");
}

bool EventIndexBuilder::fromCase(sqlite3 *db, EventIndex *index, QString *error,
                                 const std::atomic<bool> *cancel)
{
    // Everything the index reads (the sources and actions the events may name, the events, the
    // dictionaries, the fingerprint) comes from one state of the case: an import committing in
    // between must not put its events beside the list of sources from before it. Inside the
    // caller's transaction (an import's) the case is held already.
    struct Snapshot
    {
        sqlite3 *db;
        bool own = sqlite3_get_autocommit(db) != 0 && SqliteStatement::exec(db, CaseSql::kBegin);
        ~Snapshot()
        {
            if (own) // also when running out of memory throws
                SqliteStatement::exec(db, CaseSql::kCommit);
        }
    } snapshot{db};
    EventIndexRows rows;
    return EventRowsReader::read(db, &rows, error, cancel) &&
           fromRows(db, std::move(rows), index, error, cancel);
}

EventIndexOrder EventIndexBuilder::order(const EventIndexRows &rows)
{
    const size_t n = rows.size();
    EventIndexOrder result;
    // Time order; ties by source and line, i.e. by seq. Events without a time sort last.
    {
        // Signed times as unsigned keys that sort the same way.
        std::vector<std::pair<quint64, quint32>> keyed(n);
        for (size_t i = 0; i < n; ++i) {
            const qint64 t = (rows.flags[i] & EventIndex::HasTime)
                                 ? rows.time[i]
                                 : std::numeric_limits<qint64>::max();
            keyed[i] = {quint64(t) ^ (quint64(1) << 63), quint32(i)};
        }
        PositionSort::byKey(keyed);
        result.order.resize(n);
        for (size_t i = 0; i < n; ++i)
            result.order[i] = keyed[i].second;
    }
    // Ranks of event ids (equal ids, equal ranks): sorting by id, finding a group's copies.
    std::vector<std::string_view> ids(n);
    quint32 begin = 0;
    for (size_t i = 0; i < n; ++i) {
        ids[i] = std::string_view(rows.ids.data() + begin, rows.idEnds[i] - begin);
        begin = rows.idEnds[i];
    }
    result.idRank = IndexDictionaries::rankTexts(ids, false);
    return result;
}

bool EventIndexBuilder::fromRows(sqlite3 *db, EventIndexRows &&rows, EventIndex *index,
                                 QString *error, const std::atomic<bool> *cancel,
                                 EventIndexOrder *prepared)
{
    auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    *index = EventIndex();
    index->m_fingerprint = IndexFingerprint::ofCase(db);
    const size_t n = rows.size();

    EventIndexOrder computed;
    if (!prepared) {
        computed = order(rows);
        prepared = &computed;
    }
    if (prepared->order.size() != n || prepared->idRank.size() != n) {
        *error =
            QCoreApplication::translate("EventIndex", "the index was prepared for other events");
        return false;
    }
    std::vector<quint32> order = std::move(prepared->order);
    std::vector<quint32> idRankBySeqOrder = std::move(prepared->idRank);
    std::string().swap(rows.ids);
    std::vector<quint32>().swap(rows.idEnds);
    if (cancelled())
        return false;

    // Dictionaries: dense codes for the values each field takes.
    const std::vector<quint32> actionIds = IndexDictionaries::distinctIds(rows.action);
    const std::vector<quint32> *entityColumns[kEntityFieldCount] = {
        &rows.actor, &rows.target, &rows.scope, &rows.organization, &rows.account};
    std::vector<quint32> entityIds[kEntityFieldCount];
    for (int f = 0; f < kEntityFieldCount; ++f)
        entityIds[f] = IndexDictionaries::distinctIds(*entityColumns[f]);
    if (actionIds.size() > 0x10000) {
        // Action codes are 16 bits wide; CircleCI has a few hundred actions.
        *error =
            QCoreApplication::translate(
                "EventIndex", "the case holds %1 different actions, more than the viewer can index")
                .arg(actionIds.size() - 1);
        return false;
    }
    if (cancelled())
        return false;
    // The dictionaries' labels, ranks and hashes come from the case's tables: made on another
    // thread (the connection is this one's to lend: nothing here touches it meanwhile) while
    // this one places the columns, which need only the dictionaries' ids.
    index->m_dict[int(IndexField::Action)].entityIds = actionIds;
    for (int f = 0; f < kEntityFieldCount; ++f)
        index->m_dict[f + 1].entityIds = entityIds[f];
    bool dictionariesFilled = false;
    QString dictionariesError;
    std::thread dictionaries([&] {
        try {
            dictionariesFilled =
                IndexDictionaries::fill(db, index->m_dict, &dictionariesError, cancel);
        } catch (const std::exception &) { // std::bad_alloc, std::length_error
            dictionariesError = notEnoughMemory();
        }
    });
    const ThreadJoiner joiner{dictionaries};
    if (cancelled())
        return false;

    // The columns, in time order, each row column freed once it has been placed.
    auto permute = [&](auto &column, auto &into, auto convert) {
        into.resize(n);
        for (size_t p = 0; p < n; ++p)
            into[p] = convert(column[order[p]]);
        std::decay_t<decltype(column)>().swap(column);
    };
    auto same = [](auto v) { return v; };
    index->m_seq.resize(n);
    for (size_t p = 0; p < n; ++p)
        index->m_seq[p] =
            rows.seqs.empty() ? qint64(quint64(rows.firstSeq) + order[p]) : rows.seqs[order[p]];
    std::vector<qint64>().swap(rows.seqs);
    permute(rows.time, index->m_time, same);
    permute(rows.offset, index->m_offset, same);
    permute(rows.source, index->m_source, same);
    {
        const IndexDictionaries::CodeTable table(actionIds);
        permute(rows.action, index->m_action, [&](quint32 id) { return quint16(table(id)); });
    }
    {
        const IndexDictionaries::CodeTable table(entityIds[0]);
        permute(rows.actor, index->m_actor, [&](quint32 id) { return table(id); });
    }
    {
        const IndexDictionaries::CodeTable table(entityIds[1]);
        permute(rows.target, index->m_target, [&](quint32 id) { return table(id); });
    }
    {
        const IndexDictionaries::CodeTable table(entityIds[2]);
        permute(rows.scope, index->m_scope, [&](quint32 id) { return table(id); });
    }
    auto permuteNarrow = [&](std::vector<quint32> &column, NarrowCodes &into, quint32 maxCode,
                             auto convert) {
        std::vector<quint32> codes;
        permute(column, codes, convert);
        into.assign(codes, maxCode);
    };
    for (int f = 0; f < 2; ++f) {
        const std::vector<quint32> &ids = entityIds[3 + f];
        const IndexDictionaries::CodeTable table(ids);
        permuteNarrow(f == 0 ? rows.organization : rows.account,
                      f == 0 ? index->m_organization : index->m_account, quint32(ids.size() - 1),
                      [&](quint32 id) { return table(id); });
    }
    {
        const std::vector<quint32> ipCodes = IndexDictionaries::sortKeys(
            rows.ip, rows.ipKeys, EventIndex::kIpKeySize, &index->m_ipKeys);
        std::string().swap(rows.ipKeys);
        permuteNarrow(rows.ip, index->m_ip, index->ipCount(),
                      [&](quint32 k) { return ipCodes[k]; });
    }
    permute(rows.request, index->m_request, same);
    permute(rows.flags, index->m_flags, same);
    permute(rows.dupCount, index->m_dupCount, same);
    permute(idRankBySeqOrder, index->m_idRank, same);
    std::vector<quint32>().swap(order);
    index->m_timedCount = quint32(std::count_if(index->m_flags.begin(), index->m_flags.end(),
                                                [](quint8 f) { return f & EventIndex::HasTime; }));
    const bool placed = index->finishLoad();
    dictionaries.join();
    if (!dictionariesFilled) {
        *error = dictionariesError;
        return false;
    }
    if (!placed) {
        *error = QCoreApplication::translate("EventIndex", "the case is damaged: two events "
                                                           "share a seq");
        return false;
    }
    return true;
}

} // namespace auditlens
