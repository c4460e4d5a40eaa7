// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// view save, list and delete: named filters kept in the case, replayed by --view NAME.

#include "cliutil.h"
#include "query/filterargs.h"

#include "annotations/annotationstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace auditlens::cli {

namespace {
// The FILTER arguments of view save as given: every option but --author and --view (whose
// view's arguments come first instead), with its value; the positionals left out. Every option
// of view save takes a value.
// at: where the first positional argument (the action) is.
QStringList filterArguments(const QStringList &args, qsizetype *at)
{
    QStringList filter;
    *at = -1;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--")) {
            if (*at < 0 && i + 1 < args.size())
                *at = i + 1;
            break;
        }
        if (!arg.startsWith(QLatin1String("--"))) {
            if (*at < 0)
                *at = i;
            continue;
        }
        const QString name = arg.mid(2).section(QLatin1Char('='), 0, 0);
        const bool inlineValue = arg.contains(QLatin1Char('='));
        const bool kept = name != QLatin1String("author") && name != QLatin1String("view") &&
                          name != QLatin1String("json");
        if (kept)
            filter << arg;
        if (!inlineValue && name != QLatin1String("json") && i + 1 < args.size()) {
            ++i;
            if (kept)
                filter << args.at(i);
        }
    }
    return filter;
}

// The arguments as a command line a shell reads back: words quoted only when they need it.
QString commandLine(const QStringList &args)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]+$"));
    QStringList words;
    for (const QString &arg : args) {
        QString quoted = arg;
        words << (plain.match(arg).hasMatch()
                      ? arg
                      : QLatin1Char('\'') +
                            quoted.replace(QLatin1Char('\''), QLatin1String("'\\''")) +
                            QLatin1Char('\''));
    }
    return words.join(QLatin1Char(' '));
}

int listViews(const QString &casePath, bool json)
{
    CaseStore store;
    QString error;
    if (!openCase(store, casePath, &error))
        return fatal(error);
    const auto views = AnnotationStore(store).views(&error);
    if (!views)
        return fatal(error);
    if (json) {
        QJsonArray list;
        for (const SavedView &v : *views)
            list.append(
                QJsonObject{{QStringLiteral("name"), v.name},
                            {QStringLiteral("filter"), QJsonArray::fromStringList(v.filter)},
                            {QStringLiteral("sort"), v.sort},
                            {QStringLiteral("columns"), QJsonArray::fromStringList(v.columns)},
                            {QStringLiteral("author"), v.author},
                            {QStringLiteral("created"), v.created},
                            {QStringLiteral("changed"), v.changed}});
        out(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return kOk;
    }
    if (views->isEmpty())
        out(QCoreApplication::translate("auditlens-cli", "no saved views\n"));
    for (const SavedView &v : *views)
        out(QCoreApplication::translate("auditlens-cli", "%1  by %2 at %3: %4\n")
                .arg(shownName(v.name), shown(v.author), v.changed,
                     v.filter.isEmpty()
                         ? QCoreApplication::translate("auditlens-cli", "(every event)")
                         : shown(commandLine(v.filter))));
    return kOk;
}
} // namespace

int viewCommand(const QStringList &args)
{
    // One parser for the three: an option none of them knows is refused before the rest.
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("auditlens-cli", "save, list or delete"));
    addCaseArgument(parser);
    parser.addPositionalArgument(QStringLiteral("name"),
                                 QCoreApplication::translate("auditlens-cli", "the view's name"));
    addFilterOptions(parser);
    addAuthorOption(parser);
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("auditlens-cli", "print as JSON")});
    if (!parser.parse(args))
        return usage(parser.errorText());
    QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool save = action == QLatin1String("save");
    const bool list = action == QLatin1String("list");
    if (!save && !list && action != QLatin1String("delete"))
        return usage(
            QCoreApplication::translate("auditlens-cli", "view takes save, list or delete"));
    if (positional.size() != (list ? 2 : 3))
        return usage(
            list ? QCoreApplication::translate("auditlens-cli", "view list needs exactly one case")
                 : QCoreApplication::translate("auditlens-cli",
                                               "view %1 needs a case and a view's name")
                       .arg(action));
    qsizetype actionAt = -1;
    const QStringList others = filterArguments(args, &actionAt);
    if (!save && !others.isEmpty())
        return usage(
            QCoreApplication::translate("auditlens-cli", "view %1 takes no filter").arg(action));
    if (list && parser.isSet(QStringLiteral("author")))
        return usage(QCoreApplication::translate("auditlens-cli", "view list takes no --author"));
    if (!list && parser.isSet(QStringLiteral("json")))
        return usage(
            QCoreApplication::translate("auditlens-cli", "view %1 takes no --json").arg(action));
    QString author;
    if (const int status = readAuthor(parser, &author); status != kOk)
        return status;
    if (list)
        return listViews(positional.at(1), parser.isSet(QStringLiteral("json")));
    const QString name = positional.at(2);
    if (!AnnotationStore::isViewName(name))
        return usage(QCoreApplication::translate(
                         "auditlens-cli",
                         "%1: a view name is 1 to 64 characters, without control characters or "
                         "spaces at either end")
                         .arg(name));

    // The case first, as the command's parser sees it (without the action).
    positional.removeFirst();
    QStringList caseArgs = args;
    caseArgs.removeAt(actionAt);
    QStringList filter = others;
    if (save) {
        // The filter is checked as query would read it; with --view, that view's arguments
        // are kept first, so the saved view does not depend on the other.
        QCommandLineParser check;
        addCaseArgument(check);
        check.addPositionalArgument(QStringLiteral("name"), QString());
        addFilterOptions(check);
        addAuthorOption(check);
        if (!check.parse(caseArgs))
            return usage(check.errorText());
        QStringList base;
        if (const int status = applyView(check, caseArgs, &base); status != kOk)
            return status;
        Filter parsed;
        if (const QString error = FilterArgs::read(check, &parsed); !error.isEmpty())
            return usage(error);
        filter = base + others;
    }
    CaseStore store;
    if (const int status = openCaseForWriting(positional.at(0), store); status != kOk)
        return status;
    AnnotationStore annotations(store, author);
    const AnnotationChange done =
        save ? annotations.saveView(name, filter) : annotations.deleteView(name);
    if (!done.ok)
        return fatal(done.error);
    if (!save && done.events == 0)
        return fatal(QCoreApplication::translate("auditlens-cli", "the case has no view named %1")
                         .arg(name));
    out((save ? QCoreApplication::translate("auditlens-cli", "saved view %1\n")
              : QCoreApplication::translate("auditlens-cli", "deleted view %1\n"))
            .arg(shownName(name)));
    return kOk;
}

} // namespace auditlens::cli
