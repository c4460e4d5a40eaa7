// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// findings: what each rule of the rule book found in a case, highest severity first.

#include "cliutil.h"

#include "catalogue/actioncatalogue.h"
#include "catalogue/rulebook.h"
#include "findings/findingskeeper.h"
#include "findings/shippedfindings.h"
#include "parsing/timestampparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace auditlens::cli {

namespace {
int severityRank(const QString &severity)
{
    if (severity == QLatin1String("high"))
        return 0;
    if (severity == QLatin1String("medium"))
        return 1;
    return 2;
}

QJsonValue timeJson(const std::optional<qint64> &ns)
{
    return ns ? QJsonValue(TimestampParser::format(*ns)) : QJsonValue();
}

QString timeText(const std::optional<qint64> &ns)
{
    return ns ? TimestampParser::format(*ns) : QStringLiteral("-");
}

void printFindings(const QList<KeptRule> &rules)
{
    const QLocale l;
    out(QStringLiteral("%1  %2  %3  %4  %5  %6\n")
            .arg(QCoreApplication::translate("auditlens-cli", "SEVERITY"), -8)
            .arg(QCoreApplication::translate("auditlens-cli", "HITS"), 9)
            .arg(QCoreApplication::translate("auditlens-cli", "RULE"), -28)
            .arg(QCoreApplication::translate("auditlens-cli", "FIRST (UTC)"), -30)
            .arg(QCoreApplication::translate("auditlens-cli", "LAST (UTC)"), -30)
            .arg(QCoreApplication::translate("auditlens-cli", "TITLE")));
    for (const KeptRule &r : rules) {
        out(QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                .arg(shown(r.severity), -8)
                .arg(l.toString(r.hits), 9)
                .arg(shown(r.id), -28)
                .arg(timeText(r.first), -30)
                .arg(timeText(r.last), -30)
                .arg(shown(r.title)));
    }
    if (rules.isEmpty())
        out(QCoreApplication::translate("auditlens-cli", "No rule is enabled.\n"));
}
} // namespace

int findingsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addCaseArgument(parser);
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("auditlens-cli", "print as JSON")});
    parser.addOption({QStringLiteral("rules"),
                      QCoreApplication::translate(
                          "auditlens-cli", "a rules file to use instead of the shipped rules"),
                      QStringLiteral("FILE")});
    if (const int status = parseCaseArguments(
            parser, args,
            QCoreApplication::translate("auditlens-cli", "findings needs exactly one case"));
        status != kOk)
        return status;
    QString error;
    std::optional<RuleList> rules;
    if (parser.isSet(QStringLiteral("rules"))) {
        const std::optional<RuleList> loaded = RuleBook::load(parser.value(QStringLiteral("rules")),
                                                              ActionCatalogue::shipped(), &error);
        if (!loaded)
            return fatal(error);
        rules = *loaded;
    }
    CaseStore store;
    if (!openCase(store, parser.positionalArguments().first(), &error))
        return fatal(error);
    // Without --rules, the shipped rules with the user's default and the case's settings.
    if (!rules)
        rules = ShippedFindings::rulesFor(store);
    // Read-only: kept findings made for these rules are read as they are; others are evaluated
    // in memory, and nothing is written.
    if (!FindingsKeeper::refresh(store, *rules, ShippedFindings::knows(), &error))
        return fatal(error);
    std::optional<QList<KeptRule>> kept = FindingsKeeper::read(store.handle(), &error);
    if (!kept)
        return fatal(store.readError(error));
    QList<KeptRule> enabled;
    for (const KeptRule &r : std::as_const(*kept)) {
        if (r.enabled)
            enabled << r;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const KeptRule &r : std::as_const(enabled)) {
            QJsonObject o;
            o[QStringLiteral("id")] = r.id;
            o[QStringLiteral("title")] = r.title;
            o[QStringLiteral("severity")] = r.severity;
            o[QStringLiteral("hits")] = r.hits;
            o[QStringLiteral("first")] = timeJson(r.first);
            o[QStringLiteral("last")] = timeJson(r.last);
            list.append(o);
        }
        QJsonObject o;
        o[QStringLiteral("rules")] = list;
        out(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return kOk;
    }
    std::stable_sort(enabled.begin(), enabled.end(), [](const KeptRule &a, const KeptRule &b) {
        return severityRank(a.severity) < severityRank(b.severity);
    });
    printFindings(enabled);
    return kOk;
}

} // namespace auditlens::cli
