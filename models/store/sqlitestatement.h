#pragma once

#include <QtGlobal>

#include <sqlite3.h>

#include <string_view>

namespace auditlens {

// A prepared statement of the raw sqlite3 API, finalized when it goes: for the readers of a case
// that need more speed than Qt Sql gives (the index, its checks, text search).
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }
    // Steps to the next row; false at the end or on an error (see done()).
    bool row()
    {
        m_rc = m_stmt ? sqlite3_step(m_stmt) : SQLITE_MISUSE;
        return m_rc == SQLITE_ROW;
    }
    // True when the last row() reached the end rather than failing.
    bool done() const { return m_rc == SQLITE_DONE; }
    void reset() { sqlite3_reset(m_stmt); }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }

    qint64 integer(int c) const { return sqlite3_column_int64(m_stmt, c); }
    int type(int c) const { return sqlite3_column_type(m_stmt, c); }
    bool isNull(int c) const { return type(c) == SQLITE_NULL; }
    std::string_view text(int c) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
        return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, c)))
                 : std::string_view();
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

} // namespace auditlens
