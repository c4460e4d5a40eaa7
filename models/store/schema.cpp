// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "schema.h"

namespace auditlens {

namespace {
// The copies of every duplicate group, one row per event (the seq of events). kind: 1 exact,
// 2 conflicting copies of one id; count: copies of the id in the case; rank: 1 for the first copy,
// 2 for the next... Events with no copies have no row. Kept apart from events because the marks
// are known only once a whole source is read: setting them in events would rewrite a page of a
// gigabyte-sized table for nearly every duplicate.
const char *const kDuplicatesTable =
    "CREATE TABLE duplicates(seq INTEGER PRIMARY KEY, kind INTEGER NOT NULL,"
    " count INTEGER NOT NULL, rank INTEGER NOT NULL)";
} // namespace

const std::vector<const char *> &Schema::createStatements()
{
    static const std::vector<const char *> statements = {
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)",
        "CREATE TABLE sources("
        " id INTEGER PRIMARY KEY, path TEXT NOT NULL, file_name TEXT NOT NULL,"
        " bytes INTEGER NOT NULL, modified TEXT, sha256 TEXT NOT NULL UNIQUE, format TEXT NOT NULL,"
        " header TEXT, records INTEGER NOT NULL DEFAULT 0, imported INTEGER NOT NULL DEFAULT 0,"
        " rejected INTEGER NOT NULL DEFAULT 0, flagged INTEGER NOT NULL DEFAULT 0,"
        " blank_lines INTEGER NOT NULL DEFAULT 0, imported_at TEXT, app_version TEXT,"
        " import_ms INTEGER)",
        "CREATE TABLE actions(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
        // actor, target and scope values, shared: a user is an actor here and a target there.
        "CREATE TABLE entities(id INTEGER PRIMARY KEY, ext_id TEXT, type TEXT, name TEXT)",
        // One row per imported event.
        // The *_json, payload, metadata, request, occurred_at, success_text, version and extra
        // columns hold each cell's text exactly as read (NULL when the source had no such cell);
        // the other columns are what was extracted from them. Today's organization, account
        // and common_fields cells stay in extra, as written; organization and account are their
        // entities, ip the request's ip_address (else common_fields.source_ip) as written and
        // ip_key its IpAddress::key (NULL when it is not an address). The last five columns
        // came with version 3 (see CaseMigration).
        "CREATE TABLE events("
        " seq INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, line INTEGER NOT NULL,"
        " offset INTEGER NOT NULL, event_id TEXT NOT NULL, action_id INTEGER NOT NULL,"
        " actor INTEGER, target INTEGER, scope INTEGER, success INTEGER, occurred_ns INTEGER,"
        " request_id TEXT, flags INTEGER NOT NULL DEFAULT 0, occurred_at TEXT, success_text TEXT,"
        " version TEXT, actor_json TEXT, target_json TEXT, scope_json TEXT, payload TEXT,"
        " metadata TEXT, request TEXT, extra TEXT, organization INTEGER, account INTEGER,"
        " ip TEXT, ip_key BLOB, client_trace_id TEXT)",
        kDuplicatesTable,
        // Rejected records (no event) and flagged cells (event set). raw: the bytes as read.
        "CREATE TABLE problems("
        " id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, line INTEGER NOT NULL,"
        " offset INTEGER NOT NULL, kind TEXT NOT NULL, severity TEXT NOT NULL, column_name TEXT,"
        " message TEXT NOT NULL, raw BLOB, event INTEGER)",
        "CREATE INDEX problems_event ON problems(event)",
    };
    return statements;
}

const char *Schema::createDuplicatesTable()
{
    return kDuplicatesTable;
}

const char *Schema::createViewerIndexTable()
{
    // One row per chunk of the kept index ("events.000000"...), see IndexBlob.
    return "CREATE TABLE IF NOT EXISTS viewer_index("
           " name TEXT PRIMARY KEY, fingerprint BLOB NOT NULL, data BLOB)";
}

const char *Schema::createEntityTextIndex()
{
    return "CREATE INDEX IF NOT EXISTS entities_text ON entities(ext_id, type, name)";
}

} // namespace auditlens
