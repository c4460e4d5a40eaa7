// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../store/duplicatekind.h"
#include "exportrequest.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <vector>

struct sqlite3;

namespace auditlens {

// What an export needs to know of one event before its full row is read: where it sorts and
// what it counts towards. Small, so a million of them sort in memory in a blink.
struct ExportKey
{
    qint64 seq = 0;
    qint64 occurredNs = 0;
    qint64 sourceId = 0;
    qint64 line = 0;
    qint64 actor = 0;  // entity id, 0 when none
    qint64 target = 0; // entity id, 0 when none
    qint32 actionId = 0;
    qint32 dupCount = 1;
    quint32 flags = 0;
    DuplicateKind dupKind = DuplicateKind::None;
    bool hasTime = false;
};

// The events an export writes, in the product's time order: by time, events without a valid
// time last, ties by source and line (as the viewer and `query` show them).
class ExportSelection
{
    Q_DECLARE_TR_FUNCTIONS(ExportSelection)

public:
    // Reads the keys of the events the request names: its selection, or else its filter.
    bool collect(sqlite3 *db, const ExportRequest &request, const std::atomic<bool> &cancel,
                 QString *error);

    const std::vector<ExportKey> &keys() const { return m_keys; }
    qint64 size() const { return qint64(m_keys.size()); }

private:
    std::vector<ExportKey> m_keys;
};

} // namespace auditlens
