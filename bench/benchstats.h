// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Figures the benchmark programs print, computed one way for all of them.

#include <algorithm>
#include <vector>

namespace auditlens::bench {

// The q-quantile (0..1) of the samples, the nearest rank; 0 when there are none.
inline double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5));
    return v[i];
}

} // namespace auditlens::bench
