// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "casemigration.h"

#include "../parsing/ipaddress.h"
#include "annotationsql.h"
#include "schema.h"
#include "sqlitestatement.h"

#include <QStringList>

#include <sqlite3.h>

#include <iterator>

namespace auditlens {

namespace {
// The SQL of a JSON cell's member, NULL when the cell is not JSON (json_extract would fail).
QString member(const QString &cell, const char *key)
{
    return QStringLiteral("CASE WHEN json_valid(%1) THEN json_extract(%1, '$.%2') END")
        .arg(cell, QLatin1String(key));
}

// The SQL of an extra column's cell by its name, which the header may spell in any case.
QString extraCell(const char *name)
{
    return QStringLiteral("(SELECT value FROM json_each(CASE WHEN json_valid(e.extra) THEN"
                          " e.extra END) WHERE lower(trim(key)) = '%1' LIMIT 1)")
        .arg(QLatin1String(name));
}

// What the parser takes for the IP: request.ip_address, else common_fields.source_ip.
QString ipAddress()
{
    return QStringLiteral("coalesce(nullif(%1, ''), nullif(%2, ''))")
        .arg(member(QStringLiteral("e.request"), "ip_address"),
             member(extraCell("common_fields"), "source_ip"));
}

bool exec(sqlite3 *db, const QString &sql, QString *error)
{
    return SqliteStatement::exec(db, sql.toUtf8().constData(), error);
}

void ipKey(sqlite3_context *context, int, sqlite3_value **values)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    const QByteArray key =
        text ? IpAddress::key(std::string_view(text, size_t(sqlite3_value_bytes(values[0]))))
             : QByteArray();
    if (key.isEmpty())
        sqlite3_result_null(context);
    else
        sqlite3_result_blob(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}
} // namespace

bool CaseMigration::addIpKeyFunction(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, "auditlens_ip_key", 1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, ipKey, nullptr, nullptr, nullptr) == SQLITE_OK;
}

bool CaseMigration::run(sqlite3 *db, int version, bool readOnly, QString *sqliteError)
{
    if (!addIpKeyFunction(db)) {
        *sqliteError = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    if (readOnly)
        return (version >= 2 || duplicatesTable(db, true, sqliteError)) &&
               (version >= 3 || requestColumns(db, true, sqliteError)) &&
               annotationTables(db, true, sqliteError) &&
               (version >= 6 || findingTables(db, true, sqliteError)) &&
               ruleSettingsTable(db, true, sqliteError);
    if (!SqliteStatement::exec(db, "BEGIN IMMEDIATE", sqliteError))
        return false;
    const bool done =
        (version >= 2 || duplicatesTable(db, false, sqliteError)) &&
        (version >= 3 || requestColumns(db, false, sqliteError)) &&
        annotationTables(db, false, sqliteError) &&
        (version >= 5 || SqliteStatement::exec(db, Schema::createEventLineIndex(), sqliteError)) &&
        findingTables(db, false, sqliteError) && ruleSettingsTable(db, false, sqliteError) &&
        exec(db, QStringLiteral("PRAGMA user_version=%1").arg(Schema::kVersion), sqliteError) &&
        SqliteStatement::exec(db, "COMMIT", sqliteError);
    if (!done)
        SqliteStatement::exec(db, "ROLLBACK");
    return done;
}

bool CaseMigration::duplicatesTable(sqlite3 *db, bool readOnly, QString *error)
{
    // Version 1 kept the duplicate marks in events (dup_kind, dup_count, dup_rank). Its old
    // columns stay (SQLite would rewrite the whole table to drop them); nothing reads them.
    const QString copyMarks = QStringLiteral("INSERT INTO %1duplicates(seq, kind, count, rank)"
                                             " SELECT seq, dup_kind, dup_count, dup_rank FROM"
                                             " main.events WHERE dup_count > 1 ORDER BY seq");
    QString create = QString::fromLatin1(Schema::createDuplicatesTable());
    if (readOnly)
        create.replace(QLatin1String("TABLE duplicates"), QLatin1String("TEMP TABLE duplicates"));
    return exec(db, create, error) &&
           exec(db, copyMarks.arg(readOnly ? QStringLiteral("temp.") : QString()), error);
}

bool CaseMigration::annotationTables(sqlite3 *db, bool readOnly, QString *error)
{
    // Every statement tolerates what is already there (a case of an older version made by hand
    // from a newer one keeps its annotations).
    if (!readOnly) {
        for (const char *statement : Schema::annotationStatements()) {
            if (!SqliteStatement::exec(db, statement, error))
                return false;
        }
        return true;
    }
    if (SqliteStatement::scalar(db, AnnotationSql::kHasAnnotationTables) > 0)
        return true;
    // Read-only: the same tables, empty but for the preset tags, for this connection alone.
    for (const char *statement : Schema::annotationStatements()) {
        QString temporary = QString::fromLatin1(statement);
        temporary.replace(QLatin1String("CREATE TABLE "), QLatin1String("CREATE TEMP TABLE "));
        temporary.replace(QLatin1String("CREATE TRIGGER "), QLatin1String("CREATE TEMP TRIGGER "));
        if (!exec(db, temporary, error))
            return false;
    }
    return true;
}

bool CaseMigration::findingTables(sqlite3 *db, bool readOnly, QString *error)
{
    // Read-only, this connection alone has them, empty: the findings are evaluated in memory.
    for (const char *statement : Schema::findingStatements()) {
        QString sql = QString::fromLatin1(statement);
        if (readOnly)
            sql.replace(QLatin1String("CREATE TABLE "), QLatin1String("CREATE TEMP TABLE "));
        if (!exec(db, sql, error))
            return false;
    }
    return true;
}

bool CaseMigration::ruleSettingsTable(sqlite3 *db, bool readOnly, QString *error)
{
    // Read-only, this connection alone has it, empty: the case changes no rule.
    QString sql = QString::fromLatin1(Schema::createRuleSettingsTable());
    if (readOnly)
        sql.replace(QLatin1String("CREATE TABLE "), QLatin1String("CREATE TEMP TABLE "));
    return exec(db, sql, error);
}

bool CaseMigration::requestColumns(sqlite3 *db, bool readOnly, QString *error)
{
    // A column the file already has (a case of version 1 made by hand from a newer one) is kept.
    QStringList present;
    {
        // Finished before the tables change: a statement still running would lock them.
        SqliteStatement columns(db, "SELECT name FROM pragma_table_info('events', 'main')");
        while (columns.row())
            present << columns.columnString(0);
    }
    struct Added
    {
        const char *name;
        const char *type;
    };
    const Added added[] = {{"organization", "INTEGER"},
                           {"account", "INTEGER"},
                           {"ip", "TEXT"},
                           {"ip_key", "BLOB"},
                           {"client_trace_id", "TEXT"}};
    const QString ip = ipAddress();
    const QString traceId = QStringLiteral("nullif(%1, '')")
                                .arg(member(QStringLiteral("e.request"), "client_trace_id"));
    if (readOnly) {
        // The organization and account would need new entities, which a read-only case cannot
        // hold: they stay empty until the case is opened for writing.
        const QString values[] = {QStringLiteral("NULL"), QStringLiteral("NULL"), ip,
                                  QStringLiteral("auditlens_ip_key(%1)").arg(ip), traceId};
        QString view = QStringLiteral("CREATE TEMP VIEW events AS SELECT e.*");
        for (size_t i = 0; i < std::size(added); ++i) {
            if (!present.contains(QLatin1String(added[i].name)))
                view += QStringLiteral(", %1 AS %2").arg(values[i], QLatin1String(added[i].name));
        }
        return exec(db, view + QStringLiteral(" FROM main.events AS e"), error);
    }
    for (const Added &column : added) {
        if (!present.contains(QLatin1String(column.name)) &&
            !exec(db,
                  QStringLiteral("ALTER TABLE events ADD COLUMN %1 %2")
                      .arg(QLatin1String(column.name), QLatin1String(column.type)),
                  error))
            return false;
    }
    // The cells once, then the entities they name (looked up as the importer does: id, type and
    // name), then the events' new columns.
    const QString entity = QStringLiteral(
        "(SELECT n.id FROM entities AS n WHERE n.ext_id IS json_extract(%1, '$.id') AND"
        " n.type IS json_extract(%1, '$.type') AND n.name IS json_extract(%1, '$.name')"
        " ORDER BY n.id LIMIT 1)");
    const QString isObject = QStringLiteral("CASE WHEN json_valid(%1) THEN json_type(%1) END"
                                            " = 'object'");
    const QString steps[] = {
        QStringLiteral("CREATE TEMP TABLE migrated_cells AS SELECT seq, organization, account,"
                       " ip, client_trace_id FROM (SELECT e.seq, %1 AS organization, %2 AS"
                       " account, %3 AS ip, %4 AS client_trace_id FROM main.events AS e)"
                       " WHERE organization IS NOT NULL OR account IS NOT NULL OR ip IS NOT"
                       " NULL OR client_trace_id IS NOT NULL")
            .arg(extraCell("organization"), extraCell("account"), ip, traceId),
        QString::fromLatin1(Schema::createEntityTextIndex()),
        QStringLiteral("INSERT INTO entities(ext_id, type, name) SELECT DISTINCT"
                       " json_extract(c, '$.id'), json_extract(c, '$.type'),"
                       " json_extract(c, '$.name') FROM (SELECT organization AS c FROM"
                       " temp.migrated_cells UNION ALL SELECT account FROM temp.migrated_cells)"
                       " WHERE %1 AND %2 IS NULL ORDER BY 1, 2, 3")
            .arg(isObject.arg(QStringLiteral("c")), entity.arg(QStringLiteral("c"))),
        QStringLiteral("UPDATE events SET organization = CASE WHEN %1 THEN %2 END, account ="
                       " CASE WHEN %3 THEN %4 END, ip = c.ip, ip_key = auditlens_ip_key(c.ip),"
                       " client_trace_id = c.client_trace_id FROM temp.migrated_cells AS c"
                       " WHERE c.seq = events.seq")
            .arg(isObject.arg(QStringLiteral("c.organization")),
                 entity.arg(QStringLiteral("c.organization")),
                 isObject.arg(QStringLiteral("c.account")),
                 entity.arg(QStringLiteral("c.account"))),
        QStringLiteral("DROP TABLE temp.migrated_cells"),
    };
    for (const QString &step : steps) {
        if (!exec(db, step, error))
            return false;
    }
    return true;
}

} // namespace auditlens
