// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "histogrambuckets.h"

#include "../parsing/timestampparser.h"
#include "saturating.h"

#include <algorithm>
#include <iterator>
#include <limits>

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
    // The parser takes the years 1677 to 2262: 585 years in at most 120 buckets.
    {TimeUnit::Month, 60, 1826 * kDay},
    {TimeUnit::Month, 120, 3652 * kDay},
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
    // The month of INT64_MIN began before it: such a bound stops at INT64_MIN.
    return saturatingMul(
        daysFromCivil(floorDiv(index, 12), unsigned(index - floorDiv(index, 12) * 12 + 1), 1),
        kDay);
}

qint64 addMonths(qint64 ns, int months)
{
    const qint64 days = floorDiv(ns, kDay);
    qint64 year = 0;
    unsigned month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    const qint64 index = year * 12 + (month - 1) + months;
    return saturatingMul(
        daysFromCivil(floorDiv(index, 12), unsigned(index - floorDiv(index, 12) * 12 + 1), 1),
        kDay);
}

} // namespace

Histogram HistogramBuckets::empty(qint64 from, qint64 to, int maxBuckets)
{
    Histogram h;
    if (to < from)
        std::swap(from, to);
    // Every instant is a time the parser accepts, from INT64_MIN to INT64_MAX: the arithmetic
    // below saturates at those ends (the first bound may stop at INT64_MIN; a last bound of
    // INT64_MAX closes its bucket, as no later one can).
    const quint64 span = quint64(to) - quint64(from); // one less than the instants covered
    const Step *chosen = &kSteps[std::size(kSteps) - 1];
    for (const Step &s : kSteps) {
        if (span / quint64(s.ns) < quint64(maxBuckets)) {
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
        start = saturatingAdd(
            saturatingMul(floorDiv(saturatingSub(from, 4 * kDay), chosen->ns), chosen->ns),
            4 * kDay);
        break;
    default:
        start = saturatingMul(floorDiv(from, chosen->ns), chosen->ns);
        break;
    }
    h.bounds.push_back(std::min(start, from));
    while (h.bounds.back() <= to && int(h.bounds.size()) <= maxBuckets * 2 + 2) {
        const qint64 b = h.bounds.back();
        const qint64 next = chosen->unit == TimeUnit::Month ? addMonths(b, chosen->step)
                                                            : saturatingAdd(b, chosen->ns);
        if (next <= b)
            break; // at INT64_MAX
        h.bounds.push_back(next);
    }
    if (h.bounds.size() < 2)
        h.bounds.push_back(std::numeric_limits<qint64>::max());
    h.counts.assign(h.bounds.size() - 1, 0u);
    return h;
}

void HistogramBuckets::count(Histogram &hist, const std::vector<quint32> &positions,
                             const EventIndex &ix)
{
    const qint64 *times = ix.timeColumn().data();
    const auto timedEnd = std::lower_bound(positions.begin(), positions.end(), ix.timedCount());
    auto reach = [&](qint64 bound) {
        if (bound == std::numeric_limits<qint64>::max())
            return timedEnd; // the last bucket, closed at the end of time
        return std::partition_point(positions.begin(), timedEnd,
                                    [&](quint32 p) { return times[p] < bound; });
    };
    auto from = reach(hist.bounds.front());
    for (size_t b = 0; b + 1 < hist.bounds.size(); ++b) {
        const auto to = reach(hist.bounds[b + 1]);
        hist.counts[b] = quint32(to - from);
        hist.maxCount = std::max(hist.maxCount, hist.counts[b]);
        from = to;
    }
    hist.untimed = qint64(positions.end() - timedEnd);
}

} // namespace auditlens
