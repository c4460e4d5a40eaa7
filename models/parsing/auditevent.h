// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../reading/problem.h"
#include "eventsuccess.h"

#include <QString>

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace auditlens {

// The columns of a CircleCI audit-log export, in the order CircleCI writes them.
enum class Column : int {
    Action,
    Actor,
    Target,
    Payload,
    OccurredAt,
    Metadata,
    Id,
    Version,
    Scope,
    Success,
    Request,
};
constexpr int kColumnCount = 11;

const char *columnName(Column column);
// A header cell as matched against known names: without surrounding spaces and tabs, lower
// case (ASCII). Every header-name lookup goes through it, so they agree on what is one name.
std::string headerKey(std::string_view name);
// Case-insensitive, surrounding spaces ignored; false for a column we do not know.
bool columnFromName(std::string_view name, Column *column);
// The columns that hold JSON objects.
bool isJsonColumn(Column column);
// The columns without which a file is not an audit log we can read.
bool isRequiredColumn(Column column);

inline int columnIndex(Column column)
{
    return static_cast<int>(column);
}

// One event's cells as read, before interpretation. Views into the reader's buffers.
struct EventCells
{
    std::array<std::string_view, kColumnCount> cell{};
    std::array<bool, kColumnCount> present{};
    std::vector<std::pair<std::string_view, std::string_view>>
        extras; // unknown columns: name, text
    qint64 line = 0;
    qint64 offset = 0;
    std::string_view raw; // the whole record
    // Every cell has SIMDJSON's 64 readable bytes after it (what follows does not matter), so
    // the JSON parser can read the cells where they are instead of copying them first.
    bool padded = false;

    std::string_view operator[](Column c) const { return cell[size_t(columnIndex(c))]; }
    bool has(Column c) const { return present[size_t(columnIndex(c))]; }
    void set(Column c, std::string_view text)
    {
        cell[size_t(columnIndex(c))] = text;
        present[size_t(columnIndex(c))] = true;
    }
    void clear()
    {
        cell.fill({});
        present.fill(false);
        extras.clear();
    }
};

// actor, target and scope: always id and type, usually name.
struct EntityRef
{
    std::string_view id;
    std::string_view type;
    std::string_view name;
    bool present = false;
};

// The roles an entity plays in an event, in the order ParsedEvent and the importer keep them.
enum class EntityRole : int { Actor, Target, Scope, Organization, Account };
constexpr int kEntityRoleCount = 5;

// What the parser makes of the cells: the fields people filter on, and what is wrong.
struct ParsedEvent
{
    EntityRef actor;
    EntityRef target;
    EntityRef scope;
    // Today's exports: the organization and account cells (extra columns of the older shape).
    EntityRef organization;
    EntityRef account;
    std::string_view requestId;
    // request.ip_address, else common_fields.source_ip; as written.
    std::string_view ipAddress;
    std::string_view clientTraceId;
    qint64 occurredNs = 0;
    bool hasTime = false;
    EventSuccess success = EventSuccess::Unreadable;
    quint32 flags = 0; // 1 << ProblemKind of each content problem

    const EntityRef &entity(EntityRole role) const
    {
        const EntityRef *refs[kEntityRoleCount] = {&actor, &target, &scope, &organization,
                                                   &account};
        return *refs[int(role)];
    }
};

inline quint32 flagBit(ProblemKind kind)
{
    return 1u << static_cast<int>(kind);
}

} // namespace auditlens
