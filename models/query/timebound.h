// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

#include <string_view>

namespace auditlens {

// A bound of a filter's time range as a person types it: a day (`2026-02-05`), a minute
// (`2026-02-05 10:15`, `T` or a space between), a second, or a full ISO-8601 timestamp. A time
// without a zone is UTC. A From bound starts at the beginning of what it names and a To bound
// ends at its last nanosecond, so `2026-02-05` .. `2026-02-05` is that whole day.
class TimeBound
{
public:
    enum class Side { From, To };

    // Returns false and sets *error (a static English reason) when text is not such a time.
    static bool parse(std::string_view text, Side side, qint64 *nanoseconds,
                      const char **error = nullptr);
    static bool parse(const QString &text, Side side, qint64 *nanoseconds,
                      const char **error = nullptr);
    // The bound as short as reads back to the same instant: a day or a minute when it falls on
    // one's edge for its side, the full timestamp otherwise.
    static QString format(qint64 nanoseconds, Side side);
};

} // namespace auditlens
