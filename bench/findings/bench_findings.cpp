// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// auditlens-bench-findings CASE [RUNS]: how long the shipped findings rules take over a case.
// The case is opened read-only and left as it is. Prints, as "name: value":
//   events, and each rule's hits;
//   evaluate_ms_min / _median: every shipped rule, one evaluation (the whole engine);
//   keep_temp_ms: the hits written to this connection's temporary tables (as a read-only case
//   keeps them; a writable case writes the same rows to the file);
//   current_check_ms: the check a case with findings kept costs when it opens.

#include "benchstats.h"

#include "catalogue/actioncatalogue.h"
#include "catalogue/rulebook.h"
#include "findings/findingsengine.h"
#include "findings/findingskeeper.h"
#include "findings/shippedfindings.h"
#include "store/casestore.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace auditlens;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: auditlens-bench-findings CASE [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    CaseStore store;
    QString error;
    if (!store.open(QString::fromLocal8Bit(argv[1]), CaseStore::Mode::ReadOnly, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const RuleList &rules = ShippedFindings::rules();
    std::printf("events: %lld\nrules: %lld\n",
                SqliteStatement::scalar(store.handle(), "SELECT count(*) FROM events"),
                qint64(rules.size()));
    std::vector<double> times;
    FindingsList found;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto result =
            FindingsEngine::evaluate(store.handle(), rules, ShippedFindings::knows(), &error);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!result) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        found = *result;
    }
    for (const RuleFindings &r : found)
        std::printf("hits %s: %lld\n", qPrintable(r.rule.id), r.count());
    std::printf("evaluate_ms_min: %.1f\nevaluate_ms_median: %.1f\n", bench::percentile(times, 0),
                bench::percentile(times, 0.5));
    QElapsedTimer t;
    t.start();
    if (!FindingsKeeper::refresh(store, rules, ShippedFindings::knows(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("refresh_with_keep_temp_ms: %.1f\n", double(t.nsecsElapsed()) / 1e6);
    std::vector<double> checks;
    for (int i = 0; i < 5; ++i) {
        t.restart();
        const bool current = FindingsKeeper::isCurrent(store.handle(), rules);
        checks.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!current) {
            std::fprintf(stderr, "the findings just kept are not current\n");
            return 1;
        }
    }
    std::printf("current_check_ms_median: %.2f\n", bench::percentile(checks, 0.5));
    return 0;
}
