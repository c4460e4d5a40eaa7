// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "facetcounting.h"

#include "actionspelling.h"

#include <QHash>

#include <algorithm>

namespace auditlens {

void FacetCounting::mergeSpellings(FacetCounts &facet, FacetRequest &request,
                                   const FieldDictionary &d, std::vector<quint32> &merged,
                                   std::vector<quint32> &listed)
{
    // Each spelling's count goes to the action's first code in the dictionary.
    const quint32 codes = quint32(std::min(d.labels.size(), size_t(d.size())));
    merged.assign(request.counts, request.counts + codes);
    std::vector<quint32> first(codes);
    QHash<QString, quint32> byKey;
    for (quint32 c = 0; c < codes; ++c) {
        const auto at = byKey.constFind(ActionSpelling::key(d.labels[c]));
        first[c] = at == byKey.cend() ? c : *at;
        if (at == byKey.cend()) {
            byKey.insert(ActionSpelling::key(d.labels[c]), c);
        } else {
            merged[*at] += merged[c];
            merged[c] = 0;
        }
    }
    auto toFirst = [&](std::vector<quint32> &list) {
        for (quint32 &c : list)
            c = c < codes ? first[c] : c;
        std::vector<quint32> unique;
        for (const quint32 c : list) {
            if (std::find(unique.begin(), unique.end(), c) == unique.end())
                unique.push_back(c);
        }
        list.swap(unique);
    };
    toFirst(request.candidates);
    facet.distinct = quint32(request.candidates.size());
    if (request.listed) {
        listed = *request.listed;
        toFirst(listed);
        request.listed = &listed;
    }
    request.counts = merged.data();
}

void FacetCounting::fillTop(FacetCounts &facet, FacetRequest request, const EventIndex &ix,
                            int facetTop)
{
    const IndexField field = facet.field;
    std::vector<quint32> merged;
    std::vector<quint32> mergedListed;
    if (field == IndexField::Action && ix.dictionary(field).hasLabels())
        mergeSpellings(facet, request, ix.dictionary(field), merged, mergedListed);
    const bool success = field == IndexField::Success;
    const bool coded = !success && field != IndexField::Ip && field != IndexField::Source;
    const quint32 *fc = request.counts;
    std::vector<quint32> &candidates = request.candidates;
    const std::vector<quint32> *rank = coded ? &ix.dictionary(field).rank : nullptr;
    auto before = [&](quint32 a, quint32 b) {
        if (fc[a] != fc[b])
            return fc[a] > fc[b];
        if (rank && (*rank)[a] != (*rank)[b])
            return (*rank)[a] < (*rank)[b];
        return a < b;
    };
    const size_t keep = std::min(candidates.size(), size_t(facetTop));
    std::partial_sort(candidates.begin(), candidates.begin() + qptrdiff(keep), candidates.end(),
                      before);
    candidates.resize(keep);
    if (success) {
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                        [&](quint32 c) { return fc[c] == 0; }),
                         candidates.end());
    }
    // Values in the filter stay visible even when they are not among the top ones (a few
    // of them: one name may stand for thousands of jobs).
    if (request.listed) {
        const size_t most = candidates.size() + size_t(facetTop);
        for (const quint32 c : *request.listed) {
            if (candidates.size() >= most)
                break;
            if (std::find(candidates.begin(), candidates.end(), c) == candidates.end())
                candidates.push_back(c);
        }
    }
    const std::vector<quint8> *allowed = request.allowed;
    const size_t codes = success  ? size_t(EventIndex::SuccessMask) + 1
                         : !coded ? size_t(request.codes)
                                  : size_t(ix.dictionary(field).size());
    for (const quint32 c : candidates) {
        FacetValue v;
        v.code = c;
        v.count = c < codes ? fc[c] : 0;
        if (allowed) {
            const bool ok = (*allowed)[c];
            v.included = request.including && ok;
            v.excluded = !ok && !request.including;
        } else if (success) {
            v.included = request.wantSuccess >= 0 && int(c) == request.wantSuccess;
        }
        const FieldDictionary *d = coded ? &ix.dictionary(field) : nullptr;
        if (success) {
            v.key = c == EventIndex::SuccessTrue    ? QStringLiteral("true")
                    : c == EventIndex::SuccessFalse ? QStringLiteral("false")
                                                    : QString();
            v.label = v.key;
        } else if (d && d->hasLabels() && c < d->labels.size()) { // else labelled by the caller
            v.label = d->labels[c];
            if (field == IndexField::Action) {
                v.label = ActionSpelling::key(v.label);
                v.key = v.label;
            } else if (c == 0) {
                v.key = v.label;
            } else {
                // A name shared by several entities would select all of them: use the id.
                const QByteArray name = v.label.toUtf8();
                const size_t same =
                    d->countCodes(std::string_view(name.constData(), size_t(name.size())));
                v.key = same == 1 ? v.label : d->ids[c];
                if (same > 1) // tell apart entities that share a name
                    v.label += QStringLiteral(" · ") + d->ids[c].left(8);
            }
        }
        facet.top.push_back(std::move(v));
    }
}

} // namespace auditlens
