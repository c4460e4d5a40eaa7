// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "timebound.h"

#include "../parsing/timestampparser.h"

#include <string>

namespace auditlens {

namespace {
constexpr qint64 kNanosPerSecond = 1000000000;
constexpr qint64 kNanosPerMinute = 60 * kNanosPerSecond;
constexpr qint64 kNanosPerDay = 86400 * kNanosPerSecond;

bool hasZone(std::string_view s)
{
    // After the time of day (from index 19 on): Z, or an offset's sign.
    for (size_t i = 19; i < s.size(); ++i) {
        const char c = s[i];
        if (c == 'Z' || c == 'z' || c == '+' || c == '-')
            return true;
    }
    return false;
}
} // namespace

bool TimeBound::parse(std::string_view text, Side side, qint64 *ns, const char **error)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    std::string full(text);
    qint64 span = 1; // nanoseconds the text names
    if (text.size() == 10) {
        full += "T00:00:00Z";
        span = kNanosPerDay;
    } else if (text.size() == 16 || (text.size() == 17 && (text[16] == 'Z' || text[16] == 'z'))) {
        full = std::string(text.substr(0, 16)) + ":00Z";
        span = kNanosPerMinute;
    } else if (text.size() >= 19 && !hasZone(text)) {
        full += 'Z';
    }
    qint64 value = 0;
    if (!TimestampParser::parse(full, &value, error))
        return false;
    *ns = side == Side::To ? value + span - 1 : value;
    return true;
}

bool TimeBound::parse(const QString &text, Side side, qint64 *ns, const char **error)
{
    const QByteArray utf8 = text.toUtf8();
    return parse(std::string_view(utf8.constData(), size_t(utf8.size())), side, ns, error);
}

QString TimeBound::format(qint64 ns, Side side)
{
    const qint64 start = side == Side::To ? ns + 1 : ns; // the edge the bound sits on
    auto floorMod = [](qint64 a, qint64 b) { return ((a % b) + b) % b; };
    if (floorMod(start, kNanosPerDay) == 0) {
        const qint64 day = side == Side::To ? start - kNanosPerDay : start;
        return TimestampParser::format(day, 0).left(10);
    }
    if (floorMod(start, kNanosPerMinute) == 0) {
        const qint64 minute = side == Side::To ? start - kNanosPerMinute : start;
        return TimestampParser::format(minute, 0).left(16).replace(QLatin1Char('T'),
                                                                   QLatin1Char(' '));
    }
    return TimestampParser::format(ns, -1);
}

} // namespace auditlens
