// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// rules: the findings rules as a case (or the user's default) evaluates them, and where each
// setting came from; --disable, --enable, --set and --reset change them.

#include "cliutil.h"

#include "findings/rulesettings.h"
#include "findings/shippedfindings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace auditlens::cli {

namespace {
// One change, in the order the command line gives them.
struct Change
{
    enum Kind { Disable, Enable, Set, Reset } kind;
    QString rule;
    QString parameter; // Set
    QString value;     // Set
};

QString valueText(const QVariant &value)
{
    return value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(','))
                                                    : value.toString();
}

QJsonValue valueJson(const QVariant &value)
{
    return value.typeId() == QMetaType::QStringList
               ? QJsonValue(QJsonArray::fromStringList(value.toStringList()))
               : QJsonValue(value.toString());
}

void printRules(const QList<RuleSettings::Explained> &rules, bool json)
{
    if (json) {
        QJsonArray list;
        for (const RuleSettings::Explained &e : rules) {
            QJsonObject o;
            o[QStringLiteral("id")] = e.rule.id;
            o[QStringLiteral("title")] = e.rule.title;
            o[QStringLiteral("kind")] = e.rule.kind;
            o[QStringLiteral("enabled")] = e.rule.enabled;
            o[QStringLiteral("enabled_from")] = RuleSettings::originName(e.enabledFrom);
            QJsonObject parameters;
            for (auto it = e.rule.parameters.constBegin(); it != e.rule.parameters.constEnd();
                 ++it) {
                QJsonObject p;
                p[QStringLiteral("value")] = valueJson(it.value());
                p[QStringLiteral("from")] =
                    RuleSettings::originName(e.parameterFrom.value(it.key()));
                parameters[it.key()] = p;
            }
            o[QStringLiteral("parameters")] = parameters;
            list.append(o);
        }
        QJsonObject o;
        o[QStringLiteral("rules")] = list;
        out(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return;
    }
    for (const RuleSettings::Explained &e : rules) {
        out(QStringLiteral("%1  %2 (%3)  %4\n")
                .arg(shown(e.rule.id), -28)
                .arg(e.rule.enabled ? QCoreApplication::translate("auditlens-cli", "enabled")
                                    : QCoreApplication::translate("auditlens-cli", "disabled"))
                .arg(RuleSettings::originName(e.enabledFrom), shown(e.rule.title)));
        for (auto it = e.rule.parameters.constBegin(); it != e.rule.parameters.constEnd(); ++it)
            out(QStringLiteral("    %1 = %2 (%3)\n")
                    .arg(it.key(), shown(valueText(it.value())),
                         RuleSettings::originName(e.parameterFrom.value(it.key()))));
    }
}

// The changes, in order, from args ("--set ID PARAM=VALUE" takes two words); the rest of args
// (without them) in *rest. kOk or the usage error's status.
int readChanges(const QStringList &args, QList<Change> *changes, QStringList *rest)
{
    const QHash<QString, Change::Kind> kinds{{QStringLiteral("--disable"), Change::Disable},
                                             {QStringLiteral("--enable"), Change::Enable},
                                             {QStringLiteral("--set"), Change::Set},
                                             {QStringLiteral("--reset"), Change::Reset}};
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString word = args[i];
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = word.indexOf(QLatin1Char('='));
            word.startsWith(QLatin1String("--")) && eq > 0) {
            inlineValue = word.mid(eq + 1);
            word = word.left(eq);
            hasInline = true;
        }
        const auto kind = kinds.constFind(word);
        if (i == 0 || kind == kinds.constEnd()) {
            rest->append(args[i]);
            continue;
        }
        Change change{*kind, {}, {}, {}};
        if (hasInline)
            change.rule = inlineValue;
        else if (i + 1 < args.size())
            change.rule = args[++i];
        if (change.rule.isEmpty())
            return usage(
                QCoreApplication::translate("auditlens-cli", "%1 takes a rule id").arg(word));
        if (*kind == Change::Set) {
            const QString assignment = i + 1 < args.size() ? args[++i] : QString();
            const qsizetype eq = assignment.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return usage(QCoreApplication::translate("auditlens-cli",
                                                         "--set takes a rule id and PARAM=VALUE"));
            change.parameter = assignment.left(eq);
            change.value = assignment.mid(eq + 1);
        }
        changes->append(change);
    }
    return kOk;
}

// The settings with the changes applied, each changed rule checked; nullopt with *error.
std::optional<RuleOverrides> applied(RuleOverrides settings, const QList<Change> &changes,
                                     QString *error)
{
    QStringList touched;
    for (const Change &change : changes) {
        RuleOverride &o = settings[change.rule];
        switch (change.kind) {
        case Change::Disable:
            o.enabled = false;
            break;
        case Change::Enable:
            o.enabled = true;
            break;
        case Change::Set:
            o.parameters.insert(change.parameter, change.value);
            break;
        case Change::Reset:
            o = RuleOverride();
            break;
        }
        touched << change.rule;
    }
    for (const QString &id : std::as_const(touched)) {
        const std::optional<RuleOverride> checked =
            RuleSettings::check(id, settings.value(id), error);
        if (!checked)
            return std::nullopt;
        if (checked->isEmpty())
            settings.remove(id);
        else
            settings.insert(id, *checked);
    }
    return settings;
}
} // namespace

int rulesCommand(const QStringList &args)
{
    QList<Change> changes;
    QStringList rest;
    if (const int status = readChanges(args, &changes, &rest); status != kOk)
        return status;
    QCommandLineParser parser;
    addCaseArgument(parser);
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("auditlens-cli", "print as JSON")});
    parser.addOption({QStringLiteral("default"),
                      QCoreApplication::translate("auditlens-cli",
                                                  "your default settings instead of a case's")});
    addAuthorOption(parser);
    if (!parser.parse(rest))
        return usage(parser.errorText());
    const bool byDefault = parser.isSet(QStringLiteral("default"));
    if (parser.positionalArguments().size() != (byDefault ? 0 : 1))
        return usage(QCoreApplication::translate("auditlens-cli",
                                                 "rules needs exactly one case, or --default"));
    QString author;
    if (const int status = readAuthor(parser, &author); status != kOk)
        return status;
    QString error;
    std::optional<RuleOverrides> defaults = RuleSettings::readDefault(&error);
    if (!defaults)
        return fatal(error);
    if (byDefault) {
        if (!changes.isEmpty()) {
            const std::optional<RuleOverrides> next = applied(*defaults, changes, &error);
            if (!next)
                return fatal(error);
            if (!RuleSettings::writeDefault(*next, &error))
                return fatal(error);
            defaults = next;
        }
        printRules(RuleSettings::explain(*defaults, {}), parser.isSet(QStringLiteral("json")));
        return kOk;
    }
    const QString path = parser.positionalArguments().first();
    std::optional<RuleOverrides> settings;
    {
        // Read (and the changes checked) read-only: a refused change leaves the file untouched.
        CaseStore store;
        if (!openCase(store, path, &error))
            return fatal(error);
        settings = RuleSettings::readCase(store.handle(), &error);
        if (!settings)
            return fatal(store.readError(error));
        if (!changes.isEmpty() && !applied(*settings, changes, &error))
            return fatal(error);
    }
    if (!changes.isEmpty()) {
        CaseStore store;
        if (const int status = openCaseForWriting(path, store); status != kOk)
            return status;
        // Applied again to the settings as the case now has them.
        settings = RuleSettings::readCase(store.handle(), &error);
        if (!settings)
            return fatal(store.readError(error));
        const std::optional<RuleOverrides> next = applied(*settings, changes, &error);
        if (!next)
            return fatal(error);
        if (!RuleSettings::writeCase(store, *next, author, &error))
            return fatal(error);
        // The findings follow the rules at once.
        if (!ShippedFindings::refresh(store, &error))
            return fatal(error);
        settings = next;
    }
    printRules(RuleSettings::explain(*defaults, *settings), parser.isSet(QStringLiteral("json")));
    return kOk;
}

} // namespace auditlens::cli
