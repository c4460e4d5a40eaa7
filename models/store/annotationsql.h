// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

namespace auditlens {

// The statements the annotation store runs on the annotation tables (schema.h), named by what
// they do, kept in models/store/ beside the schema as CaseSql is.
//
// A change works on two temporary tables of its connection: annotation_selection (the seqs it
// is about) and annotation_changed (the identities of the events it changes). Parameters: ?1 the
// tag id or the note's text, ?2 the author, ?3 the time.
namespace AnnotationSql {

extern const char *const kPrepareChange;
extern const char *const kSelectSeq;
extern const char *const kChangedKeys;

extern const char *const kTagByName;
extern const char *const kInsertTag;
extern const char *const kUpdateTag;
extern const char *const kInsertLog;

// Each change: the events it changes (into annotation_changed), then what it does to them.
extern const char *const kMarkUntagged;
extern const char *const kInsertEventTags;
extern const char *const kMarkTagged;
extern const char *const kDeleteEventTags;
extern const char *const kMarkUnstarred;
extern const char *const kInsertStars;
extern const char *const kMarkStarred;
extern const char *const kDeleteStars;
extern const char *const kMarkAll;
extern const char *const kUpdateNotes;
extern const char *const kInsertNotes;
extern const char *const kMarkNoted;
extern const char *const kDeleteNotes;
extern const char *const kUpdateCaseNote;
extern const char *const kInsertCaseNote;
extern const char *const kDeleteCaseNote;
// A view: ?1 a JSON object with its name, filter, sort and columns; saving keeps created.
extern const char *const kSaveView;
extern const char *const kDeleteView;

// Reading: tags with the number of events of the case that carry them, stars, notes and the
// log, each with the seq of its event when the event is in the case (NULL otherwise).
extern const char *const kTags;
extern const char *const kStars;
extern const char *const kNotes;
extern const char *const kLog;
extern const char *const kViews;

// Exports: whether the case file itself has the annotation tables (a case of an older format
// opened read-only has only empty temporary ones), then the annotations of the events in the
// case, each with its source's number in this case: tag names, stars, and the event notes in
// the order they were written.
extern const char *const kHasAnnotationTables;
extern const char *const kExportTags;
extern const char *const kExportStars;
extern const char *const kExportNotes;
// Appended to a condition on events AS e: only the events that carry a tag, a star or a note.
extern const char *const kExportAnnotatedOnly;
// The events of the case at the lines annotations name, for the index's marks (AnnotationMarks):
// each row (tag name or NULL, source_sha256, line, event_id, seq), the rows of one annotation
// next to each other. Read off events_line alone: the event's id, in the table, is compared only
// where a line holds several events (kEventIdOf).
extern const char *const kMarkTags;
extern const char *const kMarkStars;
extern const char *const kMarkNotes;
extern const char *const kEventIdOf;

} // namespace AnnotationSql

} // namespace auditlens
