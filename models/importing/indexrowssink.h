// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../index/eventorigin.h"
#include "../parsing/eventsuccess.h"
#include "../store/duplicatekind.h"

#include <QtGlobal>

#include <string_view>

namespace auditlens {

// Receives what a viewer index needs of each event the importer writes, so that an index can
// be made without reading the events back. The importer only fills it; whether an index is made
// and kept is its owner's decision (see EventIndexCollector). Called from the import's threads,
// one at a time.
class IndexRowsSink
{
public:
    virtual ~IndexRowsSink() = default;

    // An import command starts; its first event gets firstSeq. False: the sink wants no rows of
    // this command (nothing else is called until the next begin()).
    virtual bool begin(qint64 firstSeq) = 0;
    virtual size_t rowCount() const = 0;
    // Room for about this many rows in all.
    virtual void reserve(size_t rows) = 0;
    // One written event, in seq order. flagged: the event has a content problem; origin: today's
    // fields (its views are valid during the call). False: the sink takes no more rows of this
    // command.
    virtual bool append(bool hasTime, qint64 ns, qint64 offset, quint16 source, quint32 action,
                        quint32 actor, quint32 target, quint32 scope, EventSuccess success,
                        bool flagged, std::string_view id, const EventOrigin &origin) = 0;
    // Forgets the rows from position rows on (a source that was not imported after all).
    virtual void truncate(size_t rows) = 0;
    // What duplicate resolution decided for the event with this seq (rank 1 for the first
    // copy). A later mark of the same seq replaces it.
    virtual void markDuplicate(qint64 seq, DuplicateKind kind, qint64 count, qint64 rank) = 0;
    // Every row of the command is in (the last source's commit is still to come).
    virtual void rowsComplete() = 0;
    // The command failed or stopped keeping rows: they do not hold every event.
    virtual void abandon() = 0;
};

} // namespace auditlens
