// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Cell text never drives the terminal: on a terminal the CLI writes control characters (escape
// sequences, bidi overrides) as visible escapes; into a pipe or a file it writes the bytes as
// read. Error messages on stderr are always escaped. Each command is run both ways: through a
// pseudo-terminal, as in an interactive shell, and through a pipe.

#include "robustness.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

using namespace auditlens::robustness;

namespace {
// An actor name that moves the cursor up a row and erases it, then returns to the line start.
const QByteArray kEraser = "bob\x1b[1A\x1b[2K\r";
// A C1 control sequence introducer, DEL and a bidi override.
const QByteArray kOthers = "x\xc2\x9b"
                           "2K\x7f\xe2\x80\xae"
                           "y";

// The CLI with stdout and stderr on a pseudo-terminal, as an interactive shell runs it. The
// terminal is raw, so the output arrives byte for byte (no \n turned into \r\n).
CliRun runOnTerminal(const QStringList &args)
{
    std::vector<QByteArray> strings{QByteArrayLiteral(AUDITLENS_CLI)};
    for (const QString &arg : args)
        strings.push_back(arg.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : strings)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    termios raw{};
    cfmakeraw(&raw);
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, &raw, nullptr);
    CliRun run;
    if (pid < 0)
        return run;
    if (pid == 0) {
        execv(argv[0], argv.data());
        _exit(127);
    }
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(master, buffer, sizeof buffer);
        if (n > 0)
            run.out.append(buffer, n);
        else if (n < 0 && errno == EINTR)
            continue;
        else
            break; // EIO once the child has closed its side
    }
    close(master);
    int status = 0;
    waitpid(pid, &status, 0);
    run.crashed = !WIFEXITED(status);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

QByteArray cell(const QByteArray &text)
{
    return '"' + QByteArray(text).replace('"', "\"\"") + '"';
}

// One event with the given actor name (in valid JSON, its controls as JSON escapes) and success
// text (a content problem quotes it).
QByteArray hostileRecord(int n, const QByteArray &actor, const QByteArray &success,
                         const QByteArray &action)
{
    const QByteArray id = QByteArray::number(n);
    QJsonObject actorObject;
    actorObject.insert(QStringLiteral("id"), QString(QStringLiteral("u") + QString::number(n)));
    actorObject.insert(QStringLiteral("type"), QStringLiteral("user"));
    actorObject.insert(QStringLiteral("name"), QString::fromUtf8(actor));
    return cell(action) + ',' + cell(QJsonDocument(actorObject).toJson(QJsonDocument::Compact)) +
           ',' + cell(R"({"id":"t1","type":"project","name":"web\u202e"})") + ",{}," +
           "2026-03-01T10:00:0" + id + "Z,{},e" + id + ",1,{}," + cell(success) + ",{}\n";
}
} // namespace

class TestTerminalOutput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importProblemLines();
    void queryOutput_data();
    void queryOutput();
    void statsAndProblems_data();
    void statsAndProblems();
    void errorsAreAlwaysEscaped();

private:
    QString writeSource(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_source;
    QString m_case;
};

QString TestTerminalOutput::writeSource(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    return writeFile(path, bytes) ? path : QString();
}

void TestTerminalOutput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The JSON texts hold the controls raw (JSON would escape them; a hostile export need not).
    QByteArray bytes = csvHeader();
    bytes += hostileRecord(1, "alice", "true", "project.settings.update");
    bytes += hostileRecord(2, kEraser, "maybe" + kEraser, "context.secrets.accessed");
    bytes += hostileRecord(3, kOthers, "true", "context.env_var.store" + kOthers);
    m_source = writeSource(QStringLiteral("hostile.csv"), bytes);
    m_case = m_dir.filePath(QStringLiteral("hostile.auditlens"));
    const CliRun run = runCli({QStringLiteral("import"), m_case, m_source});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

// What the terminal receives holds no control character but line feeds; the escapes are there
// to read instead.
void verifyEscaped(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        QVERIFY2(
            u >= 0x20 || c == '\n',
            qPrintable(
                QStringLiteral("control %1 in: %2").arg(int(u)).arg(QString::fromUtf8(bytes))));
        QVERIFY(u != 0x7f);
    }
    const QString text = QString::fromUtf8(bytes);
    for (const QChar c : text)
        QVERIFY2(!(c.unicode() >= 0x80 && c.unicode() <= 0x9f) &&
                     !(c.unicode() >= 0x202a && c.unicode() <= 0x202e),
                 qPrintable(text));
}

void TestTerminalOutput::importProblemLines()
{
    const QString onTerminal = m_dir.filePath(QStringLiteral("terminal.auditlens"));
    const CliRun terminal = runOnTerminal({QStringLiteral("import"), onTerminal, m_source});
    QCOMPARE(terminal.exitCode, 0);
    verifyEscaped(terminal.out);
    // The problem line quotes the success cell, escapes and all, visibly.
    QVERIFY2(terminal.out.contains("maybebob\\u001b[1A\\u001b[2K\\u000d"),
             terminal.out.constData());

    const QString inPipe = m_dir.filePath(QStringLiteral("pipe.auditlens"));
    const CliRun pipe = runCli({QStringLiteral("import"), inPipe, m_source});
    QCOMPARE(pipe.exitCode, 0);
    QVERIFY(pipe.out.contains(QByteArray("maybe" + kEraser)));
}

void TestTerminalOutput::queryOutput_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("table") << QStringLiteral("table");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
}

void TestTerminalOutput::queryOutput()
{
    QFETCH(QString, format);
    const QStringList args = {QStringLiteral("query"), m_case, QStringLiteral("--format"), format};
    const CliRun terminal = runOnTerminal(args);
    QCOMPARE(terminal.exitCode, 0);
    verifyEscaped(terminal.out);
    QCOMPARE(terminal.out.count('\n'), format == QLatin1String("jsonl") ? 3 : 4);
    if (format == QLatin1String("jsonl")) {
        // JSON's own escapes: still one valid JSON object per line, with the same text.
        for (const QByteArray &line : terminal.out.trimmed().split('\n'))
            QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
        QVERIFY(terminal.out.contains("\\u001b[1A\\u001b[2K\\r") ||
                terminal.out.contains("\\u001b[1A\\u001b[2K\\u000d"));
    } else {
        QVERIFY2(terminal.out.contains("bob\\u001b[1A\\u001b[2K\\u000d"), terminal.out.constData());
        QVERIFY(terminal.out.contains("x\\u009b2K\\u007f\\u202ey"));
        QVERIFY(terminal.out.contains("web\\u202e"));
    }
    if (format == QLatin1String("table")) // a human's view: lookalike names marked
        QVERIFY(terminal.out.contains("⚠ bob\\u001b"));

    const CliRun pipe = runCli(args);
    QCOMPARE(pipe.exitCode, 0);
    if (format == QLatin1String("jsonl")) {
        QVERIFY(pipe.out.contains("\\u001b[1A"));
        QVERIFY(pipe.out.contains(kOthers.mid(0, 3))); // C1 and bidi as the bytes
    } else {
        QVERIFY(pipe.out.contains(kEraser));
        QVERIFY(pipe.out.contains(kOthers));
    }
}

void TestTerminalOutput::statsAndProblems_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("escaped");
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("stats") << QStringLiteral("stats")
                           << QByteArray("context.env_var.storex\\u009b2K\\u007f\\u202ey")
                           << QByteArray("context.env_var.store" + kOthers);
    QTest::newRow("problems") << QStringLiteral("problems")
                              << QByteArray("maybebob\\u001b[1A\\u001b[2K\\u000d")
                              << QByteArray("maybe" + kEraser);
}

void TestTerminalOutput::statsAndProblems()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, escaped);
    QFETCH(QByteArray, raw);
    const CliRun terminal = runOnTerminal({command, m_case});
    QCOMPARE(terminal.exitCode, 0);
    verifyEscaped(terminal.out);
    QVERIFY2(terminal.out.contains(escaped), terminal.out.constData());
    const CliRun pipe = runCli({command, m_case});
    QCOMPARE(pipe.exitCode, 0);
    QVERIFY2(pipe.out.contains(raw), pipe.out.constData());
}

// A message is read, not processed: escaped on stderr whatever stderr is.
void TestTerminalOutput::errorsAreAlwaysEscaped()
{
    const QString source = writeSource(QStringLiteral("not-audit.csv"),
                                       "name\x1b]0;owned\x07,value\xe2\x80\xae\nx,y\n");
    const QString casePath = m_dir.filePath(QStringLiteral("refused.auditlens"));
    const CliRun pipe = runCli({QStringLiteral("import"), casePath, source});
    QCOMPARE(pipe.exitCode, 1);
    QVERIFY(pipe.err.startsWith("error: "));
    QCOMPARE(pipe.err.count('\n'), 1);
    QVERIFY2(pipe.err.contains("name\\u001b]0;owned\\u0007, value\\u202e"), pipe.err.constData());
    verifyEscaped(pipe.err);
    const CliRun terminal = runOnTerminal({QStringLiteral("import"), casePath, source});
    QCOMPARE(terminal.exitCode, 1);
    verifyEscaped(terminal.out);
}

QTEST_GUILESS_MAIN(TestTerminalOutput)
#include "tst_terminaloutput.moc"
