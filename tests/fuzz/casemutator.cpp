// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The case-file fuzzer's mutations: an input is a seed number, then operations, each an opcode
// byte and its operands (missing bytes read as 0). No SQL travels in the input: tables, columns
// and statements come from fixed lists, values are bound.

#include "casechecks.h"

#include "importing/importer.h"
#include "index/eventindex.h"
#include "index/eventindexcollector.h"
#include "store/casestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

#include <sqlite3.h>

#include <limits>
#include <memory>
#include <vector>

#include <sys/stat.h>

namespace auditlens::fuzz {

namespace {

class Input
{
public:
    Input(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}
    bool more() const { return m_at < m_size; }
    quint8 byte() { return m_at < m_size ? m_data[m_at++] : 0; }
    quint32 u32()
    {
        quint32 v = 0;
        for (int i = 0; i < 4; ++i)
            v = (v << 8) | byte();
        return v;
    }
    qint64 value()
    {
        switch (byte() % 10) {
        case 0:
            return qint8(byte());
        case 1: {
            quint64 v = 0;
            for (int i = 0; i < 8; ++i)
                v = (v << 8) | byte();
            return qint64(v);
        }
        case 2:
            return std::numeric_limits<qint64>::min();
        case 3:
            return std::numeric_limits<qint64>::max();
        case 4:
            return 4294967295LL;
        case 5:
            return 4000000000LL;
        case 6:
            return -1;
        case 7:
            return 4611686018427387904LL;
        case 8:
            return 65536;
        default:
            return 1 + byte() % 40;
        }
    }
    QByteArray text()
    {
        const int n = byte() % 24;
        QByteArray t;
        for (int i = 0; i < n; ++i)
            t += char(byte());
        return t;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_at = 0;
};

struct Cell
{
    const char *table;
    const char *column;
};
// Integer cells: what the index reads, and what points at it.
const Cell kIntegerCells[] = {
    {"events", "seq"},         {"events", "source_id"}, {"events", "line"},
    {"events", "offset"},      {"events", "action_id"}, {"events", "actor"},
    {"events", "target"},      {"events", "scope"},     {"events", "success"},
    {"events", "occurred_ns"}, {"events", "flags"},     {"duplicates", "seq"},
    {"duplicates", "kind"},    {"duplicates", "count"}, {"duplicates", "rank"},
    {"entities", "id"},        {"actions", "id"},       {"sources", "id"},
    {"sources", "bytes"},      {"sources", "imported"}, {"problems", "offset"},
    {"problems", "source_id"}, {"problems", "event"},
};
// Text cells, and integer cells given text.
const Cell kTextCells[] = {
    {"events", "event_id"},   {"events", "payload"},  {"events", "occurred_ns"},
    {"events", "success"},    {"entities", "ext_id"}, {"entities", "name"},
    {"actions", "name"},      {"sources", "sha256"},  {"sources", "format"},
    {"events", "actor_json"}, {"duplicates", "kind"}, {"events", "action_id"},
};
const char *const kTables[] = {"events",  "duplicates", "entities",     "actions",
                               "sources", "problems",   "viewer_index", "meta"};

int exec(sqlite3 *db, const QByteArray &sql, const std::vector<QVariant> &values)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return SQLITE_ERROR;
    for (int i = 0; i < int(values.size()); ++i) {
        const QVariant &v = values[size_t(i)];
        if (v.isNull()) {
            sqlite3_bind_null(stmt, i + 1);
        } else if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray b = v.toByteArray();
            sqlite3_bind_text(stmt, i + 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        }
    }
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return rc;
}

QByteArray oneRow(const char *table)
{
    return QByteArray("rowid = (SELECT rowid FROM ") + table + " ORDER BY rowid LIMIT 1 OFFSET ?)";
}

// The kept index's rows, to damage: (name, bytes).
std::vector<std::pair<QByteArray, QByteArray>> indexRows(sqlite3 *db)
{
    std::vector<std::pair<QByteArray, QByteArray>> rows;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT name, data FROM viewer_index ORDER BY name", -1, &stmt, nullptr);
    while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
        rows.emplace_back(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))),
                          QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, 1)),
                                     sqlite3_column_bytes(stmt, 1)));
    }
    sqlite3_finalize(stmt);
    return rows;
}

// Damages one row of the kept index; forged: with its checksum made right again, so only the
// checks of what it says stand between it and the viewer.
void damageIndex(sqlite3 *db, Input &in, int how)
{
    auto rows = indexRows(db);
    if (rows.empty())
        return;
    auto &[name, data] = rows[in.byte() % rows.size()];
    bool ok = false;
    const quint64 number = name.mid(name.indexOf('.') + 1).toULongLong(&ok);
    if (how == 2) { // shorten
        data.truncate(qsizetype(in.u32() % quint32(data.size() + 1)));
    } else {
        const int flips = 1 + in.byte() % 8;
        for (int i = 0; i < flips && data.size() > 8; ++i) {
            // Forged damage stays out of the checksum, which is then made again.
            const quint32 span = quint32(data.size()) - (how == 1 ? 8u : 0u);
            data[qsizetype(in.u32() % span)] ^= char(in.byte() | 1);
        }
        if (how == 1 && ok && data.size() >= 8) {
            const qsizetype payload = data.size() - 8;
            qToLittleEndian(EventIndex::checksum(data.constData(), size_t(payload), number),
                            data.data() + payload);
        }
    }
    exec(db, "UPDATE viewer_index SET data = ? WHERE name = ?", {QVariant(data), QVariant(name)});
}

struct Seeds
{
    QTemporaryDir dir{QDir(QStringLiteral("/dev/shm")).exists()
                          ? QStringLiteral("/dev/shm/auditlens-casefuzz-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/auditlens-casefuzz-XXXXXX")};
    std::vector<QString> cases;
    QString fifo;
    QString work;
};

Seeds &seeds()
{
    static Seeds s = [] {
        Seeds s;
        const QDir data(QStringLiteral(AUDITLENS_TEST_DATA));
        auto copy = [&](const QString &name) {
            const QString to = s.dir.filePath(name);
            QFile::copy(data.filePath(name), to);
            return to;
        };
        const QString basic = copy(QStringLiteral("basic.csv"));
        const QString dups = copy(QStringLiteral("duplicates.csv"));
        const QString broken = copy(QStringLiteral("broken.csv"));
        const QString jsonl = copy(QStringLiteral("basic.jsonl"));
        const QString nanos = copy(QStringLiteral("nanos.csv"));
        const QString bigint = copy(QStringLiteral("bigint.csv"));
        // More events than the kept index's check compares in full: it then samples.
        const QString many = s.dir.filePath(QStringLiteral("many.csv"));
        {
            QFile in(
                QStringLiteral(AUDITLENS_SOURCE_DIR "/resources/sample/circleci-audit-sample.csv"));
            QFile out(many);
            if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly)) {
                for (int line = 0; line < 1200 && !in.atEnd(); ++line)
                    out.write(in.readLine());
            }
        }
        const QStringList sets[] = {{basic}, {dups},          {broken},
                                    {jsonl}, {nanos, bigint}, {basic, dups, nanos, broken},
                                    {many}};
        for (const QStringList &sources : sets) {
            const QString path =
                s.dir.filePath(QStringLiteral("seed%1.auditlens").arg(s.cases.size()));
            CaseStore store;
            QString error;
            if (store.open(path, CaseStore::Mode::ReadWrite, &error)) {
                Importer importer(store);
                EventIndexCollector index;
                importer.setIndexRowsSink(&index);
                if (importer.run(sources).ok)
                    index.keep(store.handle());
            }
            s.cases.push_back(path);
        }
        s.fifo = s.dir.filePath(QStringLiteral("fifo"));
        ::mkfifo(QFile::encodeName(s.fifo).constData(), 0600);
        s.work = s.dir.filePath(QStringLiteral("work"));
        QDir().mkpath(s.work);
        return s;
    }();
    return s;
}

// Points a source of the case elsewhere: a system file of the same size, a FIFO, a folder,
// nothing, or a copy of the source with a byte changed.
void renameSource(sqlite3 *db, Input &in, const QString &work)
{
    const quint8 row = in.byte() % 8;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT path FROM sources ORDER BY rowid LIMIT 1 OFFSET ?", -1, &stmt,
                       nullptr);
    sqlite3_bind_int(stmt, 1, row);
    QString original;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        original = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    QString path;
    qint64 bytes = -1;
    switch (in.byte() % 5) {
    case 0:
        path = QStringLiteral("/etc/passwd");
        bytes = QFileInfo(path).size();
        break;
    case 1:
        path = seeds().fifo;
        break;
    case 2:
        path = work;
        break;
    case 3:
        path = work + QStringLiteral("/nothing-here.csv");
        break;
    default: {
        // Only a regular file is copied: an earlier change may have named a FIFO, whose opening
        // would wait for a writer.
        struct stat st = {};
        if (::stat(QFile::encodeName(original).constData(), &st) != 0 || !S_ISREG(st.st_mode))
            return;
        path = work + QStringLiteral("/changed.csv");
        QFile::remove(path);
        QFile::copy(original, path);
        QFile f(path);
        if (f.open(QIODevice::ReadWrite) && f.size() > 0) {
            f.seek(qint64(in.u32() % quint64(f.size())));
            f.write(QByteArray(1, char(in.byte())));
        }
        break;
    }
    }
    QByteArray sql = "UPDATE sources SET path = ?";
    std::vector<QVariant> values{QVariant(path.toUtf8())};
    if (bytes >= 0) {
        sql += ", bytes = ?";
        values.emplace_back(bytes);
    }
    values.emplace_back(int(row));
    exec(db, sql + " WHERE " + oneRow("sources"), values);
}
bool integrityIsKept(const QString &path)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                              nullptr) == SQLITE_OK;
    sqlite3_stmt *stmt = nullptr;
    ok = ok && sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK &&
         sqlite3_step(stmt) == SQLITE_ROW &&
         qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), "ok") == 0;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return ok;
}
} // namespace

std::string checkCaseOpen(const uint8_t *data, size_t size)
{
    Seeds &s = seeds();
    Input in(data, size);
    const QString seed = s.cases[in.byte() % s.cases.size()];
    const QString path = s.work + QStringLiteral("/case.auditlens");
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    if (!QFile::copy(seed, path))
        return "cannot copy a seed case";
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    std::vector<std::pair<quint32, quint8>> fileFlips;
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
            sqlite3_close(db);
            return "cannot open a seed case";
        }
        for (int ops = 0; in.more() && ops < 64; ++ops) {
            const quint8 op = in.byte() % 10;
            if (op <= 2) { // one cell, or a share of a column's cells
                const Cell &c = op == 2 ? kTextCells[in.byte() % std::size(kTextCells)]
                                        : kIntegerCells[in.byte() % std::size(kIntegerCells)];
                const QByteArray set =
                    QByteArray("UPDATE ") + c.table + " SET " + c.column + " = ? WHERE ";
                const QVariant value = op == 2 ? QVariant(in.text()) : QVariant(in.value());
                if (op == 1) {
                    const int modulus = 1 + in.byte() % 7;
                    exec(db, set + "rowid % ? = ?", {value, modulus, in.byte() % modulus});
                } else {
                    exec(db, set + oneRow(c.table), {value, in.byte() % 32});
                }
            } else if (op == 3) {
                const Cell &c = kIntegerCells[in.byte() % std::size(kIntegerCells)];
                exec(db,
                     QByteArray("UPDATE ") + c.table + " SET " + c.column + " = NULL WHERE " +
                         oneRow(c.table),
                     {in.byte() % 32});
            } else if (op == 4) {
                const char *table = kTables[in.byte() % std::size(kTables)];
                exec(db, QByteArray("DELETE FROM ") + table + " WHERE " + oneRow(table),
                     {in.byte() % 32});
            } else if (op == 5) { // a copy of an event under another seq
                exec(db,
                     "INSERT INTO events SELECT ?, source_id, line, offset, event_id, action_id,"
                     " actor, target, scope, success, occurred_ns, request_id, flags, occurred_at,"
                     " success_text, version, actor_json, target_json, scope_json, payload,"
                     " metadata, request, extra FROM events ORDER BY seq LIMIT 1 OFFSET ?",
                     {in.value(), in.byte() % 32});
            } else if (op == 6) {
                damageIndex(db, in, in.byte() % 3);
            } else if (op == 7) {
                const char *table = kTables[in.byte() % std::size(kTables)];
                exec(db, QByteArray("DROP TABLE ") + table, {});
            } else if (op == 8) {
                renameSource(db, in, s.work);
            } else {
                fileFlips.emplace_back(in.u32(), quint8(in.byte() | 1));
            }
        }
        sqlite3_close(db);
    }
    if (!fileFlips.empty()) {
        QFile f(path);
        if (f.open(QIODevice::ReadWrite) && f.size() > 0) {
            for (const auto &[at, mask] : fileFlips) {
                f.seek(qint64(at % quint64(f.size())));
                char c = 0;
                f.getChar(&c);
                f.seek(qint64(at % quint64(f.size())));
                f.putChar(char(c ^ char(mask)));
            }
        }
    }
    // To look into a finding: AUDITLENS_FUZZ_KEEP_CASE=path keeps the mutated case there.
    if (const QString keep = qEnvironmentVariable("AUDITLENS_FUZZ_KEEP_CASE"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(path, keep);
    }
    VisitOptions options;
    options.text = QStringLiteral("e");
    options.proveSources = size % 4 == 0;
    // Damaged pages may set SQLite's own indexes against its tables: the SQL engine is no
    // reference then.
    options.compareWithSql = fileFlips.empty() || integrityIsKept(path);
    CaseVisit visit;
    return visitCase(path, options, &visit);
}

} // namespace auditlens::fuzz
