// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// auditlens-bench-timeline CASE: the time the actor timeline's lanes add to a query, on the
// case's kept index with its findings: per filter, the index query and the lanes after it
// (p50 and p99 over the runs, milliseconds).

#include "benchstats.h"
#include "index/annotationmarks.h"
#include "index/eventindex.h"
#include "index/eventindexstorage.h"
#include "query/actorlanes.h"
#include "query/indexquery.h"
#include "store/casestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace auditlens;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: auditlens-bench-timeline CASE\n");
        return 2;
    }
    CaseStore store;
    QString error;
    if (!store.open(QString::fromLocal8Bit(argv[1]), CaseStore::Mode::ReadOnly, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    EventIndex index;
    if (!EventIndexStorage::load(store.handle(), &index)) {
        std::fprintf(stderr, "the case keeps no index\n");
        return 1;
    }
    auto loaded = std::make_shared<AnnotationMarks>();
    if (!AnnotationMarks::load(store.handle(), index, loaded.get(), &error))
        std::fprintf(stderr, "no marks: %s\n", qPrintable(error));
    IndexQuery query(index);
    const AnnotationMarksPtr marks = loaded;
    query.setAnnotationMarks(marks);
    ActorLaneCounter counter(index);
    std::printf("events: %u\nactors: %u\n", index.size(),
                index.dictionary(IndexField::Actor).size());

    struct Case
    {
        const char *name;
        Filter filter;
        SortSpec sort;
    };
    std::vector<Case> cases;
    cases.push_back({"all", Filter(), SortSpec()});
    cases.push_back({"all_by_actor", Filter(), SortSpec{EventColumn::Actor, false}});
    {
        Filter f;
        const qint64 span = index.maxTime() - index.minTime();
        f.hasFrom = f.hasTo = true;
        f.from = index.minTime() + span / 3;
        f.to = f.from + span / 10;
        cases.push_back({"tenth_of_time", f, SortSpec()});
    }
    {
        Filter f;
        f.success = SuccessFilter::Failed;
        cases.push_back({"failed", f, SortSpec()});
    }
    {
        Filter f;
        f[FilterField::Action].include = {QStringLiteral("context.*")};
        cases.push_back({"context_actions", f, SortSpec()});
    }
    constexpr int kRuns = 15;
    for (const Case &c : cases) {
        std::vector<double> queryMs, laneMs;
        size_t lanes = 0, events = 0;
        for (int run = 0; run < kRuns; ++run) {
            QElapsedTimer t;
            t.start();
            const QueryResult r = query.run(c.filter, c.sort);
            queryMs.push_back(double(t.nsecsElapsed()) / 1e6);
            t.restart();
            const ActorLanes l =
                counter.count(r.positions, r.histogram, {}, marks, ActorLaneCounter::kDefaultLanes,
                              &r.facets[int(IndexField::Actor)].all);
            laneMs.push_back(double(t.nsecsElapsed()) / 1e6);
            lanes = l.lanes.size();
            events = r.positions.size();
        }
        std::printf("%s: events %zu lanes %zu query_p50_ms %.2f lanes_p50_ms %.2f lanes_p99_ms "
                    "%.2f\n",
                    c.name, events, lanes, bench::percentile(queryMs, 0.5),
                    bench::percentile(laneMs, 0.5), bench::percentile(laneMs, 0.99));
    }
    return 0;
}
