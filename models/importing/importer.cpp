#include "importer.h"

#include "../parsing/csvheader.h"
#include "../parsing/eventparser.h"
#include "../parsing/jsoneventsplitter.h"
#include "../reading/bytesource.h"
#include "../reading/csvrecordreader.h"
#include "../reading/fileidentity.h"
#include "../reading/jsonrecordreader.h"
#include "../store/casefilevfs.h"
#include "../store/casesql.h"
#include "../store/schema.h"
#include "../store/sqlitestatement.h"
#include "../text/visibletext.h"
#include "batchqueue.h"
#include "duplicatetracker.h"
#include "hashindex.h"
#include "sourcesniffer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <fcntl.h>
#include <malloc.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <thread>

namespace auditlens {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Importer", text);
}

constexpr size_t kBatchEvents = 2048;
constexpr size_t kBatchBytes = size_t(4) << 20;
constexpr qint64 kProgressEvery = 65536;
// How long an import's commit waits for the readers of the moment to finish.
constexpr int kReadersWaitMs = 10 * 60 * 1000;

QString sqliteError(sqlite3 *db)
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
        return tr("%1: the case reached the file size limit of %2 bytes set for this program")
            .arg(message)
            .arg(qulonglong(limit.rlim_cur));
    if (file && ::statvfs(file, &disk) == 0 &&
        qulonglong(disk.f_bavail) * disk.f_frsize < (4 << 20))
        return tr("%1: the disk holding the case is full").arg(message);
    return message;
}

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    if (SqliteStatement::exec(db, sql))
        return true;
    if (error)
        *error = sqliteError(db);
    return false;
}

// Runs an INSERT/UPDATE; false with the error on failure. Every caller binds every parameter
// before each run, so bindings need no clearing.
bool execute(SqliteStatement &statement, sqlite3 *db, QString *error)
{
    if (statement.execute())
        return true;
    *error = sqliteError(db);
    return false;
}

// Ends a transaction of the import, keeping nothing of it.
void abandonTransaction(sqlite3 *db)
{
    CaseFileVfs::discardDeferredWrites(db);
    exec(db, CaseSql::kRollback, nullptr);
}

void appendJsonString(std::string &out, std::string_view text)
{
    out.push_back('"');
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out += buffer;
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

// The writer thread's half: turns batches into rows through prepared statements, coding
// actions and entities through dictionaries kept in memory.
class BatchWriter
{
public:
    // rows, when given, receives what a viewer index needs of each event, until it takes no more
    // (rowsDropped() then says so).
    // entitiesMax: entities the in-memory dictionary holds; the others are looked up in the case.
    BatchWriter(sqlite3 *db, qint64 sourceId, IndexRowsSink *rows, size_t entitiesMax)
        : m_db(db), m_sourceId(sourceId), m_rows(rows),
          m_entitiesMax(std::max<size_t>(entitiesMax, 1)),
          m_event(db, CaseSql::kInsertEvent, SqliteStatement::Use::Persistent),
          m_problem(db, CaseSql::kInsertProblem, SqliteStatement::Use::Persistent),
          m_entity(db, CaseSql::kInsertEntity, SqliteStatement::Use::Persistent),
          m_action(db, CaseSql::kInsertAction, SqliteStatement::Use::Persistent)
    {}

    bool prepare(QString *error)
    {
        if (!m_event.ok() || !m_problem.ok() || !m_entity.ok() || !m_action.ok()) {
            *error = sqliteError(m_db);
            return false;
        }
        SqliteStatement actions(m_db, CaseSql::kActions);
        while (actions.row()) {
            bool inserted = false;
            m_actionIndex.insert(HashIndex::hash(actions.columnText(1)), m_actions.size(),
                                 &inserted);
            m_actions.emplace_back(std::string(actions.columnText(1)), actions.columnInt64(0));
            m_nextAction = std::max(m_nextAction, actions.columnInt64(0) + 1);
        }
        SqliteStatement entities(m_db, CaseSql::kEntities);
        while (m_entities.size() < m_entitiesMax && entities.row()) {
            bool inserted = false;
            m_entities.insert(
                entityKey(entities.columnText(1), entities.columnText(2), entities.columnText(3)),
                quint64(entities.columnInt64(0)), &inserted);
        }
        m_nextEntity = SqliteStatement::scalar(m_db, CaseSql::kNextEntityId);
        return m_entities.size() < m_entitiesMax || lookUpEntitiesInTheCase(error);
    }

    bool rowsDropped() const { return m_rowsDropped; }

    // Forgets the dictionaries once every batch is written.
    void release()
    {
        m_entities.clear();
        m_actionIndex.clear();
        std::vector<std::pair<std::string, qint64>>().swap(m_actions);
    }

    bool write(const EventBatch &batch, QString *error)
    {
        // The dictionary keys of the batch's entities come first, so that the dictionary's slots
        // can be fetched some events ahead: with nearly one new target an event, each lookup is
        // otherwise a cache miss the writer waits for. An entity equal to the previous event's
        // in its role needs no key (it is found without a lookup).
        m_keys.resize(batch.used * 3);
        for (size_t i = 0; i < batch.used; ++i) {
            const EventBatch::Event &e = batch.events[i];
            const EventBatch::Event *previous = i > 0 ? &batch.events[i - 1] : nullptr;
            for (int w = 0; w < 3; ++w) {
                const bool same = previous && previous->entityPresent[w] && e.entityPresent[w] &&
                                  sameEntity(batch, *previous, e, w);
                m_keys[i * 3 + size_t(w)] =
                    e.entityPresent[w] && !same
                        ? entityKey(batch.view(e.entity[w][0]), batch.view(e.entity[w][1]),
                                    batch.view(e.entity[w][2]))
                        : 0;
            }
        }
        constexpr size_t kAhead = 16;
        for (size_t i = 0; i < std::min(kAhead, batch.used) * 3; ++i)
            m_entities.prefetch(m_keys[i]);
        for (size_t i = 0; i < batch.used; ++i) {
            for (size_t k = (i + kAhead) * 3; k < std::min(i + kAhead + 1, batch.used) * 3; ++k) {
                if (m_keys[k])
                    m_entities.prefetch(m_keys[k]);
            }
            if (!writeEvent(batch, batch.events[i], &m_keys[i * 3], error))
                return false;
        }
        for (const auto &p : batch.problems) {
            const Problem &problem = p.problem;
            m_problem.bindInt64(1, m_sourceId);
            m_problem.bindInt64(2, problem.line);
            m_problem.bindInt64(3, problem.offset);
            m_problem.bindText(4, problemKindName(problem.kind));
            m_problem.bindText(5, severityName(problem.severity));
            if (problem.column.isEmpty())
                m_problem.bindNull(6);
            else
                m_problem.bindTextCopy(6, problem.column.toUtf8());
            m_problem.bindTextCopy(7, problem.message.toUtf8());
            m_problem.bindBlob(8, problem.raw.constData(), size_t(problem.raw.size()));
            if (p.eventSeq > 0)
                m_problem.bindInt64(9, p.eventSeq);
            else
                m_problem.bindNull(9);
            if (!execute(m_problem, m_db, error))
                return false;
        }
        return true;
    }

private:
    static quint64 entityKey(std::string_view id, std::string_view type, std::string_view name)
    {
        return HashIndex::combine(HashIndex::combine(HashIndex::hash(id), HashIndex::hash(type)),
                                  HashIndex::hash(name));
    }

    // Rows are appended with the next rowid SQLite picks (the last one plus one), which is the
    // one the importer gave them: SQLite then need not search the table for it first. Checked all
    // the same: a case whose largest rowid was not what the importer counted on stops the import.
    bool storedAs(qint64 rowid, QString *error)
    {
        const qint64 stored = sqlite3_last_insert_rowid(m_db);
        if (stored == rowid)
            return true;
        *error = tr("a row meant to be %1 was stored as %2").arg(rowid).arg(stored);
        return false;
    }

    // The dictionary is full: from now on, entities it does not hold are looked up in the case's
    // table, through an index made for that (it stays in the case).
    bool lookUpEntitiesInTheCase(QString *error)
    {
        if (!exec(m_db, Schema::createEntityTextIndex(), error))
            return false;
        m_findEntity = std::make_unique<SqliteStatement>(m_db, CaseSql::kFindEntity,
                                                         SqliteStatement::Use::Persistent);
        if (!m_findEntity->ok()) {
            *error = sqliteError(m_db);
            return false;
        }
        return true;
    }

    static bool sameEntity(const EventBatch &batch, const EventBatch::Event &a,
                           const EventBatch::Event &b, int which)
    {
        for (int k = 0; k < 3; ++k) {
            if (batch.view(a.entity[which][k]) != batch.view(b.entity[which][k]))
                return false;
        }
        return true;
    }

    // key: the entity's dictionary key, or 0 when it is the previous event's entity in its role
    // (the scope nearly always is: one organisation), whose code is kept.
    bool entityCode(const EventBatch &batch, const EventBatch::Event &e, int which, quint64 key,
                    qint64 *code, QString *error)
    {
        qint64 &previous = m_previousCode[which];
        if (key != 0 && !lookUpEntity(batch, e, which, key, &previous, error))
            return false;
        *code = previous;
        return true;
    }

    // The entity's code: from the dictionary, else (once it is full) from the case, else a new
    // entity is stored.
    bool lookUpEntity(const EventBatch &batch, const EventBatch::Event &e, int which, quint64 key,
                      qint64 *code, QString *error)
    {
        const std::string_view id = batch.view(e.entity[which][0]);
        const std::string_view type = batch.view(e.entity[which][1]);
        const std::string_view name = batch.view(e.entity[which][2]);
        if (m_findEntity) {
            if (const quint64 *held = m_entities.find(key)) {
                *code = qint64(*held);
                return true;
            }
            m_findEntity->bindText(1, id);
            m_findEntity->bindText(2, type);
            m_findEntity->bindText(3, name);
            const bool found = m_findEntity->row();
            *code = found ? m_findEntity->columnInt64(0) : m_nextEntity;
            m_findEntity->reset();
            if (found)
                return true;
            ++m_nextEntity;
            return insertEntity(id, type, name, *code, error);
        }
        bool inserted = false;
        *code = qint64(*m_entities.insert(key, quint64(m_nextEntity), &inserted));
        if (!inserted)
            return true;
        ++m_nextEntity;
        if (!insertEntity(id, type, name, *code, error))
            return false;
        return m_entities.size() < m_entitiesMax || lookUpEntitiesInTheCase(error);
    }

    bool insertEntity(std::string_view id, std::string_view type, std::string_view name,
                      qint64 code, QString *error)
    {
        m_entity.bindNull(1);
        m_entity.bindText(2, id);
        m_entity.bindText(3, type);
        m_entity.bindText(4, name);
        return execute(m_entity, m_db, error) && storedAs(code, error);
    }

    bool actionCodeFor(std::string_view action, qint64 *code, QString *error)
    {
        // Consecutive events mostly share their action; otherwise look it up by hash (a
        // collision falls back to comparing names).
        if (m_lastAction < m_actions.size() && m_actions[m_lastAction].first == action) {
            *code = m_actions[m_lastAction].second;
            return true;
        }
        const quint64 key = HashIndex::hash(action);
        if (const quint64 *at = m_actionIndex.find(key); at && m_actions[*at].first == action) {
            m_lastAction = size_t(*at);
        } else {
            auto same = std::find_if(m_actions.begin(), m_actions.end(),
                                     [&](const auto &a) { return a.first == action; });
            if (same == m_actions.end()) {
                m_action.bindInt64(1, m_nextAction);
                m_action.bindText(2, action);
                if (!execute(m_action, m_db, error))
                    return false;
                bool inserted = false;
                m_actionIndex.insert(key, m_actions.size(), &inserted);
                m_actions.emplace_back(std::string(action), m_nextAction++);
                same = m_actions.end() - 1;
            }
            m_lastAction = size_t(same - m_actions.begin());
        }
        *code = m_actions[m_lastAction].second;
        return true;
    }

    bool writeEvent(const EventBatch &batch, const EventBatch::Event &e, const quint64 *keys,
                    QString *error)
    {
        auto cell = [&](Column c) { return e.cells[columnIndex(c)]; };
        auto bindText = [&](int index, const EventBatch::Text &t) {
            if (t.present)
                m_event.bindText(index, batch.view(t));
            else
                m_event.bindNull(index);
        };
        const std::string_view action = batch.view(cell(Column::Action));
        qint64 actionCode = 0;
        if (!actionCodeFor(action, &actionCode, error))
            return false;
        m_event.bindNull(1);
        m_event.bindInt64(2, m_sourceId);
        m_event.bindInt64(3, e.line);
        m_event.bindInt64(4, e.offset);
        m_event.bindText(5, batch.view(cell(Column::Id)));
        m_event.bindInt64(6, actionCode);
        qint64 codes[3] = {0, 0, 0};
        for (int which = 0; which < 3; ++which) {
            if (!e.entityPresent[which]) {
                m_event.bindNull(7 + which);
                continue;
            }
            if (!entityCode(batch, e, which, keys[which], &codes[which], error))
                return false;
            m_event.bindInt64(7 + which, codes[which]);
        }
        if (e.success >= 0)
            m_event.bindInt64(10, e.success);
        else
            m_event.bindNull(10);
        if (e.hasTime)
            m_event.bindInt64(11, e.occurredNs);
        else
            m_event.bindNull(11);
        bindText(12, e.requestId);
        m_event.bindInt64(13, e.flags);
        bindText(14, cell(Column::OccurredAt));
        bindText(15, cell(Column::Success));
        bindText(16, cell(Column::Version));
        bindText(17, cell(Column::Actor));
        bindText(18, cell(Column::Target));
        bindText(19, cell(Column::Scope));
        bindText(20, cell(Column::Payload));
        bindText(21, cell(Column::Metadata));
        bindText(22, cell(Column::Request));
        bindText(23, e.extra);
        if (m_rows && !m_rows->append(e.hasTime, e.occurredNs, e.offset, quint16(m_sourceId),
                                      quint32(actionCode), quint32(codes[0]), quint32(codes[1]),
                                      quint32(codes[2]), e.success, e.flags != 0,
                                      batch.view(cell(Column::Id)))) {
            m_rows = nullptr;
            m_rowsDropped = true;
        }
        return execute(m_event, m_db, error) && storedAs(e.seq, error);
    }

    sqlite3 *m_db;
    qint64 m_sourceId;
    IndexRowsSink *m_rows;
    size_t m_entitiesMax;
    std::unique_ptr<SqliteStatement> m_findEntity; // set once the dictionary is full
    bool m_rowsDropped = false;
    SqliteStatement m_event;
    SqliteStatement m_problem;
    SqliteStatement m_entity;
    SqliteStatement m_action;
    std::vector<std::pair<std::string, qint64>> m_actions; // name, code
    HashIndex m_actionIndex;                               // hash of name -> position
    size_t m_lastAction = size_t(-1);

    qint64 m_nextAction = 1;
    HashIndex m_entities;
    std::vector<quint64> m_keys; // per event of the batch being written and role: see write()
    qint64 m_nextEntity = 1;
    // Per role (actor, target, scope): the code of the last entity coded.
    qint64 m_previousCode[3] = {0, 0, 0};
};

// Asks the system to start writing the case's new pages to disk while the import goes on, so
// that the commit's sync finds little left to write (by default nothing is written until then:
// a gigabyte of dirty pages stays under the kernel's background threshold on most machines).
// Through SQLite's own descriptor of the case: a second one, once closed, would take with it every
// lock the process holds on the case, and other programs would then roll back the import's journal
// under it. Without that descriptor there is no writeback; the commit only takes longer.
class WritebackStarter
{
public:
    explicit WritebackStarter(sqlite3 *db) : m_fd(CaseFileVfs::descriptor(db)) {}

    void poll()
    {
        if (m_fd < 0 || ++m_batches % kEveryBatches != 0)
            return;
#ifdef SYNC_FILE_RANGE_WRITE
        // Only starts the writes; a failure costs nothing but the commit's time.
        ::sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
    }

private:
    static constexpr int kEveryBatches = 16; // about 32k events, 30 MB of case
    const int m_fd;                          // SQLite's; never closed here
    int m_batches = 0;
};

// The parse thread's half for one source: records -> cells -> parsed events -> batches.
class BatchBuilder
{
public:
    explicit BatchBuilder(BatchQueue &queue) : m_queue(queue), m_batch(queue.takeFree()) {}

    EventBatch &batch() { return *m_batch; }
    void release() { m_batch.reset(); }
    // Hands the batch over when it is full; false when the writer has stopped.
    bool flushIfFull()
    {
        // Problems count too: a file of nothing but broken records must stream as well.
        if (m_batch->used < kBatchEvents && m_batch->arena.size() < kBatchBytes &&
            m_batch->problems.size() < kBatchEvents && m_batch->problemBytes < kBatchBytes)
            return true;
        return flush();
    }
    bool flush()
    {
        if (m_batch->used == 0 && m_batch->problems.empty())
            return true;
        if (!m_queue.push(std::move(m_batch)))
            return false;
        m_batch = m_queue.takeFree();
        return true;
    }

private:
    BatchQueue &m_queue;
    std::unique_ptr<EventBatch> m_batch;
};
} // namespace

Importer::Importer(CaseStore &store, ImportOptions options) : m_store(store), m_options(options) {}

ImportResult Importer::run(const QStringList &paths)
{
    ImportResult result;
    m_cancel.store(false);
    m_sourceCount = int(paths.size());
    sqlite3 *db = m_store.handle();
    if (!db || m_store.isReadOnly()) {
        result.error = tr("the case is not open for writing");
        return result;
    }
    // New events are numbered after the case's last one, and the duplicate search keeps seqs in
    // 62 bits: a case from elsewhere numbered below 1 or near the end of int64 is not added to.
    if (SqliteStatement::scalar(db, CaseSql::kFirstSeqOrOne) < 1 ||
        SqliteStatement::scalar(db, CaseSql::kLastSeqOrZero) > (qint64(1) << 61)) {
        result.error = tr("the case is damaged: its events are numbered outside 1 to 2^61, so no "
                          "more can be added");
        return result;
    }
    m_commandFirstSeq = SqliteStatement::scalar(db, CaseSql::kNextSeq);
    m_computedDuplicates = false;
    m_collectRows = m_rowsSink && m_rowsSink->begin(m_commandFirstSeq);
    // Appending needs few pages in memory: a small cache keeps the import's peak down. The
    // case's own setting comes back at the end.
    const QByteArray cacheSize =
        QByteArray::number(SqliteStatement::scalar(db, CaseSql::kCacheSize));
    exec(db, CaseSql::kSmallCacheForImport, nullptr);
    // Other programs go on reading the case as it was while the sources go in (see CaseFileVfs).
    // Not while the viewer's index is replaced afterwards: that rewrites the pages the old index
    // freed, which would all be kept in memory, for a moment's wait of the readers.
    CaseFileVfs::setDeferWrites(db, true);
    result.ok = true;
    for (int i = 0; i < paths.size(); ++i) {
        if (!importSource(i, paths[i], result)) {
            result.ok = false;
            break;
        }
    }
    CaseFileVfs::setDeferWrites(db, false);
    if (m_rowsSink && !m_collectRows)
        m_rowsSink->abandon();
    if (!m_computedDuplicates)
        result.duplicates = m_store.duplicateCounts();
    for (const SourceOutcome &s : result.sources) {
        result.records += s.records;
        result.imported += s.imported;
        result.rejected += s.rejected;
        result.blankLines += s.blankLines;
    }
    exec(db, QByteArray(CaseSql::kSetCacheSizePrefix + cacheSize).constData(), nullptr);
    return result;
}

bool Importer::importSource(int index, const QString &path, ImportResult &result)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = m_store.handle();
    SourceOutcome outcome;
    outcome.path = QFileInfo(path).absoluteFilePath();

    auto fail = [&](const QString &message) {
        result.error = tr("%1: %2").arg(path, message);
        return false;
    };

    // The case is never read as a source: by another name (a hard link) too. Opening it would
    // also cost the case its locks when that descriptor is closed.
    if (FileIdentity::of(path) == FileIdentity::of(m_store.path()))
        return fail(tr("this is the case itself, under another name; the case must be a separate "
                       "file"));
    SourceFile file;
    if (!file.open(path))
        return fail(file.errorString());
    outcome.bytes = file.size();

    // Seen before under the same name, size and time: confirm by hash without parsing.
    {
        const QVector<SourceInfo> known = m_store.sources();
        for (const SourceInfo &s : known) {
            if (s.path == outcome.path && s.bytes == file.size() && s.modified == file.modified()) {
                QString error;
                const QString sha = QString::fromLatin1(SourceFile::hashFile(path, &error));
                if (sha == s.sha256) {
                    outcome.sha256 = sha;
                    outcome.format = s.format;
                    outcome.alreadyImported = true;
                    outcome.sourceId = s.id;
                    result.sources.push_back(outcome);
                    return true;
                }
            }
        }
    }

    // Through the file already open: the name may lead elsewhere by now.
    QByteArray head(64 * 1024, Qt::Uninitialized);
    head.truncate(int(std::max<qint64>(0, file.peek(head.data(), head.size()))));
    SourceFormat format = SourceFormat::Csv;
    QString sniffError;
    if (!sniffSource(head, &format, &sniffError))
        return fail(sniffError);
    outcome.format = QLatin1String(sourceFormatName(format));

    QString error;
    if (!exec(db, CaseSql::kBeginImmediate, &error)) {
        const int code = sqlite3_errcode(db) & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return fail(tr("the case is in use by another AuditLens that is writing to it; "
                           "nothing was imported. Try again when it has finished."));
        return fail(tr("the case cannot be written (%1)").arg(error));
    }
    auto rollback = [&](const QString &message) {
        abandonTransaction(db);
        m_collectRows = false; // the command has failed: no index is built from its rows
        return fail(tr("%1; nothing was imported, the case is as it was before").arg(message));
    };
    // The file was removed (by an import into the same new case that failed first) or replaced
    // while this one waited for it: what went into it would be lost with it.
    int moved = 0;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved)
        return rollback(tr("the case file was removed or replaced while it was open"));

    // The source row comes first so events can point to it; its digest and counts are set once
    // every byte has been read.
    qint64 sourceId = 0;
    {
        SqliteStatement insert(db, CaseSql::kInsertSource);
        const QByteArray p = outcome.path.toUtf8();
        const QByteArray name = QFileInfo(path).fileName().toUtf8();
        const QByteArray modified = file.modified().toString(Qt::ISODateWithMs).toUtf8();
        const QByteArray pending =
            "pending:" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QByteArray fmt = outcome.format.toUtf8();
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        insert.bindTextCopy(1, p);
        insert.bindTextCopy(2, name);
        insert.bindInt64(3, file.size());
        insert.bindTextCopy(4, modified);
        insert.bindTextCopy(5, pending);
        insert.bindTextCopy(6, fmt);
        insert.bindTextCopy(7, now);
        insert.bindTextCopy(8, QByteArrayLiteral(AUDITLENS_VERSION));
        if (!execute(insert, db, &error))
            return rollback(tr("the case cannot be written (%1)").arg(error));
        sourceId = sqlite3_last_insert_rowid(db);
    }

    // Every id already in the case, so duplicates are found across sources.
    DuplicateTracker tracker(size_t(std::max<qint64>(1, m_options.duplicateMemoryEvents)));
    qint64 nextSeq = SqliteStatement::scalar(db, CaseSql::kNextSeq);
    tracker.reserve(size_t(nextSeq - 1) + size_t(file.size() / 256) + 1024);
    {
        SqliteStatement ids(db, CaseSql::kEventIds);
        while (ids.row())
            tracker.add(ids.columnText(1), ids.columnInt64(0),
                        ids.columnInt64(0) >= m_commandFirstSeq);
    }

    // What the viewer's index needs is kept as the events are written, so the index can be built
    // without reading them back. Only while the command started on an empty case: then the rows
    // hold every event of it.
    const size_t rowMark = m_collectRows ? m_rowsSink->rowCount() : 0;
    if (m_collectRows) {
        // Address space is reserved generously (pages are only used once written) so that the
        // columns do not double and copy themselves as a large source streams in.
        m_rowsSink->reserve(rowMark + size_t(file.size() / 256) + 1024);
    }
    BatchWriter writer(db, sourceId, m_collectRows ? m_rowsSink : nullptr,
                       size_t(std::max<qint64>(1, m_options.entityMemoryEntries)));
    if (!writer.prepare(&error))
        return rollback(tr("the case cannot be written (%1)").arg(error));

    BatchQueue queue(4);
    QString writerError;
    std::thread writerThread([&] {
        WritebackStarter writeback(db);
        while (auto batch = queue.pop()) {
            if (!writer.write(*batch, &writerError)) {
                queue.close();
                return;
            }
            queue.giveBack(std::move(batch));
            writeback.poll();
        }
    });

    BatchBuilder builder(queue);
    EventParser parser;
    JsonEventSplitter splitter;
    // Only the source's own reader: each holds a read window of several megabytes.
    std::optional<CsvRecordReader> csv;
    std::optional<JsonRecordReader> json;
    if (format == SourceFormat::Csv)
        csv.emplace(file, m_options.maxRecordBytes);
    else
        json.emplace(file, m_options.maxRecordBytes);
    CsvHeader header;
    bool haveHeader = false;
    RawRecord record;
    EventCells cells;
    ParsedEvent parsed;
    std::vector<Problem> problems;
    std::string extra;
    QString fatal;
    qint64 problemCount = 0;
    ImportProgress progress;
    progress.sourceIndex = index;
    progress.sourceCount = m_sourceCount;
    progress.path = path;
    progress.bytesTotal = file.size();

    auto keepProblem = [&](const Problem &problem, qint64 eventSeq) {
        ++problemCount;
        builder.batch().problems.push_back({problem, eventSeq});
        builder.batch().problemBytes += size_t(problem.raw.size());
        if (result.problems.size() < m_problemLimit) {
            // The raw bytes go to the case; the summary keeps where and why.
            result.problems.push_back({index, problem});
            result.problems.back().problem.raw.clear();
        }
    };
    auto reject = [&](const RawRecord &r, ProblemKind kind, const QString &message) {
        ++outcome.rejected;
        Problem problem;
        problem.line = r.line;
        problem.offset = r.offset;
        problem.kind = kind;
        problem.severity = Severity::Rejected;
        problem.message = message;
        problem.raw = QByteArray(r.raw.data(), qsizetype(r.raw.size()));
        keepProblem(problem, 0);
    };

    if (json && !json->start(&fatal))
        fatal = fatal.isEmpty() ? tr("the file is not JSON we can read") : fatal;

    std::vector<PreviewEvent> preview;
    size_t previewSent = 0;
    bool stopped = false;
    while (fatal.isEmpty()) {
        // Unescaped CSV fields are written straight into the batch, where they stay if the
        // record becomes an event.
        if (csv)
            csv->setFieldArena(&builder.batch().arena);
        const bool got = csv ? csv->next(record) : json->next(record);
        if (!got)
            break;
        if (m_cancel.load(std::memory_order_relaxed)) {
            stopped = true;
            break;
        }
        if (format == SourceFormat::Csv && !haveHeader) {
            if (record.rejected) {
                fatal = tr("the header line cannot be read: %1").arg(record.message);
                break;
            }
            if (!header.read(record.fields, &fatal))
                break;
            haveHeader = true;
            continue;
        }
        ++outcome.records;
        if (record.rejected) {
            reject(record, record.kind, record.message);
        } else if (format == SourceFormat::Csv &&
                   int(record.fields.size()) != header.fieldCount()) {
            reject(record, ProblemKind::RaggedRecord,
                   tr("the record has %1 fields; the header has %2")
                       .arg(record.fields.size())
                       .arg(header.fieldCount()));
        } else {
            std::string_view duplicateKey;
            QString why;
            bool readable = true;
            if (format == SourceFormat::Csv) {
                header.map(record.fields, cells);
                // The reader's buffers keep the padding after every field.
                cells.padded = true;
            } else if (!splitter.split(record.raw, cells, &why, &duplicateKey)) {
                reject(record, ProblemKind::MalformedRecord, why);
                readable = false;
            }
            if (readable) {
                cells.line = record.line;
                cells.offset = record.offset;
                cells.raw = record.raw;
                problems.clear();
                parser.parse(cells, parsed, problems);
                if (!duplicateKey.empty()) {
                    Problem p;
                    p.line = record.line;
                    p.offset = record.offset;
                    p.kind = ProblemKind::DuplicateKey;
                    p.severity = Severity::Flagged;
                    p.column =
                        QString::fromUtf8(duplicateKey.data(), qsizetype(duplicateKey.size()));
                    p.message = tr("the event names %1 twice; the first one is used")
                                    .arg(VisibleText::escapeInvisible(p.column));
                    problems.push_back(p);
                    parsed.flags |= flagBit(ProblemKind::DuplicateKey);
                }
                // Extra columns as one JSON object, made before the batch grows: the cells may
                // lie in its arena.
                if (!cells.extras.empty()) {
                    extra.assign(1, '{');
                    for (const auto &[name, value] : cells.extras) {
                        if (extra.size() > 1)
                            extra.push_back(',');
                        appendJsonString(extra, name);
                        extra.push_back(':');
                        appendJsonString(extra, value);
                    }
                    extra.push_back('}');
                }
                const qint64 seq = nextSeq++;
                EventBatch &batch = builder.batch();
                EventBatch::Event &e = batch.append();
                e.seq = seq;
                e.line = record.line;
                e.offset = record.offset;
                // Cells the reader unescaped into the batch's arena are kept where they are (this
                // commits them, before anything else is added); the others are copied.
                const char *unescaped = batch.arena.data() + batch.arena.size();
                const size_t unescapedBytes = csv ? csv->unescapedBytes() : 0;
                auto inArena = [&](std::string_view cell) {
                    return unescapedBytes > 0 && cell.data() >= unescaped &&
                           cell.data() < unescaped + unescapedBytes;
                };
                for (int c = 0; c < kColumnCount; ++c) {
                    if (cells.present[size_t(c)] && inArena(cells.cell[size_t(c)]))
                        e.cells[c] = batch.at(cells.cell[size_t(c)]);
                }
                batch.arena.commit(unescapedBytes);
                for (int c = 0; c < kColumnCount; ++c) {
                    if (cells.present[size_t(c)] && !e.cells[c].present)
                        e.cells[c] = batch.add(cells.cell[size_t(c)]);
                }
                if (!cells.extras.empty())
                    e.extra = batch.add(extra);
                const EntityRef *refs[3] = {&parsed.actor, &parsed.target, &parsed.scope};
                for (int w = 0; w < 3; ++w) {
                    e.entityPresent[w] = refs[w]->present;
                    if (refs[w]->present) {
                        e.entity[w][0] = batch.add(refs[w]->id);
                        e.entity[w][1] = batch.add(refs[w]->type);
                        e.entity[w][2] = batch.add(refs[w]->name);
                    }
                }
                if (!parsed.requestId.empty())
                    e.requestId = batch.add(parsed.requestId);
                e.occurredNs = parsed.occurredNs;
                e.hasTime = parsed.hasTime;
                e.success = parsed.success;
                e.flags = parsed.flags;
                // From here on the cells are read from the batch: adding to it may have moved
                // those in its arena.
                auto cell = [&](Column c) { return batch.view(e.cells[columnIndex(c)]); };
                tracker.add(cell(Column::Id), seq, true);
                if (m_preview && previewSent + preview.size() < m_previewMax) {
                    auto label = [](const EntityRef &r) {
                        const std::string_view v = r.name.empty() ? r.id : r.name;
                        return QString::fromUtf8(v.data(), qsizetype(v.size()));
                    };
                    auto text = [](std::string_view v) {
                        return QString::fromUtf8(v.data(), qsizetype(v.size()));
                    };
                    PreviewEvent pe;
                    pe.seq = seq;
                    pe.line = record.line;
                    pe.hasTime = parsed.hasTime;
                    pe.occurredNs = parsed.occurredNs;
                    pe.occurredAt = text(cell(Column::OccurredAt));
                    pe.action = text(cell(Column::Action));
                    pe.actor = label(parsed.actor);
                    pe.target = label(parsed.target);
                    pe.scope = label(parsed.scope);
                    pe.id = text(cell(Column::Id));
                    pe.success = parsed.success;
                    preview.push_back(std::move(pe));
                    if (preview.size() >= 500 || previewSent + preview.size() >= m_previewMax) {
                        m_preview(preview);
                        previewSent += preview.size();
                        preview.clear();
                    }
                }
                ++outcome.imported;
                if (parsed.flags != 0)
                    ++outcome.flagged;
                for (const Problem &p : problems)
                    keepProblem(p, seq);
            }
        }
        if (!builder.flushIfFull()) {
            stopped = true;
            break;
        }
        if (m_progress && outcome.records % kProgressEvery == 0) {
            progress.bytesRead = file.bytesRead();
            progress.records = outcome.records;
            progress.problems = problemCount;
            m_progress(progress);
        }
    }
    if (fatal.isEmpty() && !stopped)
        stopped = !builder.flush();
    if (m_preview && !preview.empty())
        m_preview(preview);
    queue.finish();
    if (!fatal.isEmpty() || stopped || m_cancel.load())
        queue.close();
    writerThread.join();
    if (writer.rowsDropped())
        m_collectRows = false; // too many events for the import to index them

    if (!writerError.isEmpty())
        return rollback(tr("the case cannot be written (%1)").arg(writerError));
    if (!fatal.isEmpty())
        return rollback(fatal);
    auto cancelled = [&] {
        abandonTransaction(db);
        m_collectRows = false;
        result.cancelled = true;
        result.error = tr("the import was cancelled; the case is as it was before");
        return false;
    };
    if (m_cancel.load() || stopped)
        return cancelled();
    if ((csv && csv->failed()) || (json && json->failed()))
        return rollback(tr("reading stopped: %1").arg(file.errorString()));
    if (format == SourceFormat::Csv && !haveHeader)
        return rollback(tr("the file has no header line"));
    QString why;
    if (file.changedOnDisk(&why))
        return rollback(
            tr("%1; nothing was imported. Import it again once it is complete.").arg(why));

    outcome.sha256 = QString::fromLatin1(file.sha256Hex());
    outcome.blankLines = csv ? csv->blankLines() : json->blankLines();
    SourceInfo existing;
    if (m_store.hasSourceWithSha256(outcome.sha256, &existing)) {
        abandonTransaction(db);
        if (m_collectRows)
            m_rowsSink->truncate(rowMark);
        outcome.alreadyImported = true;
        outcome.sourceId = existing.id;
        outcome.records = outcome.imported = outcome.rejected = outcome.flagged = 0;
        outcome.blankLines = 0;
        // Problems of a source that was not imported are not this import's.
        result.problems.erase(
            std::remove_if(result.problems.begin(), result.problems.end(),
                           [&](const ImportProblem &p) { return p.sourceIndex == index; }),
            result.problems.end());
        result.sources.push_back(outcome);
        return true;
    }

    // What reading and writing held is no longer needed: give it back before the index is made.
    const auto groups = tracker.candidateGroups();
    const qint64 uniqueIds = tracker.uniqueIdsInCurrent();
    const bool trackerFailed = tracker.failed();
    tracker.clear();
    if (trackerFailed)
        return rollback(tr("duplicates could not be looked for: the temporary file they need "
                           "could not be written or read (is the temporary folder full?)"));
    writer.release();
    builder.release();
    queue.release();
    malloc_trim(0);

    // The slowest part of the viewer's index, ordering the events by time and by id, needs only
    // the rows: it runs on the other core while this thread confirms duplicates and the case
    // commits (the rows are not touched until it is joined).
    if (m_collectRows && index + 1 == m_sourceCount)
        m_rowsSink->rowsComplete();

    // Confirm each candidate group against the stored ids and cells, and mark its copies.
    DuplicateCounts dups;
    {
        SqliteStatement fetch(db, CaseSql::kDuplicateCandidate);
        struct Copy
        {
            qint64 seq;
            std::vector<std::string> fields; // [0] id, then the cells (NULL marked by \x01)
            qint64 kind;
            qint64 count;
            qint64 rank;
        };
        std::vector<DuplicateMark> changed;
        for (const auto &group : groups) {
            std::map<std::string, std::vector<Copy>> byId;
            for (const qint64 seq : group) {
                fetch.bindInt64(1, seq);
                if (!fetch.row()) {
                    fetch.reset();
                    continue;
                }
                Copy copy{
                    seq, {}, fetch.columnInt64(12), fetch.columnInt64(13), fetch.columnInt64(14)};
                for (int c = 0; c < 12; ++c)
                    copy.fields.emplace_back(fetch.isNull(c) ? std::string_view("\x01")
                                                             : fetch.columnText(c));
                fetch.reset();
                byId[copy.fields[0]].push_back(std::move(copy));
            }
            for (auto &[id, copies] : byId) {
                qint64 kind = 0;
                if (copies.size() > 1) {
                    kind = 1;
                    for (const Copy &c : copies) {
                        if (c.fields != copies.front().fields)
                            kind = 2;
                    }
                    ++dups.duplicateIds;
                    dups.duplicateExtraRecords += qint64(copies.size()) - 1;
                    if (kind == 2)
                        ++dups.conflictingIds;
                }
                qint64 rank = 0;
                for (const Copy &c : copies) {
                    const qint64 count = qint64(copies.size());
                    ++rank;
                    if (m_collectRows)
                        m_rowsSink->markDuplicate(c.seq, int(kind), count, rank);
                    if (c.kind != kind || c.count != count || c.rank != rank)
                        changed.push_back({c.seq, int(kind), count, rank});
                }
            }
        }
        // Written in seq order: the table grows at its end, page after page.
        std::sort(changed.begin(), changed.end(),
                  [](const DuplicateMark &a, const DuplicateMark &b) { return a.seq < b.seq; });
        SqliteStatement mark(db, CaseSql::kMarkDuplicate);
        SqliteStatement unmark(db, CaseSql::kUnmarkDuplicate);
        for (const DuplicateMark &m : changed) {
            SqliteStatement &statement = m.kind == 0 ? unmark : mark;
            statement.bindInt64(1, m.seq);
            if (m.kind != 0) {
                statement.bindInt64(2, m.kind);
                statement.bindInt64(3, m.count);
                statement.bindInt64(4, m.rank);
            }
            if (!execute(statement, db, &error))
                return rollback(tr("the case cannot be written (%1)").arg(error));
        }
    }

    outcome.sourceId = sourceId;
    outcome.elapsedMs = timer.elapsed();
    {
        SqliteStatement finish(db, CaseSql::kFinishSource);
        const QByteArray sha = outcome.sha256.toUtf8();
        QByteArray headerJson;
        if (format == SourceFormat::Csv)
            headerJson = QJsonDocument(QJsonArray::fromStringList(header.names()))
                             .toJson(QJsonDocument::Compact);
        finish.bindTextCopy(1, sha);
        if (headerJson.isEmpty())
            finish.bindNull(2);
        else
            finish.bindTextCopy(2, headerJson);
        finish.bindInt64(3, outcome.records);
        finish.bindInt64(4, outcome.imported);
        finish.bindInt64(5, outcome.rejected);
        finish.bindInt64(6, outcome.flagged);
        finish.bindInt64(7, outcome.blankLines);
        finish.bindInt64(8, outcome.elapsedMs);
        finish.bindInt64(9, sourceId);
        if (!execute(finish, db, &error))
            return rollback(tr("the case cannot be written (%1)").arg(error));
    }
    // Readers have gone on reading the case as it was before. The commit waits for those
    // reading now (new ones wait for it meanwhile), as long as an export of theirs may take.
    const int locked = CaseFileVfs::finishDeferredWrites(db, kReadersWaitMs, &m_cancel);
    if (locked == SQLITE_BUSY && m_cancel.load())
        return cancelled();
    if (locked == SQLITE_BUSY)
        return rollback(tr("the case is in use: another AuditLens was still reading it after "
                           "%1 minutes")
                            .arg(kReadersWaitMs / 60000));
    if (locked != SQLITE_OK)
        return rollback(
            tr("the case cannot be written (%1)").arg(QString::fromUtf8(sqlite3_errstr(locked))));
    if (!exec(db, CaseSql::kCommit, &error))
        return rollback(tr("the case cannot be written (%1)").arg(error));

    result.duplicates = dups;
    m_computedDuplicates = true;
    result.uniqueIds = uniqueIds;
    result.sources.push_back(outcome);
    if (m_progress) {
        progress.bytesRead = file.bytesRead();
        progress.records = outcome.records;
        progress.problems = problemCount;
        m_progress(progress);
    }
    return true;
}

} // namespace auditlens
