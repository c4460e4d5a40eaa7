// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "jsonnumbers.h"

#include <charconv>
#include <system_error>

namespace auditlens {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? and nothing else.
bool isJsonNumber(std::string_view s)
{
    size_t i = 0;
    const size_t n = s.size();
    if (i < n && s[i] == '-')
        ++i;
    if (i >= n || !isDigit(s[i]))
        return false;
    if (s[i] == '0') {
        ++i;
    } else {
        while (i < n && isDigit(s[i]))
            ++i;
    }
    if (i < n && s[i] == '.') {
        ++i;
        if (i >= n || !isDigit(s[i]))
            return false;
        while (i < n && isDigit(s[i]))
            ++i;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (i >= n || !isDigit(s[i]))
            return false;
        while (i < n && isDigit(s[i]))
            ++i;
    }
    return i == n;
}

bool isNumberChar(char c)
{
    return isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}
} // namespace

bool JsonNumbers::isOutOfRange(std::string_view number)
{
    if (!isJsonNumber(number))
        return false;
    double value = 0;
    // from_chars reads the C locale's notation whatever the process's locale, and says when the
    // value overflows (or underflows to nothing) instead of guessing.
    const auto result = std::from_chars(number.data(), number.data() + number.size(), value);
    return result.ec == std::errc::result_out_of_range;
}

std::string_view JsonNumbers::replace(std::string_view text, Replace which, std::string *copy)
{
    copy->clear();
    copy->reserve(text.size());
    std::string_view first;
    size_t done = 0;
    size_t i = 0;
    const size_t n = text.size();
    while (i < n) {
        const char c = text[i];
        if (c == '"') {
            // Skip the string, escapes included.
            for (++i; i < n && text[i] != '"'; ++i) {
                if (text[i] == '\\')
                    ++i;
            }
            ++i;
            continue;
        }
        if (c != '-' && !isDigit(c)) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < n && isNumberChar(text[end]))
            ++end;
        const std::string_view token = text.substr(i, end - i);
        if (isJsonNumber(token) && (which == Replace::All || isOutOfRange(token))) {
            copy->append(text.data() + done, i - done);
            copy->push_back('0');
            done = end;
            if (first.empty())
                first = token;
        }
        i = end;
    }
    if (first.empty())
        return {};
    copy->append(text.data() + done, n - done);
    return first;
}

} // namespace auditlens
