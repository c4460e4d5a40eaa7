// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "indexverifier.h"

#include "../store/casesql.h"
#include "eventindex.h"
#include "indexedrow.h"
#include "store/sqlitestatement.h"

#include <algorithm>
#include <limits>
#include <random>
#include <string>

namespace auditlens {

namespace {
bool fail(QString *why, const QString &what)
{
    if (why)
        *why = what;
    return false;
}

template <typename T> bool allBelow(const std::vector<T> &column, size_t size)
{
    return std::all_of(column.begin(), column.end(), [&](T c) { return size_t(c) < size; });
}

bool dictionaryIsConsistent(const FieldDictionary &d, bool needsLabels, size_t events, QString *why)
{
    const size_t size = d.entityIds.size();
    if (size == 0 || size > events + 1 || d.entityIds[0] != 0)
        return fail(why, QStringLiteral("dictionary of %1 values").arg(size));
    for (size_t c = 1; c < size; ++c) {
        if (d.entityIds[c] <= d.entityIds[c - 1])
            return fail(why, QStringLiteral("dictionary ids out of order"));
    }
    if (d.rank.size() != size || !allBelow(d.rank, size))
        return fail(why, QStringLiteral("dictionary ranks"));
    // Sorted by hash, codes ascending among equal hashes, each code (never 0) there at most
    // once: one id and one name per value, so no text can be made to find a value it does not
    // name.
    std::vector<quint8> seen(size);
    auto lookup = [&](const std::vector<quint64> &hashes, const std::vector<quint32> &codes) {
        if (hashes.size() != codes.size())
            return false;
        std::fill(seen.begin(), seen.end(), quint8(0));
        for (size_t i = 0; i < codes.size(); ++i) {
            const quint32 c = codes[i];
            if (c == 0 || c >= size || seen[c] ||
                (i > 0 &&
                 (hashes[i] < hashes[i - 1] || (hashes[i] == hashes[i - 1] && c < codes[i - 1]))))
                return false;
            seen[c] = 1;
        }
        return true;
    };
    if (!lookup(d.idHashes, d.idCodes) || !lookup(d.nameHashes, d.nameCodes))
        return fail(why, QStringLiteral("dictionary lookups"));
    if (d.ids.size() != d.labels.size() || (!d.labels.empty() && d.labels.size() != size) ||
        (needsLabels && d.labels.size() != size))
        return fail(why, QStringLiteral("dictionary labels"));
    return true;
}

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

bool hashNamesCode(const std::vector<quint64> &hashes, const std::vector<quint32> &codes,
                   std::string_view text, quint32 code)
{
    // Codes sharing a hash (entities sharing a name: thousands of jobs called "build") are in
    // ascending order.
    const auto range = std::equal_range(hashes.begin(), hashes.end(), EventIndex::hashText(text));
    const auto first = codes.begin() + (range.first - hashes.begin());
    const auto last = codes.begin() + (range.second - hashes.begin());
    return std::binary_search(first, last, code);
}

// Per entity field, the codes some id or name leads to; made the first time it is asked (only an
// entity the case lacks needs it).
class Named
{
public:
    explicit Named(const EventIndex &ix) : m_index(ix) {}
    bool operator()(int field, quint32 code)
    {
        if (m_codes[field].empty()) {
            const FieldDictionary &d = m_index.dictionary(kEntityFields[field]);
            m_codes[field].assign(d.size(), 0);
            for (const quint32 c : d.idCodes)
                m_codes[field][c] = 1;
            for (const quint32 c : d.nameCodes)
                m_codes[field][c] = 1;
        }
        return m_codes[field][code] != 0;
    }

private:
    const EventIndex &m_index;
    std::vector<quint8> m_codes[kEntityFieldCount];
};

// Whether an event of the sample says what the index says of position p.
bool eventMatches(const IndexVerifier::Sample::Event &event, const EventIndex &ix, quint32 p,
                  Named &named)
{
    const IndexedRow &row = event.row;
    if (row.source != ix.source(p) || row.offset != ix.offset(p) || row.hasTime != ix.hasTime(p) ||
        (row.hasTime && row.time != ix.time(p)) || row.success != ix.success(p) ||
        row.flagged != bool(ix.flags(p) & EventIndex::Flagged) || row.dupKind != ix.dupKind(p) ||
        row.dupCount != qint64(ix.dupCount(p)) ||
        (row.dupKind == DuplicateKind::Exact && row.dupRank > 1) !=
            bool(ix.flags(p) & EventIndex::ExtraExactCopy))
        return false;
    const FieldDictionary &actions = ix.dictionary(IndexField::Action);
    const quint32 action = ix.code(IndexField::Action, p);
    if (row.action != qint64(actions.entityIds[action]))
        return false;
    if (event.withNames &&
        (actions.labels[action] != text(event.actionName) ||
         !hashNamesCode(actions.nameHashes, actions.nameCodes, event.actionName, action)))
        return false;
    const quint32 ip = ix.code(IndexField::Ip, p);
    if ((ip == 0) != event.ipKey.empty() || (ip != 0 && ix.ipKey(ip) != event.ipKey))
        return false;
    if (ix.requestColumn()[p] !=
        (row.hasRequest ? EventIndex::requestHash(event.requestId) : quint64(0)))
        return false;
    for (int f = 0; f < kEntityFieldCount; ++f) {
        const IndexField field = kEntityFields[f];
        const FieldDictionary &d = ix.dictionary(field);
        const quint32 c = ix.code(field, p);
        if (row.entity[f] != qint64(d.entityIds[c]))
            return false;
        if (!event.withNames || c == 0)
            continue;
        if (!event.entityFound[f]) {
            // An id the entities table lacks has no id or name in the dictionary either.
            if ((d.hasLabels() && !d.labels[c].isEmpty()) || named(f, c))
                return false;
            continue;
        }
        const std::string &ext = event.entityId[f];
        const std::string &name = event.entityName[f];
        if (!hashNamesCode(d.idHashes, d.idCodes, ext, c) ||
            (!name.empty() && !hashNamesCode(d.nameHashes, d.nameCodes, name, c)))
            return false;
        if (d.hasLabels() &&
            (d.labels[c] != text(name.empty() ? ext : name) || d.ids[c] != text(ext)))
            return false;
    }
    return true;
}
} // namespace

bool IndexVerifier::isConsistent(const EventIndex &ix, QString *why)
{
    const size_t n = ix.size();
    if (n >= size_t(std::numeric_limits<qint32>::max()))
        return fail(why, QStringLiteral("%1 events").arg(n));
    const quint32 timed = ix.timedCount();
    if (timed > n)
        return fail(why, QStringLiteral("%1 timed events of %2").arg(timed).arg(n));
    const std::vector<quint8> &flags = ix.flagColumn();
    const std::vector<qint64> &times = ix.timeColumn();
    for (quint32 i = 0; i < n; ++i) {
        if (bool(flags[i] & EventIndex::HasTime) != (i < timed))
            return fail(why, QStringLiteral("event %1: timed events are not first").arg(i));
        if ((flags[i] & EventIndex::DupKindMask) == EventIndex::DupKindMask ||
            ix.dupCount(i) == 0 || ix.idRank(i) >= n)
            return fail(why, QStringLiteral("event %1: duplicate marks or id rank").arg(i));
    }
    if (!std::is_sorted(times.begin(), times.begin() + qptrdiff(timed)))
        return fail(why, QStringLiteral("times out of order"));
    if (!dictionaryIsConsistent(ix.dictionary(IndexField::Action), true, n, why))
        return false;
    for (const IndexField f : kEntityFields) {
        if (!dictionaryIsConsistent(ix.dictionary(f), false, n, why))
            return false;
    }
    if (!allBelow(ix.actionColumn(), ix.dictionary(IndexField::Action).size()))
        return fail(why, QStringLiteral("action codes beyond the dictionary"));
    for (const IndexField f : {IndexField::Actor, IndexField::Target, IndexField::Scope}) {
        if (!allBelow(ix.entityColumn(f), ix.dictionary(f).size()))
            return fail(why, QStringLiteral("entity codes beyond the dictionary"));
    }
    if (!ix.organizationColumn().isConsistent(n, ix.dictionary(IndexField::Organization).size()) ||
        !ix.accountColumn().isConsistent(n, ix.dictionary(IndexField::Account).size()))
        return fail(why, QStringLiteral("organization or account codes beyond the dictionary"));
    // Addresses: whole keys, each once, in ascending order (a CIDR block must be one range of
    // codes), no more than the events, and every code one of them.
    const std::string &keys = ix.ipKeys();
    if (keys.size() % EventIndex::kIpKeySize != 0 || ix.ipCount() > n)
        return fail(why, QStringLiteral("address dictionary"));
    for (quint32 c = 2; c <= ix.ipCount(); ++c) {
        if (!(ix.ipKey(c - 1) < ix.ipKey(c)))
            return fail(why, QStringLiteral("addresses out of order"));
    }
    if (!ix.ipColumn().isConsistent(n, ix.ipCount() + 1))
        return fail(why, QStringLiteral("address codes beyond the dictionary"));
    if (ix.requestColumn().size() != n)
        return fail(why, QStringLiteral("request column"));
    return true;
}

IndexVerifier::Sample IndexVerifier::readSample(sqlite3 *db, quint64 events, quint64 seed)
{
    Sample sample;
    SqliteStatement select(db, CaseSql::kIndexedEventsFrom);
    SqliteStatement action(db, CaseSql::kActionName);
    SqliteStatement entity(db, CaseSql::kEntityIdAndName);
    SqliteStatement first(db, CaseSql::kFirstSeq);
    SqliteStatement last(db, CaseSql::kLastSeq);
    if (!select.ok() || !action.ok() || !entity.ok() || !first.row() || !last.row()) {
        sample.readable = false;
        return sample;
    }
    const qint64 lo = first.columnInt64(0);
    const quint64 span = quint64(last.columnInt64(0)) - quint64(lo); // seqs from lo to lo + span
    // A small case is read in full, one row beyond what the index holds to see an event it lacks.
    const quint64 most = quint64(kRuns) * kRunLength;
    sample.whole = events <= most;
    std::mt19937_64 random(seed);
    const int runs = sample.whole ? 1 : kRuns;
    QString problem;
    for (int run = 0; run < runs; ++run) {
        qint64 from = std::numeric_limits<qint64>::min();
        if (!sample.whole)
            from = qint64(quint64(lo) + (span == ~quint64(0) ? random() : random() % (span + 1)));
        sample.from.push_back(from);
        sample.runs.emplace_back();
        select.reset();
        select.bindInt64(1, from);
        select.bindInt64(2, sample.whole ? qint64(most) + 1 : kRunLength);
        while (select.row()) {
            Sample::Event event;
            if (!event.row.read(select, &problem)) {
                sample.readable = false;
                return sample;
            }
            event.id = std::string(event.row.id);
            event.ipKey = std::string(event.row.ipKey);
            event.requestId = std::string(event.row.requestId);
            event.row.id = event.row.ipKey = event.row.requestId = {};
            event.withNames = sample.whole || sample.runs.back().empty();
            if (event.withNames) {
                action.reset();
                action.bindInt64(1, event.row.action);
                if (action.row())
                    event.actionName = std::string(action.columnText(0));
                for (int f = 0; f < kEntityFieldCount; ++f) {
                    if (event.row.entity[f] == 0)
                        continue;
                    entity.reset();
                    entity.bindInt64(1, event.row.entity[f]);
                    event.entityFound[f] = entity.row();
                    if (event.entityFound[f]) {
                        event.entityId[f] = std::string(entity.columnText(0));
                        event.entityName[f] = std::string(entity.columnText(1));
                    }
                }
            }
            sample.runs.back().push_back(std::move(event));
        }
        if (!select.done()) {
            sample.readable = false;
            return sample;
        }
    }
    return sample;
}

bool IndexVerifier::matchesSample(const EventIndex &ix, const Sample &sample, QString *why)
{
    constexpr qint64 kEnd = std::numeric_limits<qint64>::max();
    if (!sample.readable)
        return fail(why, QStringLiteral("the events cannot be read"));
    const quint32 n = ix.size();
    if (sample.whole != (n <= quint32(kRuns * kRunLength)))
        return fail(why, QStringLiteral("the index holds another number of events"));
    Named named(ix);
    std::vector<std::pair<quint32, std::string>> ids; // (id rank, id) of every event compared
    for (size_t run = 0; run < sample.runs.size(); ++run) {
        const auto &events = sample.runs[run];
        // No event of the index is missing from the run: before its first, between two, after
        // its last when the run reached the end of the case.
        qint64 next = sample.from[run]; // the first seq not yet accounted for
        bool atEnd = false;
        for (const Sample::Event &event : events) {
            const qint64 seq = event.row.seq;
            const qint64 p = ix.positionOfSeq(seq);
            if (p < 0)
                return fail(why, QStringLiteral("event %1 is not in the index").arg(seq));
            if (seq > next && ix.holdsSeqIn(next, seq - 1))
                return fail(why, QStringLiteral("an event before %1 is gone").arg(seq));
            if (!eventMatches(event, ix, quint32(p), named))
                return fail(why, QStringLiteral("event %1 differs from the index").arg(seq));
            ids.emplace_back(ix.idRank(quint32(p)), event.id);
            atEnd = seq == kEnd;
            next = atEnd ? kEnd : seq + 1;
        }
        const bool reachedEnd = sample.whole || events.size() < size_t(kRunLength);
        if (reachedEnd && !atEnd && ix.holdsSeqIn(next, kEnd))
            return fail(why, QStringLiteral("events after %1 are gone").arg(next));
    }
    if (sample.whole && ids.size() != n)
        return fail(why, QStringLiteral("%1 events, the index has %2").arg(ids.size()).arg(n));
    // Equal ids have equal ranks, and ranks follow the ids' order.
    std::sort(ids.begin(), ids.end());
    for (size_t i = 1; i < ids.size(); ++i) {
        const auto &a = ids[i - 1];
        const auto &b = ids[i];
        if ((a.first == b.first) != (a.second == b.second) || a.second > b.second)
            return fail(why, QStringLiteral("event ids out of order"));
    }
    return true;
}

} // namespace auditlens
