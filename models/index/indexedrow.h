// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../parsing/eventsuccess.h"
#include "../store/duplicatekind.h"
#include "eventindex.h"

#include <QString>

#include <string_view>

namespace auditlens {

class SqliteStatement;

// The cells of one event that the viewer's index holds, as both the index's reader and its
// verifier read them: one SELECT, and one reading that checks what each cell may hold.
struct IndexedRow
{
    qint64 seq = 0;
    qint64 source = 0;
    qint64 offset = 0;
    bool hasTime = false;
    qint64 time = 0;
    qint64 action = 0;
    qint64 entity[5] = {0, 0, 0, 0, 0}; // actor, target, scope, organization, account; 0: none
    EventSuccess success = EventSuccess::Unreadable;
    bool flagged = false;
    DuplicateKind dupKind = DuplicateKind::None;
    qint64 dupCount = 1;
    qint64 dupRank = 1;
    std::string_view id; // valid until the statement moves
    // Today's fields (see EventOrigin), valid until the statement moves.
    std::string_view ipKey; // empty: none
    bool hasRequest = false;
    std::string_view requestId;

    // What the index keeps of today's fields, entities as the case's ids.
    EventOrigin origin() const
    {
        return {quint32(entity[3]), quint32(entity[4]), ipKey, hasRequest, requestId};
    }

    // Reads the row a statement over CaseSql::kIndexedEvents is on. False, with *problem saying
    // what is wrong
    // ("has a success of 7, neither 0 nor 1"), when a cell is not of its type or cannot be: the
    // columns the index keeps are integers (time, entities, success and flags may be NULL), an
    // IP key is NULL or 16 bytes, a request id NULL or text,
    // success is 0 or 1, and a duplicate mark is an exact or conflicting copy of at least one.
    bool read(const SqliteStatement &row, QString *problem);
};

} // namespace auditlens
