// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "casestore.h"

#include <QString>
#include <QVector>

#include <optional>

namespace auditlens {

// One source of a case and what it covers.
struct SourceSpan
{
    SourceInfo source;
    qint64 events = 0;    // its events in the case
    bool hasSpan = false; // some event of it has a time: first and last hold
    qint64 first = 0;     // ns since the epoch, UTC
    qint64 last = 0;
    // Its events whose id also appears in another source with the same content (exact) or with
    // other content (conflicting). An event may count in both; copies within one source do not.
    qint64 sharedExact = 0;
    qint64 sharedConflicting = 0;
};

// Whole UTC days, as days since 1970-01-01, both inclusive.
struct DayRun
{
    qint64 from = 0;
    qint64 to = 0;
    bool operator==(const DayRun &o) const { return from == o.from && to == o.to; }
};

// What a case's sources cover: each source's span and how much it shares with the others, and
// the holes in the evidence: the whole UTC days between the earliest and the latest event that
// no source's span [first, last] touches. An analyst must see those before concluding that
// nothing happened.
class SourceCoverage
{
public:
    QVector<SourceSpan> sources; // in the case's order (by number)
    QVector<DayRun> gaps;        // in time order, consecutive days merged

    // Reads the case; none, with a sentence in *error, when it cannot be read. knownSpans, when
    // given, holds each source's events, first and last (by source id) as counted elsewhere (the
    // viewer's index holds them): the pass over every event, seconds on a million, is skipped.
    static std::optional<SourceCoverage> read(const CaseStore &store, QString *error,
                                              const QVector<SourceSpan> *knownSpans = nullptr);
    // The days no span touches between the earliest and latest of them (spans without a time
    // are left out).
    static QVector<DayRun> gapsOf(const QVector<SourceSpan> &spans);
    // The day a time falls on, and a day as YYYY-MM-DD.
    static qint64 dayOf(qint64 ns);
    static QString dayText(qint64 day);
};

} // namespace auditlens
