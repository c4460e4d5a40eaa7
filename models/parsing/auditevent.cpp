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

std::string headerKey(std::string_view name)
{
    while (!name.empty() && (name.front() == ' ' || name.front() == '\t'))
        name.remove_prefix(1);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t'))
        name.remove_suffix(1);
    std::string key(name);
    for (char &c : key)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

bool columnFromName(std::string_view name, Column *column)
{
    const std::string key = headerKey(name);
    for (int i = 0; i < kColumnCount; ++i) {
        if (key == kNames[i]) {
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
