// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "casefilevfs.h"

#include <sqlite3.h>

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <map>
#include <memory>
#include <new>
#include <thread>

namespace auditlens {

namespace {

// File-control opcodes of this layer (SQLite hands the ones it does not know to the layer).
constexpr int kSetDeferWrites = 0x414c0001;
constexpr int kFinishDeferred = 0x414c0002;
constexpr int kDiscardDeferred = 0x414c0003;
constexpr int kDeferredBytes = 0x414c0004;

// Past this, kept pages are written for real (once readers have finished), as SQLite would.
constexpr sqlite3_int64 kMaxKeptBytes = sqlite3_int64(64) << 20;
// How long a commit that did not call finishDeferredWrites() waits for readers.
constexpr int kCommitWaitMs = 60000;

struct FinishRequest
{
    int timeoutMs;
    const std::atomic<bool> *cancel;
};

// What one main-database file holds aside during a write transaction.
struct Deferral
{
    bool enabled = false;           // setDeferWrites(on)
    bool active = false;            // SQLite believes it holds EXCLUSIVE; the real lock is below it
    bool discarding = false;        // rolling back: the kept pages are dropped, never written
    sqlite3_int64 originalSize = 0; // the file's size when the transaction started to write
    int pageSize = 0;
    sqlite3_int64 keptBytes = 0;
    std::map<sqlite3_int64, std::unique_ptr<char[]>> pages; // by offset, in file order

    void reset()
    {
        active = false;
        discarding = false;
        originalSize = 0;
        pageSize = 0;
        keptBytes = 0;
        pages.clear();
    }
};

// The file SQLite sees for a main database; the unix layer's own file follows it in memory.
struct CaseFile
{
    sqlite3_file base; // first: SQLite's view of it
    sqlite3_file *real;
    int realLock;
    Deferral *deferral;
};

// The beginning of the unix layer's file (os_unix.c, unixFile), stable since SQLite 3.7.
struct UnixFileHead
{
    const sqlite3_io_methods *methods;
    sqlite3_vfs *vfs;
    void *inode;
    int fd;
};

sqlite3_vfs *g_unix = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

CaseFile *caseFile(sqlite3_file *file)
{
    return reinterpret_cast<CaseFile *>(file);
}

const sqlite3_io_methods &real(const CaseFile *c)
{
    return *c->real->pMethods;
}

// Takes the exclusive lock for real (waiting for readers) and writes the kept pages.
int makeReal(CaseFile *c, int timeoutMs, const std::atomic<bool> *cancel)
{
    Deferral &d = *c->deferral;
    const auto start = std::chrono::steady_clock::now();
    int pauseMs = 1;
    for (;;) {
        const int rc = real(c).xLock(c->real, SQLITE_LOCK_EXCLUSIVE);
        if (rc == SQLITE_OK)
            break;
        if (rc != SQLITE_BUSY)
            return rc;
        c->realLock = SQLITE_LOCK_PENDING; // new readers now wait; those reading finish
        const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - start);
        if ((cancel && cancel->load()) || waited.count() >= timeoutMs)
            return SQLITE_BUSY;
        std::this_thread::sleep_for(std::chrono::milliseconds(pauseMs));
        pauseMs = std::min(pauseMs * 2, 20);
    }
    c->realLock = SQLITE_LOCK_EXCLUSIVE;
    // From here on every write goes to the file. Should one of these fail, SQLite rolls back
    // from the journal, straight into the file.
    d.active = false;
    int rc = SQLITE_OK;
    for (const auto &[offset, page] : d.pages) {
        rc = real(c).xWrite(c->real, page.get(), d.pageSize, offset);
        if (rc != SQLITE_OK)
            break;
    }
    d.reset();
    return rc;
}

int caseClose(sqlite3_file *file)
{
    CaseFile *c = caseFile(file);
    const int rc = real(c).xClose(c->real);
    delete c->deferral;
    c->deferral = nullptr;
    return rc;
}

int caseRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    CaseFile *c = caseFile(file);
    const int rc = real(c).xRead(c->real, buffer, amount, offset);
    const Deferral &d = *c->deferral;
    if ((rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ) || d.pages.empty())
        return rc;
    // The kept pages over what the file still holds.
    const sqlite3_int64 end = offset + amount;
    for (sqlite3_int64 page = offset - offset % d.pageSize; page < end; page += d.pageSize) {
        const auto kept = d.pages.find(page);
        if (kept == d.pages.end())
            continue;
        const sqlite3_int64 from = std::max(page, offset);
        const sqlite3_int64 to = std::min(page + d.pageSize, end);
        std::memcpy(static_cast<char *>(buffer) + (from - offset),
                    kept->second.get() + (from - page), size_t(to - from));
    }
    return rc;
}

bool isPageWrite(const Deferral &d, int amount, sqlite3_int64 offset)
{
    const bool powerOfTwo = amount >= 512 && amount <= 65536 && (amount & (amount - 1)) == 0;
    return powerOfTwo && offset % amount == 0 && offset + amount <= d.originalSize &&
           (d.pageSize == 0 || d.pageSize == amount);
}

int caseWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    CaseFile *c = caseFile(file);
    Deferral &d = *c->deferral;
    // New pages go past the end of the file as it was: no reader of that state looks there.
    if (!d.active || offset >= d.originalSize)
        return real(c).xWrite(c->real, data, amount, offset);
    auto kept = d.pages.find(offset);
    const bool fits =
        d.discarding || kept != d.pages.end() || d.keptBytes + amount <= kMaxKeptBytes;
    if (!isPageWrite(d, amount, offset) || !fits) {
        const int rc = makeReal(c, kCommitWaitMs, nullptr);
        return rc == SQLITE_OK ? real(c).xWrite(c->real, data, amount, offset) : rc;
    }
    if (kept == d.pages.end()) {
        std::unique_ptr<char[]> page(new (std::nothrow) char[size_t(amount)]);
        if (!page)
            return SQLITE_IOERR_NOMEM;
        kept = d.pages.emplace(offset, std::move(page)).first;
        d.keptBytes += amount;
        d.pageSize = amount;
    }
    std::memcpy(kept->second.get(), data, size_t(amount));
    return SQLITE_OK;
}

int caseTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    CaseFile *c = caseFile(file);
    Deferral &d = *c->deferral;
    if (d.active && size < d.originalSize && !d.discarding) {
        const int rc = makeReal(c, kCommitWaitMs, nullptr);
        if (rc != SQLITE_OK)
            return rc;
    }
    return real(c).xTruncate(c->real, size);
}

int caseSync(sqlite3_file *file, int flags)
{
    CaseFile *c = caseFile(file);
    return real(c).xSync(c->real, flags);
}

int caseFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    CaseFile *c = caseFile(file);
    return real(c).xFileSize(c->real, size);
}

int caseLock(sqlite3_file *file, int level)
{
    CaseFile *c = caseFile(file);
    Deferral &d = *c->deferral;
    // A write transaction (RESERVED held) that needs to write into the file: it is granted
    // without the real lock, and the file's existing pages are kept aside from now on.
    if (level == SQLITE_LOCK_EXCLUSIVE && d.enabled && c->realLock == SQLITE_LOCK_RESERVED) {
        if (d.active)
            return SQLITE_OK;
        sqlite3_int64 size = 0;
        const int rc = real(c).xFileSize(c->real, &size);
        if (rc != SQLITE_OK)
            return rc;
        d.reset();
        d.active = true;
        d.originalSize = size;
        return SQLITE_OK;
    }
    const int rc = real(c).xLock(c->real, level);
    if (rc == SQLITE_OK)
        c->realLock = level;
    else if (rc == SQLITE_BUSY && level == SQLITE_LOCK_EXCLUSIVE)
        c->realLock = SQLITE_LOCK_PENDING;
    return rc;
}

int caseUnlock(sqlite3_file *file, int level)
{
    CaseFile *c = caseFile(file);
    // The transaction is over. Pages still kept here belong to one that did not commit (the
    // commit writes them first): the file holds what they replaced.
    if (level <= SQLITE_LOCK_SHARED)
        c->deferral->reset();
    const int rc = real(c).xUnlock(c->real, level);
    if (rc == SQLITE_OK)
        c->realLock = std::min(c->realLock, level);
    return rc;
}

int caseCheckReservedLock(sqlite3_file *file, int *out)
{
    CaseFile *c = caseFile(file);
    return real(c).xCheckReservedLock(c->real, out);
}

int caseFileControl(sqlite3_file *file, int op, void *arg)
{
    CaseFile *c = caseFile(file);
    Deferral &d = *c->deferral;
    switch (op) {
    case kSetDeferWrites:
        d.enabled = *static_cast<const int *>(arg) != 0;
        return SQLITE_OK;
    case kFinishDeferred: {
        // Also when nothing was kept yet: the commit is to find the exclusive lock taken.
        if (!d.active && c->realLock != SQLITE_LOCK_RESERVED && c->realLock != SQLITE_LOCK_PENDING)
            return SQLITE_OK;
        const auto *request = static_cast<const FinishRequest *>(arg);
        return makeReal(c, request->timeoutMs, request->cancel);
    }
    case kDiscardDeferred:
        d.discarding = true;
        return SQLITE_OK;
    case kDeferredBytes:
        *static_cast<sqlite3_int64 *>(arg) = d.keptBytes;
        return SQLITE_OK;
    case SQLITE_FCNTL_SYNC:
        // Sent just before a commit syncs the file: the kept pages must be in it by then.
        if (d.active && !d.discarding) {
            const int rc = makeReal(c, kCommitWaitMs, nullptr);
            if (rc != SQLITE_OK)
                return rc;
        }
        break;
    default:
        break;
    }
    return real(c).xFileControl(c->real, op, arg);
}

int caseSectorSize(sqlite3_file *file)
{
    CaseFile *c = caseFile(file);
    return real(c).xSectorSize(c->real);
}

int caseDeviceCharacteristics(sqlite3_file *file)
{
    CaseFile *c = caseFile(file);
    // Batch-atomic writes would bypass the journal, and with it what keeps readers safe here.
    return real(c).xDeviceCharacteristics(c->real) & ~SQLITE_IOCAP_BATCH_ATOMIC;
}

int caseShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    CaseFile *c = caseFile(file);
    return real(c).xShmMap(c->real, region, size, extend, out);
}

int caseShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    CaseFile *c = caseFile(file);
    return real(c).xShmLock(c->real, offset, n, flags);
}

void caseShmBarrier(sqlite3_file *file)
{
    CaseFile *c = caseFile(file);
    real(c).xShmBarrier(c->real);
}

int caseShmUnmap(sqlite3_file *file, int deleteFlag)
{
    CaseFile *c = caseFile(file);
    return real(c).xShmUnmap(c->real, deleteFlag);
}

int caseOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    // Journals and temporary files are the unix layer's own, in the room SQLite gave us.
    if (!(flags & SQLITE_OPEN_MAIN_DB))
        return g_unix->xOpen(g_unix, name, file, flags, outFlags);
    CaseFile *c = caseFile(file);
    c->base.pMethods = nullptr; // SQLite closes nothing that failed to open
    c->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + sizeof(CaseFile));
    c->realLock = SQLITE_LOCK_NONE;
    c->deferral = new (std::nothrow) Deferral;
    if (!c->deferral)
        return SQLITE_NOMEM;
    const int rc = g_unix->xOpen(g_unix, name, c->real, flags, outFlags);
    if (rc != SQLITE_OK || !c->real->pMethods || c->real->pMethods->iVersion < 2) {
        if (rc == SQLITE_OK && c->real->pMethods)
            c->real->pMethods->xClose(c->real);
        delete c->deferral;
        c->deferral = nullptr;
        return rc == SQLITE_OK ? SQLITE_CANTOPEN : rc;
    }
    c->base.pMethods = &g_methods;
    return SQLITE_OK;
}

// The file db's main database was opened with, when it is this layer's.
CaseFile *mainCaseFile(sqlite3 *db)
{
    sqlite3_file *file = nullptr;
    if (!db || !g_unix ||
        sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        file->pMethods != &g_methods)
        return nullptr;
    return caseFile(file);
}
} // namespace

bool CaseFileVfs::install()
{
    static const bool installed = [] {
        sqlite3_vfs *base = sqlite3_vfs_find(nullptr);
        if (!base || std::strcmp(base->zName, "unix") != 0 || base->iVersion < 1)
            return false;
        g_unix = base;
        g_vfs = *base; // names, time, randomness, dynamic loading: the unix layer's own
        g_vfs.pNext = nullptr;
        g_vfs.zName = "auditlens-case";
        g_vfs.szOsFile = int(sizeof(CaseFile)) + base->szOsFile;
        g_vfs.xOpen = caseOpen;
        g_methods = sqlite3_io_methods{2,
                                       caseClose,
                                       caseRead,
                                       caseWrite,
                                       caseTruncate,
                                       caseSync,
                                       caseFileSize,
                                       caseLock,
                                       caseUnlock,
                                       caseCheckReservedLock,
                                       caseFileControl,
                                       caseSectorSize,
                                       caseDeviceCharacteristics,
                                       caseShmMap,
                                       caseShmLock,
                                       caseShmBarrier,
                                       caseShmUnmap,
                                       nullptr,
                                       nullptr};
        if (sqlite3_vfs_register(&g_vfs, 1) != SQLITE_OK) {
            g_unix = nullptr;
            return false;
        }
        return true;
    }();
    return installed;
}

int CaseFileVfs::descriptor(sqlite3 *db)
{
    if (!db)
        return -1;
    sqlite3_vfs *vfs = nullptr;
    sqlite3_file *file = nullptr;
    sqlite3_vfs *unixVfs = sqlite3_vfs_find("unix");
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) != SQLITE_OK ||
        sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods || !unixVfs)
        return -1;
    // Only the unix layer's file is known to begin as UnixFileHead says.
    if (vfs == &g_vfs && file->pMethods == &g_methods)
        file = caseFile(file)->real;
    else if (vfs != unixVfs)
        return -1;
    const auto *head = reinterpret_cast<const UnixFileHead *>(file);
    if (head->vfs != unixVfs || head->fd < 0)
        return -1;
    // And it must be the very file the case is, by device and inode.
    const char *path = sqlite3_db_filename(db, "main");
    struct stat byPath = {}, byDescriptor = {};
    if (!path || !*path || ::stat(path, &byPath) != 0 || ::fstat(head->fd, &byDescriptor) != 0 ||
        byPath.st_dev != byDescriptor.st_dev || byPath.st_ino != byDescriptor.st_ino)
        return -1;
    return head->fd;
}

bool CaseFileVfs::setDeferWrites(sqlite3 *db, bool on)
{
    CaseFile *c = mainCaseFile(db);
    int value = on ? 1 : 0;
    return c && sqlite3_file_control(db, "main", kSetDeferWrites, &value) == SQLITE_OK;
}

int CaseFileVfs::finishDeferredWrites(sqlite3 *db, int timeoutMs, const std::atomic<bool> *cancel)
{
    if (!mainCaseFile(db))
        return SQLITE_OK;
    FinishRequest request{timeoutMs, cancel};
    return sqlite3_file_control(db, "main", kFinishDeferred, &request);
}

void CaseFileVfs::discardDeferredWrites(sqlite3 *db)
{
    if (mainCaseFile(db))
        sqlite3_file_control(db, "main", kDiscardDeferred, nullptr);
}

long long CaseFileVfs::deferredBytes(sqlite3 *db)
{
    sqlite3_int64 bytes = 0;
    if (mainCaseFile(db))
        sqlite3_file_control(db, "main", kDeferredBytes, &bytes);
    return bytes;
}

} // namespace auditlens
