// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "annotationsql.h"

namespace auditlens {

// The identity of each selected event that is in the case.
#define AUDITLENS_SELECTED_KEYS                                                                    \
    "INSERT INTO temp.annotation_changed(source_sha256, line, event_id)"                           \
    " SELECT s.sha256, e.line, e.event_id FROM temp.annotation_selection AS x"                     \
    " JOIN events AS e ON e.seq = x.seq JOIN sources AS s ON s.id = e.source_id"
#define AUDITLENS_SAME_KEY(t)                                                                      \
    t ".source_sha256 = s.sha256 AND " t ".line = e.line AND " t ".event_id = e.event_id"
#define AUDITLENS_CHANGED_KEYS                                                                     \
    "(source_sha256, line, event_id) IN (SELECT source_sha256, line, event_id FROM"                \
    " temp.annotation_changed)"
// The seq of the event an annotation (alias a) names, when it is in the case.
#define AUDITLENS_EVENT_OF(a)                                                                      \
    " LEFT JOIN sources AS s ON s.sha256 = " a ".source_sha256 LEFT JOIN events AS e ON"           \
    " e.source_id = s.id AND e.line = " a ".line AND e.event_id = " a ".event_id"

const char *const AnnotationSql::kPrepareChange =
    "CREATE TEMP TABLE IF NOT EXISTS annotation_selection(seq INTEGER PRIMARY KEY);"
    "CREATE TEMP TABLE IF NOT EXISTS annotation_changed(source_sha256 TEXT NOT NULL,"
    " line INTEGER NOT NULL, event_id TEXT NOT NULL);"
    "DELETE FROM temp.annotation_selection; DELETE FROM temp.annotation_changed";
const char *const AnnotationSql::kSelectSeq =
    "INSERT OR IGNORE INTO temp.annotation_selection(seq) VALUES (?)";
const char *const AnnotationSql::kChangedKeys =
    "SELECT source_sha256, line, event_id FROM temp.annotation_changed"
    " ORDER BY source_sha256, line";

const char *const AnnotationSql::kTagByName =
    "SELECT id, color, description FROM tags WHERE name = ?";
const char *const AnnotationSql::kInsertTag =
    "INSERT INTO tags(name, color, description, preset, author, created, changed)"
    " VALUES (?1, ?2, ?3, 0, ?4, ?5, ?5)";
const char *const AnnotationSql::kUpdateTag =
    "UPDATE tags SET color = ?2, description = ?3, changed = ?4 WHERE id = ?1";
const char *const AnnotationSql::kInsertLog =
    "INSERT INTO annotation_log(at, author, action, detail, event_count, events)"
    " VALUES (?, ?, ?, ?, ?, ?)";

const char *const AnnotationSql::kMarkUntagged =
    AUDITLENS_SELECTED_KEYS " WHERE NOT EXISTS (SELECT 1 FROM event_tags AS t WHERE"
                            " " AUDITLENS_SAME_KEY("t") " AND t.tag_id = ?1)";
const char *const AnnotationSql::kInsertEventTags =
    "INSERT INTO event_tags(source_sha256, line, event_id, tag_id, author, created)"
    " SELECT source_sha256, line, event_id, ?1, ?2, ?3 FROM temp.annotation_changed";
const char *const AnnotationSql::kMarkTagged =
    AUDITLENS_SELECTED_KEYS " WHERE EXISTS (SELECT 1 FROM event_tags AS t WHERE"
                            " " AUDITLENS_SAME_KEY("t") " AND t.tag_id = ?1)";
const char *const AnnotationSql::kDeleteEventTags =
    "DELETE FROM event_tags WHERE tag_id = ?1 AND " AUDITLENS_CHANGED_KEYS;
const char *const AnnotationSql::kMarkUnstarred =
    AUDITLENS_SELECTED_KEYS " WHERE NOT EXISTS (SELECT 1 FROM stars AS t WHERE"
                            " " AUDITLENS_SAME_KEY("t") ")";
const char *const AnnotationSql::kInsertStars =
    "INSERT INTO stars(source_sha256, line, event_id, author, created)"
    " SELECT source_sha256, line, event_id, ?2, ?3 FROM temp.annotation_changed";
const char *const AnnotationSql::kMarkStarred =
    AUDITLENS_SELECTED_KEYS " WHERE EXISTS (SELECT 1 FROM stars AS t WHERE"
                            " " AUDITLENS_SAME_KEY("t") ")";
const char *const AnnotationSql::kDeleteStars = "DELETE FROM stars WHERE " AUDITLENS_CHANGED_KEYS;
const char *const AnnotationSql::kMarkAll = AUDITLENS_SELECTED_KEYS;
const char *const AnnotationSql::kUpdateNotes =
    "UPDATE notes SET text = ?1, changed = ?3 WHERE author = ?2 AND " AUDITLENS_CHANGED_KEYS;
const char *const AnnotationSql::kInsertNotes =
    "INSERT INTO notes(source_sha256, line, event_id, text, author, created, changed)"
    " SELECT c.source_sha256, c.line, c.event_id, ?1, ?2, ?3, ?3 FROM temp.annotation_changed"
    " AS c WHERE NOT EXISTS (SELECT 1 FROM notes AS n WHERE n.author = ?2 AND"
    " n.source_sha256 = c.source_sha256 AND n.line = c.line AND n.event_id = c.event_id)";
const char *const AnnotationSql::kMarkNoted =
    AUDITLENS_SELECTED_KEYS " WHERE EXISTS (SELECT 1 FROM notes AS t WHERE"
                            " " AUDITLENS_SAME_KEY("t") " AND t.author = ?2)";
const char *const AnnotationSql::kDeleteNotes =
    "DELETE FROM notes WHERE author = ?2 AND " AUDITLENS_CHANGED_KEYS;
const char *const AnnotationSql::kUpdateCaseNote =
    "UPDATE notes SET text = ?1, changed = ?3 WHERE source_sha256 IS NULL AND author = ?2";
const char *const AnnotationSql::kInsertCaseNote =
    "INSERT INTO notes(text, author, created, changed) SELECT ?1, ?2, ?3, ?3 WHERE NOT EXISTS"
    " (SELECT 1 FROM notes WHERE source_sha256 IS NULL AND author = ?2)";
const char *const AnnotationSql::kDeleteCaseNote =
    "DELETE FROM notes WHERE source_sha256 IS NULL AND author = ?2";
const char *const AnnotationSql::kSaveView =
    "INSERT INTO views(name, filter, sort, columns, author, created, changed)"
    " VALUES (json_extract(?1, '$.name'), json_extract(?1, '$.filter'), json_extract(?1, '$.sort'),"
    " json_extract(?1, '$.columns'), ?2, ?3, ?3) ON CONFLICT(name) DO UPDATE SET"
    " filter = excluded.filter, sort = excluded.sort, columns = excluded.columns,"
    " author = excluded.author, changed = excluded.changed";
const char *const AnnotationSql::kDeleteView =
    "DELETE FROM views WHERE name = json_extract(?1, '$.name')";

const char *const AnnotationSql::kTags =
    "SELECT t.id, t.name, t.color, t.description, t.preset, t.author, t.created, t.changed,"
    " (SELECT count(*) FROM event_tags AS et JOIN sources AS s ON s.sha256 = et.source_sha256"
    " WHERE et.tag_id = t.id) FROM tags AS t ORDER BY t.preset DESC, t.id";
const char *const AnnotationSql::kStars =
    "SELECT a.source_sha256, a.line, a.event_id, a.author, a.created, e.seq FROM stars AS "
    "a" AUDITLENS_EVENT_OF("a") " ORDER BY a.created, a.source_sha256, a.line";
const char *const AnnotationSql::kNotes =
    "SELECT a.id, a.source_sha256, a.line, a.event_id, a.text, a.author, a.created, a.changed,"
    " e.seq FROM notes AS a" AUDITLENS_EVENT_OF("a") " ORDER BY a.source_sha256 IS NOT NULL, a.id";
const char *const AnnotationSql::kLog =
    "SELECT id, at, author, action, detail, event_count, events FROM annotation_log ORDER BY id";
const char *const AnnotationSql::kViews =
    "SELECT id, name, filter, sort, columns, author, created, changed FROM views ORDER BY name";

const char *const AnnotationSql::kHasAnnotationTables =
    "SELECT count(*) FROM main.sqlite_master WHERE type = 'table' AND name = 'annotation_log'";
const char *const AnnotationSql::kExportTags =
    "SELECT s.id, a.line, a.event_id, t.name FROM event_tags AS a JOIN sources AS s ON"
    " s.sha256 = a.source_sha256 JOIN tags AS t ON t.id = a.tag_id";
const char *const AnnotationSql::kExportStars =
    "SELECT s.id, a.line, a.event_id FROM stars AS a JOIN sources AS s ON"
    " s.sha256 = a.source_sha256";
const char *const AnnotationSql::kExportNotes =
    "SELECT s.id, a.line, a.event_id, a.text, a.author, a.created, a.changed FROM notes AS a"
    " JOIN sources AS s ON s.sha256 = a.source_sha256 ORDER BY a.created, a.id";
// The identities annotated, deduplicated, then their events in the case: few beside the events,
// so the seqs drive the export's read by the primary key instead of probing every event.
const char *const AnnotationSql::kExportAnnotatedOnly =
    " AND e.seq IN (SELECT v.seq FROM (SELECT source_sha256, line, event_id FROM event_tags"
    " UNION SELECT source_sha256, line, event_id FROM stars UNION SELECT source_sha256, line,"
    " event_id FROM notes WHERE source_sha256 IS NOT NULL) AS a JOIN sources AS s ON"
    " s.sha256 = a.source_sha256 JOIN events AS v ON v.source_id = s.id AND v.line = a.line AND"
    " v.event_id = a.event_id)";

// The events at the line each row of an annotation table (alias a) names, in the case.
#define AUDITLENS_MARKED(table)                                                                    \
    " a.source_sha256, a.line, a.event_id, e.seq FROM " table " AS a JOIN sources AS s ON"         \
    " s.sha256 = a.source_sha256 JOIN events AS e ON e.source_id = s.id AND e.line = a.line"
const char *const AnnotationSql::kMarkTags = "SELECT t.name," AUDITLENS_MARKED(
    "event_tags") " JOIN tags AS t ON t.id = a.tag_id ORDER BY 2, 3, 4, 1";
const char *const AnnotationSql::kMarkStars =
    "SELECT NULL," AUDITLENS_MARKED("stars") " ORDER BY 2, 3, 4";
const char *const AnnotationSql::kMarkNotes =
    "SELECT NULL," AUDITLENS_MARKED("notes") " ORDER BY 2, 3, 4";
const char *const AnnotationSql::kEventIdOf = "SELECT event_id FROM events WHERE seq = ?";

#undef AUDITLENS_MARKED
#undef AUDITLENS_SELECTED_KEYS
#undef AUDITLENS_SAME_KEY
#undef AUDITLENS_CHANGED_KEYS
#undef AUDITLENS_EVENT_OF

} // namespace auditlens
