#pragma once

#include <QString>

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

    // Compares the index with the events of the case it claims to describe, on a sample: runs of
    // consecutive events from random places, every indexed field of each (the entities' ids and
    // names on the first of each run), and the order of their ids. A small case is compared in
    // full. A change that touches 1% of a large case's events escapes one open with a probability
    // of about 10^-5 (each open draws its own sample, so it does not escape the next); changing
    // one event of a million is seen at an open about once in a thousand.
    static bool matchesEvents(sqlite3 *db, const EventIndex &index, quint64 seed,
                              QString *why = nullptr);

    // Runs of consecutive events, and their length, compared by matchesEvents().
    static constexpr int kRuns = 64;
    static constexpr int kRunLength = 16;
};

} // namespace auditlens
