// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

struct sqlite3;

namespace auditlens {

class SqliteStatement;

// Writing to the case during an import, with failures in words a user can act on: SQLite's
// "disk I/O error" alone does not tell a full disk or a file size limit from a failing drive.
class CaseWrite
{
public:
    // SQLite's message for the connection's last failure, naming a full disk or a file size limit
    // when that is the cause.
    static QString failure(sqlite3 *db);
    // Runs sql; false with failure() in *error (when given).
    static bool exec(sqlite3 *db, const char *sql, QString *error);
    // Runs an INSERT/UPDATE once; false with failure() in *error. Every caller binds every
    // parameter before each run, so bindings need no clearing.
    static bool run(SqliteStatement &statement, sqlite3 *db, QString *error);
};

} // namespace auditlens
