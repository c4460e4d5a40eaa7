// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "casewrite.h"

#include "../store/sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

namespace auditlens {

QString CaseWrite::failure(sqlite3 *db)
{
    QString message = QString::fromUtf8(sqlite3_errmsg(db));
    // "disk I/O error" alone does not tell a full disk or a file size limit from a failing
    // drive: name the cause when it is one of those.
    const int code = sqlite3_errcode(db) & 0xff;
    if (code != SQLITE_IOERR && code != SQLITE_FULL)
        return message;
    // SQLite's errno is not always the failed write's: look at the two usual causes directly.
    const char *file = sqlite3_db_filename(db, "main");
    struct stat st = {};
    struct rlimit limit = {};
    struct statvfs disk = {};
    if (file && ::stat(file, &st) == 0 && ::getrlimit(RLIMIT_FSIZE, &limit) == 0 &&
        limit.rlim_cur != RLIM_INFINITY && rlim_t(st.st_size) + (1 << 20) >= limit.rlim_cur)
        return QCoreApplication::translate(
                   "Importer",
                   "%1: the case reached the file size limit of %2 bytes set for this program")
            .arg(message)
            .arg(qulonglong(limit.rlim_cur));
    if (file && ::statvfs(file, &disk) == 0 &&
        qulonglong(disk.f_bavail) * disk.f_frsize < (4 << 20))
        return QCoreApplication::translate("Importer", "%1: the disk holding the case is full")
            .arg(message);
    return message;
}

bool CaseWrite::exec(sqlite3 *db, const char *sql, QString *error)
{
    if (SqliteStatement::exec(db, sql))
        return true;
    if (error)
        *error = failure(db);
    return false;
}

bool CaseWrite::run(SqliteStatement &statement, sqlite3 *db, QString *error)
{
    if (statement.execute())
        return true;
    *error = failure(db);
    return false;
}

} // namespace auditlens
