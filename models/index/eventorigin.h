// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QtGlobal>

#include <string_view>

namespace auditlens {

// What today's exports say of an event's origin: its organization's and account's entities (0:
// none), the key of its request's IP address (IpAddress::key; empty: none) and its request id.
struct EventOrigin
{
    quint32 organization = 0;
    quint32 account = 0;
    std::string_view ipKey;
    bool hasRequest = false;
    std::string_view requestId;
};

} // namespace auditlens
