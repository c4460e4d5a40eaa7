#include "indexverifier.h"

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
    std::vector<bool> seen(size);
    auto lookup = [&](const std::vector<quint64> &hashes, const std::vector<quint32> &codes) {
        if (hashes.size() != codes.size())
            return false;
        std::fill(seen.begin(), seen.end(), false);
        for (size_t i = 0; i < codes.size(); ++i) {
            const quint32 c = codes[i];
            if (c == 0 || c >= size || seen[c] ||
                (i > 0 &&
                 (hashes[i] < hashes[i - 1] || (hashes[i] == hashes[i - 1] && c < codes[i - 1]))))
                return false;
            seen[c] = true;
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

// Per entity field, the codes some id or name leads to.
struct Named
{
    std::vector<bool> codes[3];
    explicit Named(const EventIndex &ix)
    {
        for (int f = 0; f < 3; ++f) {
            const FieldDictionary &d = ix.dictionary(IndexField(f + 1));
            codes[f].assign(d.size(), false);
            for (const quint32 c : d.idCodes)
                codes[f][c] = true;
            for (const quint32 c : d.nameCodes)
                codes[f][c] = true;
        }
    }
};

// Statements the comparison needs besides the events.
struct Lookups
{
    SqliteStatement action;
    SqliteStatement entity;
    explicit Lookups(sqlite3 *db)
        : action(db, "SELECT name FROM actions WHERE id = ?1"),
          entity(db, "SELECT ext_id, name FROM entities WHERE id = ?1")
    {}
};

// Whether an event's row says what the index says of position p. Its action's name and its
// entities' ids and names are looked up and compared with the dictionaries when withNames.
bool rowMatches(const IndexedRow &row, const EventIndex &ix, quint32 p, Lookups &lookups,
                const Named &named, bool withNames)
{
    if (row.source != ix.source(p) || row.offset != ix.offset(p) || row.hasTime != ix.hasTime(p) ||
        (row.hasTime && row.time != ix.time(p)) || row.success != ix.success(p) ||
        row.flagged != bool(ix.flags(p) & EventIndex::Flagged) || row.dupKind != ix.dupKind(p) ||
        row.dupCount != qint64(ix.dupCount(p)) ||
        (row.dupKind == 1 && row.dupRank > 1) != bool(ix.flags(p) & EventIndex::ExtraExactCopy))
        return false;
    const FieldDictionary &actions = ix.dictionary(IndexField::Action);
    const quint32 action = ix.code(IndexField::Action, p);
    if (row.action != qint64(actions.entityIds[action]))
        return false;
    if (withNames) {
        lookups.action.reset();
        lookups.action.bind(1, row.action);
        const std::string_view name = lookups.action.row() ? lookups.action.text(0) : "";
        if (actions.labels[action] != text(name) ||
            !hashNamesCode(actions.nameHashes, actions.nameCodes, name, action))
            return false;
    }
    for (int f = 0; f < 3; ++f) {
        const IndexField field = IndexField(int(IndexField::Actor) + f);
        const FieldDictionary &d = ix.dictionary(field);
        const quint32 c = ix.code(field, p);
        if (row.entity[f] != qint64(d.entityIds[c]))
            return false;
        if (!withNames || c == 0)
            continue;
        SqliteStatement &entity = lookups.entity;
        entity.reset();
        entity.bind(1, row.entity[f]);
        if (!entity.row()) {
            // An id the entities table lacks has no id or name in the dictionary either.
            if ((d.hasLabels() && !d.labels[c].isEmpty()) || named.codes[f][c])
                return false;
            continue;
        }
        const std::string_view ext = entity.text(0);
        const std::string_view name = entity.text(1);
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
    for (int f = 0; f < 4; ++f) {
        const FieldDictionary &d = ix.dictionary(IndexField(f));
        if (!dictionaryIsConsistent(d, f == int(IndexField::Action), n, why))
            return false;
    }
    if (!allBelow(ix.actionColumn(), ix.dictionary(IndexField::Action).size()))
        return fail(why, QStringLiteral("action codes beyond the dictionary"));
    for (const IndexField f : {IndexField::Actor, IndexField::Target, IndexField::Scope}) {
        if (!allBelow(ix.entityColumn(f), ix.dictionary(f).size()))
            return fail(why, QStringLiteral("entity codes beyond the dictionary"));
    }
    return true;
}

bool IndexVerifier::matchesEvents(sqlite3 *db, const EventIndex &ix, quint64 seed, QString *why)
{
    const quint32 n = ix.size();
    SqliteStatement select(
        db,
        (std::string(IndexedRow::kSelect) + " WHERE e.seq >= ?1 ORDER BY e.seq LIMIT ?2").c_str());
    Lookups lookups(db);
    if (!select.ok() || !lookups.action.ok() || !lookups.entity.ok())
        return fail(why, QStringLiteral("the events cannot be read"));
    // A small case is compared in full: one run from its first event, one row longer than the
    // index to see an event it lacks.
    const bool whole = n <= quint32(kRuns * kRunLength);
    const int runs = whole ? 1 : kRuns;
    std::mt19937_64 random(seed);
    const Named named(ix);
    std::vector<std::pair<quint32, std::string>> ids; // (id rank, id) of every event compared
    IndexedRow row;
    QString problem;
    for (int run = 0; run < runs; ++run) {
        qint64 from = std::numeric_limits<qint64>::min();
        if (!whole)
            from = ix.seq(quint32(random() % n));
        select.reset();
        select.bind(1, from);
        select.bind(2, whole ? qint64(n) + 1 : kRunLength);
        qint64 previous = 0;
        int rows = 0;
        for (; select.row(); ++rows) {
            if (!row.read(select, &problem))
                return fail(why, QStringLiteral("event %1 %2").arg(row.seq).arg(problem));
            const qint64 seq = row.seq;
            const qint64 p = ix.positionOfSeq(seq);
            if (p < 0)
                return fail(why, QStringLiteral("event %1 is not in the index").arg(seq));
            if ((rows == 0 && !whole && seq != from) ||
                (rows > 0 && ix.holdsSeqBetween(previous, seq)))
                return fail(why, QStringLiteral("an event before %1 is gone").arg(seq));
            if (!rowMatches(row, ix, quint32(p), lookups, named, whole || rows == 0))
                return fail(why, QStringLiteral("event %1 differs from the index").arg(seq));
            ids.emplace_back(ix.idRank(quint32(p)), std::string(row.id));
            previous = seq;
        }
        if (!select.done())
            return fail(why, QStringLiteral("the events cannot be read"));
        if (rows == 0 && !whole)
            return fail(why, QStringLiteral("event %1 is gone").arg(from));
        if (whole && quint32(rows) != n)
            return fail(why, QStringLiteral("%1 events, the index has %2").arg(rows).arg(n));
    }
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
