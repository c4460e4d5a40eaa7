// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// auditlens-bench-interact CASE: opens a case and replays a fixed script of filter changes
// through the same session, item models and query code the window uses, timing each change
// until the row count, the first 100 rows (every column), the facets and the histogram are
// all up to date. Prints `name: value` lines.

#include "itemmodels/eventtablemodel.h"
#include "itemmodels/facetmodel.h"
#include "session/casesession.h"
#include "store/casestore.h"
#include "store/sqlitestatement.h"

#include "benchstats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <cstdio>
#include <functional>
#include <iterator>
#include <vector>

using namespace auditlens;

namespace {

double statusMib(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

using auditlens::bench::percentile;

struct Step
{
    const char *kind; // filter, text, sort
    std::function<void(Filter &, SortSpec &)> change;
};

} // namespace

int main(int argc, char *argv[])
{
#if defined(__GLIBC__)
    // As the GUI does: result vectors of a few MB are reused from the heap instead of being
    // mapped afresh (and page-faulted in) for every filter change.
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
#endif
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: auditlens-bench-interact CASE\n");
        return 2;
    }
    const QString casePath = QString::fromLocal8Bit(argv[1]);

    auto openCase = [&](CaseSession &session, qint64 *ms, bool *built) {
        QEventLoop loop;
        QString error;
        bool ok = false;
        QObject::connect(&session, &CaseSession::opened, &loop, [&](qint64 openMs, bool b) {
            *ms = openMs;
            *built = b;
            ok = true;
        });
        QObject::connect(&session, &CaseSession::openFailed, &loop, [&](const QString &e) {
            error = e;
            loop.quit();
        });
        QObject::connect(&session, &CaseSession::resultReady, &loop, [&] { loop.quit(); });
        QElapsedTimer wall;
        wall.start();
        session.open(casePath);
        loop.exec();
        if (!ok) {
            std::fprintf(stderr, "error: %s\n", qPrintable(error));
            return false;
        }
        *ms = wall.elapsed();
        return true;
    };

    qint64 openMs = 0;
    bool built = false;
    auto session = std::make_unique<CaseSession>();
    if (!openCase(*session, &openMs, &built))
        return 1;
    if (built) {
        // The case had no index yet (or an outdated one): it was built and kept; measure the
        // open a reviewer gets from now on.
        std::printf("index_build_ms: %lld\n", static_cast<long long>(openMs));
        session = std::make_unique<CaseSession>();
        if (!openCase(*session, &openMs, &built))
            return 1;
    }
    // Text searches read the source files once they are proven to be the bytes imported (SHA-256,
    // on an idle thread after the open); the script measures those searches.
    QElapsedTimer proof;
    proof.start();
    session->waitForSourceChecks();
    std::printf("source_check_wait_ms: %lld\n", static_cast<long long>(proof.elapsed()));
    EventTableModel table(session.get());
    FacetModel facets(session.get());

    // Values for the script, from the unfiltered result.
    // (Its facets are copied: a result held for the whole run would keep a buffer of positions
    // from the filters, which the window does not do.)
    std::vector<FacetCounts> allFacets(std::begin(session->result()->facets),
                                       std::end(session->result()->facets));
    const EventIndexPtr index = session->index();
    auto top = [&](IndexField field, size_t i) {
        const auto &values = allFacets[size_t(field)].top;
        return values.empty() ? QString() : values[std::min(i, values.size() - 1)].key;
    };
    const qint64 t0 = index->minTime(), t1 = index->maxTime(), span = t1 - t0;
    const qint64 hour = 3600LL * 1000000000LL;
    QString family = top(IndexField::Action, 0);
    family = family.left(family.indexOf(QLatin1Char('.')) + 1) + QLatin1Char('*');

    std::vector<Step> script;
    auto add = [&](const char *kind, std::function<void(Filter &, SortSpec &)> f) {
        script.push_back({kind, std::move(f)});
    };
    for (size_t i = 0; i < 4; ++i) {
        add("filter", [&, i](Filter &f, SortSpec &) {
            f = Filter();
            f[FilterField::Action].include = {top(IndexField::Action, i)};
        });
        add("filter", [&, i](Filter &f, SortSpec &) {
            f = Filter();
            f[FilterField::Actor].include = {top(IndexField::Actor, i)};
        });
        add("filter", [&, i](Filter &f, SortSpec &) {
            f = Filter();
            f[FilterField::Target].include = {top(IndexField::Target, i)};
        });
    }
    add("filter", [&](Filter &f, SortSpec &) {
        f = Filter();
        f[FilterField::Scope].include = {top(IndexField::Scope, 0)};
    });
    add("filter", [&](Filter &f, SortSpec &) {
        f = Filter();
        f[FilterField::Action].include = {family};
    });
    add("filter", [&](Filter &f, SortSpec &) {
        f[FilterField::Actor].exclude = {top(IndexField::Actor, 1)};
    });
    add("filter", [&](Filter &f, SortSpec &) {
        f = Filter();
        f.success = SuccessFilter::Failed;
    });
    add("filter", [&](Filter &f, SortSpec &) { f.success = SuccessFilter::Succeeded; });
    add("filter", [&](Filter &f, SortSpec &) {
        f = Filter();
        f[FilterField::Action].include = {top(IndexField::Action, 0), top(IndexField::Action, 2)};
    });
    add("filter", [&](Filter &f, SortSpec &) {
        f[FilterField::Actor].include = {top(IndexField::Actor, 0), top(IndexField::Actor, 3)};
    });
    add("filter", [&](Filter &f, SortSpec &) { f.success = SuccessFilter::Succeeded; });
    add("filter", [&](Filter &f, SortSpec &) {
        f.hasFrom = true;
        f.from = t0 + span / 3;
    });
    add("filter", [&](Filter &f, SortSpec &) {
        f.hasTo = true;
        f.to = t0 + span / 2;
    });
    for (const DuplicateFilter d :
         {DuplicateFilter::Duplicates, DuplicateFilter::Exact, DuplicateFilter::Conflicting,
          DuplicateFilter::Unique, DuplicateFilter::CollapseExact}) {
        add("filter", [d](Filter &f, SortSpec &) {
            f = Filter();
            f.duplicates = d;
        });
    }
    add("filter", [&](Filter &f, SortSpec &) {
        f[FilterField::Action].include = {family};
        f.duplicates = DuplicateFilter::Conflicting;
    });
    for (int i = 0; i < 8; ++i) {
        add("filter", [&, i](Filter &f, SortSpec &) {
            f = Filter();
            f.hasFrom = f.hasTo = true;
            f.from = t0 + span * i / 8;
            f.to = f.from + (i % 2 ? 24 * hour : 7 * 24 * hour);
        });
    }
    add("filter", [&](Filter &f, SortSpec &) {
        f = Filter();
        f.hasFrom = f.hasTo = true;
        f.to = t1;
        f.from = t1 - hour;
    });
    add("filter", [&](Filter &f, SortSpec &) { f.from = t1 - 24 * hour; });
    add("filter", [&](Filter &f, SortSpec &) { f.from = t1 - 7 * 24 * hour; });
    add("filter", [&](Filter &f, SortSpec &) {
        f[FilterField::Actor].include = {top(IndexField::Actor, 0)};
        f[FilterField::Action].include = {family};
    });
    add("filter", [&](Filter &f, SortSpec &) {
        f[FilterField::Scope].include = {top(IndexField::Scope, 0)};
        f.success = SuccessFilter::Failed;
    });
    add("filter", [&](Filter &f, SortSpec &) {
        f = Filter();
        f[FilterField::Action].exclude = {top(IndexField::Action, 0)};
    });
    add("filter", [&](Filter &f, SortSpec &) {
        f[FilterField::Target].exclude = {top(IndexField::Target, 0)};
    });
    add("filter", [&](Filter &f, SortSpec &) { f = Filter(); });
    // Today's fields, with values from the case: an address and its /16 (or /32 for IPv6), a
    // request, a source. Their own figures are printed too (new_field_*), as they are counted in
    // the filter figures.
    QString ip, request;
    {
        CaseStore store;
        QString error;
        if (store.open(casePath, CaseStore::Mode::ReadOnly, &error)) {
            SqliteStatement pick(store.handle(),
                                 "SELECT ip, request_id FROM events WHERE ip IS NOT NULL AND"
                                 " request_id IS NOT NULL LIMIT 1 OFFSET 1000");
            if (pick.row()) {
                ip = pick.columnString(0);
                request = pick.columnString(1);
            }
        }
    }
    if (!ip.isEmpty()) {
        const bool v6 = ip.contains(QLatin1Char(':'));
        const QString block = v6 ? ip + QStringLiteral("/32")
                                 : ip.section(QLatin1Char('.'), 0, 1) + QStringLiteral(".0.0/16");
        add("field", [ip](Filter &f, SortSpec &) {
            f = Filter();
            f[FilterField::Ip].include = {ip};
        });
        add("field", [block](Filter &f, SortSpec &) {
            f = Filter();
            f[FilterField::Ip].include = {block};
        });
        add("field", [request](Filter &f, SortSpec &) {
            f = Filter();
            f[FilterField::Request].include = {request};
        });
        add("field", [](Filter &f, SortSpec &) {
            f = Filter();
            f[FilterField::Source].include = {QStringLiteral("1")};
        });
        add("field", [&, block](Filter &f, SortSpec &) {
            f = Filter();
            f[FilterField::Ip].include = {block};
            f[FilterField::Action].include = {family};
        });
        add("field", [&](Filter &f, SortSpec &) {
            f[FilterField::Action].include = {top(IndexField::Action, 0)};
        }); // the block kept
        add("filter", [&](Filter &f, SortSpec &) { f = Filter(); });
    }
    // The analyst's annotations, when the case has some: a common tag, a rare one, every tag,
    // none, the stars and notes, and with other conditions. Counted in the filter figures, and
    // printed on their own (annotation_*).
    const FacetCounts &tags = allFacets[size_t(IndexField::Tag)];
    if (tags.inCase && !tags.top.empty()) {
        const QString common = tags.top.front().key, rare = tags.top.back().key;
        auto annotated = [&](std::function<void(Filter &)> change) {
            add("annotation", [change](Filter &f, SortSpec &) { change(f); });
        };
        annotated([common](Filter &f) {
            f = Filter();
            f[FilterField::Tag].include = {common};
        });
        annotated([rare](Filter &f) {
            f = Filter();
            f[FilterField::Tag].include = {rare};
        });
        annotated([](Filter &f) {
            f = Filter();
            f[FilterField::Tag].include = {anyTagValue()};
        });
        annotated([](Filter &f) {
            f = Filter();
            f[FilterField::Tag].exclude = {anyTagValue()};
        });
        annotated([&](Filter &f) { f[FilterField::Action].include = {family}; });
        annotated([](Filter &f) {
            f = Filter();
            f[FilterField::Starred].include = {markValue()};
        });
        annotated([](Filter &f) {
            f = Filter();
            f[FilterField::Starred].exclude = {markValue()};
        });
        annotated([](Filter &f) {
            f = Filter();
            f[FilterField::Noted].include = {markValue()};
        });
        annotated([&, common](Filter &f) {
            f = Filter();
            f[FilterField::Tag].include = {common};
            f[FilterField::Noted].exclude = {markValue()};
            f[FilterField::Actor].exclude = {top(IndexField::Actor, 0)};
        });
        annotated([&](Filter &f) {
            f = Filter();
            f.hasFrom = f.hasTo = true;
            f.from = t0 + span / 4;
            f.to = f.from + 7 * 24 * hour;
            f[FilterField::Tag].exclude = {anyTagValue()};
        });
        add("filter", [&](Filter &f, SortSpec &) { f = Filter(); });
    }
    const char *words[] = {"deploy-prod",     "nightly",        "ACME-CORP",
                           "\"build_num\":7", "client_version", "zz-not-in-any-event",
                           "d95bafc8",        "github"};
    for (const char *word : words) {
        add("text", [word](Filter &f, SortSpec &) {
            f = Filter();
            f.text = QString::fromUtf8(word);
        });
    }
    add("filter", [&](Filter &f, SortSpec &) {
        f[FilterField::Actor].include = {top(IndexField::Actor, 0)};
    }); // text kept
    add("filter", [&](Filter &f, SortSpec &) { f = Filter(); });
    for (const EventColumn c :
         {EventColumn::Actor, EventColumn::Target, EventColumn::Action, EventColumn::Id,
          EventColumn::Success, EventColumn::Duplicates, EventColumn::Source, EventColumn::Scope}) {
        add("sort", [c](Filter &, SortSpec &s) { s = {c, false}; });
    }
    add("sort", [](Filter &, SortSpec &s) { s = {EventColumn::Actor, true}; });
    add("sort", [](Filter &, SortSpec &s) { s = {EventColumn::Time, true}; });
    add("sort", [](Filter &, SortSpec &s) { s = {EventColumn::Time, false}; });

    std::vector<double> filterMs, textMs, sortMs, fieldMs, annotationMs, jsonMs, findingMs;
    Filter filter;
    SortSpec sort;
    volatile qint64 sink = 0;
    // Applies one change as the window does and waits for what it shows: the count, the first
    // 100 rows, the facets, the histogram. Returns the milliseconds it took.
    const auto run = [&](const Step &step) {
        step.change(filter, sort);
        QElapsedTimer timer;
        timer.start();
        QEventLoop loop;
        const auto c =
            QObject::connect(session.get(), &CaseSession::resultReady, &loop, [&] { loop.quit(); });
        const quint64 before = session->generation();
        session->setFilter(filter);
        session->setSort(sort);
        if (session->generation() != before)
            loop.exec();
        QObject::disconnect(c);
        sink += table.rowCount();
        const int rows = std::min(100, table.rowCount());
        for (int r = 0; r < rows; ++r) {
            for (int col = 0; col < table.columnCount(); ++col)
                sink += table.data(table.index(r, col)).toString().size();
        }
        for (int f = 0; f < facets.rowCount(); ++f) {
            const QModelIndex field = facets.index(f, 0);
            for (int v = 0; v < facets.rowCount(field); ++v)
                sink += facets.data(facets.index(v, 0, field)).toString().size() +
                        facets.data(facets.index(v, 1, field)).toString().size();
        }
        const QueryResultPtr result = session->result();
        for (const quint32 count : result->histogram.counts)
            sink += count;
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (qEnvironmentVariableIsSet("AUDITLENS_BENCH_VERBOSE"))
            std::fprintf(stderr, "%-6s %8.2f ms (worker %6.2f, query %6.2f)  %9u rows  %s\n",
                         step.kind, ms, result->elapsedMs, result->queryMs, result->count(),
                         qPrintable(filter.describe()));
        return ms;
    };
    for (const Step &step : script) {
        const double ms = run(step);
        (qstrcmp(step.kind, "text") == 0   ? textMs
         : qstrcmp(step.kind, "sort") == 0 ? sortMs
                                           : filterMs)
            .push_back(ms);
        if (qstrcmp(step.kind, "field") == 0)
            fieldMs.push_back(ms);
        if (qstrcmp(step.kind, "annotation") == 0)
            annotationMs.push_back(ms);
    }
    // Conditions on values inside the JSON cells (the payload tree's pivots), after the script
    // and outside its changes: a common value, a rarer one, a number, and an empty value that
    // no text search can narrow (every cell is read).
    const char *jsonConditions[] = {"payload.job.name=deploy-prod",
                                    "payload.project.slug=gh/acme-corp/web-frontend",
                                    "payload.job.build_num=136120", "request.client_trace_id="};
    for (const char *text : jsonConditions) {
        jsonMs.push_back(run({"json", [text](Filter &f, SortSpec &s) {
                                  f = Filter();
                                  s = SortSpec();
                                  JsonCondition c;
                                  JsonCondition::parse(QString::fromUtf8(text), false, &c);
                                  f.json << c;
                              }}));
    }

    // Finding filters (#13), after the script too: a rule with many hits, one with few, any
    // rule, a rule with an actor, a finding left out, and back to the whole case.
    const std::vector<std::function<void(Filter &)>> findingFilters = {
        [](Filter &f) {
            f[FilterField::Finding].include = {QStringLiteral("secrets-access-off-hours")};
        },
        [](Filter &f) { f[FilterField::Finding].include = {QStringLiteral("audit-log-pulled")}; },
        [](Filter &f) { f[FilterField::Finding].include = {QStringLiteral("*")}; },
        [](Filter &f) {
            f[FilterField::Finding].include = {QStringLiteral("new-ip-for-actor"),
                                               QStringLiteral("secrets-access-burst")};
        },
        [](Filter &f) {
            f[FilterField::Finding].include = {QStringLiteral("new-ip-for-actor")};
            f.success = SuccessFilter::Failed;
        },
        [](Filter &f) { f[FilterField::Finding].exclude = {QStringLiteral("*")}; },
        [](Filter &f) { f = Filter(); },
    };
    for (int round = 0; round < 3; ++round) {
        for (const auto &make : findingFilters) {
            findingMs.push_back(run({"finding", [make](Filter &f, SortSpec &s) {
                                         f = Filter();
                                         s = SortSpec();
                                         make(f);
                                     }}));
        }
    }

    std::printf("events: %u\n", index->size());
    std::printf("changes: %zu\n", script.size());
    std::printf("open_case_ms: %lld\n", static_cast<long long>(openMs));
    std::printf("filter_p50_ms: %.2f\n", percentile(filterMs, 0.5));
    std::printf("filter_p99_ms: %.2f\n", percentile(filterMs, 0.99));
    if (!fieldMs.empty()) {
        std::printf("new_field_changes: %zu\n", fieldMs.size());
        std::printf("new_field_p50_ms: %.2f\n", percentile(fieldMs, 0.5));
        std::printf("new_field_max_ms: %.2f\n", *std::max_element(fieldMs.begin(), fieldMs.end()));
    }
    if (!annotationMs.empty()) {
        std::printf("annotation_changes: %zu\n", annotationMs.size());
        std::printf("annotation_p50_ms: %.2f\n", percentile(annotationMs, 0.5));
        std::printf("annotation_p99_ms: %.2f\n", percentile(annotationMs, 0.99));
        std::printf("annotation_max_ms: %.2f\n",
                    *std::max_element(annotationMs.begin(), annotationMs.end()));
    }
    std::printf("text_search_p50_ms: %.2f\n", percentile(textMs, 0.5));
    std::printf("sort_p50_ms: %.2f\n", percentile(sortMs, 0.5));
    std::printf("finding_changes: %zu\n", findingMs.size());
    std::printf("finding_p50_ms: %.2f\n", percentile(findingMs, 0.5));
    std::printf("finding_p99_ms: %.2f\n", percentile(findingMs, 0.99));
    std::printf("json_path_changes: %zu\n", jsonMs.size());
    std::printf("json_path_p50_ms: %.2f\n", percentile(jsonMs, 0.5));
    std::printf("json_path_max_ms: %.2f\n", *std::max_element(jsonMs.begin(), jsonMs.end()));
    // The index's columns, dictionaries and seq map (its postings aside), per event (#16), and
    // what today's columns (organization, account, address, request) take of it.
    const double events = std::max(1.0, double(index->size()));
    std::printf("index_bytes_per_event: %.1f\n", double(index->memoryBytes()) / events);
    std::printf("index_today_bytes_per_event: %.1f\n",
                double(index->organizationColumn().memoryBytes() +
                       index->accountColumn().memoryBytes() + index->ipColumn().memoryBytes() +
                       qint64(index->ipKeys().capacity() + index->requestColumn().capacity() * 8)) /
                    events);
    std::printf("rss_mib: %.1f\n", statusMib("VmHWM"));
    std::printf("rss_anon_mib: %.1f\n", statusMib("RssAnon"));
    return sink == -1 ? 1 : 0;
}
