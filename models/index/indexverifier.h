// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "indexedrow.h"

#include <QString>

#include <string>
#include <vector>

struct sqlite3;

namespace auditlens {

class EventIndex;

// The checks a stored index passes before the viewer uses it. A case travels between analysts:
// its kept index may be damaged, shortened, forged, or older than a change made to the events
// by some other program. None of these may crash the viewer or make it answer differently from
// the events themselves.
class IndexVerifier
{
public:
    // Whether every promise the index makes to the code that reads it holds: codes within their
    // dictionaries, dictionaries in order and of consistent sizes, times ascending, the timed
    // events first, possible duplicate marks. O(events), a few milliseconds for a million.
    static bool isConsistent(const EventIndex &index, QString *why = nullptr);

    // Events of a case to compare an index with: runs of consecutive events from random places,
    // or every event of a small case. Read apart from the index (on another core while the index
    // is read), so the comparison costs the open nothing but a few milliseconds of the other core.
    struct Sample
    {
        struct Event
        {
            IndexedRow row; // its id is copied below
            std::string id;
            // The first event of each run (every event of a small case) has its action's and
            // entities' names read, to compare with the dictionaries.
            bool withNames = false;
            std::string actionName;
            bool entityFound[5] = {false, false, false, false, false};
            std::string entityId[5];
            std::string entityName[5];
            std::string ipKey; // row's views, copied
            std::string requestId;
        };
        bool whole = false;       // every event of the case
        bool readable = true;     // false when a read failed or a cell was impossible
        std::vector<qint64> from; // where each run starts in seqs
        std::vector<std::vector<Event>> runs;
    };
    // Reads a sample for an index that says it holds `events` events: all of them up to
    // kRuns * kRunLength, otherwise kRuns runs of kRunLength from random seqs.
    static Sample readSample(sqlite3 *db, quint64 events, quint64 seed);
    // Whether the index says what the sampled events say: every indexed field, the names of
    // actions and entities against the dictionaries, no event missing or added within or at the
    // end of a run, and ids in the order of their ranks. A change that touches 1% of a large
    // case's events escapes one open with a probability of about 10^-5 (each open draws its own
    // sample); a change to one event of a million is seen about once in a thousand opens.
    static bool matchesSample(const EventIndex &index, const Sample &sample,
                              QString *why = nullptr);

    // Runs of consecutive events, and their length, compared by matchesEvents().
    static constexpr int kRuns = 64;
    static constexpr int kRunLength = 16;
};

} // namespace auditlens
