// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "schema.h"

#include <iterator>

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

// An annotation names its event by source and line: loading a case's annotations into the
// viewer's index looks each one up here. The importer writes a source's events in line order, so
// the index grows at its end and costs an import little.
const char *const kEventLineIndex =
    "CREATE INDEX IF NOT EXISTS events_line ON events(source_id, line)";

// The analyst's annotations. An event is named by its identity, (source_sha256, line, event_id):
// the SHA-256 of its source, its physical line there and its id, never its seq, so that an
// annotation stays with its event when a source is removed and imported again. Times are
// ISO-8601 UTC with milliseconds; author is who made the row (the OS user name unless given).
#define AUDITLENS_NOW "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
#define AUDITLENS_PRESET(name, color, description)                                                 \
    "INSERT OR IGNORE INTO tags(name, color, description, preset, author, created, changed)"       \
    " VALUES ('" name "', '" color "', '" description "', 1, 'AuditLens', " AUDITLENS_NOW          \
    ", " AUDITLENS_NOW ")"
const char *const kAnnotationStatements[] = {
    // color: #RRGGBB; preset: 1 for the tags every case starts with.
    "CREATE TABLE IF NOT EXISTS tags(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
    " color TEXT NOT NULL CHECK (length(color) = 7 AND color GLOB"
    " '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),"
    " description TEXT NOT NULL DEFAULT '', preset INTEGER NOT NULL DEFAULT 0,"
    " author TEXT NOT NULL, created TEXT NOT NULL, changed TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS event_tags(source_sha256 TEXT NOT NULL, line INTEGER NOT NULL,"
    " event_id TEXT NOT NULL, tag_id INTEGER NOT NULL, author TEXT NOT NULL,"
    " created TEXT NOT NULL, PRIMARY KEY (source_sha256, line, event_id, tag_id)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS event_tags_tag ON event_tags(tag_id)",
    "CREATE TABLE IF NOT EXISTS stars(source_sha256 TEXT NOT NULL, line INTEGER NOT NULL,"
    " event_id TEXT NOT NULL, author TEXT NOT NULL, created TEXT NOT NULL,"
    " PRIMARY KEY (source_sha256, line, event_id)) WITHOUT ROWID",
    // A note on the whole case has no event: its three key columns are NULL.
    "CREATE TABLE IF NOT EXISTS notes(id INTEGER PRIMARY KEY, source_sha256 TEXT, line INTEGER,"
    " event_id TEXT, text TEXT NOT NULL, author TEXT NOT NULL, created TEXT NOT NULL,"
    " changed TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS notes_event ON notes(source_sha256, line, event_id)",
    // The chain of custody: one row per change, never rewritten. action: tag, untag, star,
    // unstar, note, unnote, create-tag...; detail: a JSON object (the tag, the note's text...);
    // event_count: how many events changed; events: which, as a JSON array of
    // {"source": SHA-256, "lines": "2-5,9", "ids": [...]} (ids only for small changes).
    "CREATE TABLE IF NOT EXISTS annotation_log(id INTEGER PRIMARY KEY, at TEXT NOT NULL,"
    " author TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '{}',"
    " event_count INTEGER NOT NULL DEFAULT 0, events TEXT NOT NULL DEFAULT '[]')",
    "CREATE TRIGGER IF NOT EXISTS annotation_log_kept BEFORE UPDATE ON annotation_log BEGIN"
    " SELECT RAISE(ABORT, 'the annotation log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS annotation_log_never_deleted BEFORE DELETE ON annotation_log"
    " BEGIN SELECT RAISE(ABORT, 'the annotation log is append-only'); END",
    // INSERT OR REPLACE would delete a row without the DELETE trigger.
    "CREATE TRIGGER IF NOT EXISTS annotation_log_never_replaced BEFORE INSERT ON annotation_log"
    " WHEN NEW.id IN (SELECT id FROM annotation_log) BEGIN"
    " SELECT RAISE(ABORT, 'the annotation log is append-only'); END",
    // Saved views: a named filter (as the CLI's FILTER arguments, in JSON), its sort and its
    // visible columns.
    "CREATE TABLE IF NOT EXISTS views(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
    " filter TEXT NOT NULL DEFAULT '[]', sort TEXT NOT NULL DEFAULT '', columns TEXT NOT NULL"
    " DEFAULT '[]', author TEXT NOT NULL, created TEXT NOT NULL, changed TEXT NOT NULL)",
    AUDITLENS_PRESET("suspicious", "#E8A317", "Worth a closer look; not yet judged."),
    AUDITLENS_PRESET("malicious", "#D32F2F", "Judged hostile: part of the incident."),
    AUDITLENS_PRESET("benign", "#388E3C", "Looked at and judged harmless."),
    AUDITLENS_PRESET("needs-review", "#1976D2", "Waiting for a second opinion."),
    AUDITLENS_PRESET("false-positive", "#757575",
                     "Flagged by a rule or a colleague, but harmless."),
    AUDITLENS_PRESET("reported", "#7B1FA2", "Reported on (a ticket, a notice or a report)."),
};
#undef AUDITLENS_PRESET
#undef AUDITLENS_NOW

// The findings of the rules last evaluated over the case (see FindingsKeeper). finding_rules:
// one row per rule, in the rule book's order (position), with its parameters as a JSON object,
// its hit count and the times (ns since the epoch, UTC) of its first and last hit (NULL without
// hits); a disabled rule has a row with no hits. finding_hits: the events each rule picked,
// named by identity as the annotations name them (source_sha256, line, event_id). Which rules
// and sources they were evaluated for is meta's findings_fingerprint.
const char *const kFindingStatements[] = {
    "CREATE TABLE IF NOT EXISTS finding_rules(id TEXT PRIMARY KEY, position INTEGER NOT NULL,"
    " title TEXT NOT NULL, severity TEXT NOT NULL, kind TEXT NOT NULL, enabled INTEGER NOT NULL,"
    " parameters TEXT NOT NULL DEFAULT '{}', hits INTEGER NOT NULL DEFAULT 0, first_ns INTEGER,"
    " last_ns INTEGER)",
    "CREATE TABLE IF NOT EXISTS finding_hits(rule_id TEXT NOT NULL, source_sha256 TEXT NOT NULL,"
    " line INTEGER NOT NULL, event_id TEXT NOT NULL,"
    " PRIMARY KEY (rule_id, source_sha256, line, event_id)) WITHOUT ROWID",
};

// How the case changes the shipped findings rules (RuleSettings), one row per rule it changes:
// enabled NULL when the case leaves it as the user's default has it, else 0 or 1; parameters a
// JSON object of the parameters it sets (as a rules file writes them: a list an array, any other
// value a string). author and changed_at (ISO-8601 UTC) say who changed it last; every change is
// also in the annotation log (action rule-settings).
const char *const kRuleSettingsTable =
    "CREATE TABLE IF NOT EXISTS rule_settings(rule_id TEXT PRIMARY KEY, enabled INTEGER,"
    " parameters TEXT NOT NULL DEFAULT '{}', author TEXT NOT NULL, changed_at TEXT NOT NULL)";
} // namespace

const char *Schema::createRuleSettingsTable()
{
    return kRuleSettingsTable;
}

const std::vector<const char *> &Schema::findingStatements()
{
    static const std::vector<const char *> statements(std::begin(kFindingStatements),
                                                      std::end(kFindingStatements));
    return statements;
}

const std::vector<const char *> &Schema::annotationStatements()
{
    static const std::vector<const char *> statements(std::begin(kAnnotationStatements),
                                                      std::end(kAnnotationStatements));
    return statements;
}

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
        kEventLineIndex,
        kDuplicatesTable,
        // Rejected records (no event) and flagged cells (event set). raw: the bytes as read.
        "CREATE TABLE problems("
        " id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, line INTEGER NOT NULL,"
        " offset INTEGER NOT NULL, kind TEXT NOT NULL, severity TEXT NOT NULL, column_name TEXT,"
        " message TEXT NOT NULL, raw BLOB, event INTEGER)",
        "CREATE INDEX problems_event ON problems(event)",
    };
    static const std::vector<const char *> all = [] {
        std::vector<const char *> both = statements;
        both.insert(both.end(), annotationStatements().begin(), annotationStatements().end());
        both.insert(both.end(), findingStatements().begin(), findingStatements().end());
        both.push_back(kRuleSettingsTable);
        return both;
    }();
    return all;
}

const char *Schema::createDuplicatesTable()
{
    return kDuplicatesTable;
}

const char *Schema::createEventLineIndex()
{
    return kEventLineIndex;
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
