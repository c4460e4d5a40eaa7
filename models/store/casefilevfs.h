#pragma once

struct sqlite3;

namespace auditlens {

// The case file as SQLite's file layer holds it.
class CaseFileVfs
{
public:
    // The descriptor SQLite reads and writes db's main file through, or -1 when that cannot be
    // known for certain. Never close it: on POSIX, closing any descriptor of a file drops every
    // lock the process holds on it, and nothing else must open the case for that reason.
    static int descriptor(sqlite3 *db);
};

} // namespace auditlens
