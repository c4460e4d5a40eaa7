// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "fuzzchecks.h"

#include "importing/importer.h"
#include "parsing/eventparser.h"
#include "parsing/jsoneventsplitter.h"
#include "parsing/timestampparser.h"
#include "reading/bytesource.h"
#include "reading/chunkbuffer.h"
#include "reading/csvrecordreader.h"
#include "reading/jsonrecordreader.h"
#include "store/casestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstring>
#include <memory>
#include <vector>

namespace auditlens::fuzz {

namespace {

// A record copied out of a reader, to compare readings of the same bytes.
struct Seen
{
    qint64 line = 0;
    qint64 offset = 0;
    bool rejected = false;
    int kind = 0;
    std::string raw;
    std::vector<std::string> fields;

    bool operator==(const Seen &o) const
    {
        // The head kept of an oversized record depends on how much was buffered; the rest not.
        const bool compareRaw = kind != int(ProblemKind::RecordTooLarge);
        return line == o.line && offset == o.offset && rejected == o.rejected && kind == o.kind &&
               fields == o.fields && (!compareRaw || raw == o.raw);
    }
};

std::string describe(const Seen &s)
{
    return "line " + std::to_string(s.line) + " offset " + std::to_string(s.offset) +
           (s.rejected ? " rejected kind " + std::to_string(s.kind) : std::string(" accepted")) +
           " raw " + std::to_string(s.raw.size()) + " bytes, " + std::to_string(s.fields.size()) +
           " fields";
}

// Checks one record against the bytes it came from; appends it to `out`.
std::string checkRecord(const RawRecord &r, std::string_view input, size_t maxRecordBytes,
                        bool strictLines, std::vector<Seen> &out)
{
    Seen s;
    s.line = r.line;
    s.offset = r.offset;
    s.rejected = r.rejected;
    s.kind = r.rejected ? int(r.kind) : -1;
    s.raw.assign(r.raw);
    for (const std::string_view f : r.fields)
        s.fields.emplace_back(f);
    if (r.line < 1)
        return "a record has line " + std::to_string(r.line);
    if (r.offset < 0 || size_t(r.offset) >= input.size())
        return "a record starts outside the input: " + describe(s);
    if (!out.empty()) {
        const Seen &prev = out.back();
        if (r.offset <= prev.offset)
            return "offsets do not advance: " + describe(prev) + " then " + describe(s);
        if (r.line < prev.line || (strictLines && r.line == prev.line))
            return "lines do not advance: " + describe(prev) + " then " + describe(s);
    }
    if (r.rejected && r.message.isEmpty())
        return "a rejected record has no reason: " + describe(s);
    if (!r.rejected && !r.message.isEmpty())
        return "an accepted record has a reason: " + describe(s);
    const std::string_view at = input.substr(size_t(r.offset));
    if (r.rejected && r.kind == ProblemKind::RecordTooLarge) {
        if (at.substr(0, r.raw.size()) != r.raw)
            return "the kept head of an oversized record is not its bytes: " + describe(s);
    } else if (at.substr(0, r.raw.size()) != r.raw) {
        return "a record's raw text is not the bytes at its offset: " + describe(s);
    }
    if (!r.rejected) {
        if (r.raw.size() > maxRecordBytes)
            return "a record beyond the size limit was accepted: " + describe(s);
        if (firstInvalidUtf8(r.raw) >= 0)
            return "a record with invalid UTF-8 was accepted: " + describe(s);
        for (const std::string_view f : r.fields) {
            if (firstInvalidUtf8(f) >= 0)
                return "a field with invalid UTF-8 was accepted: " + describe(s);
        }
    }
    out.push_back(std::move(s));
    return {};
}

template <typename Reader>
std::string readAll(Reader &reader, std::string_view input, size_t maxRecordBytes, bool strictLines,
                    std::vector<Seen> &out, qint64 *blank)
{
    RawRecord record;
    // Each record consumes at least one byte: more records than bytes means a loop.
    size_t guard = input.size() + 2;
    while (reader.next(record)) {
        if (guard-- == 0)
            return "the reader returns more records than there are bytes";
        std::string error = checkRecord(record, input, maxRecordBytes, strictLines, out);
        if (!error.empty())
            return error;
    }
    if (reader.failed())
        return "a memory source reported an I/O error";
    *blank = reader.blankLines();
    return {};
}

std::string compare(const std::vector<Seen> &a, const std::vector<Seen> &b, qint64 blankA,
                    qint64 blankB, const char *what)
{
    if (a.size() != b.size())
        return std::string(what) + ": " + std::to_string(a.size()) + " records in large reads, " +
               std::to_string(b.size()) + " in small ones";
    for (size_t i = 0; i < a.size(); ++i) {
        if (!(a[i] == b[i]))
            return std::string(what) + ": record " + std::to_string(i) +
                   " differs: " + describe(a[i]) + " vs " + describe(b[i]);
    }
    if (blankA != blankB)
        return std::string(what) + ": blank lines differ";
    return {};
}

// Read sizes for the "small reads" pass, taken from the input so the fuzzer explores them.
size_t smallChunk(std::string_view input)
{
    // A reader rescans a record from its start after each read, so tiny reads cost the square
    // of the record's length: keep them tiny only for short inputs.
    const size_t byte = input.empty() ? 0 : static_cast<unsigned char>(input.back());
    return input.size() < 1024 ? 1 + byte % 13 : 16 + byte % 113;
}

constexpr size_t kLargeRead = size_t(1) << 16;

constexpr size_t kLargeLimit = size_t(1) << 24;

std::string toStd(const QString &s)
{
    return s.toStdString();
}

} // namespace

std::string checkCsvReader(const uint8_t *data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const QByteArray bytes(input.data(), qsizetype(size));
    const size_t small = smallChunk(input);

    std::vector<Seen> large, tiny, limited;
    qint64 blankLarge = 0, blankTiny = 0, blankLimited = 0;
    {
        MemorySource source(bytes, qint64(kLargeRead));
        CsvRecordReader reader(source, kLargeLimit, kLargeRead);
        std::string error = readAll(reader, input, kLargeLimit, true, large, &blankLarge);
        if (!error.empty())
            return "csv, large reads: " + error;
    }
    {
        MemorySource source(bytes, qint64(small));
        CsvRecordReader reader(source, kLargeLimit, small);
        std::string error = readAll(reader, input, kLargeLimit, true, tiny, &blankTiny);
        if (!error.empty())
            return "csv, small reads: " + error;
    }
    std::string error = compare(large, tiny, blankLarge, blankTiny, "csv");
    if (!error.empty())
        return error;
    // A small record limit: oversized records are rejected, whatever the read sizes, and the
    // reader stays in step with the records that follow.
    const size_t limit = 16 + size % 64;
    {
        MemorySource source(bytes, qint64(small));
        CsvRecordReader reader(source, limit, small);
        error = readAll(reader, input, limit, true, limited, &blankLimited);
        if (!error.empty())
            return "csv, small limit: " + error;
    }
    std::vector<Seen> limitedLarge;
    qint64 blankLimitedLarge = 0;
    {
        MemorySource source(bytes, qint64(kLargeRead));
        CsvRecordReader reader(source, limit, kLargeRead);
        error = readAll(reader, input, limit, true, limitedLarge, &blankLimitedLarge);
        if (!error.empty())
            return "csv, small limit, large reads: " + error;
    }
    return compare(limitedLarge, limited, blankLimitedLarge, blankLimited, "csv with a limit");
}

std::string checkJsonReader(const uint8_t *data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const QByteArray bytes(input.data(), qsizetype(size));
    const size_t small = smallChunk(input);

    auto run = [&](size_t chunk, size_t limit, std::vector<Seen> &out, qint64 *blank,
                   int *layout) -> std::string {
        MemorySource source(bytes, qint64(chunk));
        JsonRecordReader reader(source, limit, chunk);
        QString why;
        if (!reader.start(&why)) {
            if (why.isEmpty())
                return "json: start() failed without a reason";
            *layout = -1;
            return {};
        }
        *layout = int(reader.layout());
        return readAll(reader, input, limit, false, out, blank);
    };
    std::vector<Seen> large, tiny;
    qint64 blankLarge = 0, blankTiny = 0;
    int layoutLarge = 0, layoutTiny = 0;
    std::string error = run(kLargeRead, kLargeLimit, large, &blankLarge, &layoutLarge);
    if (!error.empty())
        return "json, large reads: " + error;
    error = run(small, kLargeLimit, tiny, &blankTiny, &layoutTiny);
    if (!error.empty())
        return "json, small reads: " + error;
    if (layoutLarge != layoutTiny)
        return "json: the layout depends on the read size";
    error = compare(large, tiny, blankLarge, blankTiny, "json");
    if (!error.empty())
        return error;
    std::vector<Seen> limited;
    qint64 blankLimited = 0;
    int layoutLimited = 0;
    error = run(small, 16 + size % 64, limited, &blankLimited, &layoutLimited);
    if (!error.empty())
        return "json, small limit: " + error;
    return {};
}

namespace {
std::string checkParsed(const EventCells &cells, const ParsedEvent &event,
                        const std::vector<Problem> &problems)
{
    quint32 flags = 0;
    bool badTime = false;
    for (const Problem &p : problems) {
        if (p.line != cells.line || p.line < 1)
            return "a problem has line " + std::to_string(p.line);
        if (p.offset != cells.offset)
            return "a problem has the wrong offset";
        if (p.message.isEmpty())
            return "a problem has no message";
        if (p.severity != Severity::Flagged)
            return "the parser rejected an event it should only flag";
        flags |= flagBit(p.kind);
        badTime = badTime || p.kind == ProblemKind::BadTimestamp;
    }
    if ((event.flags & flags) != flags)
        return "a problem's kind is missing from the event's flags";
    if (event.hasTime == badTime)
        return "hasTime and the BadTimestamp problem disagree";
    if (event.hasTime) {
        const QByteArray text = TimestampParser::format(event.occurredNs).toLatin1();
        qint64 back = 0;
        if (!TimestampParser::parse(std::string_view(text.constData(), size_t(text.size())),
                                    &back) ||
            back != event.occurredNs)
            return "the time " + text.toStdString() + " does not round-trip";
    }
    if (event.success != EventSuccess::Unreadable && event.success != EventSuccess::False &&
        event.success != EventSuccess::True)
        return "success is neither -1, 0 nor 1";
    return {};
}
} // namespace

std::string checkEventParser(const uint8_t *data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    EventParser parser;
    EventCells cells;
    ParsedEvent event;
    std::vector<Problem> problems;

    // One cell per line, in CircleCI's column order; the rest become extra columns.
    cells.clear();
    size_t start = 0;
    int column = 0;
    while (start <= input.size()) {
        size_t nl = input.find('\n', start);
        if (nl == std::string_view::npos)
            nl = input.size();
        const std::string_view cell = input.substr(start, nl - start);
        if (column < kColumnCount)
            cells.set(static_cast<Column>(column), cell);
        else
            cells.extras.emplace_back("extra", cell);
        ++column;
        start = nl + 1;
    }
    cells.line = 2;
    cells.offset = 17;
    cells.raw = input;
    parser.parse(cells, event, problems);
    std::string error = checkParsed(cells, event, problems);
    if (!error.empty())
        return "cells: " + error;

    // The whole input as one JSON event, as a JSON Lines record would give it.
    JsonEventSplitter splitter;
    QString why;
    std::string_view duplicate;
    if (splitter.split(input, cells, &why, &duplicate)) {
        cells.line = 5;
        cells.offset = 3;
        cells.raw = input;
        problems.clear();
        parser.parse(cells, event, problems);
        error = checkParsed(cells, event, problems);
        if (!error.empty())
            return "json event: " + error;
    } else if (why.isEmpty()) {
        return "the splitter refused an event without a reason";
    }
    return {};
}

std::string checkTimestampParser(const uint8_t *data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    qint64 ns = 0;
    const char *why = nullptr;
    if (TimestampParser::parse(input, &ns, &why)) {
        for (const int digits : {9, -1}) {
            const QByteArray text = TimestampParser::format(ns, digits).toLatin1();
            qint64 back = 0;
            if (!TimestampParser::parse(std::string_view(text.constData(), size_t(text.size())),
                                        &back, &why))
                return "format(" + std::to_string(ns) + ") = " + text.toStdString() +
                       " does not parse: " + why;
            if (back != ns)
                return text.toStdString() + " parses to " + std::to_string(back) + " instead of " +
                       std::to_string(ns);
        }
    } else if (!why || !*why) {
        return "a refused time has no reason";
    }
    // Any int64 from the input's first eight bytes: every representable instant round-trips.
    if (size >= 8) {
        qint64 any = 0;
        std::memcpy(&any, data, 8);
        const QByteArray text = TimestampParser::format(any).toLatin1();
        qint64 back = 0;
        if (!TimestampParser::parse(std::string_view(text.constData(), size_t(text.size())), &back,
                                    &why))
            return "format(" + std::to_string(any) + ") = " + text.toStdString() +
                   " does not parse: " + why;
        if (back != any)
            return text.toStdString() + " parses to " + std::to_string(back) + " instead of " +
                   std::to_string(any);
    }
    return {};
}

std::string checkImport(const uint8_t *data, size_t size)
{
    // In memory where there is a tmpfs: a case commit's fsync would dominate each run.
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/auditlens-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/auditlens-fuzz-XXXXXX"));
    if (!dir.isValid())
        return "no temporary folder";
    const QString sourcePath = dir.filePath(QStringLiteral("source.csv"));
    const QString casePath = dir.filePath(QStringLiteral("fuzz.auditlens"));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile f(sourcePath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            return "cannot write the source";
    }
    QFile::remove(casePath);
    QFile::remove(casePath + QStringLiteral("-journal"));

    CaseStore store;
    QString error;
    if (!store.open(casePath, CaseStore::Mode::ReadWrite, &error))
        return "cannot create a case: " + toStd(error);
    ImportOptions options;
    options.maxRecordBytes = 1024 + size % 4096;
    Importer importer(store, options);
    const ImportResult result = importer.run({sourcePath});
    const qint64 events = store.eventCount();
    const qint64 rejectedStored = store.problemCount(Severity::Rejected);
    if (!result.ok) {
        if (result.error.isEmpty())
            return "a failed import gives no reason";
        if (events != 0 || store.problemCount() != 0 || !store.sources().isEmpty())
            return "a failed import left data in the case: " + toStd(result.error);
        return {};
    }
    if (result.sources.size() != 1)
        return "one source, " + std::to_string(result.sources.size()) + " outcomes";
    const SourceOutcome &s = result.sources.front();
    if (s.records != s.imported + s.rejected || result.records != result.imported + result.rejected)
        return "records " + std::to_string(s.records) + " != imported " +
               std::to_string(s.imported) + " + rejected " + std::to_string(s.rejected);
    if (events != s.imported)
        return "the case holds " + std::to_string(events) + " events, the import reported " +
               std::to_string(s.imported);
    if (rejectedStored != s.rejected)
        return "the case holds " + std::to_string(rejectedStored) +
               " rejected records, the import reported " + std::to_string(s.rejected);
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    if (s.sha256.toLatin1() != sha)
        return "the recorded SHA-256 is not the source's";
    qint64 rejected = 0;
    for (const ImportProblem &ip : result.problems) {
        const Problem &p = ip.problem;
        if (p.line < 1 || p.offset < 0 || p.offset >= qint64(size))
            return "a problem has line " + std::to_string(p.line) + " offset " +
                   std::to_string(p.offset);
        if (p.message.isEmpty())
            return "a problem has no message";
        rejected += p.severity == Severity::Rejected;
    }
    if (rejected != s.rejected)
        return "rejected problems listed differ from the rejected count";
    {
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT count(*) FROM problems WHERE line < 1 OR message = ''"));
        if (!q.next() || q.value(0).toLongLong() != 0)
            return "the case holds a problem without a line or a message";
        q.exec(QStringLiteral("SELECT count(*) FROM events WHERE line < 1"));
        if (!q.next() || q.value(0).toLongLong() != 0)
            return "the case holds an event without a line";
    }
    // The same bytes again add nothing.
    Importer again(store, options);
    const ImportResult second = again.run({sourcePath});
    if (!second.ok || second.sources.size() != 1 || !second.sources.front().alreadyImported)
        return "importing the same source twice was not recognised";
    if (store.eventCount() != events)
        return "importing the same source twice added events";
    return {};
}

} // namespace auditlens::fuzz
