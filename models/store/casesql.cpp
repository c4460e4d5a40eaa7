// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "casesql.h"

#include "duplicatekind.h"

namespace auditlens {

// The duplicate kind of an event, DuplicateKind::None for one without a row in duplicates.
#define AUDITLENS_DUPLICATE_KIND "coalesce(d.kind, 0)"
static_assert(int(DuplicateKind::None) == 0, "AUDITLENS_DUPLICATE_KIND names None as 0");

// Every event with its duplicate marks, as IndexedRow reads them.
#define AUDITLENS_INDEXED_EVENTS                                                                   \
    "SELECT e.seq, e.source_id, e.offset, e.occurred_ns, e.action_id, e.actor, e.target,"          \
    " e.scope, e.success, e.flags, d.seq IS NOT NULL, d.kind, d.count, d.rank, e.event_id,"        \
    " e.organization, e.account, e.ip_key, e.request_id"                                           \
    " FROM events AS e LEFT JOIN duplicates AS d ON d.seq = e.seq"

// Transactions.
const char *const CaseSql::kRollback = "ROLLBACK";
const char *const CaseSql::kBeginImmediate = "BEGIN IMMEDIATE";
const char *const CaseSql::kCommit = "COMMIT";
const char *const CaseSql::kBegin = "BEGIN";

// The importer: writing sources, events, problems, their dictionaries and duplicate marks.
const char *const CaseSql::kInsertEvent =
    "INSERT INTO events(seq, source_id, line, offset, event_id, action_id, actor,"
    " target, scope, success, occurred_ns, request_id, flags, occurred_at,"
    " success_text, version, actor_json, target_json, scope_json, payload,"
    " metadata, request, extra, organization, account, ip, ip_key, client_trace_id)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
const char *const CaseSql::kInsertProblem =
    "INSERT INTO problems(source_id, line, offset, kind, severity, column_name,"
    " message, raw, event) VALUES (?,?,?,?,?,?,?,?,?)";
const char *const CaseSql::kInsertEntity =
    "INSERT INTO entities(id, ext_id, type, name) VALUES (?,?,?,?)";
const char *const CaseSql::kInsertAction = "INSERT INTO actions(id, name) VALUES (?,?)";
const char *const CaseSql::kActions = "SELECT id, name FROM actions";
const char *const CaseSql::kEntities = "SELECT id, ext_id, type, name FROM entities";
const char *const CaseSql::kNextEntityId = "SELECT coalesce(max(id), 0) + 1 FROM entities";
const char *const CaseSql::kFindEntity =
    "SELECT id FROM entities WHERE ext_id = ? AND type = ? AND name = ?";
const char *const CaseSql::kFirstSeqOrOne = "SELECT coalesce(min(seq), 1) FROM events";
const char *const CaseSql::kLastSeqOrZero = "SELECT coalesce(max(seq), 0) FROM events";
const char *const CaseSql::kNextSeq = "SELECT coalesce(max(seq), 0) + 1 FROM events";
const char *const CaseSql::kCacheSize = "PRAGMA cache_size";
const char *const CaseSql::kSmallCacheForImport = "PRAGMA cache_size=-8192";
const char *const CaseSql::kSmallCacheForIndex = "PRAGMA cache_size=-4096";
const char *const CaseSql::kSetCacheSizePrefix = "PRAGMA cache_size=";
const char *const CaseSql::kInsertSource =
    "INSERT INTO sources(path, file_name, bytes, modified, sha256, format,"
    " imported_at, app_version) VALUES (?,?,?,?,?,?,?,?)";
const char *const CaseSql::kEventIds =
    "SELECT seq, event_id FROM events WHERE event_id <> '' ORDER BY seq";
const char *const CaseSql::kDuplicateCandidate =
    "SELECT e.event_id, e.action_id, e.occurred_at, e.success_text, e.version,"
    " e.actor_json, e.target_json, e.scope_json, e.payload, e.metadata, e.request,"
    " e.extra, " AUDITLENS_DUPLICATE_KIND ", coalesce(d.count, 1), coalesce(d.rank, 1) FROM"
    " events AS e LEFT JOIN duplicates AS d ON d.seq = e.seq WHERE e.seq = ?";
const char *const CaseSql::kMarkDuplicate =
    "INSERT OR REPLACE INTO duplicates(seq, kind, count, rank) VALUES (?,?,?,?)";
const char *const CaseSql::kUnmarkDuplicate = "DELETE FROM duplicates WHERE seq = ?";
const char *const CaseSql::kFinishSource =
    "UPDATE sources SET sha256 = ?, header = ?, records = ?, imported = ?,"
    " rejected = ?, flagged = ?, blank_lines = ?, import_ms = ? WHERE id = ?";

// The viewer's index: reading what it is built from, its fingerprint, and keeping it.
const char *const CaseSql::kSourceDigests = "SELECT id, sha256, imported FROM sources ORDER BY id";
const char *const CaseSql::kActionsById = "SELECT id, name FROM actions ORDER BY id";
const char *const CaseSql::kDuplicateMarks =
    "SELECT seq, kind, count, rank FROM duplicates ORDER BY seq";
const char *const CaseSql::kFirstSeq = "SELECT min(seq) FROM events";
const char *const CaseSql::kLastSeq = "SELECT max(seq) FROM events";
const char *const CaseSql::kLastEntityId = "SELECT max(id) FROM entities";
const char *const CaseSql::kHasViewerIndex =
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'viewer_index'";
const char *const CaseSql::kViewerIndexSize =
    "SELECT count(*), coalesce(sum(length(data)), 0) FROM viewer_index WHERE name"
    " GLOB 'events.[0-9]*'";
const char *const CaseSql::kViewerIndexRows =
    "SELECT name, fingerprint, data FROM viewer_index WHERE name GLOB"
    " 'events.[0-9]*' ORDER BY name";
const char *const CaseSql::kSavepointStoreIndex = "SAVEPOINT store_index";
const char *const CaseSql::kDeleteViewerIndex =
    "DELETE FROM viewer_index WHERE name = 'events' OR name GLOB 'events.*'";
const char *const CaseSql::kReleaseStoreIndex = "RELEASE store_index";
const char *const CaseSql::kRollbackStoreIndex = "ROLLBACK TO store_index";
const char *const CaseSql::kInsertViewerIndexRow =
    "INSERT INTO viewer_index(name, fingerprint, data) VALUES (?, ?, ?)";
const char *const CaseSql::kIndexableSourceIds =
    "SELECT id FROM sources WHERE id BETWEEN 1 AND 65535 ORDER BY id";
const char *const CaseSql::kIndexableActionIds =
    "SELECT id FROM actions WHERE id BETWEEN 1 AND 4294967295 ORDER BY id";
const char *const CaseSql::kPageCount = "PRAGMA page_count";
const char *const CaseSql::kPageSize = "PRAGMA page_size";
const char *const CaseSql::kIndexableActions =
    "SELECT id, name FROM actions WHERE id BETWEEN 1 AND 4294967295";
const char *const CaseSql::kIndexableEntities =
    "SELECT id, ext_id, name FROM entities WHERE id BETWEEN 1 AND 4294967295 ORDER"
    " BY id";
const char *const CaseSql::kActionName = "SELECT name FROM actions WHERE id = ?1";
const char *const CaseSql::kEntityIdAndName = "SELECT ext_id, name FROM entities WHERE id = ?1";
const char *const CaseSql::kRequestIdBySeq = "SELECT request_id FROM events WHERE seq = ?1";
const char *const CaseSql::kIndexedEvents = AUDITLENS_INDEXED_EVENTS " ORDER BY e.seq";
const char *const CaseSql::kIndexedEventsFrom =
    AUDITLENS_INDEXED_EVENTS " WHERE e.seq >= ?1 ORDER BY e.seq LIMIT ?2";

// Sources and their coverage, and removing a source.
const char *const CaseSql::kSourceSpans =
    "SELECT source_id, count(*), min(occurred_ns), max(occurred_ns) FROM events"
    " GROUP BY source_id";
const char *const CaseSql::kDuplicateCopies =
    "SELECT d.seq, e.source_id, e.event_id, d.kind FROM duplicates AS d JOIN events AS e"
    " ON e.seq = d.seq ORDER BY e.event_id, d.seq";
const char *const CaseSql::kCopiesSharingWithSource =
    "SELECT d.seq, e.event_id, e.source_id FROM duplicates AS d JOIN events AS e ON e.seq = d.seq"
    " WHERE e.event_id IN (SELECT o.event_id FROM duplicates AS od JOIN events AS o"
    " ON o.seq = od.seq WHERE o.source_id = ?1) ORDER BY e.event_id, d.seq";
const char *const CaseSql::kDeleteSourceMarks =
    "DELETE FROM duplicates WHERE seq IN (SELECT seq FROM events WHERE source_id = ?1)";
const char *const CaseSql::kDeleteSourceEvents = "DELETE FROM events WHERE source_id = ?1";
const char *const CaseSql::kDeleteSourceProblems = "DELETE FROM problems WHERE source_id = ?1";
const char *const CaseSql::kDeleteSource = "DELETE FROM sources WHERE id = ?1";
const char *const CaseSql::kDeleteUnusedActions =
    "DELETE FROM actions WHERE id NOT IN (SELECT DISTINCT action_id FROM events)";
// An entity no event names any more (its source was removed).
const char *const CaseSql::kDeleteUnusedEntities =
    "DELETE FROM entities WHERE id NOT IN (SELECT actor FROM events WHERE actor IS NOT NULL"
    " UNION SELECT target FROM events WHERE target IS NOT NULL"
    " UNION SELECT scope FROM events WHERE scope IS NOT NULL"
    " UNION SELECT organization FROM events WHERE organization IS NOT NULL"
    " UNION SELECT account FROM events WHERE account IS NOT NULL)";

// The viewer: whole events and dictionary values by id.
const char *const CaseSql::kEntitiesContaining =
    "SELECT id FROM entities WHERE instr(lower(name), lower(?1)) > 0 OR"
    " instr(lower(ext_id), lower(?1)) > 0";
const char *const CaseSql::kEventRowBySeq =
    "SELECT e.seq, e.source_id, e.line, e.offset, e.event_id, a.name, ac.ext_id,"
    " ac.type, ac.name, t.ext_id, t.type, t.name, sc.ext_id, sc.type, sc.name,"
    " e.success, e.occurred_ns, e.request_id, e.flags, " AUDITLENS_DUPLICATE_KIND ","
    " coalesce(d.count, 1), coalesce(d.rank, 1), e.occurred_at, e.success_text,"
    " e.version, e.actor_json, e.target_json, e.scope_json, e.payload, e.metadata,"
    " e.request, e.extra, e.ip, o.ext_id, o.name, ao.ext_id, ao.name, e.client_trace_id"
    " FROM events AS e JOIN actions AS a ON a.id = e.action_id"
    " LEFT JOIN duplicates AS d ON d.seq = e.seq LEFT JOIN entities AS ac ON ac.id"
    " = e.actor LEFT JOIN entities AS t ON t.id = e.target LEFT JOIN entities AS sc"
    " ON sc.id = e.scope LEFT JOIN entities AS o ON o.id = e.organization"
    " LEFT JOIN entities AS ao ON ao.id = e.account WHERE e.seq = ?";
const char *const CaseSql::kEntityById = "SELECT ext_id, name FROM entities WHERE id = ?";
const char *const CaseSql::kSourceFileNames = "SELECT id, file_name FROM sources";

// Exports: the selection's keys and the rows it writes (pieces joined by ExportCursor).
const char *const CaseSql::kExportEventColumns =
    "SELECT e.seq, e.source_id, e.line, e.event_id, e.action_id, e.success,"
    " e.occurred_ns, " AUDITLENS_DUPLICATE_KIND ", coalesce(d.count, 1), e.flags,"
    " e.occurred_at, e.success_text, e.version, e.actor_json, e.target_json,"
    " e.scope_json, e.payload, e.metadata, e.request, e.extra";
const char *const CaseSql::kExportEntityColumns =
    ", ac.ext_id, ac.type, ac.name, t.ext_id, t.type, t.name, sc.ext_id, sc.type,"
    " sc.name";
const char *const CaseSql::kExportEntityJoins =
    " LEFT JOIN entities AS ac ON ac.id = e.actor LEFT JOIN entities AS t ON"
    " t.id = e.target LEFT JOIN entities AS sc ON sc.id = e.scope";
const char *const CaseSql::kExportFromEvents = " FROM events AS e";
const char *const CaseSql::kExportDuplicatesJoin = " LEFT JOIN duplicates AS d ON d.seq = e.seq";
const char *const CaseSql::kExportSeqRange = " WHERE e.seq BETWEEN ?1 AND ?2 ORDER BY e.seq";
const char *const CaseSql::kExportOneSeq = " WHERE e.seq = ?1";
const char *const CaseSql::kExportKeysWhere =
    "SELECT e.seq, e.occurred_ns, e.source_id, e.line, e.actor, e.target,"
    " e.action_id, coalesce(d.count, 1), e.flags, " AUDITLENS_DUPLICATE_KIND " FROM events"
    " AS e LEFT JOIN duplicates AS d ON d.seq = e.seq WHERE ";
const char *const CaseSql::kExportKeyBySeq = "e.seq = ?";
const char *const CaseSql::kJsonExtraKeys =
    "SELECT key, max(n) FROM (SELECT j.key AS key, count(*) AS n FROM events AS e,"
    " json_each(e.extra) AS j WHERE e.source_id = ? AND e.extra IS NOT NULL GROUP"
    " BY e.seq, j.key) GROUP BY key ORDER BY key";

const char *const CaseSql::kFindingHitSeqs =
    "SELECT a.rule_id, e.seq, e.occurred_ns FROM finding_hits AS a JOIN sources AS s ON s.sha256 ="
    " a.source_sha256 JOIN events AS e ON e.source_id = s.id AND e.line = a.line AND"
    " e.event_id = a.event_id";

#undef AUDITLENS_INDEXED_EVENTS
#undef AUDITLENS_DUPLICATE_KIND

} // namespace auditlens
