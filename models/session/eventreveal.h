// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../query/eventrow.h"
#include "../query/filter.h"

#include <QStringList>

namespace auditlens {

class AnnotationMarks;

class EventIndex;

// The filter changed as little as it must for one event to pass it, for "show me this event"
// (a problem's double-click): a value list that leaves the event out gains the event's value, an
// exclusion of it is lifted, a time range is widened to the event's minute, a success or
// duplicates condition it fails is dropped. The conditions on the cells (the text, the JSON
// paths), which the index cannot check, are kept; widen() drops them, and everything else when
// the event is still hidden.
class EventReveal
{
public:
    // row: the event, as fetched (its ids name its values); position: its index position.
    // changed: what was changed, in words ("action", "time range", ...). marks: the case's
    // annotations (a tag, star or note condition the event fails is lifted).
    static Filter reveal(const Filter &filter, const EventIndex &index, quint32 position,
                         const EventRow &row, QStringList *changed,
                         const AnnotationMarks *marks = nullptr);
    // The next step when reveal() was not enough: without the text and the JSON conditions,
    // then without anything.
    static Filter widen(const Filter &filter, QStringList *changed);
};

} // namespace auditlens
