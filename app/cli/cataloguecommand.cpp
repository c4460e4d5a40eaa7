// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// catalogue: the shipped CircleCI action catalogue, what each action means and how closely to
// look at it.

#include "cliutil.h"

#include "catalogue/actioncatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace auditlens::cli {

int catalogueCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("auditlens-cli", "print as JSON")});
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("auditlens-cli", "catalogue takes no argument"));
    const ActionCatalogue &catalogue = ActionCatalogue::shipped();
    if (catalogue.entries().isEmpty())
        return fatal(
            QCoreApplication::translate("auditlens-cli", "the shipped action catalogue is empty"));

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray actions;
        for (const ActionEntry &entry : catalogue.entries()) {
            QJsonObject o;
            o[QStringLiteral("name")] = entry.name;
            o[QStringLiteral("aliases")] = QJsonArray::fromStringList(entry.aliases);
            o[QStringLiteral("meaning")] = entry.meaning;
            o[QStringLiteral("category")] = entry.category;
            o[QStringLiteral("sensitivity")] = entry.sensitivity;
            actions.append(o);
        }
        QJsonObject o;
        o[QStringLiteral("actions")] = actions;
        out(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return kOk;
    }
    // One line per action, in columns: the name, then what a reader sorts by.
    qsizetype nameWidth = 0;
    qsizetype categoryWidth = 0;
    for (const ActionEntry &entry : catalogue.entries()) {
        nameWidth = std::max(nameWidth, entry.name.size());
        categoryWidth = std::max(categoryWidth, entry.category.size());
    }
    for (const ActionEntry &entry : catalogue.entries())
        out(QStringLiteral("%1  %2  %3  %4\n")
                .arg(shown(entry.name), -int(nameWidth))
                .arg(shown(entry.sensitivity), -6)
                .arg(shown(entry.category), -int(categoryWidth))
                .arg(shown(entry.meaning)));
    return kOk;
}

} // namespace auditlens::cli
