// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// auditlens-bench-export: how fast `auditlens-cli export --format csv` writes every event of a
// case in its original shape, against `sqlite3 -csv CASE 'SELECT ...' > FILE` selecting the same
// columns of the same rows in the same order, the two alternating in one run; then the time of
// an HTML and a PDF report of 10,000 events. Prints `name: value` lines.
//
//   auditlens-bench-export [--rows N] [--rounds R] [--case CASE | --file EXPORT.csv] [--keep DIR]
//
// Without --case or --file it writes an export of N rows (default 1,000,000, about 900 MB) with
// scripts/gen_audit.py into a temporary folder and imports it with auditlens-cli.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Timing
{
    double seconds = 0;
    double cpuSeconds = 0; // user + system of the child
    long maxRssKib = 0;
    int exitCode = -1;
};

// Runs a program, its standard output to outputFile (or discarded); wall and CPU time.
Timing run(const QStringList &command, const QString &outputFile = {})
{
    std::vector<QByteArray> args;
    for (const QString &a : command)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray out =
        outputFile.isEmpty() ? QByteArray("/dev/null") : outputFile.toLocal8Bit();
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int fd = open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int devnull = open("/dev/null", O_WRONLY);
        if (fd >= 0)
            dup2(fd, STDOUT_FILENO);
        if (devnull >= 0)
            dup2(devnull, STDERR_FILENO);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage = {};
    wait4(pid, &status, 0, &usage);
    Timing t;
    t.seconds = double(timer.nsecsElapsed()) / 1e9;
    t.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                   double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    t.maxRssKib = usage.ru_maxrss;
    t.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return t;
}

QByteArray capture(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(-1);
    return p.readAllStandardOutput();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void print(const char *name, double value, const char *unit = "")
{
    std::printf("%s: %.3f%s\n", name, value, unit);
    std::fflush(stdout);
}

int fail(const char *what)
{
    std::fprintf(stderr, "error: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("rows"), QStringLiteral("rows to generate"),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("alternating rounds"),
                      QStringLiteral("R"), QStringLiteral("3")});
    parser.addOption(
        {QStringLiteral("case"), QStringLiteral("an existing case"), QStringLiteral("CASE")});
    parser.addOption({QStringLiteral("file"), QStringLiteral("an existing audit-log export"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("work in DIR and keep the files"),
                      QStringLiteral("DIR")});
    parser.process(app);

    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep"))
                                                             : temporary.path();
    QDir().mkpath(dir);
    const QString cli = QStringLiteral(AUDITLENS_CLI);
    QString casePath = parser.value(QStringLiteral("case"));
    if (casePath.isEmpty()) {
        QString source = parser.value(QStringLiteral("file"));
        if (source.isEmpty()) {
            source = dir + QStringLiteral("/audit.csv");
            const Timing gen =
                run({QStringLiteral("python3"),
                     QStringLiteral(AUDITLENS_SOURCE_DIR "/scripts/gen_audit.py"), source,
                     QStringLiteral("--rows"), parser.value(QStringLiteral("rows"))});
            if (gen.exitCode != 0)
                return fail("the generator failed");
            print("generate_seconds", gen.seconds, " s");
        }
        casePath = dir + QStringLiteral("/bench.auditlens");
        QFile::remove(casePath);
        const Timing import = run({cli, QStringLiteral("import"), casePath, source});
        if (import.exitCode != 0)
            return fail("the import failed");
        print("import_seconds", import.seconds, " s");
    }
    const qint64 events =
        capture(cli, {QStringLiteral("query"), casePath, QStringLiteral("--count")})
            .trimmed()
            .toLongLong();
    std::printf("events: %lld\n", events);
    std::printf("case_bytes: %lld\n", QFileInfo(casePath).size());

    // The same columns (the audit-log columns in CircleCI's order, each cell's stored text),
    // the same rows, the same order as the export.
    const QString select = QStringLiteral(
        "SELECT a.name AS action, e.actor_json AS actor, e.target_json AS target, e.payload,"
        " e.occurred_at, e.metadata, e.event_id AS id, e.version, e.scope_json AS scope,"
        " e.success_text AS success, e.request FROM events AS e"
        " JOIN actions AS a ON a.id = e.action_id"
        " ORDER BY e.occurred_ns IS NULL, e.occurred_ns, e.source_id, e.line");
    const QString ours = dir + QStringLiteral("/ours.csv");
    const QString theirs = dir + QStringLiteral("/sqlite3.csv");
    std::vector<double> oursWall, theirsWall, oursCpu, theirsCpu;
    long oursRss = 0;
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    for (int round = 0; round < rounds; ++round) {
        QFile::remove(ours);
        const Timing a = run({cli, QStringLiteral("export"), casePath, QStringLiteral("--format"),
                              QStringLiteral("csv"), QStringLiteral("--output"), ours});
        if (a.exitCode != 0)
            return fail("auditlens-cli export failed");
        const Timing b = run({QStringLiteral("sqlite3"), QStringLiteral("-csv"),
                              QStringLiteral("-header"), casePath, select},
                             theirs);
        if (b.exitCode != 0)
            return fail("sqlite3 failed (is the Debian package sqlite3 installed?)");
        oursWall.push_back(a.seconds);
        theirsWall.push_back(b.seconds);
        oursCpu.push_back(a.cpuSeconds);
        theirsCpu.push_back(b.cpuSeconds);
        oursRss = std::max(oursRss, a.maxRssKib);
        std::printf("round_%d: export %.3f s, sqlite3 %.3f s\n", round + 1, a.seconds, b.seconds);
    }
    print("export_csv_seconds", median(oursWall), " s");
    print("sqlite3_csv_seconds", median(theirsWall), " s");
    print("ratio", median(oursWall) / median(theirsWall));
    print("export_csv_cpu_seconds", median(oursCpu), " s");
    print("sqlite3_csv_cpu_seconds", median(theirsCpu), " s");
    print("cpu_ratio", median(oursCpu) / median(theirsCpu));
    print("export_peak_rss_mib", double(oursRss) / 1024.0, " MiB");
    std::printf("export_csv_bytes: %lld\n", QFileInfo(ours).size());
    std::printf("sqlite3_csv_bytes: %lld\n", QFileInfo(theirs).size());
    QFile::remove(theirs);

    // A report of the first 10,000 events in time order: --to the 10,000th event's time.
    const QByteArray to = capture(QStringLiteral("sqlite3"),
                                  {casePath, QStringLiteral("SELECT occurred_at FROM events WHERE"
                                                            " occurred_ns IS NOT NULL ORDER BY"
                                                            " occurred_ns LIMIT 1 OFFSET 9999")})
                              .trimmed();
    for (const char *format : {"html", "pdf"}) {
        const QString report = dir + QStringLiteral("/report.") + QLatin1String(format);
        QStringList args{cli,
                         QStringLiteral("export"),
                         casePath,
                         QStringLiteral("--format"),
                         QLatin1String(format),
                         QStringLiteral("--output"),
                         report};
        if (!to.isEmpty())
            args << QStringLiteral("--to") << QString::fromUtf8(to);
        const Timing t = run(args);
        if (t.exitCode != 0)
            return fail("the report export failed");
        QByteArray count = capture(cli, {QStringLiteral("query"), casePath, QStringLiteral("--to"),
                                         QString::fromUtf8(to), QStringLiteral("--count")});
        std::printf("%s_report_events: %s\n", format, count.trimmed().constData());
        std::printf("%s_report_seconds: %.3f s\n", format, t.seconds);
        std::printf("%s_report_bytes: %lld\n", format, QFileInfo(report).size());
    }
    return 0;
}
