// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "actorlanes.h"

#include "../catalogue/actioncatalogue.h"
#include "queryresult.h"

#include <algorithm>
#include <iterator>
#include <limits>

namespace auditlens {

ActorLaneCounter::ActorLaneCounter(const EventIndex &index)
    : m_index(index), m_sensitivity(sensitivities(index, ActionCatalogue::shipped()))
{}

std::vector<quint8> ActorLaneCounter::sensitivities(const EventIndex &index,
                                                    const ActionCatalogue &catalogue)
{
    const FieldDictionary &d = index.dictionary(IndexField::Action);
    std::vector<quint8> s(d.size(), quint8(LaneSensitivity::Low));
    for (quint32 c = 1; c < d.size() && c < d.labels.size(); ++c) {
        const ActionEntry *entry = catalogue.find(d.labels[c]);
        if (entry && entry->sensitivity == QLatin1String("high"))
            s[c] = quint8(LaneSensitivity::High);
        else if (!entry || entry->sensitivity != QLatin1String("low"))
            s[c] = quint8(LaneSensitivity::Medium);
    }
    return s;
}

ActorLanes ActorLaneCounter::count(const std::vector<quint32> &positions,
                                   const Histogram &histogram, const std::vector<quint32> &named,
                                   const AnnotationMarksPtr &marks, int maxLanes,
                                   const std::vector<quint32> *actorCounts) const
{
    ActorLanes out;
    const std::vector<quint32> &actors = m_index.entityColumn(IndexField::Actor);
    const quint32 actorCodes = m_index.dictionary(IndexField::Actor).size();
    if (actorCounts && actorCounts->size() == actorCodes) {
        m_actorCounts = *actorCounts;
    } else {
        m_actorCounts.assign(actorCodes, 0u);
        for (const quint32 p : positions)
            ++m_actorCounts[actors[p]];
    }
    for (quint32 c = 1; c < actorCodes; ++c)
        out.actors += m_actorCounts[c] ? 1 : 0;

    // The lanes: the named actors (with or without events), else the busiest; by count, then
    // by code (the order of the actors' ids).
    std::vector<quint32> chosen;
    if (!named.empty()) {
        out.named = true;
        for (const quint32 c : named) {
            if (c > 0 && c < actorCodes)
                chosen.push_back(c);
        }
    } else {
        for (quint32 c = 1; c < actorCodes; ++c) {
            if (m_actorCounts[c])
                chosen.push_back(c);
        }
    }
    const auto busier = [this](quint32 a, quint32 b) {
        return m_actorCounts[a] != m_actorCounts[b] ? m_actorCounts[a] > m_actorCounts[b] : a < b;
    };
    const size_t keep =
        std::min(chosen.size(), size_t(out.named ? std::max(maxLanes, kMaxNamedLanes) : maxLanes));
    std::partial_sort(chosen.begin(), chosen.begin() + ptrdiff_t(keep), chosen.end(), busier);
    chosen.resize(keep);
    if (chosen.empty())
        return out;

    m_laneOf.assign(actorCodes, 0u);
    out.lanes.resize(chosen.size());
    for (size_t l = 0; l < chosen.size(); ++l) {
        m_laneOf[chosen[l]] = quint32(l + 1);
        out.lanes[l].actor = chosen[l];
        out.lanes[l].count = m_actorCounts[chosen[l]];
    }

    // The findings as a bitmap of positions, made once per marks read.
    const bool withFindings = marks && marks->holds(IndexField::Finding);
    if (withFindings && m_findingMarks != marks) {
        m_findingBits.assign((size_t(m_index.size()) + 63) / 64, 0);
        for (const quint32 p : marks->positions(IndexField::Finding, 0)) {
            if (p < m_index.size())
                m_findingBits[p / 64] |= quint64(1) << (p % 64);
        }
        m_findingMarks = marks;
    }

    // A dense grid of lanes x buckets; rank of the event a tick selects: finding, sensitivity.
    const int buckets = histogram.bucketCount();
    if (buckets <= 0)
        return out;
    struct Cell
    {
        quint32 counts[kLaneSensitivityCount] = {};
        quint32 findings = 0;
        int rank = -1;
        quint32 position = 0;
    };
    std::vector<Cell> grid(chosen.size() * size_t(buckets));
    const qint64 *times = m_index.timeColumn().data();
    const quint16 *actions = m_index.actionColumn().data();
    const quint8 *flags = m_index.flagColumn().data();
    const std::vector<qint64> &bounds = histogram.bounds;
    const qint64 first = bounds.front(), last = bounds.back();
    int b = 0;
    for (const quint32 p : positions) {
        const quint32 lane = m_laneOf[actors[p]];
        if (!lane || !(flags[p] & EventIndex::HasTime))
            continue;
        const qint64 t = times[p];
        if (t < first || (t >= last && last != std::numeric_limits<qint64>::max()))
            continue;
        // In time order (the usual sort) an event is mostly in the bucket of the one before.
        if (!(t >= bounds[size_t(b)] && t < bounds[size_t(b) + 1]))
            b = std::min(int(std::upper_bound(bounds.begin(), bounds.end(), t) - bounds.begin()) -
                             1,
                         buckets - 1);
        Cell &cell = grid[size_t(lane - 1) * size_t(buckets) + size_t(b)];
        const quint8 s = m_sensitivity[actions[p]];
        ++cell.counts[s];
        const bool finding = withFindings && (m_findingBits[p / 64] >> (p % 64) & 1) != 0;
        cell.findings += finding ? 1 : 0;
        const int rank = (finding ? 4 : 0) + s;
        // Positions are in time order: among equals, the earliest.
        if (rank > cell.rank || (rank == cell.rank && p < cell.position)) {
            cell.rank = rank;
            cell.position = p;
        }
    }
    for (size_t l = 0; l < chosen.size(); ++l) {
        for (int b = 0; b < buckets; ++b) {
            const Cell &cell = grid[l * size_t(buckets) + size_t(b)];
            if (cell.rank < 0)
                continue;
            LaneTick tick;
            tick.bucket = b;
            std::copy(std::begin(cell.counts), std::end(cell.counts), std::begin(tick.counts));
            tick.findings = cell.findings;
            tick.position = cell.position;
            tick.seq = m_index.seq(cell.position);
            tick.action = actions[cell.position];
            out.lanes[l].ticks.push_back(tick);
        }
    }
    return out;
}

} // namespace auditlens
