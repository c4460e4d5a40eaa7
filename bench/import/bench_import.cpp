// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// auditlens-bench-import: how fast `auditlens-cli import` turns an export into a case, against
// SQLite's own plain CSV import of the same file, measured in the same run with the two
// alternating. Prints `name: value` lines.
//
//   auditlens-bench-import [--rows N] [--rounds R] [--file EXPORT.csv] [--second EXPORT.csv]
//                          [--no-add]
//
// Without --file it writes a realistic export of N rows (default 1,000,000, about 900 MB) with
// scripts/gen_audit.py into a temporary folder. Each round also adds a second export (--second,
// else another generated one of N rows) to the case the first made, and imports that second
// export into an empty case: a review adds export after export, and adding to a case of a
// million events should cost little more than starting afresh (add_ratio).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Timing
{
    double seconds = 0;
    long maxRssKib = 0;
    int exitCode = -1;
};

// Runs a program with its output discarded; wall time and the child's peak resident set.
Timing run(const QStringList &command)
{
    std::vector<QByteArray> args;
    for (const QString &a : command)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        FILE *devnull = std::fopen("/dev/null", "w");
        if (devnull) {
            dup2(fileno(devnull), STDOUT_FILENO);
            dup2(fileno(devnull), STDERR_FILENO);
        }
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage = {};
    wait4(pid, &status, 0, &usage);
    Timing t;
    t.seconds = double(timer.nsecsElapsed()) / 1e9;
    t.maxRssKib = usage.ru_maxrss;
    t.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return t;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void print(const char *name, double value, int decimals = 3)
{
    std::printf("%s: %.*f\n", name, decimals, value);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import speed against sqlite3 .import"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("rows to generate"),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("runs of each"), QStringLiteral("R"),
                      QStringLiteral("3")});
    parser.addOption(
        {QStringLiteral("file"), QStringLiteral("use this export"), QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("second"), QStringLiteral("the export to add to the case"),
                      QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("no-add"), QStringLiteral("skip adding a second export")});
    parser.process(app);

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/auditlens-bench-XXXXXX"));
    QString file = parser.value(QStringLiteral("file"));
    if (file.isEmpty()) {
        file = dir.filePath(QStringLiteral("export.csv"));
        std::fprintf(stderr, "generating %s rows...\n",
                     qPrintable(parser.value(QStringLiteral("rows"))));
        const Timing gen = run({QStringLiteral("python3"),
                                QStringLiteral(AUDITLENS_SOURCE_DIR "/scripts/gen_audit.py"), file,
                                QStringLiteral("--rows"), parser.value(QStringLiteral("rows")),
                                QStringLiteral("--bad"), QStringLiteral("100"),
                                QStringLiteral("--manifest"), file + QStringLiteral(".json")});
        if (gen.exitCode != 0) {
            std::fprintf(stderr, "error: the generator failed\n");
            return 1;
        }
    }
    const bool add = !parser.isSet(QStringLiteral("no-add"));
    QString second = parser.value(QStringLiteral("second"));
    if (add && second.isEmpty()) {
        second = dir.filePath(QStringLiteral("second.csv"));
        std::fprintf(stderr, "generating a second export...\n");
        const Timing gen =
            run({QStringLiteral("python3"),
                 QStringLiteral(AUDITLENS_SOURCE_DIR "/scripts/gen_audit.py"), second,
                 QStringLiteral("--rows"), parser.value(QStringLiteral("rows")),
                 QStringLiteral("--seed"), QStringLiteral("2")});
        if (gen.exitCode != 0) {
            std::fprintf(stderr, "error: the generator failed\n");
            return 1;
        }
    }
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    std::printf("file: %s\n", qPrintable(file));
    print("file_mib", double(QFileInfo(file).size()) / (1 << 20), 1);

    std::vector<double> ours, theirs, into, fresh;
    long peakKib = 0;
    for (int round = 0; round < rounds; ++round) {
        const QString caseFile = dir.filePath(QStringLiteral("case.auditlens"));
        const QString db = dir.filePath(QStringLiteral("plain.sqlite"));
        QFile::remove(caseFile);
        QFile::remove(db);
        const Timing a =
            run({QStringLiteral(AUDITLENS_CLI), QStringLiteral("import"), caseFile, file});
        if (a.exitCode != 0) {
            std::fprintf(stderr, "error: auditlens-cli import failed\n");
            return 1;
        }
        const Timing b =
            run({QStringLiteral("sqlite3"), db, QStringLiteral(".import --csv %1 t").arg(file)});
        if (b.exitCode < 0) {
            std::fprintf(stderr, "error: sqlite3 is missing (apt-get install sqlite3)\n");
            return 1;
        }
        ours.push_back(a.seconds);
        theirs.push_back(b.seconds);
        if (add) {
            // The same export into the case just made and into an empty one, alternating.
            const QString empty = dir.filePath(QStringLiteral("empty.auditlens"));
            QFile::remove(empty);
            const Timing e =
                run({QStringLiteral(AUDITLENS_CLI), QStringLiteral("import"), empty, second});
            const Timing i =
                run({QStringLiteral(AUDITLENS_CLI), QStringLiteral("import"), caseFile, second});
            if (e.exitCode != 0 || i.exitCode != 0) {
                std::fprintf(stderr, "error: adding the second export failed\n");
                return 1;
            }
            QFile::remove(empty);
            fresh.push_back(e.seconds);
            into.push_back(i.seconds);
            std::fprintf(stderr,
                         "round %d: second export into an empty case %.2f s, added %.2f s\n",
                         round + 1, e.seconds, i.seconds);
        }
        peakKib = std::max(peakKib, a.maxRssKib);
        std::fprintf(stderr, "round %d: auditlens %.2f s, sqlite3 %.2f s\n", round + 1, a.seconds,
                     b.seconds);
    }
    const double a = median(ours);
    const double b = median(theirs);
    print("auditlens_import_s", a);
    print("sqlite3_import_s", b);
    print("ratio", a / b);
    print("peak_rss_mib", double(peakKib) / 1024, 1);
    std::printf("bar_ratio_le_0.6: %s\n", a / b <= 0.6 ? "met" : "missed");
    std::printf("bar_rss_le_250_mib: %s\n", peakKib <= 250 * 1024 ? "met" : "missed");
    if (add) {
        const double i = median(into), e = median(fresh);
        print("add_into_case_s", i);
        print("add_empty_case_s", e);
        print("add_ratio", i / e);
        std::printf("bar_add_ratio_le_1.2: %s\n", i / e <= 1.2 ? "met" : "missed");
    }
    return 0;
}
