// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "indexquery.h"

#include "actionspelling.h"
#include "columnconditions.h"
#include "facetcounting.h"
#include "histogrambuckets.h"
#include "indexqueryparts.h"
#include "passloop.h"
#include "queryplan.h"
#include "saturating.h"

#include <QElapsedTimer>

#include <algorithm>
#include <iterator>
#include <thread>

namespace auditlens {

IndexQuery::IndexQuery(const EventIndex &index)
    : m_index(index), m_scratch(std::make_unique<Scratch>())
{}

IndexQuery::~IndexQuery() = default;

bool IndexQuery::keepsDuplicate(DuplicateFilter dups, quint8 fl)
{
    switch (dups) {
    case DuplicateFilter::All:
        return true;
    case DuplicateFilter::Duplicates:
        return fl & EventIndex::DupKindMask;
    case DuplicateFilter::Exact:
        return (fl & EventIndex::DupKindMask) == (1 << EventIndex::DupKindShift);
    case DuplicateFilter::Conflicting:
        return (fl & EventIndex::DupKindMask) == (2 << EventIndex::DupKindShift);
    case DuplicateFilter::Unique:
        return !(fl & EventIndex::DupKindMask);
    case DuplicateFilter::CollapseExact:
        return !(fl & EventIndex::ExtraExactCopy);
    }
    return true;
}

namespace {
inline bool keepDuplicate(DuplicateFilter dups, quint8 fl)
{
    return IndexQuery::keepsDuplicate(dups, fl);
}

} // namespace

bool IndexQuery::largeTargets() const
{
    return m_index.dictionary(IndexField::Target).size() > m_largeDictionary;
}

void IndexQuery::prepareTargets() const
{
    Scratch &sc = *m_scratch;
    if (sc.targetsReady)
        return;
    const EventIndex::Postings &p = m_index.postings(IndexField::Target);
    const quint32 codes = p.offsets.empty() ? 0 : quint32(p.offsets.size() - 1);
    sc.singleBits.assign((size_t(m_index.size()) + 63) / 64, 0);
    sc.multiCodes.clear();
    sc.singleCount = 0;
    for (quint32 c = 0; c < codes; ++c) {
        const quint32 n = p.count(c);
        if (n == 1) {
            const quint32 pos = p.positions[p.offsets[c]];
            sc.singleBits[pos >> 6] |= quint64(1) << (pos & 63);
            ++sc.singleCount;
        } else if (n > 1) {
            sc.multiCodes.push_back(c);
        }
    }
    sc.targetCounts.assign(codes, 0u);
    sc.targetsReady = true;
}

void IndexQuery::warmUp() const
{
    if (largeTargets())
        prepareTargets();
    // The buffers the first filters would otherwise fault in page by page.
    Scratch &sc = *m_scratch;
    const size_t n = m_index.size();
    const size_t words = (n + 63) / 64;
    for (int i = 0; i < kPartials; ++i)
        sc.parts[i].positions.resize(i % 2 ? n / 2 + 64 : n);
    sc.list.reserve(n / 2);
    sc.fixList.reserve(n / 2);
    sc.marks.assign(words, 0);
    sc.targetPass.assign(words, 0);
    sc.mainBits.assign(words, 0);
    sc.fixBits.assign(words, 0);
    // The pass's tables (a count for each value of every field, on each of its threads) are
    // made by the first filter that counts: here, one of the commonest action, the value most
    // likely to be clicked first.
    const EventIndex::Postings &actions = m_index.postings(IndexField::Action);
    const FieldDictionary &actionNames = m_index.dictionary(IndexField::Action);
    quint32 common = 0, most = 0;
    for (quint32 c = 1; c < actionNames.size() && c + 1 < actions.offsets.size(); ++c) {
        if (postingCount(actions, c) > most) {
            most = postingCount(actions, c);
            common = c;
        }
    }
    if (most > 0 && actionNames.hasLabels()) {
        Filter first;
        first[FilterField::Action].include = QStringList{actionNames.labels[common]};
        recycle(run(first, SortSpec()));
    }
}

quint32 IndexQuery::countTarget(const quint64 *bits, quint32 code) const
{
    const EventIndex::Postings &p = m_index.postings(IndexField::Target);
    if (!bits)
        return p.count(code);
    quint32 n = 0;
    for (quint32 k = p.offsets[code]; k < p.offsets[code + 1]; ++k)
        n += bitOf(bits, p.positions[k]);
    return n;
}

quint32 IndexQuery::countTargets(const quint64 *bits, int facetTop,
                                 std::vector<quint32> *candidates) const
{
    Scratch &sc = *m_scratch;
    quint32 distinct = 0, twoOrMore = 0;
    for (const quint32 c : sc.multiCodes) {
        const quint32 n = countTarget(bits, c);
        if (n == 0)
            continue;
        sc.targetCounts[c] = n;
        sc.targetTouched.push_back(c);
        candidates->push_back(c);
        ++distinct;
        twoOrMore += n > 1 ? 1 : 0;
    }
    quint32 singles = 0;
    const size_t words = sc.singleBits.size();
    if (bits) {
        for (size_t w = 0; w < words; ++w)
            singles += quint32(__builtin_popcountll(bits[w] & sc.singleBits[w]));
    } else {
        singles = sc.singleCount;
    }
    distinct += singles;
    // Values of one event reach the top only when fewer than facetTop values have more.
    if (singles > 0 && twoOrMore < quint32(facetTop)) {
        const quint32 *targets = m_index.entityColumn(IndexField::Target).data();
        for (size_t w = 0; w < words; ++w) {
            quint64 b = sc.singleBits[w] & (bits ? bits[w] : ~quint64(0));
            while (b) {
                const quint32 c = targets[quint32(w * 64) + quint32(__builtin_ctzll(b))];
                b &= b - 1;
                sc.targetCounts[c] = 1;
                sc.targetTouched.push_back(c);
                candidates->push_back(c);
            }
        }
    }
    return distinct;
}

Histogram IndexQuery::emptyHistogram(qint64 from, qint64 to, int maxBuckets)
{
    return HistogramBuckets::empty(from, to, maxBuckets);
}

std::vector<quint32> IndexQuery::codesOf(IndexField field, const QStringList &values) const
{
    const FieldDictionary &d = m_index.dictionary(field);
    std::vector<quint32> codes;
    // Actions by their spelling's key: workflow.job.start names workflow-job-start too.
    std::vector<QString> actionKeys;
    if (field == IndexField::Action) {
        actionKeys.resize(d.labels.size());
        for (size_t c = 1; c < d.labels.size(); ++c)
            actionKeys[c] = ActionSpelling::key(d.labels[c]);
    }
    for (const QString &value : values) {
        const QString key = ActionSpelling::key(value);
        if (field == IndexField::Action && key == QLatin1String("*")) {
            for (quint32 c = 1; c < d.size(); ++c)
                codes.push_back(c);
        } else if (field == IndexField::Action) {
            const bool family = key.endsWith(QLatin1String(".*"));
            const QString prefix = family ? key.chopped(1) : key;
            for (quint32 c = 1; c < actionKeys.size(); ++c) {
                if (family ? actionKeys[c].startsWith(prefix) : actionKeys[c] == key)
                    codes.push_back(c);
            }
        } else {
            const QByteArray utf8 = value.toUtf8();
            d.findCodes(std::string_view(utf8.constData(), size_t(utf8.size())), &codes);
        }
    }
    codes.erase(
        std::remove_if(codes.begin(), codes.end(), [&](quint32 c) { return c >= d.size(); }),
        codes.end());
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    return codes;
}

void IndexQuery::resolve(IndexField field, const QStringList &values, std::vector<quint8> *allowed,
                         bool include) const
{
    for (const quint32 c : codesOf(field, values)) {
        if (c < allowed->size())
            (*allowed)[c] = include ? 1 : 0;
    }
}

QueryResult IndexQuery::runPass(const Filter &f, const SortSpec &sort,
                                const PositionBits *textMatches, int facetTop,
                                ColumnCounts *columnCounts) const
{
    QElapsedTimer timer;
    timer.start();
    QueryResult result;
    if (m_positionPool)
        result.positions = m_positionPool->take(m_index.size());
    result.filter = f;
    result.sort = sort;
    const EventIndex &ix = m_index;
    Scratch &sc = *m_scratch;
    const quint32 n = ix.size();
    result.total = n;
    const bool large = largeTargets();
    if (large)
        prepareTargets();
    if (!sc.columnFacets)
        sc.columnFacets = std::make_unique<ColumnFacets>(ix);
    const ColumnFacets &columns = *sc.columnFacets;
    const size_t words = (size_t(n) + 63) / 64;

    // The conditions. listed: the values a field's condition names in the filter (those allowed
    // when it includes values, else those left out), ascending.
    const FieldCondition *fieldConditions[kCodedFields] = {};
    // The coded fields only (the first ones, their IndexField their own number): today's
    // columns are narrowed by ColumnConditions.
    for (int field = 0; field < kCodedFields; ++field)
        fieldConditions[field] = &f[FilterField(field)];
    bool active[kCodedFields] = {};
    std::vector<quint32> listed[kIndexFieldCount];
    size_t widest = 0;
    for (int field = 0; field < kCodedFields; ++field) {
        const QStringList &including = fieldConditions[field]->include;
        const QStringList &excluding = fieldConditions[field]->exclude;
        const quint32 size = ix.dictionary(IndexField(field)).size();
        if (!(field == int(IndexField::Target) && large))
            widest = std::max<size_t>(widest, size);
        std::vector<quint8> &allowed = sc.allowed[field];
        if (including.isEmpty() && excluding.isEmpty()) {
            allowed.clear();
            continue;
        }
        active[field] = true;
        const std::vector<quint32> in = codesOf(IndexField(field), including);
        const std::vector<quint32> out = codesOf(IndexField(field), excluding);
        allowed.assign(size, including.isEmpty() ? 1 : 0);
        for (const quint32 c : in)
            allowed[c] = 1;
        for (const quint32 c : out)
            allowed[c] = 0;
        if (including.isEmpty()) {
            listed[field] = out;
        } else {
            std::set_difference(in.begin(), in.end(), out.begin(), out.end(),
                                std::back_inserter(listed[field]));
        }
    }
    const int wantSuccess = f.success == SuccessFilter::Succeeded ? EventIndex::SuccessTrue
                            : f.success == SuccessFilter::Failed  ? EventIndex::SuccessFalse
                                                                  : -1;
    if (wantSuccess >= 0)
        listed[int(IndexField::Success)].push_back(quint32(wantSuccess));
    const bool textCondition = f.readsCells();
    const quint64 *text = textCondition && textMatches ? textMatches->data() : nullptr;
    const bool textNothing = textCondition && !textMatches;

    // The time range.
    quint32 lo = 0, hi = n;
    if (f.hasFrom || f.hasTo) {
        lo = f.hasFrom ? ix.lowerBound(f.from) : 0;
        hi = f.hasTo ? ix.upperBound(f.to) : ix.timedCount();
        if (hi < lo)
            hi = lo;
    }
    if (textNothing)
        hi = lo;
    // The fields read off columns of their own narrow the text's matches (or every event), and
    // the pass takes them as it takes a text. columnsLeaveOut: without a text, how many events
    // they leave out (the case less those can be cheaper, see below).
    quint64 columnsLeaveOut = 0;
    if (ColumnConditions::any(f) && !textNothing) {
        sc.columnBits.clear();
        if (text)
            sc.columnBits.assign(textMatches->begin(), textMatches->end());
        sc.columnBits.resize(words, text ? 0 : ~quint64(0));
        ColumnConditions(ix, m_requestIdOf, m_marks.get()).narrow(f, lo, hi, &sc.columnBits);
        text = sc.columnBits.data();
        // A condition every event in the range meets (the only source of a case, say) leaves
        // the pass its faster way without a list of positions to follow.
        if (!textCondition) {
            quint64 kept = 0;
            for (const quint64 word : sc.columnBits)
                kept += quint64(qPopulationCount(word));
            if (kept == quint64(hi - lo))
                text = nullptr;
            else
                columnsLeaveOut = quint64(hi - lo) - kept;
        }
    }

    // Histogram over the visible span.
    const qint64 spanFrom = f.hasFrom ? f.from : ix.minTime();
    const qint64 spanTo = f.hasTo ? f.to : ix.maxTime();
    result.histogram = emptyHistogram(spanFrom, spanTo);
    Histogram &hist = result.histogram;

    // The tables of the pass.
    if (sc.zeros.size() < widest)
        sc.zeros.assign(widest, 0);
    PassInput in;
    for (int field = 0; field < kCodedFields; ++field) {
        in.fail[field] = sc.zeros.data();
        if (!active[field] || (field == int(IndexField::Target) && large))
            continue;
        const std::vector<quint8> &allowed = sc.allowed[field];
        std::vector<quint8> &fail = sc.fail[field];
        fail.resize(allowed.size());
        for (size_t c = 0; c < allowed.size(); ++c)
            fail[c] = allowed[c] ? 0 : quint8(1u << field);
        in.fail[field] = fail.data();
    }
    for (unsigned fl = 0; fl < 256; ++fl) {
        const quint8 dups = keepDuplicate(f.duplicates, quint8(fl)) ? 0 : 32;
        const bool successFails =
            wantSuccess >= 0 && int(fl & EventIndex::SuccessMask) != wantSuccess;
        sc.flagFail[fl] = quint8(dups | (successFails ? 16 : 0));
        sc.flagFailAnySuccess[fl] = dups;
    }
    in.flagFail = sc.flagFail;
    in.text = text;
    in.columns = &columns;
    const int targetField = int(IndexField::Target);
    if (large && active[targetField]) {
        const bool including = !fieldConditions[targetField]->include.isEmpty();
        sc.targetPass.assign(words, including ? 0 : ~quint64(0));
        const EventIndex::Postings &p = ix.postings(IndexField::Target);
        for (const quint32 c : listed[targetField]) {
            for (quint32 k = p.offsets[c]; k < p.offsets[c + 1]; ++k) {
                const quint32 pos = p.positions[k];
                if (including)
                    sc.targetPass[pos >> 6] |= quint64(1) << (pos & 63);
                else
                    sc.targetPass[pos >> 6] &= ~(quint64(1) << (pos & 63));
            }
        }
        in.targetPass = sc.targetPass.data();
    }
    if (large) {
        sc.mainBits.assign(words, 0);
        in.targetBits = sc.mainBits.data();
    }

    // How the pass visits the events: the range, or the list of one condition's events.
    QueryPlan::Input planInput;
    planInput.index = &ix;
    planInput.lo = lo;
    planInput.hi = hi;
    planInput.listed = listed;
    for (int field = 0; field < kCodedFields; ++field)
        planInput.includes[field] = !fieldConditions[field]->include.isEmpty();
    planInput.duplicates = f.duplicates == DuplicateFilter::Duplicates ||
                           f.duplicates == DuplicateFilter::Exact ||
                           f.duplicates == DuplicateFilter::Conflicting;
    planInput.text = text;
    const QueryPlan plan(planInput);
    bool conditions = text != nullptr || f.duplicates != DuplicateFilter::All || wantSuccess >= 0;
    for (int field = 0; field < kCodedFields; ++field)
        conditions = conditions || active[field];
    // Nothing but the driving field's condition: its own facet is the whole log's.
    auto onlyCondition = [&](int field) {
        if (text || f.duplicates != DuplicateFilter::All || lo != 0 || hi != n || textNothing)
            return false;
        for (int other = 0; other < kCodedFields; ++other) {
            if (other != field && active[other])
                return false;
        }
        return field == int(IndexField::Success) || wantSuccess < 0;
    };
    quint64 bestCost = plan.rangeCost();
    int driver = m_useDrivers && !textNothing ? plan.chooseDriver(onlyCondition, &bestCost) : -1;

    // A filter that leaves out few events of the whole log (one scope of two, success = true,
    // no duplicates) is read as the log minus those: a pass over them alone counts what the
    // facets lose.
    const EventIndex::Postings &successPostings = ix.postings(IndexField::Success);
    auto forLeftOut = [&](auto visit) {
        for (int field = 0; field < kCodedFields; ++field) {
            if (!active[field])
                continue;
            if (field == targetField && large) {
                for (const quint32 c : listed[field]) // only excluded ones (see below)
                    visit(IndexField(field), c);
                continue;
            }
            const std::vector<quint8> &allowed = sc.allowed[field];
            for (quint32 c = 0; c < allowed.size(); ++c) {
                if (!allowed[c])
                    visit(IndexField(field), c);
            }
        }
        for (quint32 c = 0; wantSuccess >= 0 && c + 1 < successPostings.offsets.size(); ++c) {
            if (int(c) != wantSuccess)
                visit(IndexField::Success, c);
        }
    };
    bool complemented = false;
    // Events the columns' conditions alone leave out (untagged, not starred, another source)
    // are left out as a value's postings are.
    const bool columnsOnly = text && columnsLeaveOut > 0;
    if (m_useDrivers && conditions && (!text || columnsOnly) && !textNothing && lo == 0 &&
        hi == n &&
        (f.duplicates == DuplicateFilter::All || f.duplicates == DuplicateFilter::Unique ||
         f.duplicates == DuplicateFilter::CollapseExact) &&
        !(large && active[targetField] && !fieldConditions[targetField]->include.isEmpty())) {
        quint64 leftOut = f.duplicates == DuplicateFilter::All ? 0 : ix.duplicatePositions().size();
        leftOut += columnsLeaveOut;
        forLeftOut(
            [&](IndexField field, quint32 c) { leftOut += postingCount(ix.postings(field), c); });
        // A left-out event is marked, listed and passed over: about twice an event of a scan;
        // listing what is kept costs a little.
        complemented = leftOut * 2 + n / 8 < bestCost;
    }

    // The pass, and for a driving field a second one for its own facet.
    Partial &first = sc.parts[kResultPart];
    const std::vector<quint32> *counts[kCodedFields];
    for (int field = 0; field < kCodedFields; ++field)
        counts[field] = &first.counts[field];
    const quint32 *successCounts = first.success;
    const quint64 *targetBits = large ? sc.mainBits.data() : nullptr;
    std::vector<quint32> &positions = result.positions;
    if (!conditions && lo == 0 && hi == n && m_useDrivers) {
        // Every event: the counts are the postings'.
        positions.resize(n);
        for (quint32 i = 0; i < n; ++i)
            positions[i] = i;
        for (int field = 0; field < kCodedFields; ++field) {
            if (field == targetField && large)
                continue;
            const EventIndex::Postings &p = ix.postings(IndexField(field));
            std::vector<quint32> &c = first.counts[field];
            c.resize(ix.dictionary(IndexField(field)).size());
            for (quint32 code = 0; code < c.size(); ++code)
                c[code] = postingCount(p, code);
        }
        for (quint32 code = 0; code < kSuccessCodes; ++code)
            first.success[code] = postingCount(successPostings, code);
        targetBits = nullptr;
    } else if (complemented) {
        driver = -1;
        std::vector<quint64> &marks = sc.marks;
        marks.assign(words, 0);
        forLeftOut([&](IndexField field, quint32 c) {
            const EventIndex::Postings &p = ix.postings(field);
            if (postingCount(p, c) == 0)
                return;
            for (quint32 k = p.offsets[c]; k < p.offsets[c + 1]; ++k)
                marks[p.positions[k] >> 6] |= quint64(1) << (p.positions[k] & 63);
        });
        if (f.duplicates != DuplicateFilter::All) {
            for (const quint32 r : ix.duplicatePositions()) {
                if (!keepDuplicate(f.duplicates, ix.flags(r)))
                    marks[r >> 6] |= quint64(1) << (r & 63);
            }
        }
        if (columnsOnly) {
            for (size_t w = 0; w < words; ++w)
                marks[w] |= ~sc.columnBits[w];
            if (n % 64)
                marks[words - 1] &= (quint64(1) << (n % 64)) - 1;
        }
        listOf(QueryPlan::kText, {}, marks.data(), 0, n, &sc.list);
        PassInput inverted = in;
        inverted.invert = true;
        // An event the columns' conditions leave out fails for every facet: it is not in text.
        inverted.columns = nullptr; // counted below, from the events left out
        scan(inverted, &sc.list, 0, n, first, sc.parts[kResultOtherPart]);
        for (int field = 0; field < kCodedFields; ++field) {
            if (field == targetField && large)
                continue;
            const EventIndex::Postings &p = ix.postings(IndexField(field));
            std::vector<quint32> &c = first.counts[field];
            for (quint32 code = 0; code < c.size(); ++code)
                c[code] = postingCount(p, code) - c[code];
        }
        for (quint32 code = 0; code < kSuccessCodes; ++code)
            first.success[code] = postingCount(successPostings, code) - first.success[code];
        // The matches: every event not left out. The target facet counts those too.
        std::vector<quint32> &out = first.positions;
        if (out.size() < n)
            out.resize(n);
        size_t found = 0;
        for (size_t w = 0; w < words; ++w) {
            quint64 kept = ~marks[w];
            if (w + 1 == words && n % 64)
                kept &= (quint64(1) << (n % 64)) - 1;
            if (large)
                sc.mainBits[w] |= kept;
            const quint32 base = quint32(w * 64);
            if (kept == ~quint64(0)) {
                for (quint32 j = 0; j < 64; ++j)
                    out[found + j] = base + j;
                found += 64;
                continue;
            }
            while (kept) {
                out[found++] = base + quint32(__builtin_ctzll(kept));
                kept &= kept - 1;
            }
        }
        positions.assign(out.begin(), out.begin() + qptrdiff(found));
    } else {
        if (driver >= 0)
            listOf(driver, listed[std::min(driver, kIndexFieldCount - 1)], text, lo, hi, &sc.list);
        scan(in, driver >= 0 ? &sc.list : nullptr, lo, hi, first, sc.parts[kResultOtherPart]);
        positions.assign(first.positions.begin(), first.positions.begin() + qptrdiff(first.found));
    }
    if (driver >= 0 && driver < kIndexFieldCount) {
        if (onlyCondition(driver)) {
            if (driver == targetField && large) {
                targetBits = nullptr;
            } else {
                const EventIndex::Postings &p = ix.postings(IndexField(driver));
                sc.fullCounts.resize(driver == int(IndexField::Success)
                                         ? kSuccessCodes
                                         : ix.dictionary(IndexField(driver)).size());
                for (quint32 code = 0; code < sc.fullCounts.size(); ++code)
                    sc.fullCounts[code] = postingCount(p, code);
                if (driver == int(IndexField::Success))
                    successCounts = sc.fullCounts.data();
                else
                    counts[driver] = &sc.fullCounts;
            }
        } else {
            PassInput other = in;
            other.columns = nullptr;
            if (driver == int(IndexField::Success))
                other.flagFail = sc.flagFailAnySuccess;
            else if (driver == targetField && large)
                other.targetPass = nullptr;
            else
                other.fail[driver] = sc.zeros.data();
            if (large) {
                sc.fixBits.assign(words, 0);
                other.targetBits = sc.fixBits.data();
                if (driver == targetField)
                    targetBits = sc.fixBits.data();
            }
            quint64 cost = 0;
            const int second = plan.cheapest(driver, &cost);
            if (second >= 0)
                listOf(second, listed[std::min(second, kIndexFieldCount - 1)], text, lo, hi,
                       &sc.fixList);
            Partial &fix = sc.parts[kFixPart];
            scan(other, second >= 0 ? &sc.fixList : nullptr, lo, hi, fix, sc.parts[kFixOtherPart]);
            if (driver == int(IndexField::Success))
                successCounts = fix.success;
            else
                counts[driver] = &fix.counts[driver];
        }
    }

    // Today's columns over the matching events: the whole case's counts, those less the events
    // left out, or what the pass counted.
    ColumnCounts matched;
    if (!conditions && lo == 0 && hi == n && m_useDrivers) {
        static_cast<ColumnFacets::Counts &>(matched) = columns.caseCounts();
    } else if (complemented) {
        columns.add(sc.list.data(), sc.list.size(), matched);
        for (int k = 0; k < ColumnFacets::kFieldCount; ++k) {
            const std::vector<quint32> &all = columns.caseCounts()[size_t(k)];
            std::vector<quint32> &c = matched[size_t(k)];
            for (size_t code = 0; code < c.size(); ++code)
                c[code] = all[code] - c[code];
        }
    } else {
        matched.swap(first.columnCounts);
    }
    if (columnCounts) {
        // A count for another filter's facet: nothing else of this run is wanted.
        columnCounts->swap(matched);
        return result;
    }

    // The histogram, read off the matching positions.
    HistogramBuckets::count(hist, positions, ix);

    // Facets: the top values of each field.
    for (int field = 0; field < kIndexFieldCount; ++field) {
        FacetCounts &facet = result.facets[field];
        facet.field = IndexField(field);
        std::vector<quint32> candidates;
        const quint32 *fc = nullptr;
        const bool countedTargets = field == targetField && large;
        if (field == int(IndexField::Success)) {
            fc = successCounts;
            for (quint32 c = 0; c < 3; ++c)
                candidates.push_back(c);
            facet.distinct = 0;
            for (const quint32 c : candidates)
                facet.distinct += fc[c] ? 1 : 0;
        } else if (countedTargets) {
            facet.distinct = countTargets(targetBits, facetTop, &candidates);
            for (const quint32 c : listed[field]) {
                if (sc.targetCounts[c] == 0) {
                    sc.targetCounts[c] = countTarget(targetBits, c);
                    sc.targetTouched.push_back(c);
                }
            }
            fc = sc.targetCounts.data();
        } else {
            const std::vector<quint32> &all = *counts[field];
            fc = all.data();
            for (quint32 c = 0; c < all.size(); ++c) {
                if (all[c])
                    candidates.push_back(c);
            }
            facet.distinct = quint32(candidates.size());
            if (all.size() <= 50000)
                facet.all = all;
        }
        FacetRequest request;
        request.counts = fc;
        request.candidates = std::move(candidates);
        if (field < kCodedFields && active[field]) {
            request.listed = &listed[field];
            request.allowed = &sc.allowed[field];
            request.including = !fieldConditions[field]->include.isEmpty();
        }
        request.wantSuccess = wantSuccess;
        FacetCounting::fillTop(facet, std::move(request), ix, facetTop);
    }
    for (const quint32 c : sc.targetTouched)
        sc.targetCounts[c] = 0;
    sc.targetTouched.clear();
    fillColumnFacets(result, textMatches, facetTop, matched);
    fillAnnotationFacets(result, textMatches, facetTop);

    sortPositions(positions, sort);
    result.queryMs = result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace auditlens
