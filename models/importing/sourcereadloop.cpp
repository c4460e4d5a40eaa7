// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "sourcereadloop.h"

#include "../reading/bytesource.h"
#include "../text/visibletext.h"
#include "duplicatetracker.h"

#include <QCoreApplication>

namespace auditlens {

namespace {
constexpr size_t kBatchEvents = 2048;
constexpr size_t kBatchBytes = size_t(4) << 20;
constexpr qint64 kProgressEvery = 65536;
constexpr size_t kPreviewEvery = 500;
// What a header that lacks fields keeps of the file's first records to show: a few records, of
// a few hundred characters a cell.
constexpr size_t kSampleRecords = 5;
constexpr qsizetype kSampleCellChars = 300;
} // namespace

SourceReadLoop::SourceReadLoop(SourceFile &file, SourceFormat format, size_t maxRecordBytes,
                               BatchQueue &queue, DuplicateTracker &tracker, SourceReadHooks hooks,
                               const ColumnMap &columnMap)
    : m_file(file), m_queue(queue), m_tracker(tracker), m_hooks(std::move(hooks)),
      m_batch(queue.takeFree())
{
    m_header.setColumnMap(columnMap);
    if (format == SourceFormat::Csv)
        m_csv.emplace(file, maxRecordBytes);
    else
        m_json.emplace(file, maxRecordBytes);
}

SourceReadLoop::End SourceReadLoop::run(qint64 firstSeq, SourceOutcome &outcome)
{
    m_outcome = &outcome;
    m_nextSeq = firstSeq;
    if (m_json && !m_json->start(&m_fatal) && m_fatal.isEmpty())
        m_fatal = QCoreApplication::translate("Importer", "the file is not JSON we can read");
    bool stopped = false;
    while (m_fatal.isEmpty()) {
        // Unescaped CSV fields are written straight into the batch, where they stay if the
        // record becomes an event.
        if (m_csv)
            m_csv->setFieldArena(&m_batch->arena);
        const bool got = m_csv ? m_csv->next(m_record) : m_json->next(m_record);
        if (!got)
            break;
        if (m_hooks.cancel->load(std::memory_order_relaxed)) {
            stopped = true;
            break;
        }
        if (m_csv && !m_haveHeader) {
            if (!readHeader())
                break;
            continue;
        }
        ++outcome.records;
        takeRecord();
        if (!flushIfFull()) {
            stopped = true;
            break;
        }
        if (m_hooks.progress && outcome.records % kProgressEvery == 0)
            m_hooks.progress(progress());
    }
    if (m_fatal.isEmpty() && !stopped)
        stopped = !flush();
    if (m_hooks.preview && !m_preview.empty())
        m_hooks.preview(m_preview);
    if (!m_fatal.isEmpty())
        return End::Failed;
    return stopped ? End::Stopped : End::Completed;
}

QString SourceReadLoop::unreadable() const
{
    if (m_csv ? m_csv->failed() : m_json->failed())
        return QCoreApplication::translate("Importer", "reading stopped: %1")
            .arg(m_file.errorString());
    if (m_csv && !m_haveHeader)
        return QCoreApplication::translate("Importer", "the file has no header line");
    return {};
}

qint64 SourceReadLoop::blankLines() const
{
    return m_csv ? m_csv->blankLines() : m_json->blankLines();
}

QStringList SourceReadLoop::headerNames() const
{
    return m_csv ? m_header.names() : QStringList();
}

ImportProgress SourceReadLoop::progress() const
{
    ImportProgress progress;
    progress.sourceIndex = m_hooks.sourceIndex;
    progress.sourceCount = m_hooks.sourceCount;
    progress.path = m_hooks.path;
    progress.bytesTotal = m_file.size();
    progress.bytesRead = m_file.bytesRead();
    progress.records = m_outcome ? m_outcome->records : 0;
    progress.problems = m_problemCount;
    return progress;
}

bool SourceReadLoop::readHeader()
{
    if (m_record.rejected) {
        m_fatal = QCoreApplication::translate("Importer", "the header line cannot be read: %1")
                      .arg(m_record.message);
        return false;
    }
    if (!m_header.read(m_record.fields, &m_fatal)) {
        if (!m_header.missing().isEmpty())
            readSamples();
        return false;
    }
    m_haveHeader = true;
    return true;
}

void SourceReadLoop::readSamples()
{
    while (m_samples.size() < kSampleRecords) {
        m_csv->setFieldArena(&m_batch->arena);
        if (!m_csv->next(m_record))
            break;
        if (m_record.rejected)
            continue;
        QStringList cells;
        for (const std::string_view field : m_record.fields)
            cells
                << QString::fromUtf8(field.data(), qsizetype(field.size())).left(kSampleCellChars);
        m_samples.push_back(cells);
        m_batch->arena.clear();
    }
}

void SourceReadLoop::takeRecord()
{
    if (m_record.rejected) {
        reject(m_record.kind, m_record.message);
        return;
    }
    std::string_view duplicateKey;
    if (m_csv) {
        if (int(m_record.fields.size()) != m_header.fieldCount()) {
            reject(ProblemKind::RaggedRecord,
                   QCoreApplication::translate("Importer",
                                               "the record has %1 fields; the header has %2")
                       .arg(m_record.fields.size())
                       .arg(m_header.fieldCount()));
            return;
        }
        m_header.map(m_record.fields, m_cells);
        // The reader's buffers keep the padding after every field.
        m_cells.padded = true;
    } else {
        QString why;
        if (!m_splitter.split(m_record.raw, m_cells, &why, &duplicateKey)) {
            reject(ProblemKind::MalformedRecord, why);
            return;
        }
    }
    takeEvent(duplicateKey);
}

void SourceReadLoop::takeEvent(std::string_view duplicateKey)
{
    m_cells.line = m_record.line;
    m_cells.offset = m_record.offset;
    m_cells.raw = m_record.raw;
    m_problems.clear();
    m_parser.parse(m_cells, m_parsed, m_problems);
    if (!duplicateKey.empty()) {
        Problem p;
        p.line = m_record.line;
        p.offset = m_record.offset;
        p.kind = ProblemKind::DuplicateKey;
        p.severity = Severity::Flagged;
        p.column = QString::fromUtf8(duplicateKey.data(), qsizetype(duplicateKey.size()));
        p.message = QCoreApplication::translate("Importer",
                                                "the event names %1 twice; the first one is used")
                        .arg(VisibleText::escapeInvisible(p.column));
        m_problems.push_back(p);
        m_parsed.flags |= flagBit(ProblemKind::DuplicateKey);
    }
    // An AuditLens export's annotations leave the cells here, before the event is stored.
    if (m_json && !m_cells.extras.empty() &&
        m_annotationFields.take(m_cells, &m_found, m_problems, &m_parsed.flags)) {
        m_found.line = m_record.line;
        m_found.eventId =
            QString::fromUtf8(m_cells[Column::Id].data(), qsizetype(m_cells[Column::Id].size()));
        m_annotations.push_back(std::move(m_found));
    }
    const qint64 seq = m_nextSeq++;
    EventBatch &batch = *m_batch;
    const EventBatch::Event &e =
        m_assembler.append(batch, m_cells, m_parsed, seq, m_record.line, m_record.offset,
                           m_csv ? m_csv->unescapedBytes() : 0);
    // From here on the cells are read from the batch: adding to it may have moved those in its
    // arena.
    m_tracker.add(batch.view(e.cells[columnIndex(Column::Id)]), seq, true);
    if (m_hooks.preview && m_previewSent + m_preview.size() < m_hooks.previewMax) {
        m_preview.push_back(RecordAssembler::preview(batch, e, m_parsed));
        if (m_preview.size() >= kPreviewEvery ||
            m_previewSent + m_preview.size() >= m_hooks.previewMax) {
            m_hooks.preview(m_preview);
            m_previewSent += m_preview.size();
            m_preview.clear();
        }
    }
    ++m_outcome->imported;
    if (m_parsed.flags != 0)
        ++m_outcome->flagged;
    for (const Problem &p : m_problems)
        keepProblem(p, seq);
}

void SourceReadLoop::reject(ProblemKind kind, const QString &message)
{
    ++m_outcome->rejected;
    Problem problem;
    problem.line = m_record.line;
    problem.offset = m_record.offset;
    problem.kind = kind;
    problem.severity = Severity::Rejected;
    problem.message = message;
    problem.raw = QByteArray(m_record.raw.data(), qsizetype(m_record.raw.size()));
    keepProblem(problem, 0);
}

void SourceReadLoop::keepProblem(const Problem &problem, qint64 eventSeq)
{
    ++m_problemCount;
    m_batch->problems.push_back({problem, eventSeq});
    m_batch->problemBytes += size_t(problem.raw.size());
    if (m_hooks.problems->size() < m_hooks.problemLimit) {
        // The raw bytes go to the case; the summary keeps where and why.
        m_hooks.problems->push_back({m_hooks.sourceIndex, problem});
        m_hooks.problems->back().problem.raw.clear();
    }
}

bool SourceReadLoop::flushIfFull()
{
    // Problems count too: a file of nothing but broken records must stream as well.
    if (m_batch->used < kBatchEvents && m_batch->arena.size() < kBatchBytes &&
        m_batch->problems.size() < kBatchEvents && m_batch->problemBytes < kBatchBytes)
        return true;
    return flush();
}

bool SourceReadLoop::flush()
{
    if (m_batch->used == 0 && m_batch->problems.empty())
        return true;
    if (!m_queue.push(std::move(m_batch)))
        return false;
    m_batch = m_queue.takeFree();
    return true;
}

} // namespace auditlens
