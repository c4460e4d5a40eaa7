// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "auditevent.h"

#include <cctype>

namespace auditlens {

namespace {
constexpr const char *kNames[kColumnCount] = {"action",      "actor",    "target", "payload",
                                              "occurred_at", "metadata", "id",     "version",
                                              "scope",       "success",  "request"};
}

const char *columnName(Column column)
{
    return kNames[columnIndex(column)];
}

bool columnFromName(std::string_view name, Column *column)
{
    while (!name.empty() && (name.front() == ' ' || name.front() == '\t'))
        name.remove_prefix(1);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t'))
        name.remove_suffix(1);
    for (int i = 0; i < kColumnCount; ++i) {
        const std::string_view known(kNames[i]);
        if (known.size() != name.size())
            continue;
        bool same = true;
        for (size_t k = 0; k < known.size() && same; ++k)
            same = std::tolower(static_cast<unsigned char>(name[k])) == known[k];
        if (same) {
            *column = static_cast<Column>(i);
            return true;
        }
    }
    return false;
}

bool isJsonColumn(Column column)
{
    switch (column) {
    case Column::Actor:
    case Column::Target:
    case Column::Payload:
    case Column::Metadata:
    case Column::Scope:
    case Column::Request:
        return true;
    default:
        return false;
    }
}

bool isRequiredColumn(Column column)
{
    switch (column) {
    case Column::Action:
    case Column::Actor:
    case Column::Target:
    case Column::OccurredAt:
    case Column::Id:
    case Column::Success:
        return true;
    default:
        return false;
    }
}

} // namespace auditlens
