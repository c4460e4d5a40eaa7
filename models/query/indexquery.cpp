#include "indexquery.h"

#include "../parsing/timestampparser.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <cstring>
#include <thread>

namespace auditlens {

namespace {
constexpr qint64 kSecond = 1000000000LL;
constexpr qint64 kDay = 86400 * kSecond;

struct Step
{
    TimeUnit unit;
    int step;
    qint64 ns; // approximate width, for choosing
};
const Step kSteps[] = {
    {TimeUnit::Second, 1, kSecond},
    {TimeUnit::Second, 5, 5 * kSecond},
    {TimeUnit::Second, 15, 15 * kSecond},
    {TimeUnit::Second, 30, 30 * kSecond},
    {TimeUnit::Minute, 1, 60 * kSecond},
    {TimeUnit::Minute, 5, 300 * kSecond},
    {TimeUnit::Minute, 15, 900 * kSecond},
    {TimeUnit::Minute, 30, 1800 * kSecond},
    {TimeUnit::Hour, 1, 3600 * kSecond},
    {TimeUnit::Hour, 3, 3 * 3600 * kSecond},
    {TimeUnit::Hour, 6, 6 * 3600 * kSecond},
    {TimeUnit::Hour, 12, 12 * 3600 * kSecond},
    {TimeUnit::Day, 1, kDay},
    {TimeUnit::Week, 1, 7 * kDay},
    {TimeUnit::Month, 1, 30 * kDay},
    {TimeUnit::Month, 3, 91 * kDay},
    {TimeUnit::Month, 12, 365 * kDay},
};

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

qint64 monthStart(qint64 ns, int stepMonths)
{
    const qint64 days = floorDiv(ns, kDay);
    qint64 year = 0;
    unsigned month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    qint64 index = year * 12 + (month - 1);
    index -= ((index % stepMonths) + stepMonths) % stepMonths;
    return daysFromCivil(floorDiv(index, 12), unsigned(index - floorDiv(index, 12) * 12 + 1), 1) *
           kDay;
}

qint64 addMonths(qint64 ns, int months)
{
    const qint64 days = floorDiv(ns, kDay);
    qint64 year = 0;
    unsigned month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    const qint64 index = year * 12 + (month - 1) + months;
    return daysFromCivil(floorDiv(index, 12), unsigned(index - floorDiv(index, 12) * 12 + 1), 1) *
           kDay;
}

// Stable LSD radix sort of positions by 32-bit keys, 16 bits a pass; skips constant digits.
void radixSort(std::vector<quint32> &positions, std::vector<quint32> &keys,
               std::vector<quint32> &tmpPositions, std::vector<quint32> &tmpKeys,
               std::vector<quint32> &counts)
{
    const size_t n = positions.size();
    if (n < 2)
        return;
    tmpPositions.resize(n);
    tmpKeys.resize(n);
    counts.resize(65536);
    for (int shift = 0; shift < 32; shift += 16) {
        std::fill(counts.begin(), counts.end(), 0u);
        for (size_t i = 0; i < n; ++i)
            ++counts[(keys[i] >> shift) & 0xffff];
        if (counts[(keys[0] >> shift) & 0xffff] == n)
            continue;
        quint32 sum = 0;
        for (quint32 &c : counts) {
            const quint32 v = c;
            c = sum;
            sum += v;
        }
        for (size_t i = 0; i < n; ++i) {
            const quint32 at = counts[(keys[i] >> shift) & 0xffff]++;
            tmpPositions[at] = positions[i];
            tmpKeys[at] = keys[i];
        }
        positions.swap(tmpPositions);
        keys.swap(tmpKeys);
    }
}

} // namespace

struct PassInput
{
    const quint8 *actionAllowed = nullptr;
    const quint8 *actorAllowed = nullptr;
    const quint8 *targetAllowed = nullptr;
    const quint8 *scopeAllowed = nullptr;
    int wantSuccess = -1;
    const quint64 *text = nullptr;
    DuplicateFilter dups = DuplicateFilter::All;
    bool trackTargets = false;
    const std::vector<qint64> *bounds = nullptr;
};

// What one thread's share of a pass finds. Kept between queries so the buffers are reused; the
// counters are all zero between queries (clear() restores that through the touched list).
struct IndexQuery::Partial
{
    std::vector<quint32> counts[4];
    quint32 success[4] = {0, 0, 0, 0};
    std::vector<quint32> touched; // target codes counted (large target dictionaries)
    std::vector<quint32> positions;
    std::vector<quint32> buckets;
    qint64 untimed = 0;
};

struct IndexQuery::Scratch
{
    Partial parts[2];
    std::vector<quint32> keys, tmpPositions, tmpKeys, radixCounts;
};

IndexQuery::IndexQuery(const EventIndex &index)
    : m_index(index), m_scratch(std::make_unique<Scratch>())
{}

IndexQuery::~IndexQuery() = default;

void IndexQuery::prepare(const PassInput &in, Partial &part) const
{
    for (int field = 0; field < 4; ++field) {
        const size_t size = m_index.dictionary(IndexField(field)).size();
        if (part.counts[field].size() != size)
            part.counts[field].assign(size, 0u);
    }
    std::fill(std::begin(part.success), std::end(part.success), 0u);
    part.touched.clear();
    part.positions.clear();
    part.buckets.assign(in.bounds->size() - 1, 0u);
    part.untimed = 0;
}

void IndexQuery::clear(Partial &part, bool trackTargets) const
{
    for (int field = 0; field < 4; ++field) {
        if (field == int(IndexField::Target) && trackTargets) {
            for (const quint32 c : part.touched)
                part.counts[field][c] = 0;
        } else {
            std::fill(part.counts[field].begin(), part.counts[field].end(), 0u);
        }
    }
    part.touched.clear();
}

void IndexQuery::mergeInto(Partial &into, Partial &from, bool trackTargets) const
{
    for (int i = 0; i < 4; ++i)
        into.success[i] += from.success[i];
    into.untimed += from.untimed;
    for (size_t b = 0; b < into.buckets.size() && b < from.buckets.size(); ++b)
        into.buckets[b] += from.buckets[b];
    for (int field = 0; field < 4; ++field) {
        std::vector<quint32> &a = into.counts[field];
        std::vector<quint32> &b = from.counts[field];
        if (field == int(IndexField::Target) && trackTargets) {
            for (const quint32 c : from.touched) {
                if (a[c] == 0)
                    into.touched.push_back(c);
                a[c] += b[c];
                b[c] = 0;
            }
        } else {
            for (size_t c = 0; c < a.size(); ++c) {
                a[c] += b[c];
                b[c] = 0;
            }
        }
    }
    from.touched.clear();
}

void IndexQuery::pass(const PassInput &in, quint32 lo, quint32 hi, Partial &part) const
{
    prepare(in, part);
    const EventIndex &ix = m_index;
    const std::vector<qint64> &bounds = *in.bounds;
    quint32 *bucketCounts = part.buckets.data();
    const int lastBucket = int(part.buckets.size()) - 1;
    int bucket = 0;
    quint32 *actionCounts = part.counts[0].data();
    quint32 *actorCounts = part.counts[1].data();
    quint32 *targetCounts = part.counts[2].data();
    quint32 *scopeCounts = part.counts[3].data();
    quint32 *successCounts = part.success;
    qint64 untimed = 0;
    std::vector<quint32> &touched = part.touched;
    const bool trackTargets = in.trackTargets;
    if (trackTargets && touched.capacity() < hi - lo)
        touched.reserve(hi - lo);
    auto countTarget = [&](quint32 code) {
        if (targetCounts[code]++ == 0 && trackTargets)
            touched.push_back(code);
    };
    const qint64 *times = ix.timeColumn().data();
    const quint8 *flags = ix.flagColumn().data();
    const quint16 *actions = ix.actionColumn().data();
    const quint32 *actors = ix.entityColumn(IndexField::Actor).data();
    const quint32 *targets = ix.entityColumn(IndexField::Target).data();
    const quint32 *scopes = ix.entityColumn(IndexField::Scope).data();
    const quint8 *actionAllowed = in.actionAllowed;
    const quint8 *actorAllowed = in.actorAllowed;
    const quint8 *targetAllowed = in.targetAllowed;
    const quint8 *scopeAllowed = in.scopeAllowed;
    const int wantSuccess = in.wantSuccess;
    const quint64 *text = in.text;
    const DuplicateFilter dups = in.dups;
    std::vector<quint32> &positions = part.positions;
    positions.resize(hi - lo); // capacity is kept between queries
    quint32 *out = positions.data();
    size_t found = 0;
    for (quint32 i = lo; i < hi; ++i) {
        const quint8 fl = flags[i];
        switch (dups) {
        case DuplicateFilter::All:
            break;
        case DuplicateFilter::Duplicates:
            if (!(fl & EventIndex::DupKindMask))
                continue;
            break;
        case DuplicateFilter::Exact:
            if ((fl & EventIndex::DupKindMask) != (1 << EventIndex::DupKindShift))
                continue;
            break;
        case DuplicateFilter::Conflicting:
            if ((fl & EventIndex::DupKindMask) != (2 << EventIndex::DupKindShift))
                continue;
            break;
        case DuplicateFilter::Unique:
            if (fl & EventIndex::DupKindMask)
                continue;
            break;
        case DuplicateFilter::CollapseExact:
            if (fl & EventIndex::ExtraExactCopy)
                continue;
            break;
        }
        if (text && !(text[i >> 6] & (quint64(1) << (i & 63))))
            continue;
        const quint16 a = actions[i];
        const quint32 ac = actors[i], t = targets[i], s = scopes[i];
        const int sc = fl & EventIndex::SuccessMask;
        unsigned fail = 0;
        if (actionAllowed && !actionAllowed[a])
            fail |= 1;
        if (actorAllowed && !actorAllowed[ac])
            fail |= 2;
        if (targetAllowed && !targetAllowed[t])
            fail |= 4;
        if (scopeAllowed && !scopeAllowed[s])
            fail |= 8;
        if (wantSuccess >= 0 && sc != wantSuccess)
            fail |= 16;
        if (fail == 0) {
            out[found++] = i;
            ++actionCounts[a];
            ++actorCounts[ac];
            countTarget(t);
            ++scopeCounts[s];
            ++successCounts[sc];
            if (fl & EventIndex::HasTime) {
                const qint64 time = times[i];
                while (bucket < lastBucket && time >= bounds[size_t(bucket) + 1])
                    ++bucket;
                if (time >= bounds.front() && time < bounds.back())
                    ++bucketCounts[bucket];
            } else {
                ++untimed;
            }
            continue;
        }
        // Missed by exactly one field: the event still counts in that field's facet.
        switch (fail) {
        case 1:
            ++actionCounts[a];
            break;
        case 2:
            ++actorCounts[ac];
            break;
        case 4:
            countTarget(t);
            break;
        case 8:
            ++scopeCounts[s];
            break;
        case 16:
            ++successCounts[sc];
            break;
        default:
            break;
        }
    }
    positions.resize(found);
    part.untimed = untimed;
}

Histogram IndexQuery::emptyHistogram(qint64 from, qint64 to, int maxBuckets)
{
    Histogram h;
    if (to < from)
        std::swap(from, to);
    const qint64 span = to - from + 1;
    const Step *chosen = &kSteps[std::size(kSteps) - 1];
    for (const Step &s : kSteps) {
        if (span / s.ns < maxBuckets) {
            chosen = &s;
            break;
        }
    }
    h.unit = chosen->unit;
    h.step = chosen->step;
    qint64 start = 0;
    switch (chosen->unit) {
    case TimeUnit::Month:
        start = monthStart(from, chosen->step);
        break;
    case TimeUnit::Week: // weeks start on Monday; 1970-01-05 was one
        start = floorDiv(from - 4 * kDay, chosen->ns) * chosen->ns + 4 * kDay;
        break;
    default:
        start = floorDiv(from, chosen->ns) * chosen->ns;
        break;
    }
    h.bounds.push_back(start);
    while (h.bounds.back() <= to && int(h.bounds.size()) <= maxBuckets * 2 + 2) {
        const qint64 b = h.bounds.back();
        h.bounds.push_back(chosen->unit == TimeUnit::Month ? addMonths(b, chosen->step)
                                                           : b + chosen->ns);
    }
    h.counts.assign(h.bounds.size() - 1, 0u);
    return h;
}

void IndexQuery::resolve(IndexField field, const QStringList &values, std::vector<quint8> *allowed,
                         bool include) const
{
    const FieldDictionary &d = m_index.dictionary(field);
    std::vector<quint32> codes;
    for (const QString &value : values) {
        const QByteArray utf8 = value.toUtf8();
        if (field == IndexField::Action && value.endsWith(QLatin1String(".*"))) {
            const QString prefix = value.chopped(1);
            for (quint32 c = 1; c < d.size(); ++c) {
                if (d.labels[c].startsWith(prefix))
                    codes.push_back(c);
            }
        } else if (field == IndexField::Action && value == QLatin1String("*")) {
            for (quint32 c = 1; c < d.size(); ++c)
                codes.push_back(c);
        } else {
            d.findCodes(std::string_view(utf8.constData(), size_t(utf8.size())), &codes);
        }
    }
    for (const quint32 c : codes) {
        if (c < allowed->size())
            (*allowed)[c] = include ? 1 : 0;
    }
}

void IndexQuery::sortPositions(std::vector<quint32> &positions, const SortSpec &sort) const
{
    if (sort.column == EventColumn::Time) {
        if (sort.descending) // ties in time keep source/line order within the reversed run
            std::reverse(positions.begin(), positions.end());
        return;
    }
    std::vector<quint32> &keys = m_scratch->keys;
    keys.resize(positions.size());
    auto fill = [&](auto keyOf) {
        for (size_t i = 0; i < positions.size(); ++i)
            keys[i] = keyOf(positions[i]);
    };
    auto rankOf = [&](IndexField field) {
        const std::vector<quint32> &rank = m_index.dictionary(field).rank;
        if (field == IndexField::Action) {
            const auto &column = m_index.actionColumn();
            fill([&](quint32 p) { return rank[column[p]]; });
        } else {
            const auto &column = m_index.entityColumn(field);
            fill([&](quint32 p) { return rank[column[p]]; });
        }
    };
    switch (sort.column) {
    case EventColumn::Time:
        break;
    case EventColumn::Action:
        rankOf(IndexField::Action);
        break;
    case EventColumn::Actor:
        rankOf(IndexField::Actor);
        break;
    case EventColumn::Target:
        rankOf(IndexField::Target);
        break;
    case EventColumn::Scope:
        rankOf(IndexField::Scope);
        break;
    case EventColumn::Success: {
        // false, true, then unknown
        static constexpr quint32 order[4] = {2, 0, 1, 2};
        fill([&](quint32 p) { return order[m_index.flags(p) & EventIndex::SuccessMask]; });
        break;
    }
    case EventColumn::Id:
        fill([&](quint32 p) { return m_index.idRank(p); });
        break;
    case EventColumn::Duplicates:
        fill([&](quint32 p) {
            return (quint32(m_index.dupKind(p)) << 28) | std::min(m_index.dupCount(p), 0xfffffffu);
        });
        break;
    case EventColumn::Source:
    case EventColumn::Line: {
        const qint64 base = m_index.minSeq();
        fill([&](quint32 p) { return quint32(m_index.seq(p) - base); });
        break;
    }
    }
    if (sort.descending) {
        for (quint32 &k : keys)
            k = ~k;
    }
    radixSort(positions, keys, m_scratch->tmpPositions, m_scratch->tmpKeys, m_scratch->radixCounts);
}

QueryResult IndexQuery::run(const Filter &f, const SortSpec &sort, const PositionBits *textMatches,
                            int facetTop) const
{
    QElapsedTimer timer;
    timer.start();
    QueryResult result;
    result.filter = f;
    result.sort = sort;
    const EventIndex &ix = m_index;
    result.total = ix.size();

    // Allowed codes per field: empty vector = no condition on the field.
    std::vector<quint8> allowed[4];
    const QStringList *includes[4] = {&f.actions, &f.actors, &f.targets, &f.scopes};
    const QStringList *excludes[4] = {&f.excludedActions, &f.excludedActors, &f.excludedTargets,
                                      &f.excludedScopes};
    for (int field = 0; field < 4; ++field) {
        if (includes[field]->isEmpty() && excludes[field]->isEmpty())
            continue;
        const quint32 size = ix.dictionary(IndexField(field)).size();
        allowed[field].assign(size, includes[field]->isEmpty() ? 1 : 0);
        if (!includes[field]->isEmpty())
            resolve(IndexField(field), *includes[field], &allowed[field], true);
        resolve(IndexField(field), *excludes[field], &allowed[field], false);
    }
    const int wantSuccess =
        f.success < 0 ? -1 : (f.success ? EventIndex::SuccessTrue : EventIndex::SuccessFalse);
    const quint64 *text = !f.text.isEmpty() && textMatches ? textMatches->data() : nullptr;
    const bool textNothing = !f.text.isEmpty() && !textMatches;

    // The time range.
    quint32 lo = 0, hi = ix.size();
    if (f.hasFrom || f.hasTo) {
        lo = f.hasFrom ? ix.lowerBound(f.from) : 0;
        hi = f.hasTo ? ix.upperBound(f.to) : ix.timedCount();
        if (hi < lo)
            hi = lo;
    }

    // Histogram over the visible span.
    const qint64 spanFrom = f.hasFrom ? f.from : ix.minTime();
    const qint64 spanTo = f.hasTo ? f.to : ix.maxTime();
    result.histogram = emptyHistogram(spanFrom, spanTo);
    Histogram &hist = result.histogram;
    const bool trackTargets = ix.dictionary(IndexField::Target).size() > 65536;

    // The pass, over two halves of the range on two threads when it is large.
    PassInput in;
    in.actionAllowed = allowed[0].empty() ? nullptr : allowed[0].data();
    in.actorAllowed = allowed[1].empty() ? nullptr : allowed[1].data();
    in.targetAllowed = allowed[2].empty() ? nullptr : allowed[2].data();
    in.scopeAllowed = allowed[3].empty() ? nullptr : allowed[3].data();
    in.wantSuccess = wantSuccess;
    in.text = text;
    in.dups = f.duplicates;
    in.trackTargets = trackTargets;
    in.bounds = &hist.bounds;
    const quint32 mid = hi - lo > 262144 ? lo + (hi - lo) / 2 : hi;
    Partial &first = m_scratch->parts[0];
    Partial &second = m_scratch->parts[1];
    if (!textNothing) {
        if (mid < hi) {
            std::thread other([&] { pass(in, mid, hi, second); });
            pass(in, lo, mid, first);
            other.join();
        } else {
            pass(in, lo, hi, first);
        }
    } else {
        prepare(in, first);
    }
    const bool merged = !textNothing && mid < hi;
    std::vector<quint32> &positions = result.positions;
    positions.resize(first.positions.size() + (merged ? second.positions.size() : 0));
    std::copy(first.positions.begin(), first.positions.end(), positions.begin());
    if (merged) {
        std::copy(second.positions.begin(), second.positions.end(),
                  positions.begin() + qptrdiff(first.positions.size()));
        mergeInto(first, second, trackTargets);
    }
    hist.counts = first.buckets;
    hist.untimed = first.untimed;
    std::vector<quint32> *counts = first.counts;
    const quint32 *successCounts = first.success;
    const std::vector<quint32> &touchedTargets = first.touched;
    for (const quint32 c : hist.counts)
        hist.maxCount = std::max(hist.maxCount, c);

    // Facets: the top values of each field.
    for (int field = 0; field < kIndexFieldCount; ++field) {
        FacetCounts &facet = result.facets[field];
        facet.field = IndexField(field);
        std::vector<quint32> candidates;
        std::vector<quint32> successAll;
        const std::vector<quint32> *fieldCounts = nullptr;
        if (field == int(IndexField::Success)) {
            successAll.assign(successCounts, successCounts + 3);
            fieldCounts = &successAll;
            for (quint32 c = 0; c < 3; ++c)
                candidates.push_back(c);
        } else {
            fieldCounts = &counts[field];
            if (field == int(IndexField::Target) && trackTargets) {
                candidates = touchedTargets;
            } else {
                for (quint32 c = 0; c < fieldCounts->size(); ++c) {
                    if ((*fieldCounts)[c])
                        candidates.push_back(c);
                }
            }
            if (fieldCounts->size() <= 50000)
                facet.all = *fieldCounts;
        }
        const std::vector<quint32> &fc = *fieldCounts;
        facet.distinct = 0;
        for (const quint32 c : candidates)
            facet.distinct += fc[c] ? 1 : 0;
        const std::vector<quint32> *rank =
            field == int(IndexField::Success) ? nullptr : &ix.dictionary(IndexField(field)).rank;
        auto before = [&](quint32 a, quint32 b) {
            if (fc[a] != fc[b])
                return fc[a] > fc[b];
            return rank ? (*rank)[a] < (*rank)[b] : a < b;
        };
        const size_t keep = std::min(candidates.size(), size_t(facetTop));
        std::partial_sort(candidates.begin(), candidates.begin() + qptrdiff(keep), candidates.end(),
                          before);
        candidates.resize(keep);
        if (field == int(IndexField::Success)) {
            candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                            [&](quint32 c) { return fc[c] == 0; }),
                             candidates.end());
        }
        // Values in the filter stay visible even when they are not among the top ones.
        if (field < 4 && !allowed[field].empty()) {
            for (quint32 c = 0; c < allowed[field].size(); ++c) {
                const bool inFilter =
                    includes[field]->isEmpty() ? !allowed[field][c] : bool(allowed[field][c]);
                if (inFilter &&
                    std::find(candidates.begin(), candidates.end(), c) == candidates.end())
                    candidates.push_back(c);
            }
        }
        for (const quint32 c : candidates) {
            FacetValue v;
            v.code = c;
            v.count = c < fc.size() ? fc[c] : 0;
            if (field < 4 && !allowed[field].empty()) {
                const bool ok = allowed[field][c];
                v.included = !includes[field]->isEmpty() && ok;
                v.excluded = !ok && (includes[field]->isEmpty());
            } else if (field == int(IndexField::Success)) {
                v.included = wantSuccess >= 0 && int(c) == wantSuccess;
            }
            const FieldDictionary *d =
                field == int(IndexField::Success) ? nullptr : &ix.dictionary(IndexField(field));
            if (field == int(IndexField::Success)) {
                v.key = c == EventIndex::SuccessTrue    ? QStringLiteral("true")
                        : c == EventIndex::SuccessFalse ? QStringLiteral("false")
                                                        : QString();
                v.label = v.key;
            } else if (d->hasLabels() && c < d->labels.size()) {
                v.label = d->labels[c];
                if (field == int(IndexField::Action) || c == 0) {
                    v.key = v.label;
                } else {
                    // A name shared by several entities would select all of them: use the id.
                    const QByteArray name = v.label.toUtf8();
                    std::vector<quint32> same;
                    d->findCodes(std::string_view(name.constData(), size_t(name.size())), &same);
                    v.key = same.size() == 1 ? v.label : d->ids[c];
                }
            }
            facet.top.push_back(std::move(v));
        }
    }

    clear(first, trackTargets);
    sortPositions(positions, sort);
    result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace auditlens
