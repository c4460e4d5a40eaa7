// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "casechecks.h"

#include "exporting/exporter.h"
#include "index/indexverifier.h"
#include "query/sqleventquery.h"
#include "session/queryworker.h"
#include "store/casestore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

namespace auditlens::fuzz {

namespace {
std::string toStd(const QString &s)
{
    return s.toStdString();
}

// The filters a reviewer reaches in a few clicks, made from the case's own values.
std::vector<Filter> filtersFor(const QueryResult &all, const EventIndex &ix)
{
    std::vector<Filter> filters(1);
    auto add = [&](auto change) {
        Filter f;
        change(f);
        filters.push_back(f);
    };
    add([](Filter &f) { f.success = SuccessFilter::Failed; });
    add([](Filter &f) { f.success = SuccessFilter::Succeeded; });
    for (const DuplicateFilter d :
         {DuplicateFilter::Duplicates, DuplicateFilter::Exact, DuplicateFilter::Conflicting,
          DuplicateFilter::Unique, DuplicateFilter::CollapseExact})
        add([d](Filter &f) { f.duplicates = d; });
    for (const FilterField field : kFilterFields) {
        if (!isCodedField(field))
            continue; // no facet
        const auto &top = all.facets[int(filterFieldInfo(field).indexField)].top;
        if (top.empty())
            continue;
        const QString key = top.front().key;
        add([&](Filter &f) { f[field].include = {key}; });
        add([&](Filter &f) { f[field].exclude = {key}; });
    }
    if (ix.timedCount() > 0) {
        const qint64 lo = ix.minTime(), hi = ix.maxTime();
        add([&](Filter &f) {
            f.hasFrom = true;
            f.from = lo + qint64((quint64(hi) - quint64(lo)) / 2);
        });
        add([&](Filter &f) {
            f.hasTo = true;
            f.to = hi;
            f.hasFrom = true;
            f.from = lo;
        });
    }
    return filters;
}
} // namespace

std::string visitCase(const QString &casePath, const VisitOptions &options, CaseVisit *visit)
{
    *visit = CaseVisit();
    std::atomic<quint64> latest{0};
    QueryWorker worker(casePath, &latest);
    EventIndexPtr index;
    QueryResultPtr result;
    RowBlockPtr rows;
    ValueMatchesPtr values;
    QObject::connect(&worker, &QueryWorker::opened,
                     [&](const EventIndexPtr &ix, qint64, bool built) {
                         index = ix;
                         visit->built = built;
                     });
    QObject::connect(&worker, &QueryWorker::openFailed,
                     [&](const QString &error) { visit->error = error; });
    QObject::connect(&worker, &QueryWorker::resultReady,
                     [&](const QueryResultPtr &r, const RowBlockPtr &first) {
                         result = r;
                         rows = first;
                     });
    QObject::connect(&worker, &QueryWorker::rowsReady, [&](const RowBlockPtr &r) { rows = r; });
    QObject::connect(&worker, &QueryWorker::valuesFound,
                     [&](const ValueMatchesPtr &v) { values = v; });
    worker.open();
    if (!index) {
        if (visit->error.isEmpty())
            return "the case was neither opened nor refused";
        return {};
    }
    visit->opened = true;
    visit->events = index->size();
    // A kept index of a large case is compared with a sample of its events when loaded: a change
    // to a few of them may go unseen (docs/robustness.md). Every other index answers as SQL does.
    const bool compareWithSql =
        options.compareWithSql &&
        (visit->built ||
         index->size() <= quint32(IndexVerifier::kRuns * IndexVerifier::kRunLength));
    if (options.proveSources)
        worker.waitForSourceChecks();

    // The SQL engine the CLI uses, on a connection of its own, is the reference.
    CaseStore reference;
    QString error;
    if (!reference.open(casePath, CaseStore::Mode::ReadOnly, &error))
        return "the case opened in the viewer but not for SQL: " + toStd(error);
    const SqlEventQuery sql(reference);
    quint64 generation = 0;
    auto run = [&](const Filter &f, const SortSpec &sort) -> std::string {
        result.reset();
        latest = ++generation;
        worker.runQuery(generation, f, sort);
        if (!result)
            return "no answer to the filter " + toStd(f.describe());
        const QueryResult &r = *result;
        if (r.total != index->size() || r.positions.size() > index->size())
            return "a result larger than the case";
        for (const quint32 p : r.positions) {
            if (p >= index->size())
                return "a position beyond the index";
        }
        if (!f.hasFrom && !f.hasTo) {
            qint64 inBuckets = r.histogram.untimed;
            for (const quint32 c : r.histogram.counts)
                inBuckets += c;
            if (inBuckets != qint64(r.positions.size()))
                return "the histogram holds " + std::to_string(inBuckets) + " events of " +
                       std::to_string(r.positions.size());
        }
        if (rows && qint64(rows->rows.size()) > qint64(r.positions.size()))
            return "more rows than events";
        return {};
    };

    if (std::string broken = run(Filter(), SortSpec()); !broken.empty())
        return broken;
    const QueryResultPtr all = result;
    for (const Filter &f : filtersFor(*all, *index)) {
        if (std::string broken = run(f, SortSpec()); !broken.empty())
            return broken;
        QString sqlError;
        const qint64 expected = sql.count(f, &sqlError);
        if (compareWithSql && sqlError.isEmpty() && expected != qint64(result->count()))
            return "the filter " + toStd(f.describe()) + " finds " +
                   std::to_string(result->count()) + " events, SQL " + std::to_string(expected);
    }
    for (int column = 0; column < kEventColumnCount; ++column) {
        for (const bool descending : {false, true}) {
            if (std::string broken = run(Filter(), {EventColumn(column), descending});
                !broken.empty())
                return broken;
            if (result->count() != all->count())
                return "sorting changed the events";
        }
    }
    if (!options.text.isEmpty()) {
        Filter f;
        f.text = options.text;
        if (std::string broken = run(f, SortSpec()); !broken.empty())
            return broken;
        visit->textNote = result->textSearchNote;
        visit->textMatches = qint64(result->count());
        QString sqlError;
        const qint64 expected = sql.count(f, &sqlError);
        // The cells are the SQL engine's too; a proven source holds the same text unless the
        // case's cells were changed after the import.
        if (compareWithSql && sqlError.isEmpty() &&
            visit->textNote.startsWith(QLatin1String("searched the cells")) &&
            expected != visit->textMatches)
            return "the text search finds " + std::to_string(visit->textMatches) + " events, SQL " +
                   std::to_string(expected);
    }
    rows.reset();
    worker.fetchRows(generation, 0, 40);
    if (!rows && result->count() > 0)
        return "no rows for the table";
    for (const IndexField field :
         {IndexField::Action, IndexField::Actor, IndexField::Target, IndexField::Scope}) {
        for (const QString &typed : {QString(), QStringLiteral("a")}) {
            values.reset();
            worker.findValues(1, field, typed);
            if (!values)
                return "no values for a picker";
        }
    }

    // Exports of what the viewer shows: the filter, and a selection of its rows.
    QTemporaryDir out;
    for (const ExportFormat format : {ExportFormat::OriginalCsv, ExportFormat::FlatCsv,
                                      ExportFormat::JsonLines, ExportFormat::Html}) {
        ExportRequest request;
        request.casePath = casePath;
        request.format = format;
        request.outputPath =
            out.filePath(QStringLiteral("export.") + QLatin1String(exportFormatSuffix(format)));
        if (format == ExportFormat::JsonLines) {
            request.useSelection = true;
            for (size_t i = 0; i < std::min<size_t>(all->positions.size(), 7); ++i)
                request.selection << index->seq(all->positions[i]);
        }
        Exporter exporter;
        const ExportResult exported = exporter.run(request);
        if (!exported.ok && exported.error.isEmpty())
            return "an export failed without a reason";
        if (compareWithSql && exported.ok && !request.useSelection &&
            exported.events != qint64(all->count()))
            return "the export wrote " + std::to_string(exported.events) + " events of " +
                   std::to_string(all->count());
    }
    worker.close();
    return {};
}

} // namespace auditlens::fuzz
