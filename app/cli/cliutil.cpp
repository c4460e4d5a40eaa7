// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "cliutil.h"

#include "annotations/annotationstore.h"
#include "query/filterargs.h"
#include "text/nameinspection.h"
#include "text/visibletext.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace auditlens::cli {

bool stdoutIsTerminal()
{
    static const bool terminal = isatty(STDOUT_FILENO) == 1;
    return terminal;
}

void out(const QByteArray &bytes)
{
    if (stdoutIsTerminal()) {
        const QString text = QString::fromUtf8(bytes);
        const QByteArray safe = VisibleText::escapeControls(text, true).toUtf8();
        std::fwrite(safe.constData(), 1, size_t(safe.size()), stdout);
        return;
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void out(const QString &text)
{
    out(text.toUtf8());
}

QString shown(const QString &text)
{
    return stdoutIsTerminal() ? VisibleText::escapeControls(text) : text;
}

QString shownName(const QString &name)
{
    const NameInspection inspection(name);
    if (stdoutIsTerminal())
        return inspection.shown();
    return inspection.isSuspicious() ? NameInspection::marker() + QLatin1Char(' ') + name : name;
}

namespace {
void printError(const QString &message)
{
    const QString line = QCoreApplication::translate("auditlens-cli", "error: %1\n")
                             .arg(VisibleText::escapeControls(message));
    std::fputs(line.toUtf8().constData(), stderr);
}
} // namespace

int fatal(const QString &message)
{
    std::fflush(stdout);
    printError(message);
    return kFatal;
}

namespace {
QString usageText()
{
    return QCoreApplication::translate(
        "auditlens-cli",
        "usage:\n"
        "  auditlens-cli import CASE SOURCE... [--json] [--max-record-bytes N] "
        "[--map FILE.json]\n"
        "                [--author NAME]\n"
        "                (--map: which column of each CSV source fills which field, as in\n"
        "                {\"columns\": {\"occurred_at\": \"When\", \"id\": \"Event ID\"}};\n"
        "                JSON sources ignore it. The tags, stars and notes of an AuditLens\n"
        "                JSON Lines export come back with its events, the tags and stars\n"
        "                as --author's)\n"
        "  auditlens-cli query CASE [FILTER...] (--count | --format table|csv|jsonl) "
        "[--limit N]\n"
        "  auditlens-cli stats CASE [--json]\n"
        "  auditlens-cli problems CASE [--json]\n"
        "  auditlens-cli sources CASE [--json]\n"
        "  auditlens-cli remove-source CASE SOURCE [--json]\n"
        "  auditlens-cli export CASE --format csv|csv-flat|jsonl|html|pdf --output FILE "
        "[FILTER...]\n"
        "                [--no-safe] [--columns LIST] [--no-annotations] [--annotated] [--json]\n"
        "  auditlens-cli tag CASE TAG [FILTER...] [--remove] [--color #RRGGBB] "
        "[--description TEXT]\n"
        "                [--author NAME]\n"
        "  auditlens-cli star CASE [FILTER...] [--remove] [--author NAME]\n"
        "  auditlens-cli note CASE (--case | --id EVENT_ID | --seq N) [--remove] [TEXT] "
        "[--author NAME]\n"
        "  auditlens-cli annotations CASE [--json]\n"
        "  auditlens-cli view save CASE NAME [FILTER...] [--author NAME]\n"
        "  auditlens-cli view list CASE [--json]\n"
        "  auditlens-cli view delete CASE NAME [--author NAME]\n"
        "  auditlens-cli catalogue [--json]\n"
        "  auditlens-cli findings CASE [--json] [--rules FILE]\n"
        "                (--rules: a rules file that replaces the shipped rules for this run)\n"
        "  auditlens-cli rules (CASE | --default) [--json] [--disable ID] [--enable ID]\n"
        "                [--set ID PARAM=VALUE] [--reset ID] [--author NAME]\n"
        "                (the findings rules with where each setting came from: shipped, your\n"
        "                default or the case; the changes repeat, apply together, and refresh\n"
        "                the case's findings; a list value is written A,B,C)\n"
        "FILTER: --action A (repeatable, OR; context.* matches a family; - and . are "
        "one separator)\n"
        "        --actor X  --target X  --scope X  --org X  --account X (id or name, "
        "repeatable)\n"
        "        --ip ADDR|CIDR (repeatable; 10.0.0.0/8, 2001:db8::/32)  --request ID  "
        "--source SOURCE\n"
        "        --success true|false  --from TIME  --to TIME (ISO-8601, both "
        "inclusive)\n"
        "        --text S (substring of any field, payload included)  "
        "--duplicates any|exact|conflicting|none\n"
        "        --json-path PATH=VALUE (a value in a JSON cell, as in "
        "payload.project.slug=gh/acme/api;\n"
        "        repeatable, each must hold)  --not-json-path PATH=VALUE\n"
        "        --view NAME (a saved view's filter; the other options add to it)\n"
        "        --finding RULE_ID (repeatable, OR; the hits of a findings rule, * for any)\n");
}
} // namespace

int usage(const QString &message)
{
    if (!message.isEmpty())
        printError(message);
    std::fputs(usageText().toUtf8().constData(), stderr);
    return kUsage;
}

bool asksForHelp(const QStringList &args)
{
    // "--text -h" searches for "-h": a word that follows an option taking a value is that value.
    static const QStringList kFlags = {
        QStringLiteral("--json"),     QStringLiteral("--count"), QStringLiteral("--no-safe"),
        QStringLiteral("--remove"),   QStringLiteral("--case"),  QStringLiteral("--no-annotations"),
        QStringLiteral("--annotated")};
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--"))
            return false;
        if (arg != QLatin1String("--help") && arg != QLatin1String("-h"))
            continue;
        const QString &before = args.at(i - 1);
        const bool isValue = i > 1 && before.startsWith(QLatin1Char('-')) &&
                             !before.contains(QLatin1Char('=')) && !kFlags.contains(before);
        if (!isValue)
            return true;
    }
    return false;
}

int commandHelp(const QString &command)
{
    // The command's lines of the usage (with their continuation lines), and the FILTER lines
    // when it takes filters: what `auditlens-cli COMMAND --help` is asked for.
    const QStringList lines = usageText().split(QLatin1Char('\n'));
    const QString start = QStringLiteral("auditlens-cli %1 ").arg(command);
    QString text = lines.value(0) + QLatin1Char('\n');
    bool inCommand = false;
    bool found = false;
    bool filters = false;
    for (int i = 1; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.startsWith(QLatin1String("auditlens-cli ")))
            inCommand = trimmed.startsWith(start);
        else if (!lines.at(i).startsWith(QLatin1String("    ")))
            inCommand = false; // the FILTER block
        if (inCommand) {
            found = true;
            text += lines.at(i) + QLatin1Char('\n');
            filters = filters || trimmed.contains(QLatin1String("[FILTER...]"));
        }
    }
    if (!found)
        return usage(
            QCoreApplication::translate("auditlens-cli", "unknown command %1").arg(command));
    const int filterAt = usageText().indexOf(QLatin1String("\nFILTER:"));
    if (filters && filterAt > 0)
        text += usageText().mid(filterAt + 1);
    text +=
        QCoreApplication::translate("auditlens-cli", "See man auditlens-cli for every option.\n");
    out(text.toUtf8());
    return kOk;
}

void addCaseArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("case"),
                                 QCoreApplication::translate("auditlens-cli", "case file"));
}

int parseCaseArguments(QCommandLineParser &parser, const QStringList &args,
                       const QString &notOneCase)
{
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usage(notOneCase);
    return kOk;
}

void addFilterOptions(QCommandLineParser &parser)
{
    FilterArgs::addOptions(parser);
    parser.addOption({QStringLiteral("view"),
                      QCoreApplication::translate("auditlens-cli", "a saved view's filter"),
                      QStringLiteral("NAME")});
}

void addAuthorOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("author"),
                      QCoreApplication::translate(
                          "auditlens-cli", "who makes the change (default: the OS user name)"),
                      QStringLiteral("NAME")});
}

int readAuthor(const QCommandLineParser &parser, QString *author)
{
    *author = parser.value(QStringLiteral("author")).trimmed();
    if (parser.isSet(QStringLiteral("author")) && author->isEmpty())
        return usage(QCoreApplication::translate("auditlens-cli", "--author takes a name"));
    return kOk;
}

int applyView(QCommandLineParser &parser, const QStringList &args, QStringList *viewFilter)
{
    if (!parser.isSet(QStringLiteral("view")))
        return kOk;
    if (parser.values(QStringLiteral("view")).size() > 1)
        return usage(QCoreApplication::translate("auditlens-cli", "--view takes one view"));
    const QString name = parser.value(QStringLiteral("view"));
    CaseStore store;
    QString error;
    if (parser.positionalArguments().isEmpty())
        return kOk; // the command says what is missing
    if (!openCase(store, parser.positionalArguments().first(), &error))
        return fatal(error);
    const auto views = AnnotationStore(store).views(&error);
    if (!views)
        return fatal(error);
    const auto view = std::find_if(views->begin(), views->end(),
                                   [&](const SavedView &v) { return v.name == name; });
    if (view == views->end())
        return fatal(QCoreApplication::translate(
                         "auditlens-cli", "the case has no view named %1 (view list shows them)")
                         .arg(name));
    if (viewFilter)
        *viewFilter = view->filter;
    if (!parser.parse(args.mid(0, 1) + view->filter + args.mid(1)))
        return usage(parser.errorText());
    return kOk;
}

TerminalProgress::TerminalProgress() : m_enabled(isatty(STDERR_FILENO) == 1)
{
    m_timer.start();
}

void TerminalProgress::show(const QString &label, qint64 done, qint64 total, const QString &detail)
{
    if (!m_enabled || m_timer.elapsed() < 250 || total <= 0)
        return;
    const int percent = int(std::min<qint64>(100, done * 100 / total));
    const int filled = percent * 30 / 100;
    const QString line =
        QStringLiteral("\r%1 [%2%3] %4%  %5 ")
            .arg(VisibleText::escapeControls(label), QString(filled, QLatin1Char('#')),
                 QString(30 - filled, QLatin1Char('.')))
            .arg(percent)
            .arg(VisibleText::escapeControls(detail));
    std::fputs(line.toUtf8().constData(), stderr);
    m_shown = true;
}

void TerminalProgress::finish()
{
    if (m_shown)
        std::fputs("\n", stderr);
    m_shown = false;
}

bool openCase(CaseStore &store, const QString &path, QString *error)
{
    return store.open(path, CaseStore::Mode::ReadOnly, error);
}

int openCaseForWriting(const QString &path, CaseStore &store)
{
    // Opened for writing, a missing case would be created: there is nothing to change in it.
    if (!QFileInfo::exists(path))
        return fatal(QCoreApplication::translate("auditlens-cli", "%1: there is no case file here")
                         .arg(path));
    QString error;
    if (!store.open(path, CaseStore::Mode::ReadWrite, &error))
        return fatal(error);
    return kOk;
}

} // namespace auditlens::cli
