// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "rulebook.h"

#include "catalogue/actioncatalogue.h"
#include "catalogue/strictyaml.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QtDebug>

namespace auditlens {

namespace {

// What a parameter holds.
enum class Type {
    Actions,  // a list of actions the catalogue knows
    Ignored,  // a list of action names (unknown-action's `ignore`: need not be known)
    Success,  // any, true or false
    Days,     // a list of distinct mon..sun, at least one
    Time,     // "HH:MM"
    TimeZone, // UTC or an IANA name QTimeZone knows
    Field,    // one of fields()
    Fields,   // a list of fields()
    Count,    // a whole number
    Concerns, // a list of NameInspection's concerns
};

struct Parameter
{
    const char *name;
    Type type;
    bool required;
    QVariant fallback; // the default of an optional parameter
};

const QStringList &days()
{
    static const QStringList all{
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    return all;
}

const QStringList &concerns()
{
    static const QStringList all{QStringLiteral("invisible"), QStringLiteral("bidi-control"),
                                 QStringLiteral("control"), QStringLiteral("mixed-scripts")};
    return all;
}

// The parameters of each kind, with the defaults the rules file's header gives.
const QList<Parameter> &parametersOf(const QString &kind)
{
    static const QVariant any = QStringLiteral("any");
    static const QHash<QString, QList<Parameter>> table{
        {QStringLiteral("action-set"),
         {{"actions", Type::Actions, true, {}}, {"success", Type::Success, false, any}}},
        {QStringLiteral("off-hours"),
         {{"actions", Type::Actions, true, {}},
          {"success", Type::Success, false, any},
          {"days", Type::Days, true, {}},
          {"start", Type::Time, true, {}},
          {"end", Type::Time, true, {}},
          {"time_zone", Type::TimeZone, false, QStringLiteral("UTC")}}},
        {QStringLiteral("burst"),
         {{"actions", Type::Actions, true, {}},
          {"success", Type::Success, false, any},
          {"group_by", Type::Field, true, {}},
          {"more_than", Type::Count, true, {}},
          {"span_seconds", Type::Count, true, {}}}},
        {QStringLiteral("first-seen-pair"),
         {{"actions", Type::Actions, false, QStringList()},
          {"success", Type::Success, false, any},
          {"key", Type::Field, true, {}},
          {"value", Type::Field, true, {}},
          {"min_earlier", Type::Count, false, QStringLiteral("1")}}},
        {QStringLiteral("unknown-action"), {{"ignore", Type::Ignored, false, QStringList()}}},
        {QStringLiteral("lookalike-name"),
         {{"fields", Type::Fields, true, {}}, {"concerns", Type::Concerns, false, concerns()}}},
    };
    static const QList<Parameter> none;
    const auto it = table.constFind(kind);
    return it == table.constEnd() ? none : *it;
}

bool isList(Type type)
{
    switch (type) {
    case Type::Actions:
    case Type::Ignored:
    case Type::Days:
    case Type::Fields:
    case Type::Concerns:
        return true;
    default:
        return false;
    }
}

bool matches(const char *pattern, const QString &text)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
}

// Thrown inside the reader and turned into "path:line: what" by load().
struct Failure
{
    int line;
    QString what;
};

class Reader
{
public:
    explicit Reader(const ActionCatalogue &catalogue) : m_catalogue(catalogue) {}

    RuleList rules(const StrictYaml::Node &doc)
    {
        for (const auto &[key, node] : doc.fields) {
            if (key != QLatin1String("version") && key != QLatin1String("rules"))
                throw Failure{
                    node.line,
                    QCoreApplication::translate(
                        "RuleBook", "unknown key '%1' (a rules file has version and rules)")
                        .arg(key)};
        }
        const StrictYaml::Node *version = doc.value(QStringLiteral("version"));
        if (!version || !version->isScalar() || version->text != QLatin1String("1"))
            throw Failure{
                version ? version->line : 1,
                QCoreApplication::translate("RuleBook", "the rules file must say version: 1")};
        const StrictYaml::Node *list = doc.value(QStringLiteral("rules"));
        if (!list || !list->isList())
            throw Failure{
                list ? list->line : 1,
                QCoreApplication::translate("RuleBook", "the rules file needs a list of rules")};
        RuleList out;
        QSet<QString> ids;
        for (const StrictYaml::Node &item : list->items) {
            Rule rule = this->rule(item);
            if (ids.contains(rule.id))
                throw Failure{
                    item.value(QStringLiteral("id"))->line,
                    QCoreApplication::translate("RuleBook", "the id %1 is used by an earlier rule")
                        .arg(rule.id)};
            ids.insert(rule.id);
            out.append(rule);
        }
        return out;
    }

private:
    const StrictYaml::Node &text(const StrictYaml::Node &item, const char *key)
    {
        const StrictYaml::Node *node = item.value(QLatin1String(key));
        if (!node)
            throw Failure{item.line, QCoreApplication::translate("RuleBook", "the rule has no '%1'")
                                         .arg(QLatin1String(key))};
        if (!node->isScalar() || node->text.trimmed().isEmpty())
            throw Failure{node->line,
                          QCoreApplication::translate("RuleBook", "'%1' must be a non-empty value")
                              .arg(QLatin1String(key))};
        return *node;
    }

    Rule rule(const StrictYaml::Node &item)
    {
        if (!item.isMap())
            throw Failure{item.line,
                          QCoreApplication::translate(
                              "RuleBook", "a rule must be a mapping of id, title, severity, kind, "
                                          "enabled, parameters and explanation")};
        static const QStringList keys{QStringLiteral("id"),         QStringLiteral("title"),
                                      QStringLiteral("severity"),   QStringLiteral("kind"),
                                      QStringLiteral("enabled"),    QStringLiteral("parameters"),
                                      QStringLiteral("explanation")};
        for (const auto &[key, node] : item.fields) {
            if (!keys.contains(key))
                throw Failure{
                    node.line,
                    QCoreApplication::translate("RuleBook", "unknown key '%1' in a rule").arg(key)};
        }
        Rule rule;
        const StrictYaml::Node &id = text(item, "id");
        rule.id = id.text;
        if (!matches("\\A[a-z0-9]+(-[a-z0-9]+)*\\z", rule.id))
            throw Failure{id.line,
                          QCoreApplication::translate(
                              "RuleBook", "the id '%1' is not lower-case words joined by '-'")
                              .arg(rule.id)};
        rule.title = text(item, "title").text;
        const StrictYaml::Node &severity = text(item, "severity");
        rule.severity = severity.text;
        if (!ActionCatalogue::allowedSensitivities().contains(rule.severity))
            throw Failure{severity.line,
                          QCoreApplication::translate(
                              "RuleBook", "the severity '%1' is not high, medium or low")
                              .arg(rule.severity)};
        const StrictYaml::Node &kind = text(item, "kind");
        rule.kind = kind.text;
        if (!RuleBook::kinds().contains(rule.kind))
            throw Failure{kind.line,
                          QCoreApplication::translate("RuleBook", "the kind '%1' is not one of: %2")
                              .arg(rule.kind, RuleBook::kinds().join(QStringLiteral(", ")))};
        if (const StrictYaml::Node *enabled = item.value(QStringLiteral("enabled"))) {
            if (!enabled->isScalar() ||
                (enabled->text != QLatin1String("true") && enabled->text != QLatin1String("false")))
                throw Failure{enabled->line, QCoreApplication::translate(
                                                 "RuleBook", "enabled must be true or false")};
            rule.enabled = enabled->text == QLatin1String("true");
        }
        rule.explanation = text(item, "explanation").text;
        rule.parameters = parameters(item, rule.kind);
        return rule;
    }

    QVariantMap parameters(const StrictYaml::Node &item, const QString &kind)
    {
        const QList<Parameter> &spec = parametersOf(kind);
        static const StrictYaml::Node emptyMap = [] {
            StrictYaml::Node node;
            node.kind = StrictYaml::Node::Map;
            return node;
        }();
        // A kind whose parameters all have defaults may leave the mapping out (the subset has
        // no way to write an empty one).
        const StrictYaml::Node *given = item.value(QStringLiteral("parameters"));
        if (given && !given->isMap())
            throw Failure{given->line,
                          QCoreApplication::translate(
                              "RuleBook", "parameters must be a mapping, one parameter a line")};
        const StrictYaml::Node &params = given ? *given : emptyMap;
        QStringList names;
        for (const Parameter &p : spec)
            names.append(QLatin1String(p.name));
        for (const auto &[key, node] : params.fields) {
            if (!names.contains(key))
                throw Failure{node.line,
                              QCoreApplication::translate(
                                  "RuleBook", "the kind %1 takes no parameter '%2' (it takes: %3)")
                                  .arg(kind, key, names.join(QStringLiteral(", ")))};
        }
        QVariantMap out;
        for (const Parameter &p : spec) {
            const QString name = QLatin1String(p.name);
            const StrictYaml::Node *node = params.value(name);
            if (!node) {
                if (p.required)
                    throw Failure{given ? given->line : item.line,
                                  QCoreApplication::translate(
                                      "RuleBook", "the kind %1 needs the parameter '%2'")
                                      .arg(kind, name)};
                out.insert(name, p.fallback);
                continue;
            }
            out.insert(name, value(kind, name, p.type, *node));
        }
        return out;
    }

public:
    QVariant value(const QString &kind, const QString &name, Type type,
                   const StrictYaml::Node &node)
    {
        if (isList(type) && !node.isList())
            throw Failure{node.line,
                          QCoreApplication::translate("RuleBook", "'%1' must be a list").arg(name)};
        if (!isList(type) && !node.isScalar())
            throw Failure{
                node.line,
                QCoreApplication::translate("RuleBook", "'%1' must be a single value").arg(name)};
        if (!isList(type))
            return scalar(name, type, node);
        QStringList list;
        for (const StrictYaml::Node &entry : node.items) {
            if (!entry.isScalar())
                throw Failure{entry.line, QCoreApplication::translate(
                                              "RuleBook", "'%1' must be a list of values")
                                              .arg(name)};
            listItem(name, type, entry);
            if (list.contains(entry.text))
                throw Failure{entry.line,
                              QCoreApplication::translate("RuleBook", "'%1' names %2 twice")
                                  .arg(name, entry.text)};
            list.append(entry.text);
        }
        if (list.isEmpty() && (type == Type::Days || type == Type::Fields ||
                               (type == Type::Actions && kind != QLatin1String("first-seen-pair"))))
            throw Failure{
                node.line,
                QCoreApplication::translate("RuleBook", "'%1' needs at least one entry").arg(name)};
        return list;
    }

private:
    void listItem(const QString &name, Type type, const StrictYaml::Node &entry)
    {
        const QString &text = entry.text;
        switch (type) {
        case Type::Actions:
            if (!m_catalogue.knows(text))
                throw Failure{entry.line,
                              QCoreApplication::translate(
                                  "RuleBook", "the action %1 is not in the action catalogue")
                                  .arg(text)};
            break;
        case Type::Ignored:
            if (!matches("\\A[a-z0-9_]+([.-][a-z0-9_]+)*\\z", text))
                throw Failure{entry.line,
                              QCoreApplication::translate("RuleBook", "'%1' is not an action name")
                                  .arg(text)};
            break;
        case Type::Days:
            if (!days().contains(text))
                throw Failure{entry.line, QCoreApplication::translate(
                                              "RuleBook", "'%1' is not a day (one of: %2)")
                                              .arg(text, days().join(QStringLiteral(", ")))};
            break;
        case Type::Fields:
            if (!RuleBook::fields().contains(text))
                throw Failure{entry.line,
                              QCoreApplication::translate(
                                  "RuleBook", "'%1' is not a field a rule may name (one of: %2)")
                                  .arg(text, RuleBook::fields().join(QStringLiteral(", ")))};
            break;
        case Type::Concerns:
            if (!concerns().contains(text))
                throw Failure{entry.line, QCoreApplication::translate(
                                              "RuleBook", "'%1' is not a concern (one of: %2)")
                                              .arg(text, concerns().join(QStringLiteral(", ")))};
            break;
        default:
            break;
        }
        Q_UNUSED(name);
    }

    QVariant scalar(const QString &name, Type type, const StrictYaml::Node &node)
    {
        const QString &text = node.text;
        switch (type) {
        case Type::Success:
            if (text != QLatin1String("any") && text != QLatin1String("true") &&
                text != QLatin1String("false"))
                throw Failure{node.line, QCoreApplication::translate(
                                             "RuleBook", "success must be any, true or false")};
            break;
        case Type::Time:
            if (!matches("\\A([01][0-9]|2[0-3]):[0-5][0-9]\\z", text))
                throw Failure{node.line,
                              QCoreApplication::translate(
                                  "RuleBook", "'%1' must be a time HH:MM (00:00 to 23:59), in "
                                              "double quotes")
                                  .arg(name)};
            break;
        case Type::TimeZone:
            if (!QTimeZone(text.toUtf8()).isValid())
                throw Failure{node.line,
                              QCoreApplication::translate(
                                  "RuleBook", "'%1' is not a time zone: write UTC or an IANA "
                                              "name such as Europe/Berlin")
                                  .arg(text)};
            break;
        case Type::Field:
            if (!RuleBook::fields().contains(text))
                throw Failure{node.line,
                              QCoreApplication::translate(
                                  "RuleBook", "'%1' is not a field a rule may name (one of: %2)")
                                  .arg(text, RuleBook::fields().join(QStringLiteral(", ")))};
            break;
        case Type::Count: {
            bool ok = false;
            text.toInt(&ok);
            if (!ok || !matches("\\A[0-9]+\\z", text))
                throw Failure{node.line,
                              QCoreApplication::translate("RuleBook", "'%1' must be a whole number")
                                  .arg(name)};
            break;
        }
        default:
            break;
        }
        return text;
    }

    const ActionCatalogue &m_catalogue;
};

const Parameter *findParameter(const QString &kind, const QString &name)
{
    for (const Parameter &p : parametersOf(kind)) {
        if (name == QLatin1String(p.name))
            return &p;
    }
    return nullptr;
}

} // namespace

std::optional<QVariant> RuleBook::checkParameter(const QString &kind, const QString &name,
                                                 const QVariant &value,
                                                 const ActionCatalogue &catalogue, QString *error)
{
    const Parameter *p = findParameter(kind, name);
    if (!p) {
        if (error)
            *error = QCoreApplication::translate(
                         "RuleBook", "the kind %1 takes no parameter '%2' (it takes: %3)")
                         .arg(kind, name, parameterNames(kind).join(QStringLiteral(", ")));
        return std::nullopt;
    }
    // The value as the rules file would have written it, checked by the same reader.
    StrictYaml::Node node;
    node.line = 1;
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList) {
        node.kind = StrictYaml::Node::List;
        for (const QString &entry : value.toStringList()) {
            StrictYaml::Node item;
            item.line = 1;
            item.text = entry;
            node.items.push_back(item);
        }
    } else {
        node.text = value.toString();
    }
    try {
        return Reader(catalogue).value(kind, name, p->type, node);
    } catch (const Failure &failure) {
        if (error)
            *error = failure.what;
        return std::nullopt;
    }
}

QStringList RuleBook::parameterNames(const QString &kind)
{
    QStringList names;
    for (const Parameter &p : parametersOf(kind))
        names.append(QLatin1String(p.name));
    return names;
}

QString RuleBook::parameterType(const QString &kind, const QString &name)
{
    const Parameter *p = findParameter(kind, name);
    if (!p)
        return {};
    switch (p->type) {
    case Type::Actions:
        return QStringLiteral("actions");
    case Type::Ignored:
        return QStringLiteral("ignored");
    case Type::Success:
        return QStringLiteral("success");
    case Type::Days:
        return QStringLiteral("days");
    case Type::Time:
        return QStringLiteral("time");
    case Type::TimeZone:
        return QStringLiteral("time-zone");
    case Type::Field:
        return QStringLiteral("field");
    case Type::Fields:
        return QStringLiteral("fields");
    case Type::Count:
        return QStringLiteral("count");
    case Type::Concerns:
        return QStringLiteral("concerns");
    }
    return {};
}

bool RuleBook::isListParameter(const QString &kind, const QString &name)
{
    const Parameter *p = findParameter(kind, name);
    return p && isList(p->type);
}

const QStringList &RuleBook::kinds()
{
    static const QStringList all{
        QStringLiteral("action-set"),     QStringLiteral("off-hours"),
        QStringLiteral("burst"),          QStringLiteral("first-seen-pair"),
        QStringLiteral("unknown-action"), QStringLiteral("lookalike-name")};
    return all;
}

const QStringList &RuleBook::fields()
{
    static const QStringList all{QStringLiteral("action"),
                                 QStringLiteral("actor.id"),
                                 QStringLiteral("actor.type"),
                                 QStringLiteral("actor.name"),
                                 QStringLiteral("target.id"),
                                 QStringLiteral("target.type"),
                                 QStringLiteral("target.name"),
                                 QStringLiteral("scope.id"),
                                 QStringLiteral("scope.name"),
                                 QStringLiteral("organization.id"),
                                 QStringLiteral("organization.name"),
                                 QStringLiteral("ip"),
                                 QStringLiteral("request.id")};
    return all;
}

std::optional<RuleList> RuleBook::load(const QString &path, const ActionCatalogue &catalogue,
                                       QString *error)
{
    const std::optional<StrictYaml::Node> doc = StrictYaml::parseFile(path, error);
    if (!doc)
        return std::nullopt;
    try {
        return Reader(catalogue).rules(*doc);
    } catch (const Failure &failure) {
        if (error)
            *error = QStringLiteral("%1:%2: %3").arg(path).arg(failure.line).arg(failure.what);
        return std::nullopt;
    }
}

const RuleList &RuleBook::shipped()
{
    static const RuleList rules = [] {
        QString error;
        std::optional<RuleList> loaded = load(QStringLiteral(":/catalogue/circleci-rules.yaml"),
                                              ActionCatalogue::shipped(), &error);
        if (!loaded) {
            qCritical("The shipped findings rules do not load: %s", qUtf8Printable(error));
            return RuleList();
        }
        return *loaded;
    }();
    return rules;
}

} // namespace auditlens
