#include "casefilevfs.h"

#include <sqlite3.h>

#include <sys/stat.h>

namespace auditlens {

namespace {
// The beginning of the unix layer's file (os_unix.c, unixFile), stable since SQLite 3.7.
struct UnixFileHead
{
    const sqlite3_io_methods *methods;
    sqlite3_vfs *vfs;
    void *inode;
    int fd;
};
} // namespace

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
    if (vfs != unixVfs)
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

} // namespace auditlens
