// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

#include <string_view>

namespace auditlens {

// ISO-8601 timestamps as int64 nanoseconds since the Unix epoch, UTC. Ours rather than
// QDateTime's: QDateTime keeps milliseconds and rounds, so `23:59:59.9995Z` would leave its day.
// Accepted: YYYY-MM-DD('T'|'t'|' ')hh:mm:ss[.f{1,9}](Z|z|±hh:mm|±hhmm). A leap second (:60) is
// read as the first instant of the next minute, as POSIX time does. Years 1678-2262 (int64 ns).
class TimestampParser
{
public:
    // Returns false and sets *error (a static English reason, translated in the context
    // "TimestampParser") when text is not such a time.
    static bool parse(std::string_view text, qint64 *nanoseconds, const char **error = nullptr);

    // "2026-01-03T10:02:11.123456789Z"; fractionDigits 0-9, or -1 for as few as keep every
    // non-zero digit (none, 3, 6 or 9).
    static QString format(qint64 nanoseconds, int fractionDigits = 9);
    // Same with a fixed offset in seconds east of UTC ("+02:00" instead of "Z").
    static QString formatWithOffset(qint64 nanoseconds, int offsetSeconds, int fractionDigits);
};

// Days since 1970-01-01 of a proleptic Gregorian date, and back.
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day);
void civilFromDays(qint64 days, qint64 *year, unsigned *month, unsigned *day);

} // namespace auditlens
