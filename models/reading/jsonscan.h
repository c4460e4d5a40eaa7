// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <cstddef>
#include <string_view>

namespace auditlens::jsonscan {

constexpr size_t kIncomplete = size_t(-1);

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline size_t skipSpace(const char *d, size_t p, size_t end)
{
    while (p < end && isSpace(d[p]))
        ++p;
    return p;
}

// Index just past the JSON value starting at p (object, array, string or bare token), or
// kIncomplete when the bytes end first. Depth is a counter, not recursion: any nesting is safe.
size_t skipValue(const char *d, size_t p, size_t end);

// Index just past the string whose opening quote is at p, or kIncomplete.
size_t skipString(const char *d, size_t p, size_t end);

} // namespace auditlens::jsonscan
