// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "robustness.h"

#include "session/casesession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>

#include <sqlite3.h>

#include <cstdio>

namespace auditlens::robustness {

namespace {
// Runs a script of the project; false with its error output in *error when it fails.
bool runScript(const QStringList &args, QString *error)
{
    QProcess process;
    process.start(QStringLiteral("python3"), args);
    if (!process.waitForFinished(300000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    return true;
}
} // namespace

QJsonObject sliceThreeExports(const QString &dir, QString *error)
{
    const QDir d(dir);
    const QString full = d.filePath(QStringLiteral("full.csv"));
    const QString manifest = d.filePath(QStringLiteral("slices.json"));
    if (!runScript({QStringLiteral(AUDITLENS_SOURCE_DIR "/scripts/gen_audit.py"), full,
                    QStringLiteral("--rows"), QStringLiteral("2500"), QStringLiteral("--days"),
                    QStringLiteral("26"), QStringLiteral("--bad"), QStringLiteral("0"),
                    QStringLiteral("--seed"), QStringLiteral("7")},
                   error) ||
        !runScript({QStringLiteral(AUDITLENS_SOURCE_DIR "/scripts/slice_exports.py"), full,
                    d.filePath(QStringLiteral("slices")), QStringLiteral("--window-days"),
                    QStringLiteral("10"), QStringLiteral("--hole"), QStringLiteral("2026-01-15"),
                    QStringLiteral("--manifest"), manifest},
                   error))
        return {};
    QFile f(manifest);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

CliRun runCli(const QStringList &args, const QProcessEnvironment &env,
              const std::function<void()> &modifier, int timeoutMs, const QString &workingDirectory)
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    if (modifier)
        process.setChildProcessModifier(modifier);
    process.start(QStringLiteral(AUDITLENS_CLI), args);
    CliRun run;
    if (!process.waitForStarted(30000))
        return run;
    process.waitForFinished(timeoutMs);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

ViewerOpen openInViewer(const QString &casePath)
{
    ViewerOpen outcome;
    CaseSession session;
    QSignalSpy opened(&session, &CaseSession::opened);
    QSignalSpy failed(&session, &CaseSession::openFailed);
    QSignalSpy results(&session, &CaseSession::resultReady);
    session.open(casePath);
    QElapsedTimer timer;
    timer.start();
    while (opened.isEmpty() && failed.isEmpty() && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    outcome.answered = !opened.isEmpty() || !failed.isEmpty();
    outcome.opened = !opened.isEmpty();
    if (!failed.isEmpty())
        outcome.error = failed.first().first().toString();
    if (outcome.opened) {
        outcome.events = session.index() ? qint64(session.index()->size()) : -1;
        while (results.isEmpty() && timer.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        outcome.firstResult = !results.isEmpty();
    }
    session.close();
    return outcome;
}

QByteArray csvHeader()
{
    return QByteArrayLiteral(
        "action,actor,target,payload,occurred_at,metadata,id,version,scope,success,request\n");
}

QByteArray csvRecord(qint64 n)
{
    // Times advance one millisecond per record from 2026-01-01; names cycle so that filters and
    // dictionaries see realistic repetition.
    const qint64 ms = n % 86400000;
    char line[1400];
    const int length = std::snprintf(
        line, sizeof line,
        "workflow.job.scheduled,"
        "\"{\"\"id\"\":\"\"a%04lld-0000-4000-8000-000000000000\"\",\"\"type\"\":\"\"user\"\","
        "\"\"name\"\":\"\"user%lld\"\"}\","
        "\"{\"\"id\"\":\"\"t%08lld-0000-4000-8000-000000000000\"\",\"\"type\"\":\"\"workflow_"
        "job\"\","
        "\"\"name\"\":\"\"build-%lld\"\"}\","
        "\"{\"\"job\"\":{\"\"name\"\":\"\"build\"\",\"\"number\"\":%lld,\"\"status\"\":"
        "\"\"queued\"\"},"
        "\"\"pipeline\"\":{\"\"branch\"\":\"\"main\"\",\"\"revision\"\":"
        "\"\"9195f83d1715b7575f88118db6dc42a911378740\"\"},\"\"project\"\":{\"\"id\"\":"
        "\"\"e70bbc68-8fb7-46d7-8544-7f54125018b8\"\",\"\"slug\"\":\"\"gh/acme-corp/payments\"\"},"
        "\"\"padding\"\":\"\"lorem ipsum dolor sit amet consectetur adipiscing elit sed do "
        "eiusmod tempor incididunt ut labore et dolore magna aliqua ut enim ad minim veniam "
        "quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo\"\"}\","
        "2026-01-%02lldT%02lld:%02lld:%02lld.%03lldZ,"
        "\"{\"\"user_agent\"\":\"\"CircleCI-Server/1.0 (robustness test)\"\"}\","
        "%08llx-%04llx-4%03llx-8000-%012llx,1,"
        "\"{\"\"id\"\":\"\"0c5d4a38-1c32-4c9e-a7a2-6f8d0b1e2a77\"\",\"\"type\"\":"
        "\"\"organization\"\","
        "\"\"name\"\":\"\"acme-corp\"\"}\","
        "%s,\"{\"\"id\"\":\"\"r%lld\"\"}\"\n",
        n % 5000, n % 5000, n, n, n, 1 + (n / 86400000) % 28, ms / 3600000, ms / 60000 % 60,
        ms / 1000 % 60, ms % 1000, n >> 16, n & 0xffff, n % 0xfff, n, n % 7 ? "true" : "false", n);
    return QByteArray(line, length);
}

bool writeCsv(const QString &path, qint64 rows, qint64 firstId)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray block = csvHeader();
    for (qint64 i = 0; i < rows; ++i) {
        block += csvRecord(firstId + i);
        if (block.size() > (1 << 20)) {
            if (f.write(block) != block.size())
                return false;
            block.clear();
        }
    }
    return f.write(block) == block.size();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

namespace {
// A read-only handle that never creates a file.
sqlite3 *openReadOnly(const QString &path, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        *error = QString::fromUtf8(db ? sqlite3_errmsg(db) : "cannot open");
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 10000);
    return db;
}
} // namespace

QString integrityCheck(const QString &casePath)
{
    QString error;
    sqlite3 *db = openReadOnly(casePath, &error);
    if (!db)
        return error;
    sqlite3_stmt *stmt = nullptr;
    QString result;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) != SQLITE_OK) {
        result = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            if (!result.isEmpty())
                result += QLatin1Char('\n');
            result +=
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        }
        if (result.isEmpty())
            result = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return result;
}

qint64 caseScalar(const QString &casePath, const QString &sql)
{
    QString error;
    sqlite3 *db = openReadOnly(casePath, &error);
    if (!db)
        return -1;
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

QByteArray caseDigest(const QString &casePath)
{
    QString error;
    sqlite3 *db = openReadOnly(casePath, &error);
    if (!db)
        return "cannot open: " + error.toUtf8();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const char *queries[] = {
        "SELECT sha256, bytes, records, imported, rejected, flagged FROM sources ORDER BY id",
        "SELECT * FROM events ORDER BY seq",
        "SELECT * FROM problems ORDER BY id",
        "SELECT * FROM actions ORDER BY id",
        "SELECT * FROM entities ORDER BY id",
    };
    for (const char *sql : queries) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            hash.addData(QByteArrayView(sqlite3_errmsg(db)));
            continue;
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const auto *p = static_cast<const char *>(sqlite3_column_blob(stmt, c));
                hash.addData(QByteArrayView(p, sqlite3_column_bytes(stmt, c)));
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return hash.result().toHex();
}

QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray cell;
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << QString::fromUtf8(cell);
            cell.clear();
        } else if (c == '\n') {
            row << QString::fromUtf8(cell);
            cell.clear();
            rows << row;
            row.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace auditlens::robustness
