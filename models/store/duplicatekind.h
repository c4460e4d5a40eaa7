// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <cstdint>

namespace auditlens {

// What duplicate resolution decided for an event: no other event has its id, or it is one of
// identical copies, or one of copies that differ. The case stores it as 0, 1 or 2. One byte, so
// that the keys of an export stay small.
enum class DuplicateKind : std::uint8_t { None = 0, Exact = 1, Conflicting = 2 };

} // namespace auditlens
