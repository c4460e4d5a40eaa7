// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

struct sqlite3;

namespace auditlens {

// Brings a case written by an older AuditLens up to the schema of this one (Schema::kVersion).
// Opened for writing, the file is changed in one transaction; opened read-only, the file stays
// byte for byte as it is and this connection alone sees the newer tables, as temporary tables and
// views of the same names over the old ones.
class CaseMigration
{
public:
    // From version (1 or later, below Schema::kVersion); false with SQLite's reason in
    // *sqliteError.
    static bool run(sqlite3 *db, int version, bool readOnly, QString *sqliteError);
    // Makes auditlens_ip_key(text), IpAddress::key in SQL, known to the connection db.
    static bool addIpKeyFunction(sqlite3 *db);

private:
    // 2: the duplicate marks move from events into their own table.
    static bool duplicatesTable(sqlite3 *db, bool readOnly, QString *error);
    // 3: the organization, account, IP and client trace id of today's exports, from the cells.
    static bool requestColumns(sqlite3 *db, bool readOnly, QString *error);
    // 4: the annotation tables (tags with their presets, event_tags, stars, notes, the
    // append-only annotation log) and saved views.
    static bool annotationTables(sqlite3 *db, bool readOnly, QString *error);
    // 5: events_line, which finds an event by its source and line (Schema::createEventLineIndex).
    // Read-only, a case goes without it: a temporary index cannot cover a table of the file, and
    // SQLite finds the events of a few annotations without one.
    // 6: the findings tables, empty (the findings are evaluated when the case next opens for
    // writing, or in memory when it is read-only).
    static bool findingTables(sqlite3 *db, bool readOnly, QString *error);
    // 7: the case's rule settings, empty (Schema::createRuleSettingsTable).
    static bool ruleSettingsTable(sqlite3 *db, bool readOnly, QString *error);
};

} // namespace auditlens
