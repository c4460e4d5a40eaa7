// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <thread>

namespace auditlens {

// Joins a thread when leaving a scope, on every path out (a thread never joined ends the program).
struct ThreadJoiner
{
    std::thread &thread;
    ~ThreadJoiner()
    {
        if (thread.joinable())
            thread.join();
    }
};

} // namespace auditlens
