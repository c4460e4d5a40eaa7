// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../parsing/csvheader.h"
#include "../parsing/eventparser.h"
#include "../parsing/jsoneventsplitter.h"
#include "../reading/csvrecordreader.h"
#include "../reading/jsonrecordreader.h"
#include "annotationfields.h"
#include "batchqueue.h"
#include "importer.h"
#include "recordassembler.h"
#include "sourcesniffer.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace auditlens {

class DuplicateTracker;
class SourceFile;

// Who hears of one source's reading, and what stops it.
struct SourceReadHooks
{
    int sourceIndex = 0;
    int sourceCount = 0;
    QString path;
    std::function<void(const ImportProgress &)> progress; // may be empty
    std::function<void(const std::vector<PreviewEvent> &)> preview;
    size_t previewMax = 0;
    std::vector<ImportProblem> *problems = nullptr; // the import's summary, up to problemLimit
    size_t problemLimit = 0;
    const std::atomic<bool> *cancel = nullptr;
};

// The parse thread's half of importing one source: reads its records one by one, rejects those
// that cannot be events (with their line, offset, reason and raw bytes), parses the others into
// events numbered from a first seq, notes their ids for the duplicate search and hands events and
// problems to the writer in batches through the queue. Reports progress and the first events,
// and stops at a cancel.
class SourceReadLoop
{
public:
    enum class End {
        Completed, // every record was read; the reader may still have failed (unreadable())
        Stopped,   // a cancel, or the writer stopped taking batches
        Failed,    // fatal() says why
    };

    // A CSV source's header is read through the column mapping (JSON sources ignore it).
    SourceReadLoop(SourceFile &file, SourceFormat format, size_t maxRecordBytes, BatchQueue &queue,
                   DuplicateTracker &tracker, SourceReadHooks hooks,
                   const ColumnMap &columnMap = {});

    // Reads the source to its end; counts records, imported, rejected and flagged events in
    // outcome. Every batch is in the queue when it returns, unless it stopped.
    End run(qint64 firstSeq, SourceOutcome &outcome);

    // Why reading could not finish, in a sentence for the user.
    const QString &fatal() const { return m_fatal; }
    // After Completed: why what was read is not the whole source (the reader failed, a CSV
    // without a header line), or empty.
    QString unreadable() const;
    qint64 blankLines() const;
    qint64 problemCount() const { return m_problemCount; }
    // The CSV header's names; empty for JSON.
    QStringList headerNames() const;
    // After Failed on a CSV header that lacks required fields: those fields (see
    // CsvHeader::missing) and the file's first records, for a column mapping to be chosen.
    QStringList missingColumns() const { return m_header.missing(); }
    const std::vector<QStringList> &sampleRecords() const { return m_samples; }
    // Where reading is, for the progress handler.
    ImportProgress progress() const;
    // The annotations the records of an AuditLens JSON export carried, in line order, for the
    // events made of them (see AnnotationFields).
    std::vector<ImportedAnnotations> takeAnnotations() { return std::move(m_annotations); }

private:
    bool readHeader();
    void readSamples();
    void takeRecord();
    void takeEvent(std::string_view duplicateKey);
    void reject(ProblemKind kind, const QString &message);
    void keepProblem(const Problem &problem, qint64 eventSeq);
    // Hands the batch over when it is full; false when the writer has stopped.
    bool flushIfFull();
    bool flush();

    SourceFile &m_file;
    BatchQueue &m_queue;
    DuplicateTracker &m_tracker;
    const SourceReadHooks m_hooks;
    std::unique_ptr<EventBatch> m_batch;
    // Only the source's own reader: each holds a read window of several megabytes.
    std::optional<CsvRecordReader> m_csv;
    std::optional<JsonRecordReader> m_json;
    CsvHeader m_header;
    bool m_haveHeader = false;
    EventParser m_parser;
    JsonEventSplitter m_splitter;
    RecordAssembler m_assembler;
    AnnotationFields m_annotationFields;
    ImportedAnnotations m_found; // of the record at hand
    std::vector<ImportedAnnotations> m_annotations;
    RawRecord m_record;
    EventCells m_cells;
    ParsedEvent m_parsed;
    std::vector<Problem> m_problems; // of the record at hand
    std::vector<PreviewEvent> m_preview;
    size_t m_previewSent = 0;
    SourceOutcome *m_outcome = nullptr; // of the run
    qint64 m_nextSeq = 0;
    qint64 m_problemCount = 0;
    QString m_fatal;
    std::vector<QStringList> m_samples;
};

} // namespace auditlens
