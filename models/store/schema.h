// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <vector>

namespace auditlens {

// The case file's schema, in one place: its version and the statements that make its tables,
// which name every table and column (CaseStore checks an opened case against them).
namespace Schema {

// 2: duplicate marks moved from events into their own table.
// 3: events gained organization, account, ip, ip_key and client_trace_id (today's exports).
// 4: the analyst's annotations (tags, event_tags, stars, notes, annotation_log) and saved views.
// 5: events are found by their place in their source (events_line), as annotations name them.
// 6: the findings kept in the case (finding_rules, finding_hits).
// 7: the case's own settings of the findings rules (rule_settings).
constexpr int kVersion = 7;
constexpr int kApplicationId = 0x414c4e53; // "ALNS"

// The statements that make a new case, in order.
const std::vector<const char *> &createStatements();
// The annotation tables, their indexes, the log's guards and the preset tags, in order (a case
// of version 3 or older gains them when brought up to date). Each is written "CREATE TABLE IF
// NOT EXISTS", "CREATE INDEX IF NOT EXISTS", "CREATE TRIGGER IF NOT EXISTS" or "INSERT OR
// IGNORE", so that a read-only case can have them as temporary tables by inserting TEMP.
const std::vector<const char *> &annotationStatements();
// The findings tables (finding_rules, finding_hits), in order (a case of version 5 or older gains
// them when brought up to date). Each is written "CREATE TABLE IF NOT EXISTS", so that a
// read-only case can have them as temporary tables by inserting TEMP.
const std::vector<const char *> &findingStatements();
// The case's rule settings (a case of version 6 or older gains the table, empty, when brought up to
// date). Written "CREATE TABLE IF NOT EXISTS", as findingStatements().
const char *createRuleSettingsTable();
// The duplicates table alone (a case of version 1 gains it when brought up to date).
const char *createDuplicatesTable();
// The index that finds an event by its source and line, as an annotation names it (a case of
// version 4 or older gains it when brought up to date).
const char *createEventLineIndex();
// The viewer's kept index, made when the index is first kept (cases written before it lack it).
const char *createViewerIndexTable();
// The index the importer adds once its entity dictionary is full, to look entities up by text.
const char *createEntityTextIndex();

} // namespace Schema

} // namespace auditlens
