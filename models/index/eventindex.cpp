#include "eventindex.h"

#include "../store/casesql.h"
#include "eventrowsreader.h"
#include "indexblob.h"
#include "indexdictionaries.h"
#include "indexverifier.h"
#include "store/schema.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <new>
#include <numeric>
#include <random>
#include <stdexcept>
#include <thread>

namespace auditlens {

namespace {
using Statement = SqliteStatement;

// Joins a thread when leaving a scope, on every path out (a thread never joined ends the program).
struct ThreadJoiner
{
    std::thread &thread;
    ~ThreadJoiner()
    {
        if (thread.joinable())
            thread.join();
    }
};

QString notEnoughMemory()
{
    return QCoreApplication::translate("EventIndex", "there is not enough memory to index the "
                                                     "events of this case");
}

constexpr quint32 kMagic = 0x58494c41; // "ALIX"
// 2: hashText reads eight bytes at a time. 3: every row ends in a checksum, the fingerprint
// covers actions, duplicate marks and entities, and a loaded index is checked in full.
constexpr quint32 kFormat = 3;

} // namespace

quint64 EventIndex::hashText(std::string_view text)
{
    // Eight bytes (little-endian) a step, each mixed in by a multiply, then a final mix: stable
    // everywhere, good enough for dictionary keys, and a byte at a time only for the tail.
    auto mix = [](quint64 h, quint64 w) {
        h ^= w;
        h *= 0x9e3779b97f4a7c15ULL;
        return h ^ (h >> 29);
    };
    const char *p = text.data();
    size_t n = text.size();
    quint64 h = 0xcbf29ce484222325ULL ^ (quint64(n) * 0xff51afd7ed558ccdULL);
    for (; n >= 8; p += 8, n -= 8)
        h = mix(h, qFromLittleEndian<quint64>(p));
    if (n > 0) {
        quint64 w = 0;
        for (size_t i = 0; i < n; ++i)
            w |= quint64(static_cast<unsigned char>(p[i])) << (8 * i);
        h = mix(h, w);
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

quint64 EventIndex::checksum(const char *data, size_t size, quint64 seed)
{
    // Eight independent lanes of eight bytes, one multiply each, so the multiplies overlap and
    // the sum keeps up with memory. The lanes, the length and the tail are mixed in at the end.
    quint64 lane[8];
    for (int k = 0; k < 8; ++k)
        lane[k] = seed ^ (0x9e3779b97f4a7c15ULL * quint64(k + 1));
    size_t i = 0;
    for (; i + 64 <= size; i += 64) {
        for (int k = 0; k < 8; ++k) {
            const quint64 h = (lane[k] ^ qFromLittleEndian<quint64>(data + i + size_t(k) * 8)) *
                              0xff51afd7ed558ccdULL;
            lane[k] = (h << 31) | (h >> 33);
        }
    }
    quint64 h = quint64(size) * 0xc2b2ae3d27d4eb4fULL;
    for (const quint64 l : lane) {
        h = (h ^ l) * 0x9e3779b97f4a7c15ULL;
        h ^= h >> 29;
    }
    return h ^ hashText(std::string_view(data + i, size - i));
}

void FieldDictionary::findCodes(std::string_view text, std::vector<quint32> *codes) const
{
    const quint64 h = EventIndex::hashText(text);
    auto collect = [&](const std::vector<quint64> &hashes, const std::vector<quint32> &list) {
        auto range = std::equal_range(hashes.begin(), hashes.end(), h);
        for (auto it = range.first; it != range.second; ++it)
            codes->push_back(list[size_t(it - hashes.begin())]);
    };
    collect(idHashes, idCodes);
    collect(nameHashes, nameCodes);
    std::sort(codes->begin(), codes->end());
    codes->erase(std::unique(codes->begin(), codes->end()), codes->end());
}

size_t FieldDictionary::countCodes(std::string_view text) const
{
    const quint64 h = EventIndex::hashText(text);
    const auto ids = std::equal_range(idHashes.begin(), idHashes.end(), h);
    const auto names = std::equal_range(nameHashes.begin(), nameHashes.end(), h);
    const size_t byId = size_t(ids.second - ids.first);
    const size_t byName = size_t(names.second - names.first);
    // An entity whose name is its id is one value, not two.
    if (byId == 1 && byName == 1 &&
        idCodes[size_t(ids.first - idHashes.begin())] ==
            nameCodes[size_t(names.first - nameHashes.begin())])
        return 1;
    return byId + byName;
}

quint32 FieldDictionary::codeOfEntity(quint32 entityId) const
{
    auto it = std::lower_bound(entityIds.begin() + 1, entityIds.end(), entityId);
    return it != entityIds.end() && *it == entityId ? quint32(it - entityIds.begin()) : 0;
}

quint32 EventIndex::code(IndexField field, quint32 i) const
{
    switch (field) {
    case IndexField::Action:
        return m_action[i];
    case IndexField::Actor:
        return m_actor[i];
    case IndexField::Target:
        return m_target[i];
    case IndexField::Scope:
        return m_scope[i];
    case IndexField::Success:
        return quint32(m_flags[i] & SuccessMask);
    }
    return 0;
}

const std::vector<quint32> &EventIndex::entityColumn(IndexField field) const
{
    switch (field) {
    case IndexField::Target:
        return m_target;
    case IndexField::Scope:
        return m_scope;
    default:
        return m_actor;
    }
}

quint32 EventIndex::lowerBound(qint64 ns) const
{
    return quint32(std::lower_bound(m_time.begin(), m_time.begin() + m_timedCount, ns) -
                   m_time.begin());
}

quint32 EventIndex::upperBound(qint64 ns) const
{
    return quint32(std::upper_bound(m_time.begin(), m_time.begin() + m_timedCount, ns) -
                   m_time.begin());
}

std::vector<quint32> EventIndex::copiesOf(quint32 i) const
{
    std::vector<quint32> copies;
    if (i >= size() || m_dupCount[i] < 2) {
        copies.push_back(i);
        return copies;
    }
    const quint32 rank = m_idRank[i];
    auto first = std::lower_bound(m_dupPositions.begin(), m_dupPositions.end(), rank,
                                  [&](quint32 p, quint32 r) { return m_idRank[p] < r; });
    for (auto it = first; it != m_dupPositions.end() && m_idRank[*it] == rank; ++it)
        copies.push_back(*it);
    return copies;
}

qint64 EventIndex::memoryBytes() const
{
    qint64 bytes = qint64(m_seq.capacity() * 8 + m_time.capacity() * 8 + m_offset.capacity() * 8 +
                          m_source.capacity() * 2 + m_action.capacity() * 2 +
                          (m_actor.capacity() + m_target.capacity() + m_scope.capacity()) * 4 +
                          m_flags.capacity() + m_dupCount.capacity() * 4 + m_idRank.capacity() * 4 +
                          m_dupPositions.capacity() * 4 + m_seqMap.memoryBytes());
    for (const FieldDictionary &d : m_dict) {
        bytes += qint64(d.entityIds.capacity() * 4 + d.rank.capacity() * 4 +
                        d.idHashes.capacity() * 8 + d.idCodes.capacity() * 4 +
                        d.nameHashes.capacity() * 8 + d.nameCodes.capacity() * 4);
        for (const QString &s : d.labels)
            bytes += 24 + s.size() * 2;
        for (const QString &s : d.ids)
            bytes += 24 + s.size() * 2;
    }
    return bytes;
}

QByteArray EventIndex::fingerprint(sqlite3 *db)
{
    // Every part is read from a primary key or a small table: a few milliseconds for a case of a
    // million events (a few thousand duplicate marks, a few hundred actions).
    QByteArray out = "v" + QByteArray::number(kFormat);
    Statement sources(db, CaseSql::kSourceDigests);
    while (sources.row()) {
        out += '|' + QByteArray::number(sources.columnInt64(0)) + ':' +
               QByteArray(sources.columnText(1).data(), qsizetype(sources.columnText(1).size())) +
               ':' + QByteArray::number(sources.columnInt64(2));
    }
    auto digest = [&](const char *label, const char *sql, int columns) {
        Statement rows(db, sql);
        quint64 h = 0;
        qint64 count = 0;
        std::string cells;
        for (; rows.row(); ++count) {
            cells.clear();
            for (int c = 0; c < columns; ++c) {
                // Integers as they are; text, and NULL as a byte no text holds alone.
                const qint64 v = rows.columnInt64(c);
                if (rows.columnType(c) == SQLITE_INTEGER)
                    cells.append(reinterpret_cast<const char *>(&v), sizeof v);
                else
                    cells += rows.isNull(c) ? std::string_view("\x01") : rows.columnText(c);
                cells += char(rows.columnType(c));
            }
            h = (h ^ hashText(cells)) * 0x9e3779b97f4a7c15ULL;
        }
        out += '|' + QByteArray(label) + ':' + QByteArray::number(count) + ':' +
               QByteArray::number(h, 16) + (rows.done() ? "" : "!");
    };
    digest("actions", CaseSql::kActionsById, 2);
    digest("duplicates", CaseSql::kDuplicateMarks, 4);
    // One query each: both in one would read the whole table.
    for (const char *sql : {CaseSql::kFirstSeq, CaseSql::kLastSeq, CaseSql::kLastEntityId}) {
        Statement one(db, sql);
        out += '|' + (one.row() ? QByteArray::number(one.columnInt64(0)) : QByteArray("-"));
    }
    return out;
}

void EventIndexRows::reserve(size_t rows)
{
    time.reserve(rows);
    offset.reserve(rows);
    source.reserve(rows);
    action.reserve(rows);
    actor.reserve(rows);
    target.reserve(rows);
    scope.reserve(rows);
    flags.reserve(rows);
    dupCount.reserve(rows);
    idEnds.reserve(rows);
    ids.reserve(rows * 36);
}

void EventIndexRows::append(bool hasTime, qint64 ns, qint64 offsetInSource, quint16 sourceId,
                            quint32 actionId, quint32 actorId, quint32 targetId, quint32 scopeId,
                            int success, bool flagged, std::string_view id)
{
    quint8 f = hasTime ? EventIndex::HasTime : 0;
    if (success >= 0)
        f |= success ? EventIndex::SuccessTrue : EventIndex::SuccessFalse;
    if (flagged)
        f |= EventIndex::Flagged;
    time.push_back(hasTime ? ns : 0);
    offset.push_back(offsetInSource);
    source.push_back(sourceId);
    action.push_back(actionId);
    actor.push_back(actorId);
    target.push_back(targetId);
    scope.push_back(scopeId);
    flags.push_back(f);
    dupCount.push_back(1);
    ids.append(id);
    idEnds.push_back(quint32(ids.size()));
}

void EventIndexRows::truncate(size_t rows)
{
    if (rows >= size())
        return;
    time.resize(rows);
    offset.resize(rows);
    source.resize(rows);
    action.resize(rows);
    actor.resize(rows);
    target.resize(rows);
    scope.resize(rows);
    flags.resize(rows);
    dupCount.resize(rows);
    idEnds.resize(rows);
    if (!seqs.empty())
        seqs.resize(rows);
    ids.resize(rows ? idEnds.back() : 0);
}

void EventIndexRows::setDuplicate(qint64 seq, int kind, qint64 count, qint64 rank)
{
    const qint64 i = seq - firstSeq;
    if (seqs.empty() && i >= 0 && i < qint64(size()))
        setDuplicateAt(size_t(i), kind, count, rank);
}

void EventIndexRows::setDuplicateAt(size_t i, int kind, qint64 count, qint64 rank)
{
    quint8 &f = flags[i];
    f &= quint8(~(EventIndex::DupKindMask | EventIndex::ExtraExactCopy));
    f |= quint8((kind & 3) << EventIndex::DupKindShift);
    if (kind == 1 && rank > 1)
        f |= EventIndex::ExtraExactCopy;
    dupCount[i] = quint32(count);
}

bool EventIndex::build(sqlite3 *db, EventIndex *index, QString *error,
                       const std::atomic<bool> *cancel)
{
    EventIndexRows rows;
    if (!EventRowsReader::read(db, &rows, error, cancel))
        return false;
    return build(db, std::move(rows), index, error, cancel);
}

EventIndexOrder EventIndex::order(const EventIndexRows &rows)
{
    const size_t n = rows.size();
    EventIndexOrder result;
    // Time order; ties by source and line, i.e. by seq. Events without a time sort last.
    {
        // Signed times as unsigned keys that sort the same way.
        std::vector<std::pair<quint64, quint32>> keyed(n);
        for (size_t i = 0; i < n; ++i) {
            const qint64 t =
                (rows.flags[i] & HasTime) ? rows.time[i] : std::numeric_limits<qint64>::max();
            keyed[i] = {quint64(t) ^ (quint64(1) << 63), quint32(i)};
        }
        IndexDictionaries::sortByKey(keyed);
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

bool EventIndex::build(sqlite3 *db, EventIndexRows &&rows, EventIndex *index, QString *error,
                       const std::atomic<bool> *cancel, EventIndexOrder *prepared)
{
    auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    *index = EventIndex();
    index->m_fingerprint = fingerprint(db);
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
    const std::vector<quint32> entityIds[3] = {IndexDictionaries::distinctIds(rows.actor),
                                               IndexDictionaries::distinctIds(rows.target),
                                               IndexDictionaries::distinctIds(rows.scope)};
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
    for (int f = 0; f < 3; ++f)
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
    permute(rows.flags, index->m_flags, same);
    permute(rows.dupCount, index->m_dupCount, same);
    permute(idRankBySeqOrder, index->m_idRank, same);
    std::vector<quint32>().swap(order);
    index->m_timedCount = quint32(std::count_if(index->m_flags.begin(), index->m_flags.end(),
                                                [](quint8 f) { return f & HasTime; }));
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

bool EventIndex::finishLoad()
{
    const size_t n = m_seq.size();
    // Postings by counting sort: positions stay ascending within each value.
    for (int field = 0; field < kIndexFieldCount; ++field) {
        Postings &p = m_postings[field];
        const quint32 codes = field == int(IndexField::Success) ? 4u : m_dict[field].size();
        p.offsets.assign(codes + 1, 0u);
        for (quint32 i = 0; i < n; ++i)
            ++p.offsets[code(IndexField(field), i) + 1];
        for (quint32 c = 0; c < codes; ++c)
            p.offsets[c + 1] += p.offsets[c];
        p.positions.resize(n);
        std::vector<quint32> next(p.offsets.begin(), p.offsets.end() - 1);
        for (quint32 i = 0; i < n; ++i)
            p.positions[next[code(IndexField(field), i)]++] = i;
    }
    m_duplicateRows.clear();
    for (quint32 i = 0; i < n; ++i) {
        if (m_flags[i] & DupKindMask)
            m_duplicateRows.push_back(i);
    }
    m_dupPositions.clear();
    for (quint32 p = 0; p < n; ++p) {
        if (m_dupCount[p] > 1)
            m_dupPositions.push_back(p);
    }
    std::sort(m_dupPositions.begin(), m_dupPositions.end(), [&](quint32 a, quint32 b) {
        return m_idRank[a] != m_idRank[b] ? m_idRank[a] < m_idRank[b] : a < b;
    });
    return m_seqMap.build(m_seq);
}

template <typename W> void EventIndex::write(W &w) const
{
    w.value(kMagic);
    w.value(kFormat);
    w.value(m_timedCount);
    w.vec(m_seq);
    w.vec(m_time);
    w.vec(m_offset);
    w.vec(m_source);
    w.vec(m_action);
    w.vec(m_actor);
    w.vec(m_target);
    w.vec(m_scope);
    w.vec(m_flags);
    w.vec(m_dupCount);
    w.vec(m_idRank);
    for (const FieldDictionary &d : m_dict) {
        w.vec(d.entityIds);
        w.vec(d.rank);
        w.vec(d.idHashes);
        w.vec(d.idCodes);
        w.vec(d.nameHashes);
        w.vec(d.nameCodes);
        w.strings(d.labels);
        w.strings(d.ids);
    }
}

bool EventIndex::deserialize(const QByteArray &data)
{
    IndexBlob::Reader r(data);
    quint64 magic = 0, format = 0, timed = 0;
    if (!r.value(&magic) || magic != kMagic || !r.value(&format) || format != kFormat ||
        !r.value(&timed) || timed > std::numeric_limits<quint32>::max())
        return false;
    m_timedCount = quint32(timed);
    if (!r.vec(m_seq) || !r.vec(m_time) || !r.vec(m_offset) || !r.vec(m_source) ||
        !r.vec(m_action) || !r.vec(m_actor) || !r.vec(m_target) || !r.vec(m_scope) ||
        !r.vec(m_flags) || !r.vec(m_dupCount) || !r.vec(m_idRank))
        return false;
    const size_t n = m_seq.size();
    if (m_time.size() != n || m_offset.size() != n || m_source.size() != n ||
        m_action.size() != n || m_actor.size() != n || m_target.size() != n ||
        m_scope.size() != n || m_flags.size() != n || m_dupCount.size() != n ||
        m_idRank.size() != n)
        return false;
    for (FieldDictionary &d : m_dict) {
        if (!r.vec(d.entityIds) || !r.vec(d.rank) || !r.vec(d.idHashes) || !r.vec(d.idCodes) ||
            !r.vec(d.nameHashes) || !r.vec(d.nameCodes) || !r.strings(d.labels) ||
            !r.strings(d.ids))
            return false;
    }
    // Nothing is used before every promise holds: a damaged index must not index out of bounds.
    return r.atEnd() && IndexVerifier::isConsistent(*this) && finishLoad();
}

bool EventIndex::load(sqlite3 *db, EventIndex *index)
{
    *index = EventIndex();
    Statement exists(db, CaseSql::kHasViewerIndex);
    if (!exists.row())
        return false;
    Statement size(db, CaseSql::kViewerIndexSize);
    if (!size.row() || size.columnInt64(0) == 0)
        return false;
    QByteArray data;
    data.reserve(qsizetype(std::clamp<qint64>(size.columnInt64(1), 0, qint64(1) << 32)));
    // Every row of one index, numbered from 0 without a gap, all with one fingerprint, each whole
    // (its checksum, summed while the row is in the processor's cache, holds).
    QByteArray stored;
    {
        Statement chunks(db, CaseSql::kViewerIndexRows);
        int part = 0;
        for (; chunks.row(); ++part) {
            char name[32];
            std::snprintf(name, sizeof name, IndexBlob::kRowName, part);
            const QByteArray fingerprint(chunks.columnText(1).data(),
                                         qsizetype(chunks.columnText(1).size()));
            if (part == 0)
                stored = fingerprint;
            if (chunks.columnText(0) != name || fingerprint != stored)
                return false;
            const std::string_view cell = chunks.columnBlob(2);
            const char *blob = cell.data();
            const size_t bytes = cell.size();
            if (!blob || bytes < IndexBlob::kChecksumBytes)
                return false;
            const size_t payload = bytes - IndexBlob::kChecksumBytes;
            if (checksum(blob, payload, quint64(part)) !=
                qFromLittleEndian<quint64>(blob + payload))
                return false;
            data.append(blob, qsizetype(payload));
        }
        if (!chunks.done() || part == 0)
            return false;
    }
    // How many events the index says it holds: its first column is the seqs, 8 bytes each.
    const quint64 claimed =
        data.size() >= 32 ? qFromLittleEndian<quint64>(data.constData() + 24) / 8 : 0;
    // What needs the case runs on another core while this one reads the columns: the case's
    // fingerprint and a sample of its events. The connection is lent; nothing here touches it
    // meanwhile.
    std::random_device entropy;
    const quint64 seed = (quint64(entropy()) << 32) ^ entropy();
    QByteArray expected;
    IndexVerifier::Sample sample;
    std::thread checking([&] {
        try {
            expected = fingerprint(db);
            sample = IndexVerifier::readSample(db, claimed, seed);
        } catch (const std::exception &) { // std::bad_alloc
            sample.readable = false;
        }
    });
    const ThreadJoiner joiner{checking};
    EventIndex loaded;
    const bool read = loaded.deserialize(data);
    checking.join();
    if (!read || stored != expected || !IndexVerifier::matchesSample(loaded, sample))
        return false;
    loaded.m_fingerprint = expected;
    *index = std::move(loaded);
    return true;
}

bool EventIndex::store(sqlite3 *db, QString *error, size_t chunkBytes) const
{
    auto exec = [&](const char *sql) { return SqliteStatement::exec(db, sql, error); };
    // One transaction (or part of the caller's): the old index goes as the new one comes.
    if (!exec(CaseSql::kSavepointStoreIndex))
        return false;
    if (exec(Schema::createViewerIndexTable()) && exec(CaseSql::kDeleteViewerIndex)) {
        // Each row holds its checksum besides the index's bytes.
        IndexBlob::Writer writer(db, m_fingerprint,
                                 std::max<size_t>(chunkBytes, IndexBlob::kChecksumBytes + 1) -
                                     IndexBlob::kChecksumBytes);
        write(writer);
        if (writer.finish())
            return exec(CaseSql::kReleaseStoreIndex);
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    const QString why = *error;
    exec(CaseSql::kRollbackStoreIndex);
    exec(CaseSql::kReleaseStoreIndex);
    *error = why;
    return false;
}

bool EventIndex::loadOrBuild(sqlite3 *db, bool writable, EventIndex *index, QString *error,
                             bool *built)
{
    if (built)
        *built = false;
    // A case's sizes are the case's to choose: running out of memory for one is an answer to give
    // the user, not a reason to end the program.
    try {
        if (load(db, index))
            return true;
        if (!build(db, index, error))
            return false;
    } catch (const std::exception &) { // std::bad_alloc, std::length_error
        *index = EventIndex();
        *error = notEnoughMemory();
        return false;
    }
    if (built)
        *built = true;
    if (writable) {
        QString storeError;
        index->store(db, &storeError); // a read-only medium only costs the next open a rebuild
    }
    return true;
}

} // namespace auditlens
