// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

namespace auditlens {

// What duplicate resolution decided for an event: no other event has its id, or it is one of
// identical copies, or one of copies that differ. The case stores it as 0, 1 or 2.
enum class DuplicateKind { None = 0, Exact = 1, Conflicting = 2 };

} // namespace auditlens
