// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "queryresult.h"

#include <vector>

namespace auditlens {

// What one facet is made from once its counts are known.
struct FacetRequest
{
    const quint32 *counts = nullptr;              // per code of the field
    std::vector<quint32> candidates;              // the codes that may make the top
    const std::vector<quint32> *listed = nullptr; // the codes the filter names, or null
    const std::vector<quint8> *allowed = nullptr; // per code: passes the field's condition
    bool including = false;                       // the condition names values to include
    int wantSuccess = -1;                         // the success code asked for, or -1
    // Fields without a dictionary (IP address, source): how many codes counts holds. Their
    // values are ranked by code (address order, source number) and left unlabelled.
    quint32 codes = 0;
};

// A facet from its counts: the top values by count (ties by the dictionary's order), the values
// the filter names kept visible beside them, each with its label, the key that selects it and
// whether the filter includes or leaves it out.
class FacetCounting
{
public:
    static void fillTop(FacetCounts &facet, FacetRequest request, const EventIndex &index,
                        int facetTop);

    // Actions: one value per action whatever its spelling (see ActionSpelling), counting both,
    // in the counts merged and the listed codes listed that the request then points to (the
    // facet and the value picker).
    static void mergeSpellings(FacetCounts &facet, FacetRequest &request, const FieldDictionary &d,
                               std::vector<quint32> &merged, std::vector<quint32> &listed);
};

} // namespace auditlens
