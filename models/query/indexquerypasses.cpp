// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// IndexQuery's passes over the index: one thread's share, the split over two threads, the list of
// events a driving field's postings give, and the facets counted off today's columns and off the
// analyst's annotations.

#include "indexqueryparts.h"
#include "queryplan.h"

#include <algorithm>
#include <thread>

namespace auditlens {

QueryResult IndexQuery::run(const Filter &filter, const SortSpec &sort,
                            const PositionBits *textMatches, int facetTop) const
{
    return runPass(filter, sort, textMatches, facetTop);
}

void IndexQuery::recycle(QueryResult &&result) const
{
    if (m_positionPool)
        m_positionPool->give(std::move(result.positions));
}

void IndexQuery::fillColumnFacets(QueryResult &result, const PositionBits *textMatches,
                                  int facetTop, const ColumnCounts &matched) const
{
    // A field with a condition is counted over the events of the filter without it: a query of
    // its own, which only counts.
    m_scratch->columnFacets->fill(result, facetTop, matched, [&](const Filter &without) {
        ColumnCounts counts;
        recycle(runPass(without, SortSpec(), textMatches, 0, &counts));
        return ColumnFacets::Counts(std::move(counts));
    });
}

void IndexQuery::fillAnnotationFacets(QueryResult &result, const PositionBits *textMatches,
                                      int facetTop) const
{
    const AnnotationMarks *marks = m_marks.get();
    const size_t words = (size_t(m_index.size()) + 63) / 64;
    std::vector<quint64> matched; // the result's events, made when first wanted
    for (const FilterField field : kFilterFields) {
        const FilterFieldInfo &info = filterFieldInfo(field);
        if (info.match != FieldMatch::TagName && info.match != FieldMatch::Mark)
            continue;
        FacetCounts &facet = result.facets[int(info.indexField)];
        facet.field = info.indexField;
        facet.inCase = marks && marks->holds(info.indexField);
        if (!facet.inCase)
            continue;
        // Over the result, or for a field with a condition over the filter without it (the
        // whole case for a filter of that field alone).
        const FieldCondition &condition = result.filter[field];
        Filter without = result.filter;
        without[field] = FieldCondition();
        std::vector<quint64> others;
        const std::vector<quint64> *over = nullptr;
        const std::vector<quint32> *positions = nullptr;
        QueryResult alternatives;
        if (condition.isEmpty() || !without.isEmpty()) {
            positions = &result.positions;
            if (!condition.isEmpty()) {
                // Only marked events count: the query of the alternatives visits those alone
                // (every tag's events are among those of any tag).
                without[field].include = {info.match == FieldMatch::Mark ? markValue()
                                                                         : anyTagValue()};
                ColumnCounts ignored;
                alternatives = runPass(without, SortSpec(), textMatches, 0, &ignored);
                positions = &alternatives.positions;
            }
            if (positions->size() == m_index.size())
                positions = nullptr; // every event: the counts are the marks'
        }
        if (positions) {
            std::vector<quint64> &bits = condition.isEmpty() ? matched : others;
            if (bits.empty() || !condition.isEmpty()) {
                bits.assign(words, 0);
                for (const quint32 p : *positions)
                    bits[p >> 6] |= quint64(1) << (p & 63);
            }
            over = &bits;
        }
        const quint32 codes = marks->codes(info.indexField);
        std::vector<quint32> counts(codes, 0);
        std::vector<quint32> candidates;
        for (quint32 c = 1; c < codes; ++c) {
            const std::vector<quint32> &list = marks->positions(info.indexField, c);
            quint32 n = quint32(list.size());
            if (over) {
                n = 0;
                for (const quint32 p : list)
                    n += bitOf(over->data(), p);
            }
            counts[c] = n;
            if (n)
                candidates.push_back(c);
        }
        facet.distinct = quint32(candidates.size());
        std::stable_sort(candidates.begin(), candidates.end(),
                         [&](quint32 a, quint32 b) { return counts[a] > counts[b]; });
        if (candidates.size() > size_t(facetTop))
            candidates.resize(size_t(facetTop));
        // The values the filter names stay visible.
        const std::vector<quint32> included = marks->codesOf(info.indexField, condition.include);
        const std::vector<quint32> excluded = marks->codesOf(info.indexField, condition.exclude);
        for (const std::vector<quint32> *named : {&included, &excluded}) {
            for (const quint32 c : *named) {
                if (c > 0 && std::find(candidates.begin(), candidates.end(), c) == candidates.end())
                    candidates.push_back(c);
            }
        }
        for (const quint32 c : candidates) {
            FacetValue v;
            v.code = c;
            v.count = counts[c];
            v.included = std::binary_search(included.begin(), included.end(), c);
            v.excluded = std::binary_search(excluded.begin(), excluded.end(), c);
            v.key = marks->key(info.indexField, c);
            v.label = v.key; // a mark's is put in words by the session
            facet.top.push_back(std::move(v));
        }
        recycle(std::move(alternatives));
    }
}

void IndexQuery::pass(const PassInput &in, const quint32 *list, quint32 lo, quint32 hi,
                      Partial &part) const
{
    const EventIndex &ix = m_index;
    const bool large = largeTargets();
    quint32 sizes[kCodedFields], strides[kCodedFields];
    for (int field = 0; field < kCodedFields; ++field) {
        sizes[field] =
            field == int(IndexField::Target) && large ? 0 : ix.dictionary(IndexField(field)).size();
        strides[field] = sizes[field] <= kLanedValues ? sizes[field] : 0;
        part.counts[field].assign(strides[field] ? size_t(sizes[field]) * kLanes : sizes[field],
                                  0u);
    }
    quint32 success[kSuccessCodes * kLanes] = {};
    if (part.positions.size() < hi - lo)
        part.positions.resize(hi - lo); // zeroed once, then reused
    PassLoop s;
    s.flags = ix.flagColumn().data();
    s.actions = ix.actionColumn().data();
    s.actors = ix.entityColumn(IndexField::Actor).data();
    s.targets = ix.entityColumn(IndexField::Target).data();
    s.scopes = ix.entityColumn(IndexField::Scope).data();
    s.actionFail = in.fail[int(IndexField::Action)];
    s.actorFail = in.fail[int(IndexField::Actor)];
    s.targetFail = in.fail[int(IndexField::Target)];
    s.scopeFail = in.fail[int(IndexField::Scope)];
    s.flagFail = in.flagFail;
    s.text = in.text;
    s.targetPass = in.targetPass;
    s.targetBits = in.targetBits;
    s.actionCounts = part.counts[int(IndexField::Action)].data();
    s.actorCounts = part.counts[int(IndexField::Actor)].data();
    s.targetCounts = part.counts[int(IndexField::Target)].data();
    s.scopeCounts = part.counts[int(IndexField::Scope)].data();
    s.successCounts = success;
    s.actionStride = strides[int(IndexField::Action)];
    s.actorStride = strides[int(IndexField::Actor)];
    s.targetStride = strides[int(IndexField::Target)];
    s.scopeStride = strides[int(IndexField::Scope)];
    s.out = part.positions.data();
    const bool condition = in.targetPass != nullptr;
    const PassLoop::Function scanner =
        PassLoop::pick(in.invert, list != nullptr, in.text != nullptr, large, condition);
    part.found = scanner(s, list, lo, hi);
    if (in.columns) {
        // Today's columns, over the events just found, while they are in the cache.
        for (std::vector<quint32> &counts : part.columnCounts)
            counts.clear();
        in.columns->add(part.positions.data(), part.found, part.columnCounts);
    }
    // Add up the copies.
    for (int field = 0; field < kCodedFields; ++field) {
        std::vector<quint32> &counts = part.counts[field];
        if (!strides[field])
            continue;
        for (quint32 lane = 1; lane < kLanes; ++lane) {
            for (quint32 c = 0; c < sizes[field]; ++c)
                counts[c] += counts[size_t(lane) * sizes[field] + c];
        }
        counts.resize(sizes[field]);
    }
    for (quint32 c = 0; c < kSuccessCodes; ++c) {
        part.success[c] = 0;
        for (quint32 lane = 0; lane < kLanes; ++lane)
            part.success[c] += success[lane * kSuccessCodes + c];
    }
}

void IndexQuery::scan(const PassInput &in, const std::vector<quint32> *list, quint32 lo, quint32 hi,
                      Partial &a, Partial &b) const
{
    const quint32 *items = list ? list->data() : nullptr;
    const quint32 begin = list ? 0 : lo;
    const quint32 end = list ? quint32(list->size()) : hi;
    quint32 mid = end;
    if (end - begin >= m_twoThreadsFrom && end - begin >= 2) {
        // Each thread writes whole words of the target bitmap.
        mid = begin + (end - begin) / 2;
        if (list) {
            while (mid < end && (items[mid] >> 6) == (items[mid - 1] >> 6))
                ++mid;
        } else {
            mid = std::min(end, (mid + 63) & ~63u);
        }
    }
    if (mid <= begin || mid >= end) {
        pass(in, items, begin, end, a);
        return;
    }
    if (a.positions.size() < end - begin)
        a.positions.resize(end - begin);
    std::thread other([&] { pass(in, items, mid, end, b); });
    pass(in, items, begin, mid, a);
    other.join();
    std::copy(b.positions.begin(), b.positions.begin() + qptrdiff(b.found),
              a.positions.begin() + qptrdiff(a.found));
    a.found += b.found;
    for (quint32 i = 0; i < kSuccessCodes; ++i)
        a.success[i] += b.success[i];
    for (int field = 0; field < kCodedFields; ++field) {
        std::vector<quint32> &into = a.counts[field];
        const std::vector<quint32> &from = b.counts[field];
        for (size_t c = 0; c < into.size(); ++c)
            into[c] += from[c];
    }
    for (int k = 0; in.columns && k < ColumnFacets::kFieldCount; ++k) {
        std::vector<quint32> &into = a.columnCounts[k];
        const std::vector<quint32> &from = b.columnCounts[k];
        for (size_t c = 0; c < into.size(); ++c)
            into[c] += from[c];
    }
}

void IndexQuery::listOf(int source, const std::vector<quint32> &codes, const quint64 *text,
                        quint32 lo, quint32 hi, std::vector<quint32> *list) const
{
    const EventIndex &ix = m_index;
    list->clear();
    auto clip = [&](const quint32 *first, const quint32 *last) {
        const quint32 *from = std::lower_bound(first, last, lo);
        const quint32 *to = std::lower_bound(from, last, hi);
        list->insert(list->end(), from, to);
    };
    auto collect = [&](const quint64 *bits) {
        for (quint32 w = lo / 64; w * 64 < hi; ++w) {
            quint64 b = bits[w];
            while (b) {
                const quint32 i = w * 64 + quint32(__builtin_ctzll(b));
                b &= b - 1;
                if (i >= lo && i < hi)
                    list->push_back(i);
            }
        }
    };
    if (source == QueryPlan::kDuplicates) {
        const std::vector<quint32> &d = ix.duplicatePositions();
        clip(d.data(), d.data() + d.size());
    } else if (source == QueryPlan::kText) {
        collect(text);
    } else {
        const EventIndex::Postings &p = ix.postings(IndexField(source));
        if (codes.size() == 1) {
            const quint32 c = codes.front();
            clip(p.positions.data() + p.offsets[c], p.positions.data() + p.offsets[c + 1]);
        } else {
            // Several values: their union in position order, through a bitmap.
            std::vector<quint64> &marks = m_scratch->marks;
            marks.assign((size_t(ix.size()) + 63) / 64, 0);
            for (const quint32 c : codes) {
                const quint32 *first = p.positions.data() + p.offsets[c];
                const quint32 *last = p.positions.data() + p.offsets[c + 1];
                for (const quint32 *q = std::lower_bound(first, last, lo); q < last && *q < hi; ++q)
                    marks[*q >> 6] |= quint64(1) << (*q & 63);
            }
            collect(marks.data());
        }
    }
}

} // namespace auditlens
