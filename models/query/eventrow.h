// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../parsing/eventsuccess.h"
#include "../store/duplicatekind.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace auditlens {

// One stored event with everything a detail pane, a table row or an export needs.
struct EventRow
{
    qint64 seq = 0;
    qint64 sourceId = 0;
    QString sourceName;
    qint64 line = 0;
    qint64 offset = 0;
    QString eventId;
    QString action;
    QString actorId, actorType, actorName;
    QString targetId, targetType, targetName;
    QString scopeId, scopeType, scopeName;
    EventSuccess success = EventSuccess::Unreadable;
    bool hasTime = false;
    qint64 occurredNs = 0;
    QString requestId;
    QString ip; // the request's address as written
    QString organizationId, organizationName;
    QString accountId, accountName;
    QString clientTraceId;
    QString sourceNumber; // sourceId as text (what a filter names a source by)
    quint32 flags = 0;
    DuplicateKind dupKind = DuplicateKind::None;
    int dupCount = 1;
    int dupRank = 1;
    // Cells exactly as read; a null QByteArray when the source had no such cell.
    QByteArray occurredAt, successText, version;
    QByteArray actorJson, targetJson, scopeJson, payload, metadata, request;
    QByteArray extra; // extra columns as a JSON object

    // Display names: the entity's name, or its id when it has none.
    QString actorLabel() const { return actorName.isEmpty() ? actorId : actorName; }
    QString targetLabel() const { return targetName.isEmpty() ? targetId : targetName; }
    QString scopeLabel() const { return scopeName.isEmpty() ? scopeId : scopeName; }
    QString organizationLabel() const
    {
        return organizationName.isEmpty() ? organizationId : organizationName;
    }
    QString accountLabel() const { return accountName.isEmpty() ? accountId : accountName; }

    // The analyst's marks on the event (read with the table's rows; see RowFetcher::readMarks).
    bool starred = false;
    QString starAuthor, starCreated; // who starred it, and when (as stored, UTC)
    int noteCount = 0;               // notes on it (one per author)
    QString noteAuthor, noteText;    // the latest note's
    // Its tags by name, and each one's colour (#RRGGBB), read with the marks.
    QStringList tags, tagColors;
};

} // namespace auditlens
