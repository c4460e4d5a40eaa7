// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "sqlitestatement.h"

#include <algorithm>

namespace auditlens {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql, Use use) : m_db(db)
{
    const unsigned flags = use == Use::Persistent ? SQLITE_PREPARE_PERSISTENT : 0;
    if (sqlite3_prepare_v3(db, sql, -1, flags, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QByteArray &sql, Use use)
    : SqliteStatement(db, sql.constData(), use)
{}

QVariant SqliteStatement::columnVariant(int c) const
{
    switch (columnType(c)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, c)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, c));
    case SQLITE_BLOB: {
        const std::string_view bytes = columnBlob(c);
        return QVariant(QByteArray(bytes.data(), qsizetype(bytes.size())));
    }
    case SQLITE_NULL:
        return QVariant();
    default: {
        const auto *text = static_cast<const QChar *>(sqlite3_column_text16(m_stmt, c));
        return QVariant(
            QString(text, sqlite3_column_bytes16(m_stmt, c) / qsizetype(sizeof(QChar))));
    }
    }
}

bool SqliteStatement::exec(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK && error)
        *error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return rc == SQLITE_OK;
}

qint64 SqliteStatement::scalar(sqlite3 *db, const char *sql, qint64 fallback)
{
    SqliteStatement statement(db, sql);
    return statement.row() ? statement.columnInt64(0) : fallback;
}

qint64 SqliteStatement::rowBound(sqlite3 *db, qint64 rowBytes)
{
    // Pages beyond SQLite's largest size are damage, not room.
    const qint64 pages = std::max<qint64>(scalar(db, "PRAGMA page_count", 0), 0);
    const qint64 pageSize = std::clamp<qint64>(scalar(db, "PRAGMA page_size", 0), 0, 65536);
    return pages * pageSize / std::max<qint64>(rowBytes, 1);
}

} // namespace auditlens
