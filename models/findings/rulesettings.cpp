// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "rulesettings.h"

#include "annotations/annotationstore.h"
#include "catalogue/actioncatalogue.h"
#include "catalogue/rulebook.h"
#include "store/annotationsql.h"
#include "store/casesql.h"
#include "store/casestore.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtDebug>

#include <sqlite3.h>

namespace auditlens::RuleSettings {

namespace {
const Rule *shippedRule(const QString &id)
{
    for (const Rule &rule : RuleBook::shipped()) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

QJsonObject overrideJson(const RuleOverride &o)
{
    QJsonObject json;
    if (o.enabled)
        json[QStringLiteral("enabled")] = *o.enabled;
    QJsonObject parameters;
    for (auto it = o.parameters.constBegin(); it != o.parameters.constEnd(); ++it) {
        if (it.value().typeId() == QMetaType::QStringList)
            parameters[it.key()] = QJsonArray::fromStringList(it.value().toStringList());
        else
            parameters[it.key()] = it.value().toString();
    }
    if (!parameters.isEmpty())
        json[QStringLiteral("parameters")] = parameters;
    return json;
}

QByteArray parametersJson(const QVariantMap &parameters)
{
    RuleOverride o;
    o.parameters = parameters;
    return QJsonDocument(overrideJson(o).value(QStringLiteral("parameters")).toObject())
        .toJson(QJsonDocument::Compact);
}

// A parameter's JSON value as a setting gives it: an array a list, a string or a number a value.
std::optional<QVariant> parameterValue(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList list;
        for (const QJsonValue &entry : value.toArray()) {
            if (!entry.isString())
                return std::nullopt;
            list << entry.toString();
        }
        return list;
    }
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 16);
    return std::nullopt;
}

std::optional<RuleOverride> overrideFromJson(const QString &id, const QJsonObject &json,
                                             QString *error)
{
    RuleOverride o;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.key() == QLatin1String("enabled") && it.value().isBool()) {
            o.enabled = it.value().toBool();
        } else if (it.key() == QLatin1String("parameters") && it.value().isObject()) {
            const QJsonObject parameters = it.value().toObject();
            for (auto p = parameters.constBegin(); p != parameters.constEnd(); ++p) {
                const std::optional<QVariant> value = parameterValue(p.value());
                if (!value) {
                    *error = QCoreApplication::translate(
                                 "RuleSettings",
                                 "rule %1, parameter %2: a value must be text or a list of texts")
                                 .arg(id, p.key());
                    return std::nullopt;
                }
                o.parameters.insert(p.key(), *value);
            }
        } else {
            *error = QCoreApplication::translate(
                         "RuleSettings",
                         "rule %1: '%2' is not a setting (a rule has enabled, true or false, and "
                         "parameters, an object)")
                         .arg(id, it.key());
            return std::nullopt;
        }
    }
    return check(id, o, error);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

QString originName(Origin origin)
{
    switch (origin) {
    case Origin::Default:
        return QStringLiteral("default");
    case Origin::Case:
        return QStringLiteral("case");
    case Origin::Shipped:
        break;
    }
    return QStringLiteral("shipped");
}

std::optional<RuleOverride> check(const QString &ruleId, const RuleOverride &override,
                                  QString *error)
{
    const Rule *rule = shippedRule(ruleId);
    if (!rule) {
        *error = QCoreApplication::translate("RuleSettings", "there is no rule %1").arg(ruleId);
        return std::nullopt;
    }
    RuleOverride checked;
    checked.enabled = override.enabled;
    for (auto it = override.parameters.constBegin(); it != override.parameters.constEnd(); ++it) {
        QVariant given = it.value();
        // A list parameter given as one text (the command line's A,B,C) is read as its entries.
        if (RuleBook::isListParameter(rule->kind, it.key()) &&
            given.typeId() == QMetaType::QString) {
            QStringList entries;
            for (const QString &entry :
                 given.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                entries << entry.trimmed();
            given = entries;
        }
        QString why;
        const std::optional<QVariant> value =
            RuleBook::checkParameter(rule->kind, it.key(), given, ActionCatalogue::shipped(), &why);
        if (!value) {
            *error = QCoreApplication::translate("RuleSettings", "rule %1, parameter %2: %3")
                         .arg(ruleId, it.key(), why);
            return std::nullopt;
        }
        checked.parameters.insert(it.key(), *value);
    }
    return checked;
}

RuleList apply(const RuleList &rules, const RuleOverrides &overrides)
{
    RuleList out = rules;
    for (Rule &rule : out) {
        const auto it = overrides.constFind(rule.id);
        if (it == overrides.constEnd())
            continue;
        if (it->enabled)
            rule.enabled = *it->enabled;
        for (auto p = it->parameters.constBegin(); p != it->parameters.constEnd(); ++p) {
            if (rule.parameters.contains(p.key()))
                rule.parameters.insert(p.key(), p.value());
        }
    }
    return out;
}

QList<Explained> explain(const RuleOverrides &byDefault, const RuleOverrides &byCase)
{
    QList<Explained> out;
    for (const Rule &shipped : RuleBook::shipped()) {
        Explained e;
        e.rule = shipped;
        for (auto it = shipped.parameters.constBegin(); it != shipped.parameters.constEnd(); ++it)
            e.parameterFrom.insert(it.key(), Origin::Shipped);
        const std::pair<const RuleOverrides *, Origin> layers[] = {{&byDefault, Origin::Default},
                                                                   {&byCase, Origin::Case}};
        for (const auto &[overrides, origin] : layers) {
            const auto it = overrides->constFind(shipped.id);
            if (it == overrides->constEnd())
                continue;
            if (it->enabled) {
                e.rule.enabled = *it->enabled;
                e.enabledFrom = origin;
            }
            for (auto p = it->parameters.constBegin(); p != it->parameters.constEnd(); ++p) {
                if (!e.rule.parameters.contains(p.key()))
                    continue;
                e.rule.parameters.insert(p.key(), p.value());
                e.parameterFrom.insert(p.key(), origin);
            }
        }
        out << e;
    }
    return out;
}

QByteArray toJson(const RuleOverrides &overrides)
{
    QJsonObject rules;
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        if (!it->isEmpty())
            rules[it.key()] = overrideJson(*it);
    }
    QJsonObject doc;
    doc[QStringLiteral("rules")] = rules;
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

std::optional<RuleOverrides> fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        !doc.object().value(QStringLiteral("rules")).isObject()) {
        *error = QCoreApplication::translate(
            "RuleSettings", "the rule settings are not a JSON object with an object \"rules\"");
        return std::nullopt;
    }
    RuleOverrides out;
    const QJsonObject rules = doc.object().value(QStringLiteral("rules")).toObject();
    for (auto it = rules.constBegin(); it != rules.constEnd(); ++it) {
        if (!it.value().isObject()) {
            *error = QCoreApplication::translate("RuleSettings",
                                                 "rule %1: the settings must be an object")
                         .arg(it.key());
            return std::nullopt;
        }
        const std::optional<RuleOverride> o =
            overrideFromJson(it.key(), it.value().toObject(), error);
        if (!o)
            return std::nullopt;
        if (!o->isEmpty())
            out.insert(it.key(), *o);
    }
    return out;
}

QString defaultPath()
{
    // The viewer's AppConfigLocation (organization and application AuditLens), spelled out so
    // that auditlens-cli, an application of another name, reads and writes the same file.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("AuditLens/AuditLens/rule-settings.json"));
}

std::optional<RuleOverrides> readDefault(QString *error)
{
    const QString path = defaultPath();
    QFile file(path);
    if (!file.exists())
        return RuleOverrides();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    std::optional<RuleOverrides> read = fromJson(file.readAll(), &why);
    if (!read)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return read;
}

bool writeDefault(const RuleOverrides &overrides, QString *error)
{
    const QString path = defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(overrides)) < 0 || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<RuleOverrides> readCase(sqlite3 *db, QString *error)
{
    RuleOverrides out;
    if (SqliteStatement::scalar(db, "SELECT count(*) FROM sqlite_temp_master WHERE name ="
                                    " 'rule_settings'") == 0 &&
        SqliteStatement::scalar(db, "SELECT count(*) FROM main.sqlite_master WHERE name ="
                                    " 'rule_settings'") == 0)
        return out;
    SqliteStatement select(db, "SELECT rule_id, enabled, parameters FROM rule_settings"
                               " ORDER BY rule_id");
    while (select.row()) {
        const QString id = select.columnString(0);
        QJsonObject json;
        if (!select.isNull(1))
            json[QStringLiteral("enabled")] = select.columnInt(1) != 0;
        const QJsonDocument parameters = QJsonDocument::fromJson(select.columnString(2).toUtf8());
        if (parameters.isObject() && !parameters.object().isEmpty())
            json[QStringLiteral("parameters")] = parameters.object();
        // A row this version cannot use (a rule no longer shipped, a hand-made value) is
        // skipped, as an unknown rule in the user's default is.
        QString why;
        const std::optional<RuleOverride> o = overrideFromJson(id, json, &why);
        if (!o) {
            qWarning("The case's rule setting is skipped: %s", qUtf8Printable(why));
            continue;
        }
        if (!o->isEmpty())
            out.insert(id, *o);
    }
    if (!select.done()) {
        *error = select.error();
        return std::nullopt;
    }
    return out;
}

bool writeCase(CaseStore &store, const RuleOverrides &overrides, const QString &author,
               QString *error)
{
    sqlite3 *db = store.handle();
    if (!db || store.isReadOnly()) {
        *error = QCoreApplication::translate(
                     "RuleSettings", "%1: the case is open read-only: its rule settings cannot "
                                     "be changed")
                     .arg(store.path());
        return false;
    }
    const QString who =
        author.trimmed().isEmpty() ? AnnotationStore::systemAuthor() : author.trimmed();
    QString why;
    if (!SqliteStatement::exec(db, CaseSql::kBeginImmediate, &why)) {
        *error = store.readError(why);
        return false;
    }
    const QString at = now();
    std::optional<RuleOverrides> before;
    auto body = [&]() -> bool {
        // What the case had, read inside the transaction: the log says what changed.
        before = readCase(db, &why);
        if (!before)
            return false;
        QStringList ids = overrides.keys() + before->keys();
        ids.removeDuplicates();
        ids.sort();
        for (const QString &id : std::as_const(ids)) {
            const RuleOverride next = overrides.value(id);
            if (next == before->value(id))
                continue;
            if (next.isEmpty()) {
                SqliteStatement remove(db, "DELETE FROM rule_settings WHERE rule_id = ?");
                remove.bindTextCopy(1, id.toUtf8());
                if (!remove.execute()) {
                    why = remove.error();
                    return false;
                }
            } else {
                SqliteStatement put(db, "INSERT OR REPLACE INTO rule_settings(rule_id, enabled,"
                                        " parameters, author, changed_at) VALUES (?, ?, ?, ?, ?)");
                put.bindTextCopy(1, id.toUtf8());
                if (next.enabled)
                    put.bindInt64(2, *next.enabled ? 1 : 0);
                else
                    put.bindNull(2);
                put.bindTextCopy(3, parametersJson(next.parameters));
                put.bindTextCopy(4, who.toUtf8());
                put.bindTextCopy(5, at.toUtf8());
                if (!put.execute()) {
                    why = put.error();
                    return false;
                }
            }
            QJsonObject detail = overrideJson(next);
            detail[QStringLiteral("rule")] = id;
            detail[QStringLiteral("before")] = overrideJson(before->value(id));
            SqliteStatement log(db, AnnotationSql::kInsertLog);
            log.bindTextCopy(1, at.toUtf8());
            log.bindTextCopy(2, who.toUtf8());
            log.bindTextCopy(3, QByteArrayLiteral("rule-settings"));
            log.bindTextCopy(4, QJsonDocument(detail).toJson(QJsonDocument::Compact));
            log.bindInt64(5, 0);
            log.bindTextCopy(6, QByteArrayLiteral("[]"));
            if (!log.execute()) {
                why = log.error();
                return false;
            }
        }
        return true;
    };
    if (!body() || !SqliteStatement::exec(db, CaseSql::kCommit, &why)) {
        SqliteStatement::exec(db, CaseSql::kRollback);
        *error = QCoreApplication::translate("RuleSettings",
                                             "%1: the rule settings cannot be saved (%2)")
                     .arg(store.path(), why);
        return false;
    }
    return true;
}

RuleList effective(const CaseStore &store)
{
    QString error;
    std::optional<RuleOverrides> byDefault = readDefault(&error);
    if (!byDefault) {
        qWarning("Your default rule settings are not used: %s", qUtf8Printable(error));
        byDefault = RuleOverrides();
    }
    std::optional<RuleOverrides> byCase =
        store.handle() ? readCase(store.handle(), &error) : RuleOverrides();
    if (!byCase) {
        qWarning("The case's rule settings are not used: %s", qUtf8Printable(error));
        byCase = RuleOverrides();
    }
    return apply(apply(RuleBook::shipped(), *byDefault), *byCase);
}

} // namespace auditlens::RuleSettings
