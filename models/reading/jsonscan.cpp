// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "jsonscan.h"

#include <cstring>

namespace auditlens::jsonscan {

size_t skipString(const char *d, size_t p, size_t end)
{
    size_t q = p + 1;
    while (q < end) {
        const auto *hit = static_cast<const char *>(std::memchr(d + q, '"', end - q));
        if (!hit)
            return kIncomplete;
        size_t k = size_t(hit - d);
        size_t backslashes = 0;
        while (k - backslashes > p + 1 && d[k - 1 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return k + 1;
        q = k + 1;
    }
    return kIncomplete;
}

size_t skipValue(const char *d, size_t p, size_t end)
{
    if (p >= end)
        return kIncomplete;
    if (d[p] == '"')
        return skipString(d, p, end);
    if (d[p] != '{' && d[p] != '[') {
        size_t q = p;
        while (q < end && !isSpace(d[q]) && d[q] != ',' && d[q] != ']' && d[q] != '}')
            ++q;
        return q == end ? kIncomplete : q;
    }
    size_t depth = 0;
    size_t q = p;
    while (q < end) {
        const char c = d[q];
        if (c == '"') {
            q = skipString(d, q, end);
            if (q == kIncomplete)
                return kIncomplete;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return q + 1;
        }
        ++q;
    }
    return kIncomplete;
}

} // namespace auditlens::jsonscan
