// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "queryresult.h"

#include <vector>

namespace auditlens {

// The time histogram of a result: buckets of a calendar unit over a span, and their counts read
// off a result's positions.
class HistogramBuckets
{
public:
    // Buckets for a span: a unit from seconds to months giving at most maxBuckets, empty.
    static Histogram empty(qint64 from, qint64 to, int maxBuckets = 120);
    // Counts the positions (ascending, so in time order with the timed ones first) into the
    // buckets; those without a time go to untimed.
    static void count(Histogram &histogram, const std::vector<quint32> &positions,
                      const EventIndex &index);
};

} // namespace auditlens
