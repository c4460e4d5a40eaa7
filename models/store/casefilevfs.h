// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <atomic>

struct sqlite3;

namespace auditlens {

// SQLite's file layer for case files, laid over the system's own (unix) layer. It adds two
// things to it:
// - A write transaction can keep the case's existing pages aside until it commits, instead of
//   writing them into the file as soon as SQLite's page cache overflows. SQLite must hold the
//   exclusive lock to write into the file, which keeps every reader out until the commit: for an
//   import, nearly its whole length. Kept aside, the file holds the case as it was before the
//   transaction, plus new pages past its end that no reader of that state looks at, so readers
//   keep reading under the writer's RESERVED lock. At the commit the exclusive lock is taken as
//   usual (waiting for the readers of the moment) and the kept pages are written first. The
//   rollback journal is untouched: a kill or a power cut leaves the case as it was.
// - It tells which file descriptor SQLite opened a case with, so that nobody opens a second
//   one: on POSIX, closing any descriptor of a file drops every lock the process holds on it.
class CaseFileVfs
{
public:
    // Makes this layer SQLite's default, once. False when the default layer is not the unix
    // one: then nothing changes, and the functions below do nothing.
    static bool install();

    // The descriptor SQLite reads and writes db's main file through, or -1 when that cannot be
    // known for certain. Never close it.
    static int descriptor(sqlite3 *db);

    // From now on (until switched off), db's write transactions keep the case's existing pages
    // aside until they commit. False when this layer is not in use.
    static bool setDeferWrites(sqlite3 *db, bool on);
    // Call right before COMMIT: takes the exclusive lock, waiting for the readers of the moment
    // to finish (new ones wait meanwhile) up to timeoutMs or until *cancel is set, and writes the
    // pages kept aside. SQLITE_OK, SQLITE_BUSY when the readers did not finish in time or the
    // wait was cancelled, or the I/O error.
    static int finishDeferredWrites(sqlite3 *db, int timeoutMs, const std::atomic<bool> *cancel);
    // Call right before ROLLBACK: the pages kept aside are dropped, without waiting for readers
    // (the file still holds the ones they replace).
    static void discardDeferredWrites(sqlite3 *db);
    // How many bytes of the case's existing pages the current transaction keeps aside.
    static long long deferredBytes(sqlite3 *db);
};

} // namespace auditlens
