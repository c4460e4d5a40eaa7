// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The private parts of IndexQuery that its units share: what a pass reads, what it finds, and the
// buffers kept between queries.

#include "../index/positionsort.h"
#include "columnfacets.h"
#include "indexquery.h"
#include "passloop.h"

#include <vector>

namespace auditlens {

// The dictionary-coded fields a pass reads: the filter's indexed fields, in the order of
// IndexField.
constexpr int kCodedFields = kCodedFilterFieldCount;
// The partial results of a query, one per thread of a pass: the result, then a driving field's own
// facet.
enum PartialIndex : int { kResultPart, kResultOtherPart, kFixPart, kFixOtherPart, kPartials };

// What one pass checks. A field's condition is a table from its codes to the field's fail bit
// (all zero without a condition), so the pass tests every event the same way, without branches.
struct PassInput
{
    const quint8 *fail[kCodedFields] = {};
    // flags -> 16 when success does not match, 32 when the duplicates condition drops the event.
    const quint8 *flagFail = nullptr;
    const quint64 *text = nullptr;       // the text matches the event must be in, or null
    const quint64 *targetPass = nullptr; // large target dictionaries: events whose target passes
    quint64 *targetBits = nullptr;       // large target dictionaries: what the target facet counts
    bool invert = false; // count what each facet does not count (a list; text: see PassLoop)
    // Today's columns: when set, the pass also counts their values over the events it finds.
    const ColumnFacets *columns = nullptr;
};

// The values of today's columns counted over a query's events (see ColumnFacets).
class IndexQuery::ColumnCounts : public ColumnFacets::Counts
{
};

// What one thread's share of a pass finds. The buffers are kept between queries.
struct IndexQuery::Partial
{
    std::vector<quint32>
        counts[kCodedFields]; // a large target dictionary is counted from targetBits
    quint32 success[kSuccessCodes] = {};
    std::vector<quint32> positions; // grows, never shrinks: found says how many are valid
    size_t found = 0;
    ColumnFacets::Counts columnCounts; // when the pass counts today's columns
};

struct IndexQuery::Scratch
{
    Partial parts[kPartials];
    std::vector<quint32> keys;
    PositionSort::Scratch sortScratch;
    std::vector<quint32> list, fixList;
    std::vector<quint64> marks;
    std::vector<quint8> allowed[kCodedFields];
    std::vector<quint8> fail[kCodedFields];
    std::vector<quint8> zeros; // the table of a field without a condition
    quint8 flagFail[256] = {};
    quint8 flagFailAnySuccess[256] = {};
    std::vector<quint64> targetPass, mainBits, fixBits;
    std::vector<quint64> columnBits; // the text's matches narrowed by ColumnConditions
    std::vector<quint32> fullCounts;
    // Large target dictionaries: most values are carried by one event; those are told apart by
    // a bitmap of their events, and only the others are counted value by value.
    bool targetsReady = false;
    std::vector<quint64> singleBits;
    std::vector<quint32> multiCodes; // values with two events or more
    quint32 singleCount = 0;
    std::vector<quint32> targetCounts; // zero between queries (reset through targetTouched)
    std::vector<quint32> targetTouched;
    std::unique_ptr<ColumnFacets> columnFacets; // made by the first query
};

} // namespace auditlens
