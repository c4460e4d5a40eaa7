// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "indexquery.h"
#include "jsoncondition.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <functional>

struct sqlite3;

namespace auditlens {

class TextSearch;

// The events that pass a filter's JSON conditions (see JsonCondition), as index positions. The
// SQL engine decides each event, as it does for the CLI. Reading every cell of a million
// events takes seconds, so the text search narrows first when it can: the value of an include
// condition, or a long enough part of it that no JSON writer escapes, must occur in the event's
// record, and only the events where it does are read from the case.
class JsonSearch
{
public:
    // db belongs to the calling thread; text may be null (every search then reads every cell).
    JsonSearch(const EventIndex &index, sqlite3 *db, TextSearch *text);

    // Sets one bit per passing position. False when cancelled() turned true or the case could
    // not be read (error() says why).
    bool search(const QList<JsonCondition> &conditions, PositionBits *matches,
                const std::function<bool()> &cancelled);
    QString error() const { return m_error; }
    // Candidates up to size() / share are read one by one by seq, more in one pass over the
    // table (kLookupShare in jsonsearch.cpp); a test sets 1 to read every candidate by seq.
    void setLookupShare(quint32 share) { m_lookupShare = std::max(1u, share); }
    // How many events the last search read from the case (all of them without a narrowing).
    qint64 eventsRead() const { return m_read; }

private:
    const EventIndex &m_index;
    sqlite3 *m_db;
    TextSearch *m_text;
    QString m_error;
    qint64 m_read = 0;
    quint32 m_lookupShare;
};

} // namespace auditlens
