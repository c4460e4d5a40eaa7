// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace auditlens {

// An event's success: its cell reads true or false, or it is missing or neither. The values are
// the ones the case stores in events.success (NULL there for Unreadable).
enum class EventSuccess : qint8 { Unreadable = -1, False = 0, True = 1 };

// The success a stored cell reads as. A NULL or negative cell is Unreadable; a damaged case may
// hold a value other than 0 or 1, which is kept (up to the byte's limit) so that it reads as it
// always did: anything but 0 shows as true, and only 1 equals True.
inline EventSuccess storedEventSuccess(bool isNull, int stored)
{
    if (isNull || stored < 0)
        return EventSuccess::Unreadable;
    return EventSuccess(qint8(qMin(stored, 127)));
}

// How a success reads in the table and the exports: empty when unreadable, "false" for False,
// and "true" for any other readable value.
inline QString successWord(EventSuccess success)
{
    if (success == EventSuccess::Unreadable)
        return QString();
    return success == EventSuccess::False ? QStringLiteral("false") : QStringLiteral("true");
}

} // namespace auditlens
