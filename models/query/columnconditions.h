// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "filter.h"
#include "indexquery.h"

#include <functional>
#include <string>

namespace auditlens {

class AnnotationMarks;
class EventIndex;

// The conditions on the fields the index answers from their own columns rather than in its pass
// (organization, account, IP address, request, source) and on the analyst's annotations (tag,
// star, note; see AnnotationMarks): each keeps a set of positions, which
// IndexQuery takes as it takes the matches of a text. A few milliseconds at a million events:
// one read of each column a condition names, through a table from code to verdict.
class ColumnConditions
{
public:
    // The request id of the event with this seq (false when it has none): confirms the events
    // whose request hash a filter's value has, so a collision never adds or removes one.
    using RequestIdOf = std::function<bool(qint64 seq, std::string *requestId)>;

    // marks: the case's annotations; without them no event carries one.
    explicit ColumnConditions(const EventIndex &index, RequestIdOf requestIdOf = {},
                              const AnnotationMarks *marks = nullptr);

    // Whether a filter has a condition on one of these fields.
    static bool any(const Filter &filter);
    // Keeps in *bits (one per position of the index; empty: every event) only the events of
    // [lo, hi) that pass the filter's conditions on these fields; every other bit is cleared.
    void narrow(const Filter &filter, quint32 lo, quint32 hi, PositionBits *bits) const;
    // Whether the event at a position passes one field's condition.
    bool passes(FilterField field, const FieldCondition &condition, quint32 position) const;
    // code -> whether an event with the code passes a condition on a field read through codes
    // (organization, account, IP address, source).
    std::vector<quint8> allowedCodes(FilterField field, const FieldCondition &condition) const;

private:
    void narrowField(FilterField field, const FieldCondition &condition, quint32 lo, quint32 hi,
                     quint64 *bits) const;
    void narrowRequest(const FieldCondition &condition, quint32 lo, quint32 hi,
                       quint64 *bits) const;
    void narrowMarks(FilterField field, const FieldCondition &condition, quint32 lo, quint32 hi,
                     quint64 *bits) const;
    const EventIndex &m_index;
    RequestIdOf m_requestIdOf;
    const AnnotationMarks *m_marks;
};

} // namespace auditlens
