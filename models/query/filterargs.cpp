// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "filterargs.h"

#include "../parsing/ipaddress.h"
#include "timebound.h"

#include <QCoreApplication>

namespace auditlens {

namespace {
// The option that leaves a field's values out: --not-actor.
QString notOption(const FilterFieldInfo &info)
{
    return QStringLiteral("not-") + QLatin1String(info.cliOption);
}

const char *valueName(FieldMatch match)
{
    switch (match) {
    case FieldMatch::ActionName:
        return "A";
    case FieldMatch::Entity:
        return "X";
    case FieldMatch::Address:
        return "ADDR|CIDR";
    case FieldMatch::Text:
        return "ID";
    case FieldMatch::Number:
        return "N";
    case FieldMatch::TagName:
        return "TAG";
    case FieldMatch::Mark:
        return nullptr;
    }
    return "X";
}
} // namespace

void FilterArgs::addOptions(QCommandLineParser &parser)
{
    for (const FilterField field : kFilterFields) {
        const FilterFieldInfo &info = filterFieldInfo(field);
        const QString help = QCoreApplication::translate("FilterField", info.cliHelp);
        const char *value = valueName(info.match);
        if (!value) {
            parser.addOption({QLatin1String(info.cliOption), help});
        } else {
            parser.addOption({QLatin1String(info.cliOption), help, QLatin1String(value)});
            parser.addOption(
                {notOption(info),
                 QCoreApplication::translate("auditlens-cli", "leave out events of this --%1")
                     .arg(QLatin1String(info.cliOption)),
                 QLatin1String(value)});
        }
        if (info.cliNegation)
            parser.addOption({QLatin1String(info.cliNegation),
                              QCoreApplication::translate("FilterField", info.cliNegationHelp)});
    }
    parser.addOption({QStringLiteral("success"),
                      QCoreApplication::translate("auditlens-cli", "true or false"),
                      QStringLiteral("B")});
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("auditlens-cli", "earliest time (ISO-8601)"),
                      QStringLiteral("TIME")});
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("auditlens-cli", "latest time (ISO-8601)"),
                      QStringLiteral("TIME")});
    parser.addOption({QStringLiteral("text"),
                      QCoreApplication::translate("auditlens-cli", "substring of any field"),
                      QStringLiteral("S")});
    parser.addOption(
        {QStringLiteral("json-path"),
         QCoreApplication::translate("auditlens-cli",
                                     "a value in a JSON cell: payload.project.slug=gh/acme/api"),
         QStringLiteral("PATH=VALUE")});
    parser.addOption({QStringLiteral("not-json-path"),
                      QCoreApplication::translate("auditlens-cli",
                                                  "leave out events with this --json-path value"),
                      QStringLiteral("PATH=VALUE")});
    parser.addOption(
        {QStringLiteral("duplicates"),
         QCoreApplication::translate("auditlens-cli", "any, exact, conflicting, none or collapse"),
         QStringLiteral("D")});
}

QString FilterArgs::read(const QCommandLineParser &parser, Filter *f)
{
    for (const FilterField field : kFilterFields) {
        const FilterFieldInfo &info = filterFieldInfo(field);
        FieldCondition &condition = (*f)[field];
        if (info.match == FieldMatch::Mark) {
            // --starred keeps the starred events, --unstarred leaves them out.
            if (parser.isSet(QLatin1String(info.cliOption)))
                condition.include = QStringList{markValue()};
            if (parser.isSet(QLatin1String(info.cliNegation)))
                condition.exclude = QStringList{markValue()};
            continue;
        }
        condition.include = parser.values(QLatin1String(info.cliOption));
        condition.exclude = parser.values(notOption(info));
        if (info.cliNegation && parser.isSet(QLatin1String(info.cliNegation)) &&
            !condition.exclude.contains(anyTagValue()))
            condition.exclude << anyTagValue(); // --untagged: no tag at all
        for (const QStringList *values : {&condition.include, &condition.exclude}) {
            for (const QString &value : *values) {
                QByteArray first;
                QByteArray last;
                if (info.match == FieldMatch::Address && !IpAddress::range(value, &first, &last))
                    return QCoreApplication::translate(
                               "auditlens-cli",
                               "--%1 %2: not an IP address or a CIDR block (such as 10.0.0.0/8 "
                               "or 2001:db8::/32)")
                        .arg(values == &condition.include ? QLatin1String(info.cliOption)
                                                          : notOption(info),
                             value);
            }
        }
    }
    if (parser.isSet(QStringLiteral("success"))) {
        const QString v = parser.value(QStringLiteral("success")).toLower();
        if (v != QLatin1String("true") && v != QLatin1String("false"))
            return QCoreApplication::translate("auditlens-cli", "--success takes true or false");
        f->success = v == QLatin1String("true") ? SuccessFilter::Succeeded : SuccessFilter::Failed;
    }
    // As the viewer's filter bar reads them: a day, a minute or a timestamp, both inclusive.
    auto time = [&](const char *name, TimeBound::Side side, bool *has, qint64 *value) -> QString {
        if (!parser.isSet(QLatin1String(name)))
            return {};
        const QString text = parser.value(QLatin1String(name));
        const char *why = nullptr;
        if (!TimeBound::parse(text, side, value, &why))
            return QCoreApplication::translate("auditlens-cli", "--%1 %2: %3")
                .arg(QLatin1String(name), text, QLatin1String(why));
        *has = true;
        return {};
    };
    QString error = time("from", TimeBound::Side::From, &f->hasFrom, &f->from);
    if (error.isEmpty())
        error = time("to", TimeBound::Side::To, &f->hasTo, &f->to);
    if (!error.isEmpty())
        return error;
    f->text = parser.value(QStringLiteral("text"));
    for (const bool exclude : {false, true}) {
        const QString name =
            exclude ? QStringLiteral("not-json-path") : QStringLiteral("json-path");
        for (const QString &value : parser.values(name)) {
            JsonCondition condition;
            QString why;
            if (!JsonCondition::parse(value, exclude, &condition, &why))
                return QCoreApplication::translate("auditlens-cli", "--%1 %2: %3")
                    .arg(name, value, why);
            f->json << condition;
        }
    }
    if (parser.isSet(QStringLiteral("duplicates"))) {
        const QString v = parser.value(QStringLiteral("duplicates"));
        if (v == QLatin1String("all") || !duplicateFilterFromName(v, &f->duplicates))
            return QCoreApplication::translate(
                "auditlens-cli", "--duplicates takes any, exact, conflicting, none or collapse");
    }
    return {};
}

QStringList FilterArgs::write(const Filter &f)
{
    QStringList args;
    auto option = [&](const QString &name, const QString &value = {}) {
        args << QStringLiteral("--") + name;
        if (!value.isNull())
            args << value;
    };
    for (const FilterField field : kFilterFields) {
        const FilterFieldInfo &info = filterFieldInfo(field);
        const FieldCondition &condition = f[field];
        if (info.match == FieldMatch::Mark) {
            if (condition.include.contains(markValue()))
                option(QLatin1String(info.cliOption));
            if (condition.exclude.contains(markValue()))
                option(QLatin1String(info.cliNegation));
            continue;
        }
        for (const QString &value : condition.include)
            option(QLatin1String(info.cliOption), value);
        for (const QString &value : condition.exclude) {
            if (info.cliNegation && value == anyTagValue())
                option(QLatin1String(info.cliNegation));
            else
                option(notOption(info), value);
        }
    }
    if (f.success != SuccessFilter::Any)
        option(QStringLiteral("success"), f.success == SuccessFilter::Succeeded
                                              ? QStringLiteral("true")
                                              : QStringLiteral("false"));
    if (f.hasFrom)
        option(QStringLiteral("from"), TimeBound::format(f.from, TimeBound::Side::From));
    if (f.hasTo)
        option(QStringLiteral("to"), TimeBound::format(f.to, TimeBound::Side::To));
    if (!f.text.isEmpty())
        option(QStringLiteral("text"), f.text);
    if (f.duplicates != DuplicateFilter::All)
        option(QStringLiteral("duplicates"), QLatin1String(duplicateFilterName(f.duplicates)));
    // Includes first, then excludes, as read() reads them back.
    for (const bool exclude : {false, true}) {
        for (const JsonCondition &c : f.json) {
            if (c.exclude == exclude)
                option(exclude ? QStringLiteral("not-json-path") : QStringLiteral("json-path"),
                       c.text());
        }
    }
    return args;
}

} // namespace auditlens
