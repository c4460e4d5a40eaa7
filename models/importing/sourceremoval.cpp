// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "sourceremoval.h"

#include "../store/casesql.h"
#include "../store/sqlitestatement.h"
#include "casewrite.h"
#include "duplicateresolver.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <string>
#include <vector>

namespace auditlens {

namespace {
// The copies that stay of every duplicate group the source shares in, each group in seq order.
bool remainingGroups(sqlite3 *db, qint64 sourceId, std::vector<std::vector<qint64>> *groups,
                     QString *error)
{
    SqliteStatement copies(db, CaseSql::kCopiesSharingWithSource);
    copies.bindInt64(1, sourceId);
    std::string id;
    bool first = true;
    while (copies.row()) {
        const std::string_view copyId = copies.columnText(1);
        if (first || copyId != id) {
            groups->emplace_back();
            id.assign(copyId);
            first = false;
        }
        if (copies.columnInt64(2) != sourceId)
            groups->back().push_back(copies.columnInt64(0));
    }
    if (!copies.done()) {
        *error = CaseWrite::failure(db);
        return false;
    }
    return true;
}

// Runs a DELETE of the source's rows; the number of rows it removed, or -1.
qint64 deleteRows(sqlite3 *db, const char *sql, qint64 sourceId, QString *error)
{
    SqliteStatement statement(db, sql);
    statement.bindInt64(1, sourceId);
    if (!CaseWrite::run(statement, db, error))
        return -1;
    return sqlite3_changes64(db);
}

bool removeRows(sqlite3 *db, qint64 sourceId, SourceRemoval::Result *result, QString *error)
{
    std::vector<std::vector<qint64>> groups;
    if (!remainingGroups(db, sourceId, &groups, error))
        return false;
    if (deleteRows(db, CaseSql::kDeleteSourceMarks, sourceId, error) < 0)
        return false;
    result->events = deleteRows(db, CaseSql::kDeleteSourceEvents, sourceId, error);
    result->problems = deleteRows(db, CaseSql::kDeleteSourceProblems, sourceId, error);
    if (result->events < 0 || result->problems < 0 ||
        deleteRows(db, CaseSql::kDeleteSource, sourceId, error) != 1)
        return false;
    // What stays of each group is marked as an import would have marked it.
    DuplicateCounts recounted;
    if (!DuplicateResolver::resolve(db, groups, nullptr, &recounted, error))
        return false;
    if (!CaseWrite::exec(db, CaseSql::kDeleteUnusedActions, error) ||
        !CaseWrite::exec(db, CaseSql::kDeleteUnusedEntities, error))
        return false;
    // The kept index describes the case as it was: it goes, and the viewer builds a new one.
    if (SqliteStatement::scalar(db, CaseSql::kHasViewerIndex, 0) == 1 &&
        !CaseWrite::exec(db, CaseSql::kDeleteViewerIndex, error))
        return false;
    return true;
}
} // namespace

SourceRemoval::Result SourceRemoval::remove(CaseStore &store, qint64 sourceId)
{
    Result result;
    sqlite3 *db = store.handle();
    QString error;
    const bool begun = db && CaseWrite::exec(db, CaseSql::kBeginImmediate, &error);
    if (!begun || !removeRows(db, sourceId, &result, &error) ||
        !CaseWrite::exec(db, CaseSql::kCommit, &error)) {
        const int code = db ? sqlite3_errcode(db) & 0xff : SQLITE_MISUSE;
        if (begun)
            SqliteStatement::exec(db, CaseSql::kRollback);
        result = {};
        // Busy: another AuditLens writes to the case, or was still reading it at the commit.
        result.error =
            code == SQLITE_BUSY || code == SQLITE_LOCKED
                ? QCoreApplication::translate("SourceRemoval",
                                              "%1 is in use by another AuditLens; nothing was "
                                              "removed. Try again when it has finished.")
                      .arg(store.path())
                : QCoreApplication::translate(
                      "SourceRemoval",
                      "%1: the source could not be removed (%2); the case is as it was before")
                      .arg(store.path(), error.isEmpty() ? QCoreApplication::translate(
                                                               "SourceRemoval", "no such source")
                                                         : error);
        return result;
    }
    QString readError;
    result.duplicates = store.duplicateCounts(&readError);
    result.ok = true;
    return result;
}

} // namespace auditlens
