// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../parsing/columnmap.h"
#include "../reading/problem.h"
#include "../store/casestore.h"
#include "indexrowssink.h"
#include "sourcesniffer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace auditlens {

class SourceFile;

struct ImportOptions
{
    size_t maxRecordBytes = size_t(64) << 20; // a larger record is rejected, not loaded
    // Event ids noted in memory (16 bytes each) to find duplicates; past this many they go to a
    // temporary file, so that memory does not grow with the source.
    qint64 duplicateMemoryEvents = qint64(2) << 20;
    // Actors, targets and scopes the writer's dictionary holds in memory (about 21 bytes each);
    // past this many, the others are looked up in the case through an index.
    qint64 entityMemoryEntries = 3000000;
    // Which file column fills which audit field, for every CSV source of the import...
    ColumnMap columnMap;
    // ...but for the sources named here (by the path given to run()), which have their own.
    QHash<QString, ColumnMap> sourceColumnMaps;
    // Who restores the annotations an AuditLens JSON export carries (the tags and stars are
    // theirs; notes keep their own authors); empty for the OS user name.
    QString annotationAuthor;
};

struct ImportProgress
{
    int sourceIndex = 0;
    int sourceCount = 0;
    QString path;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    qint64 records = 0;
    qint64 problems = 0;
};

// What one source gave.
struct SourceOutcome
{
    QString path;
    qint64 bytes = 0;
    QString sha256;
    QString format;
    bool alreadyImported = false; // a source with this SHA-256 was in the case: nothing imported
    qint64 sourceId = 0;
    qint64 records = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 flagged = 0; // events imported with at least one flagged problem
    qint64 blankLines = 0;
    qint64 elapsedMs = 0;
    // Events whose tags, star or notes, carried by an AuditLens JSON export, were restored.
    qint64 restoredAnnotations = 0;
};

// A glimpse of an event as it is parsed, before its source commits: lets a viewer show the first
// rows of a large file while it is still being read.
struct PreviewEvent
{
    qint64 seq = 0;
    qint64 line = 0;
    bool hasTime = false;
    qint64 occurredNs = 0;
    QString occurredAt;
    QString action;
    QString actor; // name, or id when there is no name
    QString target;
    QString scope;
    QString id;
    EventSuccess success = EventSuccess::Unreadable;
};

struct ImportProblem
{
    int sourceIndex = 0;
    Problem problem;
};

// A CSV source whose header lacks required fields: what choosing a column mapping needs.
struct UnmappedHeader
{
    QString path;
    QStringList header;               // the file's column names, as written
    QStringList missing;              // the required fields, as columnName() spells them
    std::vector<QStringList> records; // the cells of its first few records, shortened
};

struct ImportResult
{
    bool ok = false; // false: a fatal error (see error) or a cancel stopped the import
    bool cancelled = false;
    QString error; // one sentence naming the problem
    std::vector<SourceOutcome> sources;
    std::vector<ImportProblem> problems; // of this import (the case keeps all of them)
    qint64 records = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 blankLines = 0;
    qint64 restoredAnnotations = 0; // events that got annotations back, over the sources
    qint64 uniqueIds = 0;           // distinct ids among the events this import added
    DuplicateCounts duplicates;     // over the whole case afterwards
    // Set when the import failed on a header that a column mapping could complete.
    std::optional<UnmappedHeader> unmapped;
};

// Imports sources into a case: reads, parses and writes on two threads joined by a bounded
// queue, one SQLite transaction per source (a cancel, a crash or a fatal error leaves the case
// as it was before that source). Call from any one thread; cancel() from any thread.
class Importer
{
public:
    explicit Importer(CaseStore &store, ImportOptions options = {});

    // Called from the importing thread, about every 64k records and at each source's end.
    void setProgressHandler(std::function<void(const ImportProgress &)> handler)
    {
        m_progress = std::move(handler);
    }
    // Called from the importing thread with the first events of each source, a few hundred at a
    // time, up to maxEvents of them.
    void setPreviewHandler(std::function<void(const std::vector<PreviewEvent> &)> handler,
                           size_t maxEvents = 5000)
    {
        m_preview = std::move(handler);
        m_previewMax = maxEvents;
    }
    // Keep at most this many problems in ImportResult::problems (all are stored in the case).
    void setProblemLimit(size_t limit) { m_problemLimit = limit; }
    void cancel() { m_cancel.store(true, std::memory_order_relaxed); }
    // Receives what a viewer index needs of each event written (see IndexRowsSink); the
    // importer never makes or keeps an index itself.
    void setIndexRowsSink(IndexRowsSink *sink) { m_rowsSink = sink; }

    ImportResult run(const QStringList &paths);

private:
    struct SourceEnd;
    struct WrittenSource;

    // One source, in one transaction of the case.
    bool importSource(int index, const QString &path, ImportResult &result);
    bool failSource(const QString &path, const QString &message, ImportResult &result);
    bool beginSource(QString *error);
    // Reads the source into the case; the transaction stays open.
    SourceEnd writeSource(int index, const QString &path, SourceFile &file, SourceFormat format,
                          SourceOutcome &outcome, WrittenSource &written, ImportResult &result);
    // Confirms the duplicates, completes the source's row and commits.
    SourceEnd commitSource(int index, const QElapsedTimer &timer, SourceOutcome &outcome,
                           const WrittenSource &written, ImportResult &result);
    bool insertSource(const QString &path, const SourceFile &file, const SourceOutcome &outcome,
                      qint64 *sourceId, QString *error);
    bool finishSourceRow(const SourceOutcome &outcome, const QStringList &headerNames,
                         QString *error);

    CaseStore &m_store;
    ImportOptions m_options;
    std::function<void(const ImportProgress &)> m_progress;
    std::function<void(const std::vector<PreviewEvent> &)> m_preview;
    size_t m_previewMax = 0;
    size_t m_problemLimit = 100000;
    std::atomic<bool> m_cancel{false};
    qint64 m_commandFirstSeq = 0;
    int m_sourceCount = 0;
    bool m_computedDuplicates = false;
    IndexRowsSink *m_rowsSink = nullptr;
    bool m_collectRows = false; // the sink takes this command's rows
};

} // namespace auditlens
