// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

namespace auditlens {

// Every SQL statement the case's readers and writers run on its tables, named by what it does,
// next to the schema (schema.h) they depend on: a change of a table is made in models/store/
// alone. Filters are the exception: models/query/ turns them into WHERE clauses.
namespace CaseSql {

// Transactions.
extern const char *const kRollback;
extern const char *const kBeginImmediate;
extern const char *const kCommit;
extern const char *const kBegin;

// The importer: writing sources, events, problems, their dictionaries and duplicate marks.
extern const char *const kInsertEvent;
extern const char *const kInsertProblem;
extern const char *const kInsertEntity;
extern const char *const kInsertAction;
extern const char *const kActions;
extern const char *const kEntities;
extern const char *const kNextEntityId;
extern const char *const kFindEntity;
extern const char *const kFirstSeqOrOne;
extern const char *const kLastSeqOrZero;
extern const char *const kNextSeq;
extern const char *const kCacheSize;
extern const char *const kSmallCacheForImport;
extern const char *const kSmallCacheForIndex;
// Followed by the number of pages (or -KiB).
extern const char *const kSetCacheSizePrefix;
extern const char *const kInsertSource;
extern const char *const kEventIds;
// An event's id and cells, with its duplicate mark, by seq.
extern const char *const kDuplicateCandidate;
extern const char *const kMarkDuplicate;
extern const char *const kUnmarkDuplicate;
extern const char *const kFinishSource;

// The viewer's index: reading what it is built from, its fingerprint, and keeping it.
extern const char *const kSourceDigests;
extern const char *const kActionsById;
extern const char *const kDuplicateMarks;
extern const char *const kFirstSeq;
extern const char *const kLastSeq;
extern const char *const kLastEntityId;
extern const char *const kHasViewerIndex;
extern const char *const kViewerIndexSize;
extern const char *const kViewerIndexRows;
extern const char *const kSavepointStoreIndex;
extern const char *const kDeleteViewerIndex;
extern const char *const kReleaseStoreIndex;
extern const char *const kRollbackStoreIndex;
extern const char *const kInsertViewerIndexRow;
extern const char *const kIndexableSourceIds;
extern const char *const kIndexableActionIds;
extern const char *const kPageCount;
extern const char *const kPageSize;
extern const char *const kIndexableActions;
extern const char *const kIndexableEntities;
extern const char *const kActionName;
extern const char *const kEntityIdAndName;
// The request id of the event with seq ?1 (NULL: none).
extern const char *const kRequestIdBySeq;
// Every event with its duplicate marks (IndexedRow's columns), in seq order.
extern const char *const kIndexedEvents;
// The same from seq ?1 on, at most ?2 of them.
extern const char *const kIndexedEventsFrom;

// Sources and their coverage (SourceCoverage), and removing a source (SourceRemoval).
// Each source's events: how many, the earliest and latest time (ns).
extern const char *const kSourceSpans;
// Every copy of a duplicate group: its seq, source, id and kind, grouped by id.
extern const char *const kDuplicateCopies;
// Every copy of the duplicate groups that hold an event of source ?1 (seq, id, source), grouped
// by id.
extern const char *const kCopiesSharingWithSource;
extern const char *const kDeleteSourceMarks;
extern const char *const kDeleteSourceEvents;
extern const char *const kDeleteSourceProblems;
extern const char *const kDeleteSource;
extern const char *const kDeleteUnusedActions;
extern const char *const kDeleteUnusedEntities;

// The viewer: whole events and dictionary values by id.
extern const char *const kEntitiesContaining;
extern const char *const kEventRowBySeq;
extern const char *const kEntityById;
extern const char *const kSourceFileNames;

// Exports: the selection's keys and the rows it writes (pieces joined by ExportCursor).
// Followed by kExportEntityColumns (optional), kExportFromEvents, kExportDuplicatesJoin,
// kExportEntityJoins (optional) and kExportSeqRange or kExportOneSeq.
extern const char *const kExportEventColumns;
extern const char *const kExportEntityColumns;
extern const char *const kExportEntityJoins;
extern const char *const kExportFromEvents;
extern const char *const kExportDuplicatesJoin;
extern const char *const kExportSeqRange;
extern const char *const kExportOneSeq;
// Followed by a WHERE condition.
extern const char *const kExportKeysWhere;
// The condition for one event by seq.
extern const char *const kExportKeyBySeq;
extern const char *const kJsonExtraKeys;

// Reports: each kept finding's event (rule id, seq, time), named by its identity as the
// annotations name an event.
extern const char *const kFindingHitSeqs;

} // namespace CaseSql

} // namespace auditlens
