// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "indexedrow.h"

#include "store/sqlitestatement.h"

#include <QCoreApplication>

#include <limits>

namespace auditlens {

namespace {
enum Column {
    Seq,
    SourceId,
    Offset,
    OccurredNs,
    ActionId,
    Actor,
    Target,
    Scope,
    Success,
    Flags,
    HasCopies,
    DupKind,
    DupCount,
    DupRank,
    EventId,
    Organization,
    Account,
    IpKey,
    RequestId
};
const char *const kColumnNames[] = {"seq",       "source_id", "offset",    "occurred_ns",
                                    "action_id", "actor",     "target",    "scope",
                                    "success",   "flags",     "",          "kind",
                                    "count",     "rank",      "event_id",  "organization",
                                    "account",   "ip_key",    "request_id"};
} // namespace

bool IndexedRow::read(const SqliteStatement &row, QString *problem)
{
    seq = row.columnInt64(Seq);
    const bool copies = row.columnInt64(HasCopies) != 0; // a row in duplicates
    for (const Column c : {SourceId, Offset, ActionId, DupKind, DupCount, DupRank}) {
        if (row.columnType(c) != SQLITE_INTEGER && (copies || c < DupKind)) {
            *problem = QCoreApplication::translate("EventIndex", "has a %1 that is not a number")
                           .arg(QLatin1String(kColumnNames[c]));
            return false;
        }
    }
    for (const Column c :
         {OccurredNs, Actor, Target, Scope, Success, Flags, Organization, Account}) {
        if (!row.isNull(c) && row.columnType(c) != SQLITE_INTEGER) {
            *problem = QCoreApplication::translate("EventIndex", "has a %1 that is not a number")
                           .arg(QLatin1String(kColumnNames[c]));
            return false;
        }
    }
    source = row.columnInt64(SourceId);
    offset = row.columnInt64(Offset);
    hasTime = !row.isNull(OccurredNs);
    time = row.columnInt64(OccurredNs);
    action = row.columnInt64(ActionId);
    for (int f = 0; f < 3; ++f)
        entity[f] = row.columnInt64(Actor + f);
    entity[3] = row.columnInt64(Organization);
    entity[4] = row.columnInt64(Account);
    ipKey = {};
    if (!row.isNull(IpKey)) {
        const bool blob = row.columnType(IpKey) == SQLITE_BLOB; // asked before the bytes are read
        ipKey = row.columnBlob(IpKey);
        if (!blob || ipKey.size() != EventIndex::kIpKeySize) {
            *problem = QCoreApplication::translate("EventIndex", "has an %1 that is not an address")
                           .arg(QLatin1String(kColumnNames[IpKey]));
            return false;
        }
    }
    hasRequest = !row.isNull(RequestId);
    requestId = {};
    if (hasRequest) {
        if (row.columnType(RequestId) != SQLITE_TEXT) {
            *problem = QCoreApplication::translate("EventIndex", "has a %1 that is not text")
                           .arg(QLatin1String(kColumnNames[RequestId]));
            return false;
        }
        requestId = row.columnText(RequestId);
    }
    flagged = row.columnInt64(Flags) != 0;
    // The CLI asks for success true and success false: nothing else is either.
    const qint64 stored = row.columnInt64(Success);
    if (!row.isNull(Success) && stored != qint64(EventSuccess::False) &&
        stored != qint64(EventSuccess::True)) {
        *problem = QCoreApplication::translate("EventIndex", "has a success of %1, neither 0 nor 1")
                       .arg(stored);
        return false;
    }
    success = row.isNull(Success) ? EventSuccess::Unreadable : EventSuccess(stored);
    // A row of duplicates is an exact or a conflicting copy.
    const qint64 kind = copies ? row.columnInt64(DupKind) : qint64(DuplicateKind::None);
    dupCount = copies ? row.columnInt64(DupCount) : 1;
    dupRank = copies ? row.columnInt64(DupRank) : 1;
    if ((copies && kind != qint64(DuplicateKind::Exact) &&
         kind != qint64(DuplicateKind::Conflicting)) ||
        dupCount < 1 || dupCount > std::numeric_limits<quint32>::max() || dupRank < 1) {
        *problem = QCoreApplication::translate("EventIndex", "has impossible duplicate marks "
                                                             "(kind %1, copy %2 of %3)")
                       .arg(kind)
                       .arg(dupRank)
                       .arg(dupCount);
        return false;
    }
    dupKind = DuplicateKind(kind);
    id = row.columnText(EventId);
    return true;
}

} // namespace auditlens
