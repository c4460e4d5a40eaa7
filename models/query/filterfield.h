// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "eventrow.h"

#include <QString>
#include <QStringList>

#include <array>

namespace auditlens {

enum class IndexField; // models/index/eventindex.h: the in-memory column a field reads
struct Filter;

// The fields a filter names values of. Each has one entry in the descriptor table
// (filterfield.cpp); every consumer (the index query, the SQL query, the facets, the filter bar,
// the CLI, the filter in words) loops over that table instead of naming the fields one by one.
// Adding a field: docs/architecture.md.
enum class FilterField {
    Action,
    Actor,
    Target,
    Scope,
    Ip,
    Organization,
    Account,
    Request,
    Source,
    // The analyst's annotations (see AnnotationMarks): a tag, a star, a note on the event.
    Tag,
    Starred,
    Noted,
    // The findings kept in the case: the rules whose hits the event is among.
    Finding
};
constexpr int kFilterFieldCount = 13;
// The fields the index's pass reads and counts come first: Action .. Scope, in the order of
// IndexField (they have facets and value pickers). The others are read off columns of their own
// (see ColumnConditions).
constexpr int kCodedFilterFieldCount = 4;
constexpr std::array<FilterField, kFilterFieldCount> kFilterFields = {
    FilterField::Action, FilterField::Actor,        FilterField::Target,  FilterField::Scope,
    FilterField::Ip,     FilterField::Organization, FilterField::Account, FilterField::Request,
    FilterField::Source, FilterField::Tag,          FilterField::Starred, FilterField::Noted,
    FilterField::Finding};
// Whether the index's pass reads and counts the field (it has a facet and a picker); the others
// are narrowed by ColumnConditions.
constexpr bool isCodedField(FilterField field)
{
    return int(field) < kCodedFilterFieldCount;
}

// How a field's values are matched against an event.
enum class FieldMatch {
    // A dictionary-coded name; "a.b.*" is the family a.b and everything below it. '-' and '.'
    // are one separator (workflow.job.start also names workflow-job-start; see ActionSpelling).
    ActionName,
    Entity,  // a dictionary-coded entity, named by its id or its name
    Address, // an IP address or a CIDR block (10.0.0.0/8, 2001:db8::/32), compared as addresses
    Text,    // the stored text exactly (a request id)
    Number,  // a whole number exactly (a source's number)
    TagName, // an analyst's tag, or a findings rule, by its name exactly; "*" is any of them
    Mark     // a mark an event has or has not (a star, a note): its one value is "yes"
};

// The value of a Mark field's condition, and the TagName value that names every tag.
inline QString markValue()
{
    return QStringLiteral("yes");
}
inline QString anyTagValue()
{
    return QStringLiteral("*");
}

struct FilterFieldInfo
{
    FilterField field;
    const char *name;      // in the filter in words: "action" (translated in "FilterField")
    const char *cliOption; // the CLI's repeatable option: --action (a Mark's takes no value)
    const char *cliHelp;   // its help, translated in the context "FilterField"
    // The CLI's option that leaves out what cliOption keeps, or null: --untagged is the
    // exclusion of every tag, --unstarred of the star.
    const char *cliNegation;
    const char *cliNegationHelp;
    const char *title; // the UI's title, translated in the context "FilterField"
    FieldMatch match;
    IndexField indexField; // the index column it reads
    // The events column it maps to (a code into actions or entities); for an annotation, the
    // table that holds it.
    const char *sqlColumn;
    // The stored event's value that names it in a filter (null for the annotations, which are
    // not part of the event).
    QString EventRow::*key;
};

const FilterFieldInfo &filterFieldInfo(FilterField field);
// The translated title ("Actor").
QString filterFieldTitle(FilterField field);
// The field that reads this index column, if any (success is not a filter field).
bool filterFieldOf(IndexField indexField, FilterField *field);

// The condition on one field: an event passes when its value is one of include (or include is
// empty) and none of exclude.
struct FieldCondition
{
    QStringList include;
    QStringList exclude;

    bool isEmpty() const { return include.isEmpty() && exclude.isEmpty(); }
    bool operator==(const FieldCondition &other) const
    {
        return include == other.include && exclude == other.exclude;
    }
    bool operator!=(const FieldCondition &other) const { return !(*this == other); }
};

} // namespace auditlens
