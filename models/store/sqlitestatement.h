// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QtGlobal>

#include <sqlite3.h>

#include <string_view>

namespace auditlens {

// A prepared statement of the raw sqlite3 API, finalized when it goes: the one way the case's
// readers and writers run SQL on a connection's handle (CaseStore::handle()). Parameters are
// numbered from 1, columns from 0. Errors are values: ok() after preparing, step() == Error
// after running, error() for SQLite's reason.
class SqliteStatement
{
public:
    enum class Step { Row, Done, Error };
    // Persistent: a statement kept for many runs (SQLite then plans its memory for that).
    enum class Use { Once, Persistent };

    SqliteStatement(sqlite3 *db, const char *sql, Use use = Use::Once);
    SqliteStatement(sqlite3 *db, const QByteArray &sql, Use use = Use::Once);
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Whether the statement was prepared; error() says why not.
    bool ok() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }
    // SQLite's message for the last failure on the connection.
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    // SQLite's result code of the last step (SQLITE_OK before the first).
    int resultCode() const { return m_rc; }

    // Index of a named parameter (":name", "?1"), 0 when there is none.
    int parameterIndex(const char *name) const
    {
        return sqlite3_bind_parameter_index(m_stmt, name);
    }
    void bindInt64(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bindNull(int index) { sqlite3_bind_null(m_stmt, index); }
    // The text must stay as it is until the statement has run (it is not copied).
    void bindText(int index, std::string_view value)
    {
        sqlite3_bind_text(m_stmt, index, value.data(), int(value.size()), SQLITE_STATIC);
    }
    // The text is copied: it may go before the statement runs.
    void bindTextCopy(int index, const QByteArray &value)
    {
        sqlite3_bind_text(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    // Like bindTextCopy, as a blob.
    void bindBlobCopy(int index, const QByteArray &value)
    {
        sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    // Like bindText, as a blob.
    void bindBlob(int index, const char *data, size_t bytes)
    {
        sqlite3_bind_blob(m_stmt, index, data, int(bytes), SQLITE_STATIC);
    }

    // Runs the statement to its next row.
    Step step()
    {
        m_rc = m_stmt ? sqlite3_step(m_stmt) : SQLITE_MISUSE;
        return m_rc == SQLITE_ROW ? Step::Row : m_rc == SQLITE_DONE ? Step::Done : Step::Error;
    }
    // Steps to the next row; false at the end or on an error (see done()).
    bool row() { return step() == Step::Row; }
    // True when the last step reached the end rather than failing.
    bool done() const { return m_rc == SQLITE_DONE; }
    // Runs a statement that returns no rows (INSERT, UPDATE...) once and makes it ready for the
    // next run; false on an error (error() says which). Bindings stay.
    bool execute()
    {
        const Step s = step();
        sqlite3_reset(m_stmt);
        return s != Step::Error;
    }
    void reset() { sqlite3_reset(m_stmt); }

    qint64 columnInt64(int c) const { return sqlite3_column_int64(m_stmt, c); }
    int columnInt(int c) const { return sqlite3_column_int(m_stmt, c); }
    int columnType(int c) const { return sqlite3_column_type(m_stmt, c); }
    bool isNull(int c) const { return columnType(c) == SQLITE_NULL; }
    // The cell's text, valid until the next step.
    std::string_view columnText(int c) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
        return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, c)))
                 : std::string_view();
    }
    QString columnString(int c) const
    {
        const std::string_view text = columnText(c);
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    // The cell as Qt Sql's SQLite driver gives it: a qint64, a double, a QString (through
    // SQLite's UTF-16), a QByteArray for a blob, or a null QVariant. For readers whose answers
    // were made with Qt Sql's conversions (text in an integer column reads as 0, a fraction
    // rounds).
    QVariant columnVariant(int c) const;
    // The cell's bytes as a blob, valid until the next step.
    std::string_view columnBlob(int c) const
    {
        const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, c));
        return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, c)))
                 : std::string_view();
    }

    // Runs sql (one or more statements, no rows wanted); false with SQLite's message in *error
    // (when given) on failure.
    static bool exec(sqlite3 *db, const char *sql, QString *error = nullptr);
    // The first column of the first row of sql, or fallback when there is none or it fails.
    static qint64 scalar(sqlite3 *db, const char *sql, qint64 fallback = 0);
    // How many rows any table of the database could hold when each takes at least rowBytes of
    // its file: a damaged case's numbers (a max(seq), an id) never size a buffer beyond it.
    static qint64 rowBound(sqlite3 *db, qint64 rowBytes);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

} // namespace auditlens
