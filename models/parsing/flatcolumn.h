// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <string_view>

namespace auditlens {

// Warehouse and SIEM re-exports spread the nested objects over columns of their own, one per
// member: ACTOR_ID, actor.id or actor_id; REQUEST_IP_ADDRESS; COMMON_FIELDS_SOURCE_IP. Such a
// column is kept as an extra column (so that the file can be written back as it was) and fills
// the fields its object's cell would (see CsvHeader and EventParser).
enum class FlatObject { Actor, Target, Scope, Organization, Account, Request, CommonFields };
enum class FlatMember { Id, Type, Name, IpAddress, ClientTraceId, SourceIp };

namespace FlatColumn {
// Case-insensitive, surrounding spaces ignored; false for a name that is no such column.
bool fromName(std::string_view name, FlatObject *object, FlatMember *member);
} // namespace FlatColumn

} // namespace auditlens
