// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "columnfacets.h"

#include "../parsing/ipaddress.h"
#include "columnconditions.h"
#include "facetcounting.h"

#include <algorithm>

namespace auditlens {

namespace {
// Calls visit with field k's column as a pointer to its codes in their own width.
template <typename Visit> void visitColumn(const EventIndex &index, int k, Visit visit)
{
    switch (ColumnFacets::kFields[k]) {
    case FilterField::Organization:
        return index.organizationColumn().visit(visit);
    case FilterField::Account:
        return index.accountColumn().visit(visit);
    case FilterField::Ip:
        return index.ipColumn().visit(visit);
    default:
        return visit(index.sourceColumn().data());
    }
}
} // namespace

ColumnFacets::ColumnFacets(const EventIndex &index) : m_index(index)
{
    for (int k = 0; k < kFieldCount; ++k) {
        const FilterField field = kFields[k];
        quint32 codes = 1;
        if (field == FilterField::Ip) {
            codes += m_index.ipCount();
        } else if (field == FilterField::Source) {
            const auto &column = m_index.sourceColumn();
            codes += column.empty() ? 0 : *std::max_element(column.begin(), column.end());
        } else {
            codes = std::max<quint32>(codes,
                                      m_index.dictionary(filterFieldInfo(field).indexField).size());
        }
        m_codes[k] = codes;
        std::vector<quint32> &counts = m_caseCounts[k];
        counts.assign(codes, 0u);
        visitColumn(m_index, k, [&](const auto *column) {
            for (quint32 i = 0; i < m_index.size(); ++i)
                ++counts[column[i]];
        });
        // Code 0 is "none" but for sources, which are numbered from 1: one source alone is no
        // choice either.
        const quint32 values =
            quint32(std::count_if(counts.begin() + 1, counts.end(), [](quint32 n) { return n; }));
        m_inCase[k] = field == FilterField::Source ? values > 1 : values > 0;
    }
}

void ColumnFacets::add(const quint32 *positions, size_t n, Counts &counts) const
{
    for (int k = 0; k < kFieldCount; ++k) {
        if (!m_inCase[k])
            continue;
        counts[k].resize(m_codes[k], 0u);
        quint32 *c = counts[k].data();
        visitColumn(m_index, k, [&](const auto *column) {
            for (size_t j = 0; j < n; ++j)
                ++c[column[positions[j]]];
        });
    }
}

void ColumnFacets::fill(QueryResult &result, int facetTop, const Counts &matched,
                        const CountsOf &countsOf)
{
    const ColumnConditions conditions(m_index);
    FacetCounts &request = result.facets[int(IndexField::Request)];
    request.field = IndexField::Request; // no facet: a request's events are few
    request.inCase = false;
    for (int k = 0; k < kFieldCount; ++k) {
        const FilterField field = kFields[k];
        const IndexField indexField = filterFieldInfo(field).indexField;
        FacetCounts &facet = result.facets[int(indexField)];
        facet.field = indexField;
        facet.inCase = m_inCase[k];
        if (!facet.inCase)
            continue;
        const FieldCondition &condition = result.filter[field];
        std::vector<quint32> counts;
        if (!condition.isEmpty()) {
            // The alternatives to the field's own condition: the events of the filter without
            // it, which for a filter of that field alone are the whole case's, counted already.
            Filter without = result.filter;
            without[field] = FieldCondition();
            counts = without.isEmpty() ? m_caseCounts[k] : std::move(countsOf(without)[k]);
        } else {
            counts = matched[k];
        }
        counts.resize(m_codes[k], 0u);
        FacetRequest request;
        request.counts = counts.data();
        request.codes = quint32(counts.size());
        for (quint32 c = 0; c < counts.size(); ++c) {
            if (counts[c])
                request.candidates.push_back(c);
        }
        facet.distinct = quint32(request.candidates.size());
        if (field != FilterField::Ip && field != FilterField::Source && counts.size() <= 50000)
            facet.all = counts;
        std::vector<quint8> allowed;
        std::vector<quint32> listed;
        if (!condition.isEmpty()) {
            request.including = !condition.include.isEmpty();
            allowed = conditions.allowedCodes(field, condition);
            allowed.resize(std::max(allowed.size(), counts.size()), request.including ? 0 : 1);
            for (quint32 c = 0; c < allowed.size(); ++c) {
                if ((allowed[c] != 0) == request.including && (c > 0 || !request.including))
                    listed.push_back(c);
            }
            request.listed = &listed;
            request.allowed = &allowed;
        }
        FacetCounting::fillTop(facet, std::move(request), m_index, facetTop);
        // The values of the fields without a dictionary: an address as text, a source by its
        // number (the session adds its file name).
        for (FacetValue &v : facet.top) {
            if (field == FilterField::Ip && v.code > 0 && v.code <= m_index.ipCount())
                v.label = v.key = IpAddress::text(m_index.ipKey(v.code));
            else if (field == FilterField::Source)
                v.label = v.key = QString::number(v.code);
        }
    }
}

} // namespace auditlens
