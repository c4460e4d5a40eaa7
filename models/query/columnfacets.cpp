// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "columnfacets.h"

#include "../parsing/ipaddress.h"
#include "columnconditions.h"
#include "facetcounting.h"

#include <algorithm>

namespace auditlens {

ColumnFacets::ColumnFacets(const EventIndex &index) : m_index(index) {}

void ColumnFacets::prepare()
{
    if (m_ready)
        return;
    std::vector<quint32> every(m_index.size());
    for (quint32 i = 0; i < m_index.size(); ++i)
        every[i] = i;
    for (int k = 0; k < kFieldCount; ++k) {
        count(k, every, m_caseCounts[k]);
        const std::vector<quint32> &counts = m_caseCounts[k];
        // Code 0 is "none" but for sources, which are numbered from 1: one source alone is no
        // choice either.
        const quint32 values =
            quint32(std::count_if(counts.begin() + 1, counts.end(), [](quint32 n) { return n; }));
        m_inCase[k] = kFields[k] == FilterField::Source ? values > 1 : values > 0;
    }
    m_ready = true;
}

void ColumnFacets::count(int k, const std::vector<quint32> &positions,
                         std::vector<quint32> &counts) const
{
    const FilterField field = kFields[k];
    size_t codes = 1;
    if (field == FilterField::Ip) {
        codes += m_index.ipCount();
    } else if (field == FilterField::Source) {
        const auto &column = m_index.sourceColumn();
        codes += column.empty() ? 0 : *std::max_element(column.begin(), column.end());
    } else {
        codes =
            std::max<size_t>(codes, m_index.dictionary(filterFieldInfo(field).indexField).size());
    }
    counts.assign(codes, 0u);
    quint32 *c = counts.data();
    auto over = [&](const auto *column) {
        for (const quint32 p : positions)
            ++c[column[p]];
    };
    switch (field) {
    case FilterField::Organization:
        return m_index.organizationColumn().visit(over);
    case FilterField::Account:
        return m_index.accountColumn().visit(over);
    case FilterField::Ip:
        return m_index.ipColumn().visit(over);
    default:
        return over(m_index.sourceColumn().data());
    }
}

void ColumnFacets::fill(QueryResult &result, int facetTop, const PositionsOf &positionsOf)
{
    prepare();
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
            if (without.isEmpty())
                counts = m_caseCounts[k];
            else
                count(k, positionsOf(without), counts);
        } else if (result.positions.size() == m_index.size()) {
            counts = m_caseCounts[k];
        } else {
            count(k, result.positions, counts);
        }
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
