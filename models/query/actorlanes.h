// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../index/annotationmarks.h"
#include "../index/eventindex.h"

#include <QString>

#include <vector>

namespace auditlens {

struct Histogram;
class ActionCatalogue;

// How closely the action catalogue says to look at an action. An action the catalogue does not
// know counts as medium: it is new or misspelled, and deserves a look (as the detail pane says).
enum class LaneSensitivity : quint8 { Low = 0, Medium = 1, High = 2 };
constexpr int kLaneSensitivityCount = 3;

// The events of one actor in one time bucket of the actor timeline.
struct LaneTick
{
    int bucket = 0;                             // of the histogram's buckets
    quint32 counts[kLaneSensitivityCount] = {}; // events by sensitivity
    quint32 findings = 0;                       // events with a finding
    // The event a click selects: the first with a finding, else the first of the highest
    // sensitivity. Its seq, position in the index and action code.
    qint64 seq = 0;
    quint32 position = 0;
    quint32 action = 0;
    QString actionLabel;

    quint32 count() const { return counts[0] + counts[1] + counts[2]; }
    // The highest sensitivity with an event.
    LaneSensitivity top() const
    {
        return counts[2]   ? LaneSensitivity::High
               : counts[1] ? LaneSensitivity::Medium
                           : LaneSensitivity::Low;
    }
};

// One actor's swimlane: its events under the filter, bucketed as the histogram is.
struct ActorLane
{
    quint32 actor = 0;           // code in the actor dictionary
    QString label;               // name, or id when there is none (filled by the worker)
    quint32 count = 0;           // events under the filter, untimed ones included
    std::vector<LaneTick> ticks; // the non-empty buckets, ascending
};

struct ActorLanes
{
    std::vector<ActorLane> lanes; // busiest first, or the named actors by count
    bool named = false;           // the lanes are the actors the filter names
    quint32 actors = 0;           // distinct actors under the filter
};

// Computes the actor timeline of a result off the in-memory index: one pass counts the events
// per actor, a second buckets those of the chosen actors. Keeps its scratch between queries (a
// worker thread owns it).
class ActorLaneCounter
{
public:
    static constexpr int kDefaultLanes = 12;
    // The most lanes an actor filter gets (a filter naming more shows the busiest of them).
    static constexpr int kMaxNamedLanes = 40;

    explicit ActorLaneCounter(const EventIndex &index);

    // The sensitivity of each action code of index, per catalogue (code 0, no action: low).
    static std::vector<quint8> sensitivities(const EventIndex &index,
                                             const ActionCatalogue &catalogue);

    // positions: the result's (any order); buckets: its histogram's; named: the actor codes the
    // filter includes (empty: the busiest maxLanes actors); marks: the findings (may be null);
    // actorCounts: the events per actor code among positions when known (the Actor facet's
    // counts of a filter without an actor condition), which spares a pass.
    ActorLanes count(const std::vector<quint32> &positions, const Histogram &histogram,
                     const std::vector<quint32> &named, const AnnotationMarksPtr &marks,
                     int maxLanes = kDefaultLanes,
                     const std::vector<quint32> *actorCounts = nullptr) const;

private:
    const EventIndex &m_index;
    std::vector<quint8> m_sensitivity; // per action code
    mutable std::vector<quint32> m_actorCounts;
    mutable std::vector<quint32> m_laneOf; // actor code -> lane + 1
    mutable std::vector<quint64> m_findingBits;
    mutable AnnotationMarksPtr m_findingMarks; // the marks m_findingBits was read off
};

} // namespace auditlens
