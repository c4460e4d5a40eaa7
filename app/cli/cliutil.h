// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "query/filter.h"
#include "store/casestore.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QString>

namespace auditlens::cli {

// Exit status: 0 the command did its work (problems in the data included), 1 a fatal error
// (one line on stderr starting "error:"), 2 wrong usage.
constexpr int kOk = 0;
constexpr int kFatal = 1;
constexpr int kUsage = 2;

// Writes to stdout. On a terminal, control characters (escape sequences, bidi overrides) are
// written as visible escapes (\u001b), line feeds excepted; files and pipes get the bytes.
void out(const QByteArray &bytes);
void out(const QString &text);
// Text from the data (a cell, a name, a message quoting a file) as it goes into one line of
// output: on a terminal with every control escaped, line feeds included, so that it can neither
// rewrite the screen nor start a line of its own; elsewhere as it is.
QString shown(const QString &text);
// A name in the table: shown(), after a ⚠ when it could pass for another name (invisible
// characters, bidi controls, mixed scripts); on a terminal, invisible characters escaped too.
QString shownName(const QString &name);
bool stdoutIsTerminal();
// Prints "error: message" on stderr and returns kFatal. The message is always escaped: it is
// read, not processed, and stderr is most often a terminal.
int fatal(const QString &message);
// Prints the message (if any) and the usage on stderr and returns kUsage.
int usage(const QString &message = {});
// Whether a command's arguments ask for its help (--help or -h).
bool asksForHelp(const QStringList &args);
// A command's usage lines on stdout, with the FILTER options when it takes them; kOk.
int commandHelp(const QString &command);

// A command on one case: its case argument, added before the command's own options.
void addCaseArgument(QCommandLineParser &parser);
// Parses args: kOk, or the usage error's status (printed) when they do not parse or do not name
// exactly one case (notOneCase says so in the command's words).
int parseCaseArguments(QCommandLineParser &parser, const QStringList &args,
                       const QString &notOneCase);
// The FILTER options shared by query and export.
void addFilterOptions(QCommandLineParser &parser);
// --author NAME, of the commands that change annotations.
void addAuthorOption(QCommandLineParser &parser);
// kOk with the author (empty for the OS user name), or the usage error's status when it is
// given empty.
int readAuthor(const QCommandLineParser &parser, QString *author);
// With --view NAME among them, args parsed again with the saved view's FILTER arguments first,
// so that the command's own options add to them as repeated options do; kOk, or the status
// (printed): an unknown view is a fatal error. viewFilter: the view's arguments, when asked.
int applyView(QCommandLineParser &parser, const QStringList &args,
              QStringList *viewFilter = nullptr);
bool openCase(CaseStore &store, const QString &path, QString *error);
// The case at path opened for writing (never created: a missing one is an error); kOk or the
// status, the error printed.
int openCaseForWriting(const QString &path, CaseStore &store);

// "label [#####.....] 43%  detail" on stderr, redrawn in place, only when stderr is a terminal
// and the work has lasted long enough to be worth watching.
class TerminalProgress
{
public:
    TerminalProgress();
    void show(const QString &label, qint64 done, qint64 total, const QString &detail);
    void finish();

private:
    bool m_enabled;
    bool m_shown = false;
    QElapsedTimer m_timer;
};

} // namespace auditlens::cli

namespace auditlens::cli {
int importCommand(const QStringList &args);
int queryCommand(const QStringList &args);
int statsCommand(const QStringList &args);
int problemsCommand(const QStringList &args);
int exportCommand(const QStringList &args);
int sourcesCommand(const QStringList &args);
int removeSourceCommand(const QStringList &args);
int tagCommand(const QStringList &args);
int starCommand(const QStringList &args);
int noteCommand(const QStringList &args);
int annotationsCommand(const QStringList &args);
int viewCommand(const QStringList &args);
int catalogueCommand(const QStringList &args);
int findingsCommand(const QStringList &args);
int rulesCommand(const QStringList &args);
// stats, problems and sources: the case, opened read-only, and --json.
int openReportedCase(const QStringList &args, const QString &notOneCase, CaseStore &store,
                     bool *json);
} // namespace auditlens::cli
