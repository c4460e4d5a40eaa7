// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QtGlobal>

#include <limits>

namespace auditlens {

// Arithmetic on nanosecond times and seqs that stops at the ends of int64 instead of wrapping:
// every int64 is a time the parser may accept (1677-09-21T00:12:43.145224192Z is INT64_MIN) and a
// seq a case may hold, so a bucket bound or a preset next to one must not overflow.
inline qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (!__builtin_add_overflow(a, b, &sum))
        return sum;
    return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
}

inline qint64 saturatingSub(qint64 a, qint64 b)
{
    qint64 difference = 0;
    if (!__builtin_sub_overflow(a, b, &difference))
        return difference;
    return b < 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
}

inline qint64 saturatingMul(qint64 a, qint64 b)
{
    qint64 product = 0;
    if (!__builtin_mul_overflow(a, b, &product))
        return product;
    return (a < 0) != (b < 0) ? std::numeric_limits<qint64>::min()
                              : std::numeric_limits<qint64>::max();
}

} // namespace auditlens
