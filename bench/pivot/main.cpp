// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// auditlens-bench-pivot CASE [ROUNDS]: opens a case in the main window (run it with
// QT_QPA_PLATFORM=offscreen) and, for events spread over the case, times Events Around This One
// (±1 minute, ±10 minutes, ±1 hour in turn) from the pivot until the focal event's row is
// current, selected, inside the table's viewport and its cells there filled in, then goes Back.
// Settings go to a temporary folder; the case is opened read-only. Prints `name: value` lines.

#include "eventnavigator.h"
#include "eventtableview.h"
#include "itemmodels/eventtablemodel.h"
#include "mainwindow.h"
#include "session/casesession.h"

#include "benchstats.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QItemSelectionModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <cstdio>
#include <functional>
#include <vector>

using namespace auditlens;

namespace {

using auditlens::bench::percentile;

// Spins the event loop until done() holds or timeoutMs passes; false on the timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// Whether every cell of row that the viewport shows has its text (not the "…" of a row still
// being fetched).
bool shownInFull(const EventTableView *table, int row)
{
    const QString fetching = QStringLiteral("…");
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        const int x = table->columnViewportPosition(c);
        if (table->isColumnHidden(c) || x >= table->viewport()->width() ||
            x + table->columnWidth(c) <= 0)
            continue;
        if (table->model()->index(row, c).data().toString() == fetching)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 256 << 20); // as the GUI does
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
#endif
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("auditlens-bench-pivot"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: auditlens-bench-pivot CASE [ROUNDS]\n");
        return 2;
    }
    const int rounds = argc > 2 ? std::max(3, atoi(argv[2])) : 30;
    MainWindow window;
    window.setErrorHandler(
        [](const QString &message) { std::fprintf(stderr, "error: %s\n", qPrintable(message)); });
    window.resize(1400, 900);
    window.show();
    CaseSession *session = window.session();
    EventTableModel *model = window.tableModel();
    EventTableView *table = window.table();
    EventNavigator *navigator = window.navigator();
    QElapsedTimer clock;
    clock.start();
    bool resulted = false;
    QObject::connect(session, &CaseSession::resultReady, &app, [&] { resulted = true; });
    window.openPath(QString::fromLocal8Bit(argv[1]));
    if (!waitFor([&] { return resulted && session->isOpen(); }, 600000)) {
        std::fprintf(stderr, "the case did not open\n");
        return 1;
    }
    const int total = model->rowCount();
    std::printf("open_ms: %lld\nevents: %d\n", qint64(clock.elapsed()), total);

    constexpr qint64 minute = 60LL * 1000000000LL;
    const qint64 spans[] = {minute, 10 * minute, 60 * minute};
    std::vector<double> times[3];
    std::vector<double> all;
    int rowsAround[3] = {0, 0, 0};
    for (int i = 0; i < rounds; ++i) {
        // Focal events spread over the whole case, the table scrolled to one of them.
        const int row = int((qint64(total) * (2 * i + 1)) / (2 * rounds));
        table->goToRow(row);
        const qint64 seq = model->seqAt(row);
        waitFor([] { return false; }, 20); // let the table settle
        const int which = i % 3;
        resulted = false;
        clock.restart();
        navigator->showEventsAround(seq, spans[which]);
        const bool landed = waitFor(
            [&] {
                if (!resulted || navigator->currentSeq() != seq)
                    return false;
                const QModelIndex current = table->currentIndex();
                const QRect cell = table->visualRect(current);
                return table->selectionModel()->isRowSelected(current.row(), QModelIndex()) &&
                       cell.top() >= 0 && cell.bottom() < table->viewport()->height() &&
                       shownInFull(table, current.row());
            },
            30000);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (!landed) {
            const QModelIndex current = table->currentIndex();
            std::fprintf(stderr,
                         "round %d: the focal event did not land (result %d, current %lld, "
                         "focal %lld at row %d, filled in %d, y %d of %d, filter %s)\n",
                         i, int(resulted), navigator->currentSeq(), seq, model->rowOfSeq(seq),
                         int(shownInFull(table, current.row())), table->visualRect(current).top(),
                         table->viewport()->height(), qPrintable(session->filter().describe()));
            return 1;
        }
        QCoreApplication::processEvents(); // the frame that shows it
        times[which].push_back(ms);
        all.push_back(ms);
        rowsAround[which] = std::max(rowsAround[which], model->rowCount());
        resulted = false;
        navigator->back();
        waitFor([&] { return resulted; }, 30000);
    }
    const char *names[] = {"1min", "10min", "1h"};
    for (int w = 0; w < 3; ++w) {
        std::printf("around_%s_p50_ms: %.1f\naround_%s_max_ms: %.1f\naround_%s_max_rows: %d\n",
                    names[w], percentile(times[w], 0.5), names[w],
                    *std::max_element(times[w].begin(), times[w].end()), names[w], rowsAround[w]);
    }
    std::printf("around_p50_ms: %.1f\naround_p99_ms: %.1f\naround_max_ms: %.1f\nrounds: %d\n",
                percentile(all, 0.5), percentile(all, 0.99),
                *std::max_element(all.begin(), all.end()), rounds);
    return 0;
}
