// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "flatcolumn.h"

#include "auditevent.h"

#include <string>
#include <utility>

namespace auditlens {

bool FlatColumn::fromName(std::string_view name, FlatObject *object, FlatMember *member)
{
    const std::string lower = headerKey(name);
    static constexpr std::pair<const char *, FlatObject> kObjects[] = {
        {"actor", FlatObject::Actor},
        {"target", FlatObject::Target},
        {"scope", FlatObject::Scope},
        {"organization", FlatObject::Organization},
        {"account", FlatObject::Account},
        {"request", FlatObject::Request},
        {"common_fields", FlatObject::CommonFields}};
    static constexpr std::pair<const char *, FlatMember> kMembers[] = {
        {"id", FlatMember::Id},
        {"type", FlatMember::Type},
        {"name", FlatMember::Name},
        {"ip_address", FlatMember::IpAddress},
        {"client_trace_id", FlatMember::ClientTraceId},
        {"source_ip", FlatMember::SourceIp}};
    for (const auto &[prefix, flat] : kObjects) {
        const std::string_view p(prefix);
        if (lower.size() <= p.size() + 1 || lower.compare(0, p.size(), p) != 0 ||
            (lower[p.size()] != '_' && lower[p.size()] != '.'))
            continue;
        const std::string_view rest = std::string_view(lower).substr(p.size() + 1);
        for (const auto &[key, m] : kMembers) {
            if (rest == key) {
                *object = flat;
                *member = m;
                return true;
            }
        }
    }
    return false;
}

} // namespace auditlens
