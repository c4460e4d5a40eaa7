// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../query/filter.h"
#include "../query/queryresult.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace auditlens {

// How the viewer left a case: its filter (as the CLI's FILTER arguments, see FilterArgs), its
// sort and the event that was selected. Kept in the settings, per case (by its canonical path),
// never in the case file: the case's log is its chain of custody, and where an analyst looked
// last is not part of it.
struct ViewerState
{
    QStringList filter;
    QString sort;    // see sortText()
    qint64 seq = -1; // the selected event, or -1
    bool operator==(const ViewerState &o) const
    {
        return filter == o.filter && sort == o.sort && seq == o.seq;
    }
};

namespace ViewerStates {

// Remembers how the case at casePath was left.
void save(const QString &casePath, const ViewerState &state);
// How the case at casePath was left, if it was remembered.
std::optional<ViewerState> load(const QString &casePath);
void forget(const QString &casePath);
// Forgets how every case was left (tests that expect each open to start afresh).
void forgetAll();

// A sort as a saved view and the settings keep it: the column's key, then " desc" when it is
// descending ("time", "actor desc").
QString sortText(const SortSpec &sort);
// The sort of text; none when text names no column.
std::optional<SortSpec> readSort(const QString &text);
// The key of an event column ("time", "action", ... "request").
QString columnKey(EventColumn column);
// The filter of FILTER arguments; empty on success, else why they no longer read.
QString readFilter(const QStringList &args, Filter *filter);

} // namespace ViewerStates

} // namespace auditlens
