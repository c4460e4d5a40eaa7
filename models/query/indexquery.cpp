#include "indexquery.h"

#include "../parsing/timestampparser.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
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
    int onlyField = -1; // count only this field's facet (no positions, no histogram)
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
    Partial parts[4]; // [0, 1] the result, [2, 3] a driving field's own facet
    std::vector<quint32> keys, tmpPositions, tmpKeys, radixCounts;
    std::vector<quint32> list, fixList;
    std::vector<quint64> marks;
    bool haveFull = false;
    Partial full; // facet counts of the whole log (the counters are kept, not cleared)
    std::vector<quint32> fullTopTargets;
    // The whole log's histogram over its own span, for filters read by their complement.
    std::vector<qint64> fullBounds;
    std::vector<quint32> fullBuckets;
    // A filter read by its complement: the whole log's counts minus the events it leaves out.
    std::vector<quint32> compCounts[4];
    quint32 compSuccess[4] = {0, 0, 0, 0};
    std::vector<quint32> compTargets;
    long long compDistinctTargets = 0;
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

namespace {
// Everything the hot loop touches, as plain pointers in locals so they stay in registers.
struct LoopState
{
    const qint64 *times;
    const quint8 *flags;
    const quint16 *actions;
    const quint32 *actors, *targets, *scopes;
    const quint8 *actionAllowed, *actorAllowed, *targetAllowed, *scopeAllowed;
    int wantSuccess;
    const quint64 *text;
    DuplicateFilter dups;
    const qint64 *bounds;
    int lastBucket;
    quint32 *bucketCounts;
    quint32 *actionCounts, *actorCounts, *targetCounts, *scopeCounts, *successCounts;
    quint32 *out;     // matching positions
    quint32 *touched; // target codes counted for the first time (when Track)
    int onlyField;    // Only: the one field to count
};

inline bool keepDuplicate(DuplicateFilter dups, quint8 fl)
{
    switch (dups) {
    case DuplicateFilter::All:
        return true;
    case DuplicateFilter::Duplicates:
        return fl & EventIndex::DupKindMask;
    case DuplicateFilter::Exact:
        return (fl & EventIndex::DupKindMask) == (1 << EventIndex::DupKindShift);
    case DuplicateFilter::Conflicting:
        return (fl & EventIndex::DupKindMask) == (2 << EventIndex::DupKindShift);
    case DuplicateFilter::Unique:
        return !(fl & EventIndex::DupKindMask);
    case DuplicateFilter::CollapseExact:
        return !(fl & EventIndex::ExtraExactCopy);
    }
    return true;
}

// One pass over [lo, hi): the matching positions, their histogram, and the facet counts (an
// event missed by exactly one field still counts in that field's facet). Specialised on the
// conditions present so the common loops carry no dead tests.
template <bool List, bool Text, bool Dups, bool Fields, bool Track, bool Only>
void scan(const LoopState &s, const quint32 *list, quint32 lo, quint32 hi, size_t *found,
          size_t *touchedCount, qint64 *untimed)
{
    const qint64 *const times = s.times;
    const quint8 *const flags = s.flags;
    const quint16 *const actions = s.actions;
    const quint32 *const actors = s.actors;
    const quint32 *const targets = s.targets;
    const quint32 *const scopes = s.scopes;
    quint32 *const actionCounts = s.actionCounts;
    quint32 *const actorCounts = s.actorCounts;
    quint32 *const targetCounts = s.targetCounts;
    quint32 *const scopeCounts = s.scopeCounts;
    quint32 *const successCounts = s.successCounts;
    quint32 *const out = s.out;
    quint32 *const touched = s.touched;
    const qint64 *const bounds = s.bounds;
    quint32 *const bucketCounts = s.bucketCounts;
    const int lastBucket = s.lastBucket;
    const qint64 first = bounds[0];
    const qint64 last = bounds[lastBucket + 1];
    size_t n = 0, t = 0;
    qint64 noTime = 0;
    int bucket = 0;
    for (quint32 k = lo; k < hi; ++k) {
        const quint32 i = List ? list[k] : k;
        const quint8 fl = flags[i];
        if constexpr (Dups) {
            if (!keepDuplicate(s.dups, fl))
                continue;
        }
        if constexpr (Text) {
            if (!(s.text[i >> 6] & (quint64(1) << (i & 63))))
                continue;
        }
        const quint32 a = actions[i];
        const quint32 ac = actors[i], tg = targets[i], sc = scopes[i];
        const quint32 su = fl & EventIndex::SuccessMask;
        unsigned fail = 0;
        if constexpr (Fields) {
            if (s.actionAllowed && !s.actionAllowed[a])
                fail |= 1;
            if (s.actorAllowed && !s.actorAllowed[ac])
                fail |= 2;
            if (s.targetAllowed && !s.targetAllowed[tg])
                fail |= 4;
            if (s.scopeAllowed && !s.scopeAllowed[sc])
                fail |= 8;
            if (s.wantSuccess >= 0 && int(su) != s.wantSuccess)
                fail |= 16;
        }
        if (fail == 0) {
            if constexpr (Only) {
                // A driving field's own facet: only that field's counter is wanted.
                switch (s.onlyField) {
                case 0:
                    ++actionCounts[a];
                    break;
                case 1:
                    ++actorCounts[ac];
                    break;
                case 2:
                    if (Track && targetCounts[tg] == 0)
                        touched[t++] = tg;
                    ++targetCounts[tg];
                    break;
                case 3:
                    ++scopeCounts[sc];
                    break;
                default:
                    ++successCounts[su];
                    break;
                }
                continue;
            }
            out[n++] = i;
            ++actionCounts[a];
            ++actorCounts[ac];
            if (Track && targetCounts[tg] == 0)
                touched[t++] = tg;
            ++targetCounts[tg];
            ++scopeCounts[sc];
            ++successCounts[su];
            if (fl & EventIndex::HasTime) {
                const qint64 time = times[i];
                while (bucket < lastBucket && time >= bounds[bucket + 1])
                    ++bucket;
                if (time >= first && time < last)
                    ++bucketCounts[bucket];
            } else {
                ++noTime;
            }
            continue;
        }
        if constexpr (Fields && !Only) {
            switch (fail) {
            case 1:
                ++actionCounts[a];
                break;
            case 2:
                ++actorCounts[ac];
                break;
            case 4:
                if (Track && targetCounts[tg] == 0)
                    touched[t++] = tg;
                ++targetCounts[tg];
                break;
            case 8:
                ++scopeCounts[sc];
                break;
            case 16:
                ++successCounts[su];
                break;
            default:
                break;
            }
        }
    }
    *found = n;
    *touchedCount = t;
    *untimed = noTime;
}

using ScanFunction = void (*)(const LoopState &, const quint32 *, quint32, quint32, size_t *,
                              size_t *, qint64 *);

template <bool List, bool Text, bool Dups, bool Fields, bool Track> ScanFunction pickOnly(bool only)
{
    return only ? &scan<List, Text, Dups, Fields, Track, true>
                : &scan<List, Text, Dups, Fields, Track, false>;
}
template <bool List, bool Text, bool Dups, bool Fields>
ScanFunction pickTrack(bool track, bool only)
{
    return track ? pickOnly<List, Text, Dups, Fields, true>(only)
                 : pickOnly<List, Text, Dups, Fields, false>(only);
}
template <bool List, bool Text, bool Dups>
ScanFunction pickFields(bool fields, bool track, bool only)
{
    return fields ? pickTrack<List, Text, Dups, true>(track, only)
                  : pickTrack<List, Text, Dups, false>(track, only);
}
template <bool List, bool Text> ScanFunction pickDups(bool dups, bool fields, bool track, bool only)
{
    return dups ? pickFields<List, Text, true>(fields, track, only)
                : pickFields<List, Text, false>(fields, track, only);
}
template <bool List> ScanFunction pickText(bool text, bool dups, bool fields, bool track, bool only)
{
    return text ? pickDups<List, true>(dups, fields, track, only)
                : pickDups<List, false>(dups, fields, track, only);
}
} // namespace

void IndexQuery::pass(const PassInput &in, const quint32 *list, quint32 lo, quint32 hi,
                      Partial &part) const
{
    prepare(in, part);
    const EventIndex &ix = m_index;
    if (part.positions.capacity() < hi - lo)
        part.positions.reserve(hi - lo);
    part.positions.resize(hi - lo); // capacity is kept between queries
    if (in.trackTargets && part.touched.capacity() < hi - lo)
        part.touched.reserve(hi - lo);
    part.touched.resize(in.trackTargets ? hi - lo : 0);
    LoopState s;
    s.times = ix.timeColumn().data();
    s.flags = ix.flagColumn().data();
    s.actions = ix.actionColumn().data();
    s.actors = ix.entityColumn(IndexField::Actor).data();
    s.targets = ix.entityColumn(IndexField::Target).data();
    s.scopes = ix.entityColumn(IndexField::Scope).data();
    s.actionAllowed = in.actionAllowed;
    s.actorAllowed = in.actorAllowed;
    s.targetAllowed = in.targetAllowed;
    s.scopeAllowed = in.scopeAllowed;
    s.wantSuccess = in.wantSuccess;
    s.text = in.text;
    s.dups = in.dups;
    s.bounds = in.bounds->data();
    s.lastBucket = int(part.buckets.size()) - 1;
    s.bucketCounts = part.buckets.data();
    s.actionCounts = part.counts[0].data();
    s.actorCounts = part.counts[1].data();
    s.targetCounts = part.counts[2].data();
    s.scopeCounts = part.counts[3].data();
    s.successCounts = part.success;
    s.out = part.positions.data();
    s.touched = part.touched.data();
    const bool fields = in.actionAllowed || in.actorAllowed || in.targetAllowed ||
                        in.scopeAllowed || in.wantSuccess >= 0;
    const bool dups = in.dups != DuplicateFilter::All;
    s.onlyField = in.onlyField;
    const bool only = in.onlyField >= 0;
    const ScanFunction scanner =
        list ? pickText<true>(in.text != nullptr, dups, fields, in.trackTargets, only)
             : pickText<false>(in.text != nullptr, dups, fields, in.trackTargets, only);
    size_t found = 0, touched = 0;
    qint64 untimed = 0;
    scanner(s, list, lo, hi, &found, &touched, &untimed);
    part.positions.resize(found);
    part.touched.resize(touched);
    part.untimed = untimed;
}

void IndexQuery::scan(const PassInput &in, const std::vector<quint32> *list, quint32 lo, quint32 hi,
                      Partial &a, Partial &b) const
{
    const quint32 *items = list ? list->data() : nullptr;
    const quint32 begin = list ? 0 : lo;
    const quint32 end = list ? quint32(list->size()) : hi;
    const quint32 mid = end - begin > 262144 ? begin + (end - begin) / 2 : end;
    if (mid < end) {
        std::thread other([&] { pass(in, items, mid, end, b); });
        pass(in, items, begin, mid, a);
        other.join();
        const size_t first = a.positions.size();
        a.positions.resize(first + b.positions.size());
        std::copy(b.positions.begin(), b.positions.end(), a.positions.begin() + qptrdiff(first));
        mergeInto(a, b, in.trackTargets);
    } else {
        pass(in, items, begin, end, a);
    }
}

int IndexQuery::chooseDriver(const PassInput &in, const std::vector<quint32> *included, quint32 lo,
                             quint32 hi, std::vector<quint32> *list) const
{
    const EventIndex &ix = m_index;
    const quint64 range = hi - lo;
    int best = -1;
    quint64 bestSize = range * 3 / 4; // below this, visiting the postings beats scanning
    for (int field = 0; field < kIndexFieldCount; ++field) {
        if (included[field].empty())
            continue;
        quint64 size = 0;
        for (const quint32 c : included[field])
            size += ix.postings(IndexField(field)).count(c);
        if (size < bestSize) {
            best = field;
            bestSize = size;
        }
    }
    if (in.dups == DuplicateFilter::Duplicates || in.dups == DuplicateFilter::Exact ||
        in.dups == DuplicateFilter::Conflicting) {
        if (ix.duplicatePositions().size() < bestSize) {
            best = 5;
            bestSize = ix.duplicatePositions().size();
        }
    }
    if (in.text) {
        quint64 size = 0;
        const size_t words = (size_t(ix.size()) + 63) / 64;
        for (size_t w = 0; w < words; ++w)
            size += quint64(__builtin_popcountll(in.text[w]));
        if (size < bestSize) {
            best = 6;
            bestSize = size;
        }
    }
    list->clear();
    if (best < 0)
        return best;
    auto clip = [&](const quint32 *first, const quint32 *last) {
        const quint32 *from = std::lower_bound(first, last, lo);
        const quint32 *to = std::lower_bound(from, last, hi);
        list->insert(list->end(), from, to);
    };
    if (best == 5) {
        clip(ix.duplicatePositions().data(),
             ix.duplicatePositions().data() + ix.duplicatePositions().size());
    } else if (best == 6) {
        for (quint32 w = lo / 64; w <= (hi ? (hi - 1) / 64 : 0) && w * 64 < hi; ++w) {
            quint64 bits = in.text[w];
            while (bits) {
                const quint32 i = w * 64 + quint32(__builtin_ctzll(bits));
                bits &= bits - 1;
                if (i >= lo && i < hi)
                    list->push_back(i);
            }
        }
    } else {
        const EventIndex::Postings &p = ix.postings(IndexField(best));
        if (included[best].size() == 1) {
            const quint32 c = included[best].front();
            clip(p.positions.data() + p.offsets[c], p.positions.data() + p.offsets[c + 1]);
        } else {
            // Several values: their union in position order, through a bitmap.
            std::vector<quint64> &marks = m_scratch->marks;
            marks.assign((size_t(ix.size()) + 63) / 64, 0);
            for (const quint32 c : included[best]) {
                for (quint32 k = p.offsets[c]; k < p.offsets[c + 1]; ++k)
                    marks[p.positions[k] >> 6] |= quint64(1) << (p.positions[k] & 63);
            }
            list->reserve(bestSize);
            for (size_t w = lo / 64; w < marks.size() && w * 64 < hi; ++w) {
                quint64 bits = marks[w];
                while (bits) {
                    const quint32 i = quint32(w * 64) + quint32(__builtin_ctzll(bits));
                    bits &= bits - 1;
                    if (i >= lo && i < hi)
                        list->push_back(i);
                }
            }
        }
    }
    return best;
}

bool IndexQuery::complement(const PassInput &in, const std::vector<quint8> *allowed,
                            Histogram &hist, QueryResult &result) const
{
    const EventIndex &ix = m_index;
    const quint32 n = ix.size();
    const bool dropDuplicates =
        in.dups == DuplicateFilter::Unique || in.dups == DuplicateFilter::CollapseExact;
    if (n == 0 || in.text || (in.dups != DuplicateFilter::All && !dropDuplicates) ||
        !result.filter.text.isEmpty() || result.filter.hasFrom || result.filter.hasTo)
        return false;
    // The events a condition leaves out: the postings of the values it does not allow.
    quint64 size = 0;
    bool any = false;
    for (int field = 0; field < 4; ++field) {
        if (allowed[field].empty())
            continue;
        any = true;
        for (quint32 c = 0; c < allowed[field].size(); ++c) {
            if (!allowed[field][c])
                size += ix.postings(IndexField(field)).count(c);
        }
    }
    if (in.wantSuccess >= 0) {
        any = true;
        for (quint32 c = 0; c < 4; ++c) {
            if (int(c) != in.wantSuccess)
                size += ix.postings(IndexField::Success).count(c);
        }
    }
    if (dropDuplicates)
        size += ix.duplicatePositions().size();
    if (size >= n / 5 * 2) // few enough left out, or a scan is as cheap
        return false;
    Scratch &sc = *m_scratch;
    const Partial &full = fullCounts();
    if (sc.fullBounds != hist.bounds) {
        sc.fullBounds = hist.bounds;
        sc.fullBuckets.assign(hist.counts.size(), 0u);
        int bucket = 0;
        const int last = int(hist.counts.size()) - 1;
        for (quint32 i = 0; i < ix.timedCount(); ++i) {
            const qint64 t = ix.time(i);
            while (bucket < last && t >= hist.bounds[size_t(bucket) + 1])
                ++bucket;
            if (t >= hist.bounds.front() && t < hist.bounds.back())
                ++sc.fullBuckets[size_t(bucket)];
        }
    }
    // Rows left out, each once, ascending.
    std::vector<quint64> &marks = sc.marks;
    marks.assign((size_t(n) + 63) / 64, 0);
    auto markPostings = [&](IndexField field, quint32 code) {
        const EventIndex::Postings &p = ix.postings(field);
        for (quint32 k = p.offsets[code]; k < p.offsets[code + 1]; ++k)
            marks[p.positions[k] >> 6] |= quint64(1) << (p.positions[k] & 63);
    };
    if (any) {
        for (int field = 0; field < 4; ++field) {
            for (quint32 c = 0; c < allowed[field].size(); ++c) {
                if (!allowed[field][c])
                    markPostings(IndexField(field), c);
            }
        }
        if (in.wantSuccess >= 0) {
            for (quint32 c = 0; c < 4; ++c) {
                if (int(c) != in.wantSuccess)
                    markPostings(IndexField::Success, c);
            }
        }
    }
    if (dropDuplicates) {
        for (const quint32 r : ix.duplicatePositions()) {
            if (!keepDuplicate(in.dups, ix.flags(r)))
                marks[r >> 6] |= quint64(1) << (r & 63);
        }
    }
    const quint16 *actions = ix.actionColumn().data();
    const quint32 *actors = ix.entityColumn(IndexField::Actor).data();
    const quint32 *targets = ix.entityColumn(IndexField::Target).data();
    const quint32 *scopes = ix.entityColumn(IndexField::Scope).data();
    const quint8 *flags = ix.flagColumn().data();
    // Start from the whole log and take out what each left-out event contributed: to the
    // result and histogram always, to a field's facet unless that field alone left it out.
    for (int field = 0; field < 4; ++field)
        sc.compCounts[field] = full.counts[field];
    std::copy(std::begin(full.success), std::end(full.success), std::begin(sc.compSuccess));
    hist.counts = sc.fullBuckets;
    hist.untimed = full.untimed;
    std::vector<quint32> &positions = result.positions;
    positions.clear();
    positions.reserve(n - size);
    long long zeroedTargets = 0;
    quint32 next = 0;
    int bucket = 0;
    const int lastBucket = int(hist.counts.size()) - 1;
    for (size_t w = 0; w < marks.size(); ++w) {
        quint64 bits = marks[w];
        while (bits) {
            const quint32 r = quint32(w * 64) + quint32(__builtin_ctzll(bits));
            bits &= bits - 1;
            for (; next < r; ++next)
                positions.push_back(next);
            next = r + 1;
            const quint32 codes[5] = {actions[r], actors[r], targets[r], scopes[r],
                                      quint32(flags[r] & EventIndex::SuccessMask)};
            unsigned fail = dropDuplicates && !keepDuplicate(in.dups, flags[r]) ? 32u : 0u;
            for (int field = 0; field < 4; ++field) {
                if (!allowed[field].empty() && !allowed[field][codes[field]])
                    fail |= 1u << field;
            }
            if (in.wantSuccess >= 0 && int(codes[4]) != in.wantSuccess)
                fail |= 16;
            for (int field = 0; field < 5; ++field) {
                if ((fail & ~(1u << field)) == 0)
                    continue; // only this field left it out: it still counts in its facet
                if (field == 4) {
                    --sc.compSuccess[codes[4]];
                } else if (--sc.compCounts[field][codes[field]] == 0 && field == 2) {
                    ++zeroedTargets;
                }
            }
            if (flags[r] & EventIndex::HasTime) {
                const qint64 t = ix.time(r);
                while (bucket < lastBucket && t >= hist.bounds[size_t(bucket) + 1])
                    ++bucket;
                if (t >= hist.bounds.front() && t < hist.bounds.back())
                    --hist.counts[size_t(bucket)];
            } else {
                --hist.untimed;
            }
        }
    }
    for (; next < n; ++next)
        positions.push_back(next);
    // The target facet: counts only went down, so the whole log's top targets hold the new top
    // ones unless the cut reached below the last of them.
    if (m_index.dictionary(IndexField::Target).size() > 65536) {
        const std::vector<quint32> &counts = sc.compCounts[int(IndexField::Target)];
        sc.compTargets = sc.fullTopTargets;
        std::vector<quint32> top = sc.compTargets;
        std::sort(top.begin(), top.end(),
                  [&](quint32 a, quint32 b) { return counts[a] > counts[b]; });
        const quint32 floor = sc.fullTopTargets.empty()
                                  ? 0
                                  : full.counts[int(IndexField::Target)][sc.fullTopTargets.back()];
        if (top.size() >= 64 && counts[top[11]] <= floor)
            sc.compTargets = full.touched; // not enough left above the cut: look at every one
        sc.compDistinctTargets = (long long)full.touched.size() - zeroedTargets;
    }
    return true;
}

void IndexQuery::warmUp() const
{
    fullCounts();
}

const IndexQuery::Partial &IndexQuery::fullCounts() const
{
    if (!m_scratch->haveFull) {
        PassInput in;
        in.trackTargets = m_index.dictionary(IndexField::Target).size() > 65536;
        const std::vector<qint64> bounds = {std::numeric_limits<qint64>::min(),
                                            std::numeric_limits<qint64>::max()};
        in.bounds = &bounds;
        scan(in, nullptr, 0, m_index.size(), m_scratch->full, m_scratch->parts[3]);
        m_scratch->full.positions = {};
        // The most frequent targets, so a facet of a million targets is not sorted again.
        std::vector<quint32> &top = m_scratch->fullTopTargets;
        top = m_scratch->full.touched;
        const std::vector<quint32> &counts = m_scratch->full.counts[int(IndexField::Target)];
        const size_t keep = std::min<size_t>(top.size(), 64);
        std::partial_sort(top.begin(), top.begin() + qptrdiff(keep), top.end(),
                          [&](quint32 a, quint32 b) {
                              return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
                          });
        top.resize(keep);
        m_scratch->haveFull = true;
    }
    return m_scratch->full;
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

    // The pass: over the postings of the most selective condition, or the whole time range;
    // on two threads when it is large.
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
    std::vector<quint32> included[kIndexFieldCount];
    for (int field = 0; field < 4; ++field) {
        if (includes[field]->isEmpty())
            continue;
        for (quint32 c = 0; c < allowed[field].size(); ++c) {
            if (allowed[field][c])
                included[field].push_back(c);
        }
    }
    if (wantSuccess >= 0)
        included[int(IndexField::Success)].push_back(quint32(wantSuccess));
    Partial &first = m_scratch->parts[0];
    std::vector<quint32> &positions = result.positions;
    int driver = -1;
    long long distinctTargets = -1; // set when the target facet's candidates are not all values
    const bool complemented = !textNothing && m_useDrivers && complement(in, allowed, hist, result);
    if (complemented) {
        prepare(in, first); // unused: the counts come from the complement's arrays
    } else if (!textNothing) {
        driver = m_useDrivers ? chooseDriver(in, included, lo, hi, &m_scratch->list) : -1;
        scan(in, driver >= 0 ? &m_scratch->list : nullptr, lo, hi, first, m_scratch->parts[1]);
    } else {
        prepare(in, first);
    }
    if (!complemented) {
        positions.assign(first.positions.begin(), first.positions.end());
        hist.counts = first.buckets;
        hist.untimed = first.untimed;
    }

    // Visiting only a field's postings misses the events that fail that field alone, which its
    // own facet counts: they come from a second pass without that field's condition (or from
    // the whole log's counts when nothing else is asked).
    const std::vector<quint32> *countsOf[4] = {&first.counts[0], &first.counts[1], &first.counts[2],
                                               &first.counts[3]};
    const quint32 *successCounts = first.success;
    const std::vector<quint32> *targetCandidates = trackTargets ? &first.touched : nullptr;
    if (complemented) {
        Scratch &c = *m_scratch;
        for (int field = 0; field < 4; ++field)
            countsOf[field] = &c.compCounts[field];
        successCounts = c.compSuccess;
        if (trackTargets) {
            targetCandidates = &c.compTargets;
            distinctTargets = c.compDistinctTargets;
        }
    }
    Partial &fix = m_scratch->parts[2];
    bool usedFix = false;
    if (driver >= 0 && driver < kIndexFieldCount) {
        PassInput other = in;
        other.onlyField = driver;
        switch (IndexField(driver)) {
        case IndexField::Action:
            other.actionAllowed = nullptr;
            break;
        case IndexField::Actor:
            other.actorAllowed = nullptr;
            break;
        case IndexField::Target:
            other.targetAllowed = nullptr;
            break;
        case IndexField::Scope:
            other.scopeAllowed = nullptr;
            break;
        case IndexField::Success:
            other.wantSuccess = -1;
            break;
        }
        const bool nothingElse = !other.actionAllowed && !other.actorAllowed &&
                                 !other.targetAllowed && !other.scopeAllowed &&
                                 other.wantSuccess < 0 && !other.text &&
                                 other.dups == DuplicateFilter::All && lo == 0 && hi == ix.size();
        const Partial *source = nullptr;
        if (nothingElse) {
            source = &fullCounts();
        } else {
            std::vector<quint32> rest[kIndexFieldCount];
            for (int field = 0; field < kIndexFieldCount; ++field)
                rest[field] = field == driver ? std::vector<quint32>() : included[field];
            const int second = chooseDriver(other, rest, lo, hi, &m_scratch->fixList);
            scan(other, second >= 0 ? &m_scratch->fixList : nullptr, lo, hi, fix,
                 m_scratch->parts[3]);
            usedFix = true;
            source = &fix;
        }
        if (driver == int(IndexField::Success))
            successCounts = source->success;
        else
            countsOf[driver] = &source->counts[driver];
        if (driver == int(IndexField::Target) && trackTargets)
            targetCandidates = nothingElse ? &m_scratch->fullTopTargets : &source->touched;
        if (driver == int(IndexField::Target) && trackTargets && nothingElse)
            distinctTargets = qint64(source->touched.size());
    }
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
            fieldCounts = countsOf[field];
            if (field == int(IndexField::Target) && trackTargets) {
                candidates = *targetCandidates;
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
        if (field == int(IndexField::Target) && distinctTargets >= 0)
            facet.distinct = quint32(distinctTargets);
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
        // Values in the filter stay visible even when they are not among the top ones (a few
        // of them: one name may stand for thousands of jobs).
        if (field < 4 && !allowed[field].empty()) {
            const size_t most = candidates.size() + size_t(facetTop);
            for (quint32 c = 0; c < allowed[field].size() && candidates.size() < most; ++c) {
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
                    const size_t same =
                        d->countCodes(std::string_view(name.constData(), size_t(name.size())));
                    v.key = same == 1 ? v.label : d->ids[c];
                    if (same > 1) // tell apart entities that share a name
                        v.label += QStringLiteral(" · ") + d->ids[c].left(8);
                }
            }
            facet.top.push_back(std::move(v));
        }
    }

    clear(first, trackTargets);
    if (usedFix)
        clear(fix, trackTargets);
    sortPositions(positions, sort);
    result.queryMs = result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace auditlens
