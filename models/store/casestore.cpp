// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "casestore.h"

#include "../parsing/eventsuccess.h"
#include "casefilevfs.h"
#include "casemigration.h"
#include "schema.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>

namespace auditlens {

namespace {
std::atomic<int> g_connectionCounter{0};

QString inUse(const QString &path)
{
    return QCoreApplication::translate(
               "CaseStore",
               "%1 is in use by another AuditLens that is saving to it; try again when it has "
               "finished")
        .arg(path);
}
// Every connection is used by one thread at a time (Qt's rule for its connections, and the
// importer's writer thread takes the connection over only while the importing thread waits), so
// SQLite need not lock each call, and its allocation statistics, each behind a global mutex, go
// unused. Must happen before SQLite's first use; later calls are refused and change nothing.
// Case files go through our file layer (see CaseFileVfs).
void configureSqlite()
{
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        CaseFileVfs::install();
        return true;
    }();
    Q_UNUSED(configured);
}
} // namespace

CaseStore::CaseStore()
    : m_connection(QStringLiteral("auditlens-case-%1").arg(g_connectionCounter.fetch_add(1)))
{
    configureSqlite();
}

CaseStore::~CaseStore()
{
    close();
}

bool CaseStore::open(const QString &path, Mode mode, QString *error)
{
    close();
    m_path = path;
    m_mode = mode;
    const QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    if (mode == Mode::ReadOnly && !exists) {
        *error =
            QCoreApplication::translate("CaseStore", "%1: there is no case file here").arg(path);
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");
        if (mode == Mode::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            *error = QCoreApplication::translate("CaseStore", "%1: the case cannot be opened (%2)")
                         .arg(path, db.lastError().text());
            db = QSqlDatabase();
            close();
            return false;
        }
    }
    bool ok = exists ? checkSchema(error) : createSchema(error);
    if (!ok && exists && mode == Mode::ReadOnly && lastErrorCode() == SQLITE_READONLY_ROLLBACK) {
        // An import was interrupted (killed, power cut): its journal must be played back before
        // anyone reads, which a read-only connection cannot do. Restoring the case as it was
        // before that import is what any writer would do first.
        close();
        if (!rollBackInterruptedImport(path, error))
            return false;
        error->clear(); // the read-only attempt's reason no longer holds
        return open(path, mode, error);
    }
    if (!ok) {
        close();
        return false;
    }
    QSqlQuery query(database());
    query.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    query.exec(QStringLiteral("PRAGMA cache_size=-32768"));
    return true;
}

void CaseStore::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool CaseStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

QSqlDatabase CaseStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

sqlite3 *CaseStore::handle() const
{
    const QVariant v = database().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

bool CaseStore::createSchema(QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // Larger pages make the bulk import faster; the rollback journal stays (a killed import
    // must leave the case as it was).
    query.exec(QStringLiteral("PRAGMA page_size=16384"));
    if (!db.transaction()) {
        *error = QCoreApplication::translate("CaseStore", "%1: the case cannot be written (%2)")
                     .arg(m_path, db.lastError().text());
        return false;
    }
    for (const char *statement : Schema::createStatements()) {
        if (!query.exec(QString::fromLatin1(statement))) {
            *error = QCoreApplication::translate("CaseStore", "%1: the case cannot be created (%2)")
                         .arg(m_path, query.lastError().text());
            db.rollback();
            return false;
        }
    }
    query.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId));
    query.exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion));
    query.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"));
    query.addBindValue(QStringLiteral("created_by"));
    query.addBindValue(QStringLiteral("AuditLens " AUDITLENS_VERSION));
    query.exec();
    query.addBindValue(QStringLiteral("created_at"));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.exec();
    if (!db.commit()) {
        *error = QCoreApplication::translate("CaseStore", "%1: the case cannot be created (%2)")
                     .arg(m_path, db.lastError().text());
        return false;
    }
    return true;
}

int CaseStore::lastErrorCode() const
{
    sqlite3 *db = handle();
    return db ? sqlite3_extended_errcode(db) : SQLITE_OK;
}

bool CaseStore::rollBackInterruptedImport(const QString &path, QString *error)
{
    sqlite3 *db = nullptr;
    int rc =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, 3000);
        rc = SqliteStatement::exec(db, "SELECT count(*) FROM sqlite_master") ? SQLITE_OK
                                                                             : SQLITE_ERROR;
    }
    if (rc != SQLITE_OK) {
        *error = QCoreApplication::translate(
                     "CaseStore",
                     "%1 holds an import that was interrupted and must be undone before the case "
                     "can be read, but it cannot be written (%2)")
                     .arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
    }
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

bool CaseStore::checkSchema(QString *error)
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        const int code = lastErrorCode() & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            *error = inUse(m_path);
        else if (code == SQLITE_NOTADB)
            *error = QCoreApplication::translate(
                         "CaseStore", "%1 is not an AuditLens case file, or it is damaged")
                         .arg(m_path);
        else
            *error = QCoreApplication::translate(
                         "CaseStore", "%1 is not an AuditLens case file, or it is damaged (%2)")
                         .arg(m_path, query.lastError().text());
        return false;
    }
    const int applicationId = query.value(0).toInt();
    query.exec(QStringLiteral("PRAGMA user_version"));
    const int version = query.next() ? query.value(0).toInt() : 0;
    query.finish(); // a statement left running would lock the tables a migration changes
    if (applicationId != kApplicationId) {
        *error = QCoreApplication::translate("CaseStore", "%1 is not an AuditLens case file")
                     .arg(m_path);
        return false;
    }
    if (version > kSchemaVersion) {
        *error = QCoreApplication::translate(
                     "CaseStore",
                     "%1 was written by a newer AuditLens (case format %2; this version reads up "
                     "to %3). Open it with a newer AuditLens.")
                     .arg(m_path)
                     .arg(version)
                     .arg(kSchemaVersion);
        return false;
    }
    if (version < 1) {
        *error = QCoreApplication::translate("CaseStore",
                                             "%1 is an AuditLens case file of an unknown format")
                     .arg(m_path);
        return false;
    }
    if (version < kSchemaVersion && !migrate(version, error))
        return false;
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sources"))) {
        const int code = lastErrorCode() & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            *error = inUse(m_path);
        else
            *error = QCoreApplication::translate("CaseStore", "%1: the case file is damaged (%2)")
                         .arg(m_path, query.lastError().text());
        return false;
    }
    return checkTables(error);
}

bool CaseStore::checkTables(QString *error)
{
    // Each table of the schema and its columns, read from the schema itself made in memory: one
    // description of the case, not two.
    using Tables = QVector<QPair<QString, QStringList>>;
    static const Tables expected = [] {
        Tables tables;
        sqlite3 *reference = nullptr;
        bool made = sqlite3_open(":memory:", &reference) == SQLITE_OK;
        for (const char *statement : Schema::createStatements())
            made = made && SqliteStatement::exec(reference, statement);
        if (made) {
            SqliteStatement columns(reference, "SELECT m.name, c.name FROM sqlite_master AS m,"
                                               " pragma_table_info(m.name) AS c"
                                               " WHERE m.type = 'table' ORDER BY m.name, c.cid");
            while (columns.row()) {
                const QString table = columns.columnString(0);
                if (tables.isEmpty() || tables.last().first != table)
                    tables.append({table, {}});
                tables.last().second << columns.columnString(1);
            }
        }
        sqlite3_close(reference);
        return tables;
    }();
    Q_ASSERT(!expected.isEmpty());
    QSqlQuery query(database());
    for (const auto &[table, columns] : expected) {
        // The table's name is the schema's own, never the user's.
        if (!query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table))) {
            *error = readError(query.lastError().text());
            return false;
        }
        QStringList present;
        while (query.next())
            present << query.value(0).toString();
        if (present.isEmpty()) {
            *error = QCoreApplication::translate(
                         "CaseStore", "%1: the case file is damaged: its %2 table is missing")
                         .arg(m_path, table);
            return false;
        }
        for (const QString &column : columns) {
            if (!present.contains(column)) {
                *error =
                    QCoreApplication::translate(
                        "CaseStore", "%1: the case file is damaged: its %2 table has no %3 column")
                        .arg(m_path, table, column);
                return false;
            }
        }
    }
    return true;
}

QString CaseStore::readError(const QString &sqliteMessage) const
{
    const int code = lastErrorCode() & 0xff;
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return inUse(m_path);
    return QCoreApplication::translate("CaseStore",
                                       "%1: the case cannot be read; it may be damaged (%2)")
        .arg(m_path, sqliteMessage);
}

bool CaseStore::removeIfEmpty()
{
    sqlite3 *db = handle();
    bool removed = false;
    // Under the exclusive lock nobody else is reading or writing the case; an import that opened
    // it before sees, once it has the case, that the file is gone (see Importer).
    if (db && SqliteStatement::exec(db, "BEGIN EXCLUSIVE")) {
        if (SqliteStatement::scalar(db, "SELECT count(*) FROM sources", -1) == 0)
            removed = QFile::remove(m_path);
        SqliteStatement::exec(db, "ROLLBACK");
    }
    close();
    return removed;
}

bool CaseStore::migrate(int version, QString *error)
{
    QString why;
    if (CaseMigration::run(handle(), version, m_mode == Mode::ReadOnly, &why))
        return true;
    const int code = lastErrorCode() & 0xff;
    *error = code == SQLITE_BUSY || code == SQLITE_LOCKED
                 ? inUse(m_path)
                 : QCoreApplication::translate("CaseStore",
                                               "%1: the case cannot be brought up to date (%2)")
                       .arg(m_path, why);
    return false;
}

QVector<SourceInfo> CaseStore::sources(QString *error) const
{
    QVector<SourceInfo> result;
    QSqlQuery query(database());
    const bool ran = query.exec(QStringLiteral(
        "SELECT id, path, file_name, bytes, modified, sha256, format, header, records, imported,"
        " rejected, flagged, blank_lines, imported_at, app_version, import_ms FROM sources"
        " ORDER BY id"));
    while (query.next()) {
        SourceInfo s;
        s.id = query.value(0).toLongLong();
        s.path = query.value(1).toString();
        s.fileName = query.value(2).toString();
        s.bytes = query.value(3).toLongLong();
        s.modified = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        s.sha256 = query.value(5).toString();
        s.format = query.value(6).toString();
        const QJsonArray header = QJsonDocument::fromJson(query.value(7).toByteArray()).array();
        for (const auto &name : header)
            s.header << name.toString();
        s.records = query.value(8).toLongLong();
        s.imported = query.value(9).toLongLong();
        s.rejected = query.value(10).toLongLong();
        s.flagged = query.value(11).toLongLong();
        s.blankLines = query.value(12).toLongLong();
        s.importedAt = QDateTime::fromString(query.value(13).toString(), Qt::ISODateWithMs);
        s.appVersion = query.value(14).toString();
        s.importMs = query.value(15).toLongLong();
        result.push_back(s);
    }
    if (!ran || query.lastError().isValid()) {
        if (error)
            *error = readError(query.lastError().text());
        return {};
    }
    return result;
}

bool CaseStore::hasSourceWithSha256(const QString &sha256, SourceInfo *found) const
{
    const QVector<SourceInfo> all = sources();
    for (const SourceInfo &s : all) {
        if (s.sha256 == sha256) {
            if (found)
                *found = s;
            return true;
        }
    }
    return false;
}

namespace {
// The single row of a query that was run; false (and *error set) when it failed.
bool firstRow(QSqlQuery &query, bool ran, const CaseStore &store, QString *error)
{
    if (ran && query.next())
        return true;
    if (error)
        *error = store.readError(query.lastError().text());
    return false;
}
} // namespace

qint64 CaseStore::eventCount(QString *error) const
{
    QSqlQuery query(database());
    const bool ran = query.exec(QStringLiteral("SELECT count(*) FROM events"));
    return firstRow(query, ran, *this, error) ? query.value(0).toLongLong() : 0;
}

qint64 CaseStore::problemCount(std::optional<Severity> severity, QString *error) const
{
    QString failure;
    const std::optional<qint64> count = problemCount(database(), severity, &failure);
    if (!count && error)
        *error = readError(failure);
    return count.value_or(0);
}

std::optional<qint64> CaseStore::problemCount(const QSqlDatabase &db,
                                              std::optional<Severity> severity,
                                              QString *sqliteError)
{
    QSqlQuery query(db);
    if (severity) {
        query.prepare(QStringLiteral("SELECT count(*) FROM problems WHERE severity = ?"));
        query.addBindValue(QLatin1String(severityName(*severity)));
    } else {
        query.prepare(QStringLiteral("SELECT count(*) FROM problems"));
    }
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    if (sqliteError)
        *sqliteError = query.lastError().text();
    return std::nullopt;
}

DuplicateCounts CaseStore::duplicateCounts(QString *error) const
{
    DuplicateCounts counts;
    QSqlQuery query(database());
    // An id's kind is its copies' greatest: Conflicting when any of them differ.
    query.prepare(QStringLiteral(
        "SELECT count(*), coalesce(sum(n) - count(*), 0), coalesce(sum(k = ?), 0) FROM"
        " (SELECT e.event_id, count(*) AS n, max(d.kind) AS k FROM duplicates AS d"
        " JOIN events AS e ON e.seq = d.seq GROUP BY e.event_id)"));
    query.addBindValue(int(DuplicateKind::Conflicting));
    const bool ran = query.exec();
    if (firstRow(query, ran, *this, error)) {
        counts.duplicateIds = query.value(0).toLongLong();
        counts.duplicateExtraRecords = query.value(1).toLongLong();
        counts.conflictingIds = query.value(2).toLongLong();
    }
    return counts;
}

EventStatistics CaseStore::eventStatistics(QString *error) const
{
    EventStatistics stats;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*), min(occurred_ns), max(occurred_ns),"
                             " sum(success = ?), sum(success = ?), sum(flags <> 0),"
                             " count(DISTINCT CASE WHEN event_id <> '' THEN event_id END)"
                             " FROM events"));
    q.addBindValue(int(EventSuccess::True));
    q.addBindValue(int(EventSuccess::False));
    const bool ran = q.exec();
    if (!firstRow(q, ran, *this, error))
        return stats;
    stats.events = q.value(0).toLongLong();
    stats.hasSpan = !q.value(1).isNull();
    stats.first = q.value(1).toLongLong();
    stats.last = q.value(2).toLongLong();
    stats.succeeded = q.value(3).toLongLong();
    stats.failed = q.value(4).toLongLong();
    stats.flaggedEvents = q.value(5).toLongLong();
    stats.uniqueIds = q.value(6).toLongLong();
    const bool ranActions = q.exec(
        QStringLiteral("SELECT a.name, count(*) FROM events e JOIN actions a ON a.id = e.action_id"
                       " GROUP BY e.action_id ORDER BY count(*) DESC, a.name"));
    while (q.next())
        stats.actions.append({q.value(0).toString(), q.value(1).toLongLong()});
    if ((!ranActions || q.lastError().isValid()) && error)
        *error = readError(q.lastError().text());
    return stats;
}

namespace {
const char kProblemRows[] =
    "SELECT p.id, s.file_name, p.line, p.offset, p.kind, p.severity, p.column_name, p.message,"
    " p.raw, p.event FROM problems AS p JOIN sources AS s ON s.id = p.source_id";

// Calls visit with each row of q, a query over kProblemRows that was run; false when it failed,
// also part way (a damaged page ends the rows early).
bool visitProblems(QSqlQuery &q, bool ran, const std::function<void(const StoredProblem &)> &visit)
{
    if (!ran)
        return false;
    StoredProblem problem;
    while (q.next()) {
        problem.id = q.value(0).toLongLong();
        problem.sourceFileName = q.value(1).toString();
        problem.line = q.value(2).toLongLong();
        problem.offset = q.value(3).toLongLong();
        problem.kind = q.value(4).toString();
        problem.severity = q.value(5).toString();
        problem.column = q.value(6).isNull() ? QString() : q.value(6).toString();
        problem.message = q.value(7).toString();
        problem.raw = q.value(8).toByteArray();
        problem.event =
            q.value(9).isNull() ? std::nullopt : std::optional<qint64>(q.value(9).toLongLong());
        visit(problem);
    }
    return !q.lastError().isValid();
}
} // namespace

bool CaseStore::readProblems(const std::function<void(const StoredProblem &)> &visit,
                             QString *error) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    const bool ran =
        q.exec(QLatin1String(kProblemRows) + QLatin1String(" ORDER BY p.source_id, p.line, p.id"));
    if (!visitProblems(q, ran, visit)) {
        if (error)
            *error = readError(q.lastError().text());
        return false;
    }
    return true;
}

bool CaseStore::readProblemPage(const QSqlDatabase &db, qint64 afterId, int limit,
                                const std::function<void(const StoredProblem &)> &visit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kProblemRows) + QLatin1String(" WHERE p.id > ? ORDER BY p.id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    const bool ran = q.exec();
    return visitProblems(q, ran, visit);
}

} // namespace auditlens
