#pragma once

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

// What the user asked to see. Fields combine with AND; values within one field with OR.
// Actions ending in ".*" match a family (`context.*`); actors, targets and scopes match an id or
// a name. Times are UTC nanoseconds, both bounds inclusive.
struct Filter
{
    QStringList actions;
    QStringList excludedActions;
    QStringList actors;
    QStringList excludedActors;
    QStringList targets;
    QStringList excludedTargets;
    QStringList scopes;
    QStringList excludedScopes;
    int success = -1; // -1 any, 0 false, 1 true
    bool hasFrom = false;
    qint64 from = 0;
    bool hasTo = false;
    qint64 to = 0;
    QString text; // substring of any field, case-insensitive
    DuplicateFilter duplicates = DuplicateFilter::All;

    bool isEmpty() const;
    // The filter in words, for status lines and report headers: "action in (context.*) AND ...".
    QString describe() const;
    bool operator==(const Filter &other) const;
    bool operator!=(const Filter &other) const { return !(*this == other); }
};

} // namespace auditlens
