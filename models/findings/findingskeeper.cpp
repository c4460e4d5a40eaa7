// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "findingskeeper.h"

#include "../store/casestore.h"
#include "../store/schema.h"
#include "../store/sqlitestatement.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace auditlens {

namespace {

QByteArray parametersJson(const Rule &rule)
{
    return QJsonDocument(QJsonObject::fromVariantMap(rule.parameters))
        .toJson(QJsonDocument::Compact);
}

// The kept findings' fingerprint is meta's findings_fingerprint; a read-only connection keeps
// its own in a temporary table.
bool hasTempState(sqlite3 *db)
{
    return SqliteStatement::scalar(db,
                                   "SELECT count(*) FROM temp.sqlite_master WHERE type = 'table'"
                                   " AND name = 'findings_state'") > 0;
}

QByteArray keptFingerprint(sqlite3 *db)
{
    SqliteStatement read(
        db, hasTempState(db) ? "SELECT fingerprint FROM temp.findings_state"
                             : "SELECT value FROM main.meta WHERE key = 'findings_fingerprint'");
    if (!read.row())
        return {};
    const std::string_view v = read.columnText(0);
    return QByteArray(v.data(), qsizetype(v.size()));
}

bool exec(sqlite3 *db, const QString &sql, QString *error)
{
    return SqliteStatement::exec(db, sql.toUtf8().constData(), error);
}

} // namespace

QByteArray FindingsKeeper::fingerprint(sqlite3 *db, const RuleList &rules)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("auditlens findings 1\n");
    for (const Rule &r : rules) {
        for (const QString &part : {r.id, r.title, r.severity, r.kind})
            hash.addData(QByteArray(part.toUtf8() + '\x1f'));
        hash.addData(r.enabled ? "1\x1f" : "0\x1f");
        hash.addData(QByteArray(parametersJson(r) + '\x1e'));
    }
    SqliteStatement sources(db, "SELECT id, sha256 FROM sources ORDER BY id");
    while (sources.row()) {
        hash.addData(QByteArray(QByteArray::number(sources.columnInt64(0)) + ' '));
        const std::string_view sha = sources.columnText(1);
        hash.addData(QByteArrayView(sha.data(), qsizetype(sha.size())));
        hash.addData("\n");
    }
    return hash.result().toHex();
}

bool FindingsKeeper::isCurrent(sqlite3 *db, const RuleList &rules)
{
    const QByteArray kept = keptFingerprint(db);
    return !kept.isEmpty() && kept == fingerprint(db, rules);
}

QList<KeptRule> FindingsKeeper::summary(const RuleList &rules, const FindingsList &found)
{
    QList<KeptRule> out;
    qsizetype next = 0;
    for (const Rule &r : rules) {
        KeptRule k;
        k.id = r.id;
        k.title = r.title;
        k.severity = r.severity;
        k.kind = r.kind;
        k.enabled = r.enabled;
        k.parameters = QString::fromUtf8(parametersJson(r));
        if (r.enabled && next < found.size() && found.at(next).rule.id == r.id) {
            const RuleFindings &f = found.at(next++);
            k.hits = f.count();
            k.first = f.first();
            k.last = f.last();
        }
        out << k;
    }
    return out;
}

bool FindingsKeeper::write(sqlite3 *db, bool temporary, const RuleList &rules,
                           const FindingsList &found, const QByteArray &fingerprint, QString *error)
{
    const QString schema = temporary ? QStringLiteral("temp.") : QStringLiteral("main.");
    if (temporary) {
        for (const char *statement : Schema::findingStatements()) {
            QString sql = QString::fromLatin1(statement);
            sql.replace(QLatin1String("CREATE TABLE "), QLatin1String("CREATE TEMP TABLE "));
            if (!exec(db, sql, error))
                return false;
        }
        if (!SqliteStatement::exec(db,
                                   "CREATE TEMP TABLE IF NOT EXISTS findings_state(fingerprint"
                                   " TEXT NOT NULL)",
                                   error))
            return false;
    }
    if (!SqliteStatement::exec(db, temporary ? "SAVEPOINT findings" : "BEGIN IMMEDIATE", error))
        return false;
    const auto fail = [&](const SqliteStatement *statement) {
        if (statement)
            *error = statement->error();
        SqliteStatement::exec(db, temporary ? "ROLLBACK TO findings" : "ROLLBACK");
        if (temporary)
            SqliteStatement::exec(db, "RELEASE findings");
        return false;
    };
    if (!exec(db, QStringLiteral("DELETE FROM %1finding_hits").arg(schema), error) ||
        !exec(db, QStringLiteral("DELETE FROM %1finding_rules").arg(schema), error))
        return fail(nullptr);
    {
        SqliteStatement rule(db,
                             QStringLiteral("INSERT INTO %1finding_rules(id, position, title,"
                                            " severity, kind, enabled, parameters, hits, first_ns,"
                                            " last_ns) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                                            " ?10)")
                                 .arg(schema)
                                 .toUtf8());
        int position = 0;
        for (const KeptRule &k : summary(rules, found)) {
            rule.bindTextCopy(1, k.id.toUtf8());
            rule.bindInt64(2, position++);
            rule.bindTextCopy(3, k.title.toUtf8());
            rule.bindTextCopy(4, k.severity.toUtf8());
            rule.bindTextCopy(5, k.kind.toUtf8());
            rule.bindInt64(6, k.enabled ? 1 : 0);
            rule.bindTextCopy(7, k.parameters.toUtf8());
            rule.bindInt64(8, k.hits);
            if (k.first)
                rule.bindInt64(9, *k.first);
            else
                rule.bindNull(9);
            if (k.last)
                rule.bindInt64(10, *k.last);
            else
                rule.bindNull(10);
            if (!rule.execute())
                return fail(&rule);
        }
    }
    {
        // Each hit by identity: its source's SHA-256, its line and its id.
        SqliteStatement hit(db,
                            QStringLiteral("INSERT OR IGNORE INTO %1finding_hits(rule_id,"
                                           " source_sha256, line, event_id) SELECT ?1,"
                                           " s.sha256, e.line, e.event_id FROM events AS e"
                                           " JOIN sources AS s ON s.id = e.source_id WHERE"
                                           " e.seq = ?2")
                                .arg(schema)
                                .toUtf8(),
                            SqliteStatement::Use::Persistent);
        for (const RuleFindings &f : found) {
            const QByteArray id = f.rule.id.toUtf8();
            hit.bindText(1, std::string_view(id.constData(), size_t(id.size())));
            for (const FindingHit &h : f.hits) {
                hit.bindInt64(2, h.seq);
                if (!hit.execute())
                    return fail(&hit);
            }
        }
    }
    {
        SqliteStatement state(db, temporary
                                      ? "INSERT INTO temp.findings_state(fingerprint) VALUES (?1)"
                                      : "INSERT OR REPLACE INTO main.meta(key, value) VALUES"
                                        " ('findings_fingerprint', ?1)");
        if (temporary && !SqliteStatement::exec(db, "DELETE FROM temp.findings_state", error))
            return fail(nullptr);
        state.bindTextCopy(1, fingerprint);
        if (!state.execute())
            return fail(&state);
    }
    if (!SqliteStatement::exec(db, temporary ? "RELEASE findings" : "COMMIT", error))
        return fail(nullptr);
    return true;
}

bool FindingsKeeper::refresh(CaseStore &store, const RuleList &rules,
                             const FindingsEngine::Knows &knows, QString *error, bool *evaluated)
{
    if (evaluated)
        *evaluated = false;
    sqlite3 *db = store.handle();
    const QByteArray print = fingerprint(db, rules);
    if (keptFingerprint(db) == print)
        return true;
    const std::optional<FindingsList> found = FindingsEngine::evaluate(db, rules, knows, error);
    if (!found)
        return false;
    if (evaluated)
        *evaluated = true;
    return write(db, store.isReadOnly(), rules, *found, print, error);
}

std::optional<QList<KeptRule>> FindingsKeeper::read(sqlite3 *db, QString *error)
{
    SqliteStatement rows(db, "SELECT id, title, severity, kind, enabled, parameters, hits,"
                             " first_ns, last_ns FROM finding_rules ORDER BY position");
    QList<KeptRule> out;
    while (rows.row()) {
        KeptRule k;
        k.id = rows.columnString(0);
        k.title = rows.columnString(1);
        k.severity = rows.columnString(2);
        k.kind = rows.columnString(3);
        k.enabled = rows.columnInt64(4) != 0;
        k.parameters = rows.columnString(5);
        k.hits = rows.columnInt64(6);
        if (!rows.isNull(7))
            k.first = rows.columnInt64(7);
        if (!rows.isNull(8))
            k.last = rows.columnInt64(8);
        out << k;
    }
    if (!rows.done()) {
        *error = rows.error();
        return std::nullopt;
    }
    return out;
}

} // namespace auditlens
