// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The manual pages and the bash completion against what the programs say of themselves: every
// command and option `auditlens-cli --help` names is completed, accepted by its command and in
// the manual, and neither the completion nor a manual names one that --help does not.

#include "packagedfiles.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace auditlens;

namespace {
// What a usage text says: its commands, and the options each takes.
struct Usage
{
    QStringList commands;
    QHash<QString, QSet<QString>> options;
};

// The lines "  auditlens-cli COMMAND ..." (continued on indented lines) name a command and its
// options; a "FILTER:" paragraph lists the options of each command whose line says FILTER.
Usage parseUsage(const QString &text)
{
    static const QRegularExpression commandLine(
        QStringLiteral("^\\s*auditlens-cli\\s+([a-z][a-z-]*)"));
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*"));
    const QString filter = QStringLiteral("FILTER");
    Usage usage;
    QSet<QString> filtered;
    QString current;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QString rest = line;
        const QRegularExpressionMatch match = commandLine.match(line);
        if (match.hasMatch()) {
            current = match.captured(1);
            usage.commands << current;
            rest = line.mid(match.capturedEnd());
        } else if (line.startsWith(filter + QLatin1Char(':'))) {
            current = filter;
        } else if (!line.startsWith(QLatin1Char(' '))) {
            current.clear();
        }
        if (current.isEmpty())
            continue;
        if (current != filter && rest.contains(filter))
            filtered << current;
        auto it = option.globalMatch(rest);
        while (it.hasNext())
            usage.options[current] << it.next().captured();
    }
    for (const QString &command : std::as_const(filtered))
        usage.options[command] += usage.options.value(filter);
    usage.options.remove(filter);
    return usage;
}

// The --options a text names.
QSet<QString> optionsIn(const QString &text)
{
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*"));
    QSet<QString> found;
    auto it = option.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured();
    return found;
}

// A manual page as a reader sees its words: comments dropped, escapes undone.
QString pageText(const QByteArray &page)
{
    QStringList lines;
    for (const QString &line : QString::fromUtf8(page).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String(".\\\"")))
            lines << line;
    }
    QString text = lines.join(QLatin1Char('\n'));
    static const QRegularExpression font(QStringLiteral("\\\\f[BIRP]"));
    text.remove(font);
    text.remove(QStringLiteral("\\&"));
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    text.replace(QStringLiteral("\\e"), QStringLiteral("\\"));
    return text;
}

QString sorted(QSet<QString> set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1Char(' '));
}
} // namespace

class TestCliDocs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void completionOffersTheCommands();
    void completionOffersEachCommandsOptions_data();
    void completionOffersEachCommandsOptions();
    void commandTakesEachOption_data();
    void commandTakesEachOption();
    void completedProgramOptionsWork();
    void manualShowsTheHelp_data();
    void manualShowsTheHelp();
    void manualDescribesEachCommand();

private:
    QStringList complete(const QStringList &words);
    // The program's --help as a user reads it, its path shortened to its name.
    static QString help(const QString &program);

    PackagedFiles m_files;
    Usage m_usage;
};

QString TestCliDocs::help(const QString &program)
{
    const PackagedFiles::Run run = PackagedFiles::run(program, {QStringLiteral("--help")});
    if (run.exitCode != 0)
        return {};
    // auditlens-cli writes its usage on stderr, the GUI on stdout.
    QString text = QString::fromUtf8(run.out.isEmpty() ? run.err : run.out);
    text.replace(program, program.mid(program.lastIndexOf(QLatin1Char('/')) + 1));
    return text.trimmed();
}

QStringList TestCliDocs::complete(const QStringList &words)
{
    // The function is the one the file registers for auditlens-cli, called as bash would.
    const QString script = QStringLiteral(
        "source \"$1\" || exit 3; shift\n"
        "function=$(complete -p auditlens-cli | sed -n 's/.*-F \\([^ ]*\\).*/\\1/p')\n"
        "[ -n \"$function\" ] || exit 4\n"
        "COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}\n"
        "\"$function\" auditlens-cli \"${COMP_WORDS[COMP_CWORD]}\" "
        "\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
    const PackagedFiles::Run run = PackagedFiles::run(
        QStringLiteral("bash"), QStringList{QStringLiteral("--norc"), QStringLiteral("-c"), script,
                                            QStringLiteral("bash"), m_files.completion()} +
                                    words);
    if (run.exitCode != 0)
        return {QStringLiteral("<bash failed %1: %2>")
                    .arg(run.exitCode)
                    .arg(QString::fromUtf8(run.err))};
    return QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestCliDocs::initTestCase()
{
    QVERIFY2(QFile::exists(m_files.cli()), qPrintable(m_files.cli()));
    m_usage = parseUsage(help(m_files.cli()));
    // The parse itself must find what a reader sees, or every comparison below would be empty.
    QVERIFY2(m_usage.commands.size() >= 5, qPrintable(m_usage.commands.join(QLatin1Char(' '))));
    for (const QString &command : std::as_const(m_usage.commands))
        QVERIFY2(!m_usage.options.value(command).isEmpty(), qPrintable(command));
}

void TestCliDocs::completionOffersTheCommands()
{
    const QStringList offered = complete({QStringLiteral("auditlens-cli"), QString()});
    QCOMPARE(sorted(QSet<QString>(offered.begin(), offered.end())),
             sorted(QSet<QString>(m_usage.commands.begin(), m_usage.commands.end())));
}

void TestCliDocs::completionOffersEachCommandsOptions_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &command : std::as_const(m_usage.commands))
        QTest::newRow(qPrintable(command)) << command;
}

void TestCliDocs::completionOffersEachCommandsOptions()
{
    QFETCH(QString, command);
    const QStringList offered = complete({QStringLiteral("auditlens-cli"), command,
                                          QStringLiteral("case.auditlens"), QStringLiteral("--")});
    QCOMPARE(sorted(QSet<QString>(offered.begin(), offered.end())),
             sorted(m_usage.options.value(command)));
}

void TestCliDocs::commandTakesEachOption_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    for (const QString &command : std::as_const(m_usage.commands)) {
        for (const QString &option : m_usage.options.value(command))
            QTest::addRow("%s %s", qPrintable(command), qPrintable(option)) << command << option;
    }
}

void TestCliDocs::commandTakesEachOption()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    // How this command refuses an option it does not know, in whatever words it uses.
    const QString bogus = QStringLiteral("no-such-option");
    const QByteArray refusal =
        PackagedFiles::run(m_files.cli(), {command, QStringLiteral("--") + bogus}).err;
    const qsizetype at = refusal.indexOf(bogus.toUtf8());
    QVERIFY2(at >= 0, refusal.constData());
    const qsizetype start = refusal.lastIndexOf('\n', at) + 1;
    QByteArray unknown = refusal.mid(start, refusal.indexOf('\n', at) - start);
    unknown.replace(bogus.toUtf8(), option.mid(2).toUtf8());

    const PackagedFiles::Run run = PackagedFiles::run(m_files.cli(), {command, option});
    QVERIFY2(!run.err.contains(unknown), run.err.constData());
}

void TestCliDocs::completedProgramOptionsWork()
{
    const QStringList offered = complete({QStringLiteral("auditlens-cli"), QStringLiteral("--")});
    QVERIFY(offered.contains(QStringLiteral("--help")));
    for (const QString &option : offered) {
        const PackagedFiles::Run run = PackagedFiles::run(m_files.cli(), {option});
        QVERIFY2(run.exitCode == 0, qPrintable(option));
        QVERIFY2(!QByteArray(run.out + run.err).trimmed().isEmpty(), qPrintable(option));
    }
}

void TestCliDocs::manualShowsTheHelp_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("auditlens-cli") << m_files.cli();
    if (!m_files.gui().isEmpty())
        QTest::newRow("auditlens") << m_files.gui();
}

void TestCliDocs::manualShowsTheHelp()
{
    QFETCH(QString, program);
    const QString name = program.mid(program.lastIndexOf(QLatin1Char('/')) + 1);
    const QString page = pageText(PackagedFiles::read(m_files.manual(name)));
    QVERIFY2(!page.isEmpty(), qPrintable(m_files.manual(name)));
    const QString text = help(program);
    QVERIFY(!text.isEmpty());

    // Every line of --help, as it is.
    const QStringList pageLines = page.split(QLatin1Char('\n'));
    for (const QString &line : text.split(QLatin1Char('\n')))
        QVERIFY2(pageLines.contains(line), qPrintable(QStringLiteral("missing: ") + line));
    // No option that --help does not name, not even in the prose and the examples.
    const QSet<QString> stale = optionsIn(page) - optionsIn(text);
    QVERIFY2(stale.isEmpty(), qPrintable(sorted(stale)));
    // The release it documents.
    const QString version =
        QString::fromUtf8(PackagedFiles::run(m_files.cli(), {QStringLiteral("--version")}).out)
            .trimmed()
            .section(QLatin1Char(' '), -1);
    QVERIFY(!version.isEmpty());
    QVERIFY2(page.contains(QStringLiteral("\"AuditLens %1\"").arg(version)), qPrintable(version));
}

void TestCliDocs::manualDescribesEachCommand()
{
    // The description gives each command a paragraph that opens with its name in bold, and no
    // paragraph to a command that is gone.
    const QString page =
        pageText(PackagedFiles::read(m_files.manual(QStringLiteral("auditlens-cli"))));
    QVERIFY(!page.isEmpty());
    static const QRegularExpression bold(QStringLiteral("^\\.B ([a-z][a-z-]*)$"),
                                         QRegularExpression::MultilineOption);
    QSet<QString> described;
    auto it = bold.globalMatch(page);
    while (it.hasNext())
        described << it.next().captured(1);
    described.remove(QStringLiteral("auditlens-cli")); // the program's own name is bold too
    QCOMPARE(sorted(described),
             sorted(QSet<QString>(m_usage.commands.begin(), m_usage.commands.end())));
}

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_clidocs.moc"
