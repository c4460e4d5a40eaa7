#pragma once

#include "hashindex.h"

#include <utility>
#include <vector>

namespace auditlens {

// Finds events that share an id, without holding the ids: a hash of each id maps to the first
// event carrying it; later ones are listed. The groups are candidates: the importer confirms
// them against the stored ids and cells, so a hash collision can never merge two events.
class DuplicateTracker
{
public:
    // `current` marks events of the running import, so uniqueIdsInCurrent() can count them.
    void add(std::string_view id, qint64 seq, bool current);
    // Groups of two or more events whose ids hash alike, each a list of seqs in order.
    std::vector<std::vector<qint64>> candidateGroups() const;
    // Distinct ids among the events added with current = true.
    qint64 uniqueIdsInCurrent() const;
    void clear();

private:
    HashIndex m_first; // id hash -> (first seq << 1) | seen in the current import
    std::vector<std::pair<quint64, qint64>> m_repeats;
};

} // namespace auditlens
