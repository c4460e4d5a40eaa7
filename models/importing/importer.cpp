// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "importer.h"

#include "../annotations/annotationstore.h"
#include "../reading/bytesource.h"
#include "../store/casefilevfs.h"
#include "../store/casesql.h"
#include "../store/schema.h"
#include "../store/sqlitestatement.h"
#include "batchqueue.h"
#include "batchwriter.h"
#include "casewrite.h"
#include "duplicateresolver.h"
#include "duplicatetracker.h"
#include "sourceopener.h"
#include "sourcereadloop.h"

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
#include <thread>

namespace auditlens {

namespace {
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

// Runs the writer on its own thread while this one reads the source into the queue; returns how
// reading ended once both have stopped. The writer's failure is in *writerError.
SourceReadLoop::End writeWhileReading(sqlite3 *db, SourceReadLoop &loop, BatchWriter &writer,
                                      BatchQueue &queue, qint64 firstSeq, SourceOutcome &outcome,
                                      const std::atomic<bool> &cancel, QString *writerError)
{
    std::thread writerThread([&] {
        WritebackStarter writeback(db);
        while (auto batch = queue.pop()) {
            if (!writer.write(*batch, writerError)) {
                queue.close();
                return;
            }
            queue.giveBack(std::move(batch));
            writeback.poll();
        }
    });
    const SourceReadLoop::End end = loop.run(firstSeq, outcome);
    queue.finish();
    if (end != SourceReadLoop::End::Completed || cancel.load())
        queue.close();
    writerThread.join();
    return end;
}
QString cannotWriteMessage(const QString &error)
{
    return QCoreApplication::translate("Importer", "the case cannot be written (%1)").arg(error);
}
} // namespace

// How one source's transaction ended.
struct Importer::SourceEnd
{
    enum class Kind {
        Written,       // every record is in, ready for the commit
        Committed,     // the source is in the case
        AlreadyInCase, // its bytes were imported before: nothing of it is kept
        Cancelled,
        Failed, // message says why
    };
    Kind kind = Kind::Written;
    QString message;

    static SourceEnd failed(const QString &why) { return {Kind::Failed, why}; }
    static SourceEnd cannotWrite(const QString &error) { return failed(cannotWriteMessage(error)); }
};

// What reading one source leaves for its commit.
struct Importer::WrittenSource
{
    qint64 sourceId = 0;
    std::vector<std::vector<qint64>> duplicateGroups; // ids that may have copies, by seq
    qint64 uniqueIds = 0;
    QStringList headerNames; // CSV only
    ImportProgress progress; // at the end of reading
    QString fileName;
    std::vector<ImportedAnnotations> annotations; // an AuditLens export's, to restore
};

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
        result.restoredAnnotations += s.restoredAnnotations;
    }
    CaseWrite::exec(db, QByteArray(CaseSql::kSetCacheSizePrefix + cacheSize).constData(), nullptr);
    return result;
}

bool Importer::importSource(int index, const QString &path, ImportResult &result)
{
    QElapsedTimer timer;
    timer.start();
    SourceOutcome outcome;
    SourceFile file;
    SourceFormat format = SourceFormat::Csv;
    QString error;
    switch (SourceOpener::open(m_store, path, file, outcome, &format, &error)) {
    case SourceOpener::Result::Refused:
        return failSource(path, error, result);
    case SourceOpener::Result::AlreadyImported:
        result.sources.push_back(outcome);
        return true;
    case SourceOpener::Result::Ready:
        break;
    }
    if (!beginSource(&error))
        return failSource(path, error, result);

    // From here on the source is one transaction: it commits whole, or nothing of it stays.
    const size_t rowMark = m_collectRows ? m_rowsSink->rowCount() : 0;
    WrittenSource written;
    SourceEnd end = writeSource(index, path, file, format, outcome, written, result);
    if (end.kind == SourceEnd::Kind::Written)
        end = commitSource(index, timer, outcome, written, result);
    if (end.kind == SourceEnd::Kind::Committed) {
        result.sources.push_back(outcome);
        if (m_progress)
            m_progress(written.progress);
        return true;
    }

    abandonTransaction(m_store.handle());
    if (end.kind == SourceEnd::Kind::AlreadyInCase) {
        if (m_collectRows)
            m_rowsSink->truncate(rowMark);
        // Problems of a source that was not imported are not this import's.
        result.problems.erase(
            std::remove_if(result.problems.begin(), result.problems.end(),
                           [&](const ImportProblem &p) { return p.sourceIndex == index; }),
            result.problems.end());
        result.sources.push_back(outcome);
        return true;
    }
    m_collectRows = false; // the command has failed: no index is built from its rows
    if (end.kind == SourceEnd::Kind::Cancelled) {
        result.cancelled = true;
        result.error = QCoreApplication::translate(
            "Importer", "the import was cancelled; the case is as it was before");
        return false;
    }
    return failSource(path,
                      QCoreApplication::translate(
                          "Importer", "%1; nothing was imported, the case is as it was before")
                          .arg(end.message),
                      result);
}

bool Importer::failSource(const QString &path, const QString &message, ImportResult &result)
{
    result.error = QCoreApplication::translate("Importer", "%1: %2").arg(path, message);
    return false;
}

bool Importer::beginSource(QString *error)
{
    sqlite3 *db = m_store.handle();
    if (CaseWrite::exec(db, CaseSql::kBeginImmediate, error))
        return true;
    const int code = sqlite3_errcode(db) & 0xff;
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        *error = QCoreApplication::translate(
            "Importer", "the case is in use by another AuditLens that is writing to it; "
                        "nothing was imported. Try again when it has finished.");
    else
        *error = cannotWriteMessage(*error);
    return false;
}

Importer::SourceEnd Importer::writeSource(int index, const QString &path, SourceFile &file,
                                          SourceFormat format, SourceOutcome &outcome,
                                          WrittenSource &written, ImportResult &result)
{
    sqlite3 *db = m_store.handle();
    // The file was removed (by an import into the same new case that failed first) or replaced
    // while this one waited for it: what went into it would be lost with it.
    int moved = 0;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved)
        return SourceEnd::failed(QCoreApplication::translate(
            "Importer", "the case file was removed or replaced while it was open"));
    QString error;
    if (!insertSource(path, file, outcome, &written.sourceId, &error))
        return SourceEnd::cannotWrite(error);

    // Every id already in the case, so duplicates are found across sources.
    DuplicateTracker tracker(size_t(std::max<qint64>(1, m_options.duplicateMemoryEvents)));
    const qint64 firstSeq = SqliteStatement::scalar(db, CaseSql::kNextSeq);
    tracker.reserve(size_t(firstSeq - 1) + size_t(file.size() / 256) + 1024);
    {
        SqliteStatement ids(db, CaseSql::kEventIds);
        while (ids.row())
            tracker.add(ids.columnText(1), ids.columnInt64(0),
                        ids.columnInt64(0) >= m_commandFirstSeq);
    }

    // What the viewer's index needs is kept as the events are written, so the index can be built
    // without reading them back. Only while the command started on an empty case: then the rows
    // hold every event of it.
    if (m_collectRows) {
        // Address space is reserved generously (pages are only used once written) so that the
        // columns do not double and copy themselves as a large source streams in.
        m_rowsSink->reserve(m_rowsSink->rowCount() + size_t(file.size() / 256) + 1024);
    }
    BatchWriter writer(db, written.sourceId, m_collectRows ? m_rowsSink : nullptr,
                       size_t(std::max<qint64>(1, m_options.entityMemoryEntries)));
    if (!writer.prepare(&error))
        return SourceEnd::cannotWrite(error);

    BatchQueue queue(4);
    SourceReadHooks hooks;
    hooks.sourceIndex = index;
    hooks.sourceCount = m_sourceCount;
    hooks.path = path;
    hooks.progress = m_progress;
    hooks.preview = m_preview;
    hooks.previewMax = m_previewMax;
    hooks.problems = &result.problems;
    hooks.problemLimit = m_problemLimit;
    hooks.cancel = &m_cancel;
    SourceReadLoop loop(file, format, m_options.maxRecordBytes, queue, tracker, std::move(hooks),
                        m_options.sourceColumnMaps.value(path, m_options.columnMap));
    QString writerError;
    const SourceReadLoop::End read =
        writeWhileReading(db, loop, writer, queue, firstSeq, outcome, m_cancel, &writerError);
    if (writer.rowsDropped())
        m_collectRows = false; // too many events for the import to index them

    if (!writerError.isEmpty())
        return SourceEnd::cannotWrite(writerError);
    if (read == SourceReadLoop::End::Failed) {
        if (!loop.missingColumns().isEmpty())
            result.unmapped = UnmappedHeader{path, loop.headerNames(), loop.missingColumns(),
                                             loop.sampleRecords()};
        return SourceEnd::failed(loop.fatal());
    }
    if (m_cancel.load() || read == SourceReadLoop::End::Stopped)
        return {SourceEnd::Kind::Cancelled, {}};
    QString why = loop.unreadable();
    if (!why.isEmpty())
        return SourceEnd::failed(why);
    if (file.changedOnDisk(&why))
        return SourceEnd::failed(
            QCoreApplication::translate(
                "Importer", "%1; nothing was imported. Import it again once it is complete.")
                .arg(why));

    outcome.sha256 = QString::fromLatin1(file.sha256Hex());
    outcome.blankLines = loop.blankLines();
    SourceInfo existing;
    if (m_store.hasSourceWithSha256(outcome.sha256, &existing)) {
        outcome.alreadyImported = true;
        outcome.sourceId = existing.id;
        outcome.records = outcome.imported = outcome.rejected = outcome.flagged = 0;
        outcome.blankLines = 0;
        return {SourceEnd::Kind::AlreadyInCase, {}};
    }
    written.duplicateGroups = tracker.candidateGroups();
    written.uniqueIds = tracker.uniqueIdsInCurrent();
    written.headerNames = loop.headerNames();
    written.progress = loop.progress();
    written.fileName = QFileInfo(path).fileName();
    written.annotations = loop.takeAnnotations();
    if (tracker.failed())
        return SourceEnd::failed(QCoreApplication::translate(
            "Importer", "duplicates could not be looked for: the temporary file they need "
                        "could not be written or read (is the temporary folder full?)"));
    // What reading and writing held (the ids, the writer's dictionary, the batches, the reader's
    // window) goes with the locals here, before the duplicates are confirmed and the index made.
    return {};
}

Importer::SourceEnd Importer::commitSource(int index, const QElapsedTimer &timer,
                                           SourceOutcome &outcome, const WrittenSource &written,
                                           ImportResult &result)
{
    sqlite3 *db = m_store.handle();
    malloc_trim(0);
    // The slowest part of the viewer's index, ordering the events by time and by id, needs only
    // the rows: it runs on the other core while this thread confirms duplicates and the case
    // commits (the rows are not touched until it is joined).
    if (m_collectRows && index + 1 == m_sourceCount)
        m_rowsSink->rowsComplete();

    // Confirm each candidate group against the stored ids and cells, and mark its copies.
    DuplicateCounts dups;
    QString error;
    if (!DuplicateResolver::resolve(db, written.duplicateGroups,
                                    m_collectRows ? m_rowsSink : nullptr, &dups, &error))
        return SourceEnd::cannotWrite(error);

    // The annotations an export carried go in with its events, in the same transaction.
    if (!written.annotations.empty()) {
        AnnotationStore annotations(m_store, m_options.annotationAuthor);
        const qint64 restored = annotations.restoreImported(outcome.sha256, written.fileName,
                                                            written.annotations, &error);
        if (restored < 0)
            return SourceEnd::cannotWrite(error);
        outcome.restoredAnnotations = restored;
    }
    outcome.sourceId = written.sourceId;
    outcome.elapsedMs = timer.elapsed();
    if (!finishSourceRow(outcome, written.headerNames, &error))
        return SourceEnd::cannotWrite(error);
    // Readers have gone on reading the case as it was before. The commit waits for those
    // reading now (new ones wait for it meanwhile), as long as an export of theirs may take.
    const int locked = CaseFileVfs::finishDeferredWrites(db, kReadersWaitMs, &m_cancel);
    if (locked == SQLITE_BUSY && m_cancel.load())
        return {SourceEnd::Kind::Cancelled, {}};
    if (locked == SQLITE_BUSY)
        return SourceEnd::failed(
            QCoreApplication::translate("Importer",
                                        "the case is in use: another AuditLens was still reading "
                                        "it after %1 minutes")
                .arg(kReadersWaitMs / 60000));
    if (locked != SQLITE_OK)
        return SourceEnd::cannotWrite(QString::fromUtf8(sqlite3_errstr(locked)));
    if (!CaseWrite::exec(db, CaseSql::kCommit, &error))
        return SourceEnd::cannotWrite(error);

    result.duplicates = dups;
    m_computedDuplicates = true;
    result.uniqueIds = written.uniqueIds;
    return {SourceEnd::Kind::Committed, {}};
}

// The source row comes first so events can point to it; its digest and counts are set once
// every byte has been read (finishSourceRow).
bool Importer::insertSource(const QString &path, const SourceFile &file,
                            const SourceOutcome &outcome, qint64 *sourceId, QString *error)
{
    sqlite3 *db = m_store.handle();
    SqliteStatement insert(db, CaseSql::kInsertSource);
    const QByteArray p = outcome.path.toUtf8();
    const QByteArray name = QFileInfo(path).fileName().toUtf8();
    const QByteArray modified = file.modified().toString(Qt::ISODateWithMs).toUtf8();
    const QByteArray pending = "pending:" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
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
    if (!CaseWrite::run(insert, db, error))
        return false;
    *sourceId = sqlite3_last_insert_rowid(db);
    return true;
}

bool Importer::finishSourceRow(const SourceOutcome &outcome, const QStringList &headerNames,
                               QString *error)
{
    sqlite3 *db = m_store.handle();
    SqliteStatement finish(db, CaseSql::kFinishSource);
    const QByteArray sha = outcome.sha256.toUtf8();
    finish.bindTextCopy(1, sha);
    if (headerNames.isEmpty()) {
        finish.bindNull(2);
    } else {
        const QByteArray headerJson =
            QJsonDocument(QJsonArray::fromStringList(headerNames)).toJson(QJsonDocument::Compact);
        finish.bindTextCopy(2, headerJson);
    }
    finish.bindInt64(3, outcome.records);
    finish.bindInt64(4, outcome.imported);
    finish.bindInt64(5, outcome.rejected);
    finish.bindInt64(6, outcome.flagged);
    finish.bindInt64(7, outcome.blankLines);
    finish.bindInt64(8, outcome.elapsedMs);
    finish.bindInt64(9, outcome.sourceId);
    return CaseWrite::run(finish, db, error);
}

} // namespace auditlens
