// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "timestampparser.h"

#include <QCoreApplication>

#include <cstdio>

namespace auditlens {

namespace {
constexpr qint64 kNanosPerSecond = 1000000000;
constexpr qint64 kSecondsPerDay = 86400;

bool digits(std::string_view s, size_t at, size_t count, int *value)
{
    if (at + count > s.size())
        return false;
    int v = 0;
    for (size_t i = 0; i < count; ++i) {
        const char c = s[at + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}

bool isLeap(qint64 year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

unsigned daysInMonth(qint64 year, unsigned month)
{
    static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

bool fail(const char **error, const char *reason)
{
    if (error)
        *error = reason;
    return false;
}
} // namespace

qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    // Howard Hinnant's days_from_civil.
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yoe = unsigned(year - era * 400);
    const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 days, qint64 *year, unsigned *month, unsigned *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *day = doy - (153 * mp + 2) / 5 + 1;
    *month = mp < 10 ? mp + 3 : mp - 9;
    *year = qint64(yoe) + era * 400 + (*month <= 2);
}

bool TimestampParser::parse(std::string_view s, qint64 *nanoseconds, const char **error)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (s.empty())
        return fail(error, QT_TRANSLATE_NOOP("TimestampParser", "the time is empty"));
    if (!digits(s, 0, 4, &year) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, &month) ||
        s[7] != '-' || !digits(s, 8, 2, &day))
        return fail(error, QT_TRANSLATE_NOOP("TimestampParser", "the date is not YYYY-MM-DD"));
    if (s.size() < 19 || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') ||
        !digits(s, 11, 2, &hour) || s[13] != ':' || !digits(s, 14, 2, &minute) || s[16] != ':' ||
        !digits(s, 17, 2, &second))
        return fail(error, QT_TRANSLATE_NOOP("TimestampParser", "the time of day is not hh:mm:ss"));
    if (month < 1 || month > 12 || day < 1 || unsigned(day) > daysInMonth(year, unsigned(month)))
        return fail(error, QT_TRANSLATE_NOOP("TimestampParser", "the date does not exist"));
    if (hour > 23 || minute > 59 || second > 60)
        return fail(error, QT_TRANSLATE_NOOP("TimestampParser", "the time of day does not exist"));
    if (second == 60 && !(hour == 23 && minute == 59))
        return fail(error,
                    QT_TRANSLATE_NOOP("TimestampParser", "a leap second can only be 23:59:60"));
    size_t at = 19;
    qint64 fraction = 0;
    if (at < s.size() && (s[at] == '.' || s[at] == ',')) {
        ++at;
        size_t count = 0;
        while (at < s.size() && s[at] >= '0' && s[at] <= '9') {
            if (++count > 9)
                return fail(error, QT_TRANSLATE_NOOP("TimestampParser",
                                                     "more than nine fractional digits"));
            fraction = fraction * 10 + (s[at] - '0');
            ++at;
        }
        if (count == 0)
            return fail(error,
                        QT_TRANSLATE_NOOP("TimestampParser", "no digits after the decimal point"));
        for (size_t i = count; i < 9; ++i)
            fraction *= 10;
    }
    qint64 offsetSeconds = 0;
    if (at == s.size())
        return fail(error,
                    QT_TRANSLATE_NOOP("TimestampParser", "the time has no zone (Z or an offset)"));
    if (s[at] == 'Z' || s[at] == 'z') {
        ++at;
    } else if (s[at] == '+' || s[at] == '-') {
        const int sign = s[at] == '-' ? -1 : 1;
        int oh = 0, om = 0;
        if (!digits(s, at + 1, 2, &oh))
            return fail(error,
                        QT_TRANSLATE_NOOP("TimestampParser", "the zone offset is not ±hh:mm"));
        size_t next = at + 3;
        if (next < s.size() && s[next] == ':')
            ++next;
        if (!digits(s, next, 2, &om) || oh > 23 || om > 59)
            return fail(error,
                        QT_TRANSLATE_NOOP("TimestampParser", "the zone offset is not ±hh:mm"));
        offsetSeconds = sign * (oh * 3600 + om * 60);
        at = next + 2;
    } else {
        return fail(error,
                    QT_TRANSLATE_NOOP("TimestampParser", "unexpected text after the seconds"));
    }
    if (at != s.size())
        return fail(error, QT_TRANSLATE_NOOP("TimestampParser", "unexpected text after the zone"));

    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 seconds =
        days * kSecondsPerDay + hour * 3600 + minute * 60 + second - offsetSeconds;
    // Borrow a second for a negative time so the product stays in range down to INT64_MIN.
    qint64 wholeSeconds = seconds;
    if (wholeSeconds < 0 && fraction > 0) {
        ++wholeSeconds;
        fraction -= kNanosPerSecond;
    }
    qint64 result = 0;
    if (__builtin_mul_overflow(wholeSeconds, kNanosPerSecond, &result) ||
        __builtin_add_overflow(result, fraction, &result))
        return fail(
            error, QT_TRANSLATE_NOOP("TimestampParser", "the time is outside the years 1678-2262"));
    *nanoseconds = result;
    return true;
}

QString TimestampParser::formatWithOffset(qint64 ns, int offsetSeconds, int fractionDigits)
{
    qint64 secs = ns / kNanosPerSecond;
    qint64 frac = ns % kNanosPerSecond;
    if (frac < 0) {
        frac += kNanosPerSecond;
        --secs;
    }
    secs += offsetSeconds;
    qint64 days = secs / kSecondsPerDay;
    qint64 rem = secs % kSecondsPerDay;
    if (rem < 0) {
        rem += kSecondsPerDay;
        --days;
    }
    qint64 year = 0;
    unsigned month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    char text[64];
    int n = std::snprintf(text, sizeof text, "%04lld-%02u-%02uT%02d:%02d:%02d", (long long)year,
                          month, day, int(rem / 3600), int(rem / 60 % 60), int(rem % 60));
    int wanted = fractionDigits;
    if (wanted < 0)
        wanted = frac == 0 ? 0 : frac % 1000000 == 0 ? 3 : frac % 1000 == 0 ? 6 : 9;
    if (wanted > 0) {
        char digits9[16];
        std::snprintf(digits9, sizeof digits9, "%09lld", (long long)frac);
        n += std::snprintf(text + n, sizeof text - size_t(n), ".%.*s", qMin(wanted, 9), digits9);
    }
    if (offsetSeconds == 0) {
        std::snprintf(text + n, sizeof text - size_t(n), "Z");
    } else {
        const int a = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
        std::snprintf(text + n, sizeof text - size_t(n), "%c%02d:%02d",
                      offsetSeconds < 0 ? '-' : '+', a / 3600, a / 60 % 60);
    }
    return QString::fromLatin1(text);
}

QString TimestampParser::format(qint64 ns, int fractionDigits)
{
    return formatWithOffset(ns, 0, fractionDigits);
}

} // namespace auditlens
