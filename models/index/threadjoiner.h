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
