// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "importer.h"

#include "../parsing/csvheader.h"
#include "../parsing/eventparser.h"
#include "../parsing/jsoneventsplitter.h"
#include "../reading/bytesource.h"
#include "../reading/csvrecordreader.h"
#include "../reading/jsonrecordreader.h"
#include "../store/casefilevfs.h"
#include "../store/casesql.h"
#include "../store/schema.h"
#include "../store/sqlitestatement.h"
#include "../text/visibletext.h"
#include "batchqueue.h"
#include "batchwriter.h"
#include "casewrite.h"
#include "duplicateresolver.h"
#include "duplicatetracker.h"
#include "recordassembler.h"
#include "sourceopener.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <thread>

namespace auditlens {

namespace {
constexpr size_t kBatchEvents = 2048;
constexpr size_t kBatchBytes = size_t(4) << 20;
constexpr qint64 kProgressEvery = 65536;
// How long an import's commit waits for the readers of the moment to finish.
constexpr int kReadersWaitMs = 10 * 60 * 1000;

// Ends a transaction of the import, keeping nothing of it.
void abandonTransaction(sqlite3 *db)
{
    CaseFileVfs::discardDeferredWrites(db);
    CaseWrite::exec(db, CaseSql::kRollback, nullptr);
}

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
        result.error = QCoreApplication::translate("Importer", "the case is not open for writing");
        return result;
    }
    // New events are numbered after the case's last one, and the duplicate search keeps seqs in
    // 62 bits: a case from elsewhere numbered below 1 or near the end of int64 is not added to.
    if (SqliteStatement::scalar(db, CaseSql::kFirstSeqOrOne) < 1 ||
        SqliteStatement::scalar(db, CaseSql::kLastSeqOrZero) > (qint64(1) << 61)) {
        result.error = QCoreApplication::translate(
            "Importer", "the case is damaged: its events are numbered outside 1 to 2^61, so no "
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
    CaseWrite::exec(db, CaseSql::kSmallCacheForImport, nullptr);
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
    CaseWrite::exec(db, QByteArray(CaseSql::kSetCacheSizePrefix + cacheSize).constData(), nullptr);
    return result;
}

bool Importer::importSource(int index, const QString &path, ImportResult &result)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = m_store.handle();
    SourceOutcome outcome;

    auto fail = [&](const QString &message) {
        result.error = QCoreApplication::translate("Importer", "%1: %2").arg(path, message);
        return false;
    };

    SourceFile file;
    SourceFormat format = SourceFormat::Csv;
    QString openError;
    switch (SourceOpener::open(m_store, path, file, outcome, &format, &openError)) {
    case SourceOpener::Result::Refused:
        return fail(openError);
    case SourceOpener::Result::AlreadyImported:
        result.sources.push_back(outcome);
        return true;
    case SourceOpener::Result::Ready:
        break;
    }

    QString error;
    if (!CaseWrite::exec(db, CaseSql::kBeginImmediate, &error)) {
        const int code = sqlite3_errcode(db) & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return fail(QCoreApplication::translate(
                "Importer", "the case is in use by another AuditLens that is writing to it; "
                            "nothing was imported. Try again when it has finished."));
        return fail(
            QCoreApplication::translate("Importer", "the case cannot be written (%1)").arg(error));
    }
    auto rollback = [&](const QString &message) {
        abandonTransaction(db);
        m_collectRows = false; // the command has failed: no index is built from its rows
        return fail(QCoreApplication::translate(
                        "Importer", "%1; nothing was imported, the case is as it was before")
                        .arg(message));
    };
    // The file was removed (by an import into the same new case that failed first) or replaced
    // while this one waited for it: what went into it would be lost with it.
    int moved = 0;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved)
        return rollback(QCoreApplication::translate(
            "Importer", "the case file was removed or replaced while it was open"));

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
        if (!CaseWrite::run(insert, db, &error))
            return rollback(
                QCoreApplication::translate("Importer", "the case cannot be written (%1)")
                    .arg(error));
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
        return rollback(
            QCoreApplication::translate("Importer", "the case cannot be written (%1)").arg(error));

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
    RecordAssembler assembler;
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
        fatal = fatal.isEmpty()
                    ? QCoreApplication::translate("Importer", "the file is not JSON we can read")
                    : fatal;

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
                fatal =
                    QCoreApplication::translate("Importer", "the header line cannot be read: %1")
                        .arg(record.message);
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
                   QCoreApplication::translate("Importer",
                                               "the record has %1 fields; the header has %2")
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
                    p.message = QCoreApplication::translate(
                                    "Importer", "the event names %1 twice; the first one is used")
                                    .arg(VisibleText::escapeInvisible(p.column));
                    problems.push_back(p);
                    parsed.flags |= flagBit(ProblemKind::DuplicateKey);
                }
                const qint64 seq = nextSeq++;
                EventBatch &batch = builder.batch();
                const EventBatch::Event &e =
                    assembler.append(batch, cells, parsed, seq, record.line, record.offset,
                                     csv ? csv->unescapedBytes() : 0);
                // From here on the cells are read from the batch: adding to it may have moved
                // those in its arena.
                auto cell = [&](Column c) { return batch.view(e.cells[columnIndex(c)]); };
                tracker.add(cell(Column::Id), seq, true);
                if (m_preview && previewSent + preview.size() < m_previewMax) {
                    preview.push_back(RecordAssembler::preview(batch, e, parsed));
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
        return rollback(QCoreApplication::translate("Importer", "the case cannot be written (%1)")
                            .arg(writerError));
    if (!fatal.isEmpty())
        return rollback(fatal);
    auto cancelled = [&] {
        abandonTransaction(db);
        m_collectRows = false;
        result.cancelled = true;
        result.error = QCoreApplication::translate(
            "Importer", "the import was cancelled; the case is as it was before");
        return false;
    };
    if (m_cancel.load() || stopped)
        return cancelled();
    if ((csv && csv->failed()) || (json && json->failed()))
        return rollback(
            QCoreApplication::translate("Importer", "reading stopped: %1").arg(file.errorString()));
    if (format == SourceFormat::Csv && !haveHeader)
        return rollback(QCoreApplication::translate("Importer", "the file has no header line"));
    QString why;
    if (file.changedOnDisk(&why))
        return rollback(
            QCoreApplication::translate(
                "Importer", "%1; nothing was imported. Import it again once it is complete.")
                .arg(why));

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
        return rollback(QCoreApplication::translate(
            "Importer", "duplicates could not be looked for: the temporary file they need "
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
    if (!DuplicateResolver::resolve(db, groups, m_collectRows ? m_rowsSink : nullptr, &dups,
                                    &error))
        return rollback(
            QCoreApplication::translate("Importer", "the case cannot be written (%1)").arg(error));

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
        if (!CaseWrite::run(finish, db, &error))
            return rollback(
                QCoreApplication::translate("Importer", "the case cannot be written (%1)")
                    .arg(error));
    }
    // Readers have gone on reading the case as it was before. The commit waits for those
    // reading now (new ones wait for it meanwhile), as long as an export of theirs may take.
    const int locked = CaseFileVfs::finishDeferredWrites(db, kReadersWaitMs, &m_cancel);
    if (locked == SQLITE_BUSY && m_cancel.load())
        return cancelled();
    if (locked == SQLITE_BUSY)
        return rollback(QCoreApplication::translate(
                            "Importer",
                            "the case is in use: another AuditLens was still reading it after "
                            "%1 minutes")
                            .arg(kReadersWaitMs / 60000));
    if (locked != SQLITE_OK)
        return rollback(QCoreApplication::translate("Importer", "the case cannot be written (%1)")
                            .arg(QString::fromUtf8(sqlite3_errstr(locked))));
    if (!CaseWrite::exec(db, CaseSql::kCommit, &error))
        return rollback(
            QCoreApplication::translate("Importer", "the case cannot be written (%1)").arg(error));

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
