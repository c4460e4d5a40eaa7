// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "exporter.h"

#include "../annotations/annotationstore.h"
#include "../query/sourcefilter.h"
#include "../reading/fileidentity.h"
#include "../store/annotationsql.h"
#include "../store/casesql.h"
#include "../store/casestore.h"
#include "../store/sqlitestatement.h"
#include "exportannotations.h"
#include "exportcursor.h"
#include "exportsink.h"
#include "exportsummary.h"
#include "findingsreport.h"
#include "flatcsvwriter.h"
#include "jsonlineswriter.h"
#include "originalcsvwriter.h"
#include "reportwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <sqlite3.h>

#include <memory>

namespace auditlens {

namespace {
bool hasSidecarManifest(ExportFormat format)
{
    return format == ExportFormat::OriginalCsv || format == ExportFormat::FlatCsv ||
           format == ExportFormat::JsonLines;
}

// The same file, however it is named: by its path, or when it exists by its device and inode
// (a hard link has a path of its own).
bool sameFile(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath() ||
           FileIdentity::of(a) == FileIdentity::of(b);
}

bool writeSmallFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Exporter::tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// Holds the case still while it is read twice (keys, then rows): one read transaction.
class ReadTransaction
{
public:
    explicit ReadTransaction(sqlite3 *db) : m_db(db)
    {
        m_open = SqliteStatement::exec(m_db, CaseSql::kBegin);
    }
    ~ReadTransaction()
    {
        if (m_open)
            SqliteStatement::exec(m_db, CaseSql::kCommit);
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    sqlite3 *m_db;
    bool m_open = false;
};

// What the findings report says of the case beyond each event: its tags, stars, case notes,
// views and log.
bool readCaseAnnotations(const CaseStore &store, FindingsReport::CaseAnnotations *annotations,
                         QString *error)
{
    const AnnotationStore reader(store);
    const auto tags = reader.tags(error);
    const auto stars = tags ? reader.stars(error) : std::nullopt;
    const auto notes = stars ? reader.notes(error) : std::nullopt;
    const auto views = notes ? reader.views(error) : std::nullopt;
    if (!views)
        return false;
    annotations->tags = *tags;
    annotations->stars = *stars;
    for (const CaseNote &note : *notes) {
        if (!note.key)
            annotations->caseNotes << note;
    }
    annotations->views = *views;
    return reader.readLog([&](const AnnotationLogEntry &entry) { annotations->log << entry; },
                          error);
}
} // namespace

QStringList Exporter::outputFiles(const QString &outputPath, ExportFormat format)
{
    QStringList files{outputPath};
    if (hasSidecarManifest(format))
        files << outputPath + QStringLiteral(".manifest.json");
    files << outputPath + QStringLiteral(".sha256");
    return files;
}

ExportResult Exporter::run(const ExportRequest &request)
{
    ExportResult result;
    QElapsedTimer timer;
    timer.start();
    auto failed = [&](const QString &error) {
        result.ok = false;
        result.cancelled = m_cancel.load();
        result.error = result.cancelled ? QString() : error;
        result.elapsedMs = timer.elapsed();
        return result;
    };
    if (request.outputPath.isEmpty())
        return failed(tr("no output file was given"));
    const QStringList files = outputFiles(request.outputPath, request.format);
    if (QFileInfo(request.outputPath).isDir())
        return failed(tr("%1 is a folder; give a file name").arg(request.outputPath));

    CaseStore store;
    QString error;
    if (!store.open(request.casePath, CaseStore::Mode::ReadOnly, &error))
        return failed(error);
    sqlite3 *db = store.handle();
    if (!db)
        return failed(tr("%1: the case cannot be read").arg(request.casePath));

    // Evidence is never overwritten: neither a source of the case nor the case itself.
    for (const QString &file : files) {
        if (sameFile(file, request.casePath))
            return failed(
                tr("%1 is the case file itself; choose another name for the export").arg(file));
        for (const SourceInfo &source : store.sources()) {
            if (sameFile(file, source.path))
                return failed(tr("%1 is a source of this case (SHA-256 %2); an export never "
                                 "overwrites evidence")
                                  .arg(file, source.sha256));
        }
    }

    ReadTransaction transaction(db);
    // A case of a format older than 4, opened read-only, has no annotations: an export of its
    // annotated events would be empty however annotated the analyst thought it was.
    if (request.annotatedOnly &&
        SqliteStatement::scalar(db, AnnotationSql::kHasAnnotationTables) == 0)
        return failed(tr("%1 is a case of an older format, without annotations: there are no "
                         "annotated events to export. Opening it in AuditLens for writing (or "
                         "annotating it with auditlens-cli) brings it to the current format.")
                          .arg(request.casePath));
    // Sources named by file name or digest become their numbers in this snapshot of the case.
    ExportRequest resolved = request;
    if (const QString unknown = SourceFilter::resolve(store, &resolved.filter); !unknown.isEmpty())
        return failed(unknown);
    ExportSelection selection;
    if (!selection.collect(db, resolved, m_cancel, &error) || m_cancel.load())
        return failed(error);
    ExportSummary summary;
    const bool report = request.format == ExportFormat::Html || request.format == ExportFormat::Pdf;
    const bool findings = report && request.annotatedOnly;
    if (!summary.compute(store, resolved, selection, report, &error))
        return failed(error);
    ExportAnnotations annotations;
    // Read before the writers are made (JSON Lines chooses its keys by them); the flat CSV reads
    // them only when one of its annotation columns is chosen.
    const bool wholeAnnotations =
        findings || (request.annotations && (request.format == ExportFormat::OriginalCsv ||
                                             request.format == ExportFormat::JsonLines));
    if (wholeAnnotations && !annotations.load(db, &error))
        return failed(error);

    std::unique_ptr<EventWriter> writer;
    switch (request.format) {
    case ExportFormat::OriginalCsv: {
        auto csv = std::make_unique<OriginalCsvWriter>(summary, annotations);
        if (!csv->prepare(db, &error))
            return failed(error);
        writer = std::move(csv);
        break;
    }
    case ExportFormat::FlatCsv: {
        auto flat = std::make_unique<FlatCsvWriter>(summary, annotations, request.spreadsheetSafe);
        if (!flat->setColumns(request.columns, &error) ||
            (flat->writesAnnotations() && !annotations.load(db, &error)) ||
            !flat->prepare(db, &error))
            return failed(error);
        writer = std::move(flat);
        break;
    }
    case ExportFormat::JsonLines:
        writer = std::make_unique<JsonLinesWriter>(summary, annotations);
        break;
    case ExportFormat::Html:
    case ExportFormat::Pdf:
        if (findings) {
            FindingsReport::CaseAnnotations caseAnnotations;
            if (!readCaseAnnotations(store, &caseAnnotations, &error))
                return failed(error);
            writer = std::make_unique<FindingsReport>(
                summary, annotations, std::move(caseAnnotations),
                request.format == ExportFormat::Pdf ? FindingsReport::Target::Pdf
                                                    : FindingsReport::Target::Html);
        } else {
            writer = std::make_unique<ReportWriter>(summary, request.format == ExportFormat::Pdf
                                                                 ? ReportWriter::Target::Pdf
                                                                 : ReportWriter::Target::Html);
        }
        break;
    }

    ExportCursor cursor(db, selection, writer->columns());
    if (!cursor.prepare(&error))
        return failed(error);
    ExportSink sink(request.outputPath);
    if (!sink.open(&error))
        return failed(error);
    if (!writer->begin(sink.buffer(), &error))
        return failed(error);

    const qint64 total = selection.size();
    if (m_progress)
        m_progress(0, total);
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    qint64 done = 0;
    while (cursor.next()) {
        writer->write(cursor, sink.buffer());
        ++done;
        if ((done & 1023) == 0) {
            if (!sink.flushIfFull())
                break;
            if (m_cancel.load(std::memory_order_relaxed))
                return failed({});
            if (m_progress && sinceProgress.elapsed() >= 100) {
                m_progress(done, total);
                sinceProgress.restart();
            }
        }
    }
    if (!cursor.error().isEmpty())
        return failed(cursor.error());
    if (m_progress)
        m_progress(done, total);
    if (!writer->end(sink.buffer(), &error) || !sink.finish(&error))
        return failed(error);
    if (m_cancel.load())
        return failed({});

    result.events = done;
    result.bytes = sink.bytes();
    result.sha256 = sink.sha256();
    result.alteredCells = writer->alteredCells();

    // The export, then what describes it; each appears whole, and if a later one cannot be
    // written the earlier ones are taken back.
    QByteArray checksums =
        result.sha256.toLatin1() + "  " + QFileInfo(request.outputPath).fileName().toUtf8() + '\n';
    QByteArray manifest;
    if (hasSidecarManifest(request.format)) {
        QJsonObject description =
            summary.manifest(QFileInfo(request.outputPath).fileName(), result.sha256, result.bytes,
                             writer->columnNames(), request.spreadsheetSafe, result.alteredCells);
        writer->addToManifest(description);
        manifest = QJsonDocument(description).toJson(QJsonDocument::Indented);
    }
    if (!sink.commit(&error))
        return failed(error);
    QStringList written{request.outputPath};
    auto takeBack = [&](const QString &why) {
        for (const QString &file : written)
            QFile::remove(file);
        return failed(why);
    };
    if (!manifest.isEmpty()) {
        const QString path = files.at(1);
        if (!writeSmallFile(path, manifest, &error))
            return takeBack(error);
        written << path;
        result.manifestPath = path;
        const QByteArray hash =
            QCryptographicHash::hash(manifest, QCryptographicHash::Sha256).toHex();
        checksums += hash + "  " + QFileInfo(path).fileName().toUtf8() + '\n';
    }
    result.checksumPath = files.constLast();
    if (!writeSmallFile(result.checksumPath, checksums, &error))
        return takeBack(error);
    result.ok = true;
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace auditlens
