// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../parsing/eventsuccess.h"
#include "filterfield.h"
#include "jsoncondition.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace auditlens {

enum class DuplicateFilter {
    All,          // no condition
    Duplicates,   // events whose id appears more than once
    Exact,        // copies in exact duplicate groups
    Conflicting,  // copies in groups whose copies differ
    Unique,       // events whose id appears once
    CollapseExact // every event, but each exact group counted once (its first copy)
};

const char *duplicateFilterName(DuplicateFilter filter);
bool duplicateFilterFromName(const QString &name, DuplicateFilter *filter);

// Which events by their success column. The values are the column's (EventSuccess), so a combo
// box's item data or a bound SQL value is the enum's number.
enum class SuccessFilter {
    Any = -1,                            // no condition
    Failed = int(EventSuccess::False),   // success = false
    Succeeded = int(EventSuccess::True), // success = true
};

// Whether an event's success passes the condition.
bool successPasses(SuccessFilter filter, EventSuccess success);

// What the user asked to see. Fields combine with AND; values within one field with OR.
// Actions ending in ".*" match a family (`context.*`), with '-' and '.' as one separator
// (`workflow.*` matches workflow-job-start); actors, targets and scopes match an id or a name.
// Times are UTC nanoseconds, both bounds inclusive.
struct Filter
{
    // One condition per field, in the order of FilterField.
    std::array<FieldCondition, kFilterFieldCount> fields;
    SuccessFilter success = SuccessFilter::Any;
    bool hasFrom = false;
    qint64 from = 0;
    bool hasTo = false;
    qint64 to = 0;
    QString text; // substring of any field, case-insensitive
    DuplicateFilter duplicates = DuplicateFilter::All;
    // Values inside the JSON cells (payload.project.slug = gh/acme/api), all of them holding.
    QList<JsonCondition> json;

    FieldCondition &operator[](FilterField field) { return fields[size_t(field)]; }
    const FieldCondition &operator[](FilterField field) const { return fields[size_t(field)]; }

    bool isEmpty() const;
    // Whether a condition is answered by reading the events' cells (the text, a JSON path):
    // the index alone cannot.
    bool readsCells() const { return !text.isEmpty() || !json.isEmpty(); }
    // The filter in words, for status lines and report headers: "action in (context.*) AND ...".
    QString describe() const;
    bool operator==(const Filter &other) const;
    bool operator!=(const Filter &other) const { return !(*this == other); }

    Q_DECLARE_TR_FUNCTIONS(Filter) // last: it leaves the rest of the struct private
};

} // namespace auditlens
