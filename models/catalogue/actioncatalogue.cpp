// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "actioncatalogue.h"

#include "catalogue/strictyaml.h"
#include "query/actionspelling.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QtDebug>

namespace auditlens {

namespace {

QString at(const QString &path, int line, const QString &what)
{
    return QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(what);
}

bool isActionName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("\\A[a-z0-9_]+([.-][a-z0-9_]+)*\\z"));
    return re.match(name).hasMatch();
}

} // namespace

const QStringList &ActionCatalogue::allowedCategories()
{
    static const QStringList categories{QStringLiteral("secrets"),
                                        QStringLiteral("keys and tokens"),
                                        QStringLiteral("access control"),
                                        QStringLiteral("integrations"),
                                        QStringLiteral("supply chain"),
                                        QStringLiteral("org administration"),
                                        QStringLiteral("pipeline activity"),
                                        QStringLiteral("authentication"),
                                        QStringLiteral("audit")};
    return categories;
}

const QStringList &ActionCatalogue::allowedSensitivities()
{
    static const QStringList levels{QStringLiteral("high"), QStringLiteral("medium"),
                                    QStringLiteral("low")};
    return levels;
}

QString ActionCatalogue::categoryLabel(const QString &category)
{
    static const char *const labels[][2] = {
        {"secrets", QT_TRANSLATE_NOOP("ActionCatalogue", "Secrets")},
        {"keys and tokens", QT_TRANSLATE_NOOP("ActionCatalogue", "Keys and tokens")},
        {"access control", QT_TRANSLATE_NOOP("ActionCatalogue", "Access control")},
        {"integrations", QT_TRANSLATE_NOOP("ActionCatalogue", "Integrations")},
        {"supply chain", QT_TRANSLATE_NOOP("ActionCatalogue", "Supply chain")},
        {"org administration", QT_TRANSLATE_NOOP("ActionCatalogue", "Org administration")},
        {"pipeline activity", QT_TRANSLATE_NOOP("ActionCatalogue", "Pipeline activity")},
        {"authentication", QT_TRANSLATE_NOOP("ActionCatalogue", "Authentication")},
        {"audit", QT_TRANSLATE_NOOP("ActionCatalogue", "Audit")}};
    for (const auto &label : labels) {
        if (category == QLatin1String(label[0]))
            return QCoreApplication::translate("ActionCatalogue", label[1]);
    }
    return category;
}

QString ActionCatalogue::sensitivityLabel(const QString &sensitivity)
{
    if (sensitivity == QLatin1String("high"))
        return QCoreApplication::translate("ActionCatalogue", "High sensitivity");
    if (sensitivity == QLatin1String("medium"))
        return QCoreApplication::translate("ActionCatalogue", "Medium sensitivity");
    if (sensitivity == QLatin1String("low"))
        return QCoreApplication::translate("ActionCatalogue", "Low sensitivity");
    return sensitivity;
}

QString ActionCatalogue::unknownText()
{
    return QCoreApplication::translate("ActionCatalogue",
                                       "Not in the action catalogue: a new action, or a "
                                       "misspelled one.");
}

QString ActionCatalogue::toolTip(QStringView action) const
{
    if (action.isEmpty())
        return {};
    const ActionEntry *entry = find(action);
    if (!entry)
        return unknownText();
    return QCoreApplication::translate("ActionCatalogue", "%1\n%2 · %3")
        .arg(entry->meaning, categoryLabel(entry->category), sensitivityLabel(entry->sensitivity));
}

const ActionCatalogue &ActionCatalogue::shipped()
{
    static const ActionCatalogue catalogue = [] {
        ActionCatalogue loaded;
        QString error;
        if (!loaded.load(QStringLiteral(":/catalogue/circleci-actions.yaml"), &error))
            qCritical("The shipped action catalogue does not load: %s", qUtf8Printable(error));
        return loaded;
    }();
    return catalogue;
}

bool ActionCatalogue::load(const QString &path, QString *error)
{
    auto fail = [&](int line, const QString &what) {
        if (error)
            *error = at(path, line, what);
        return false;
    };
    const std::optional<StrictYaml::Node> doc = StrictYaml::parseFile(path, error);
    if (!doc)
        return false;
    for (const auto &[key, node] : doc->fields) {
        if (key != QLatin1String("version") && key != QLatin1String("actions"))
            return fail(node.line, QCoreApplication::translate(
                                       "ActionCatalogue",
                                       "unknown key '%1' (a catalogue has version and actions)")
                                       .arg(key));
    }
    const StrictYaml::Node *version = doc->value(QStringLiteral("version"));
    if (!version || !version->isScalar() || version->text != QLatin1String("1"))
        return fail(
            version ? version->line : 1,
            QCoreApplication::translate("ActionCatalogue", "the catalogue must say version: 1"));
    const StrictYaml::Node *actions = doc->value(QStringLiteral("actions"));
    if (!actions || !actions->isList())
        return fail(actions ? actions->line : 1,
                    QCoreApplication::translate("ActionCatalogue",
                                                "the catalogue needs a list of actions"));

    QList<ActionEntry> entries;
    QHash<QString, qsizetype> byKey;
    for (const StrictYaml::Node &item : actions->items) {
        if (!item.isMap())
            return fail(item.line, QCoreApplication::translate(
                                       "ActionCatalogue",
                                       "an action entry must be a mapping of name, aliases, "
                                       "meaning, category and sensitivity"));
        ActionEntry entry;
        for (const auto &[key, node] : item.fields) {
            if (key == QLatin1String("aliases")) {
                if (!node.isList())
                    return fail(node.line, QCoreApplication::translate(
                                               "ActionCatalogue", "aliases must be a list [a, b]"));
                for (const StrictYaml::Node &alias : node.items) {
                    if (!alias.isScalar())
                        return fail(alias.line,
                                    QCoreApplication::translate("ActionCatalogue",
                                                                "an alias must be an action name"));
                    entry.aliases.append(alias.text);
                }
                continue;
            }
            QString *field = key == QLatin1String("name")          ? &entry.name
                             : key == QLatin1String("meaning")     ? &entry.meaning
                             : key == QLatin1String("category")    ? &entry.category
                             : key == QLatin1String("sensitivity") ? &entry.sensitivity
                                                                   : nullptr;
            if (!field)
                return fail(node.line, QCoreApplication::translate(
                                           "ActionCatalogue", "unknown key '%1' in an action entry")
                                           .arg(key));
            if (!node.isScalar())
                return fail(node.line, QCoreApplication::translate("ActionCatalogue",
                                                                   "'%1' must be a single value")
                                           .arg(key));
            *field = node.text;
        }
        for (const char *required : {"name", "meaning", "category", "sensitivity"}) {
            if (!item.value(QLatin1String(required)))
                return fail(item.line, QCoreApplication::translate("ActionCatalogue",
                                                                   "the action entry has no '%1'")
                                           .arg(QLatin1String(required)));
        }
        const int nameLine = item.value(QStringLiteral("name"))->line;
        if (entry.meaning.trimmed().isEmpty())
            return fail(item.value(QStringLiteral("meaning"))->line,
                        QCoreApplication::translate("ActionCatalogue", "the meaning of %1 is empty")
                            .arg(entry.name));
        if (!allowedCategories().contains(entry.category))
            return fail(item.value(QStringLiteral("category"))->line,
                        QCoreApplication::translate("ActionCatalogue",
                                                    "the category '%1' is not one of: %2")
                            .arg(entry.category, allowedCategories().join(QStringLiteral(", "))));
        if (!allowedSensitivities().contains(entry.sensitivity))
            return fail(item.value(QStringLiteral("sensitivity"))->line,
                        QCoreApplication::translate(
                            "ActionCatalogue", "the sensitivity '%1' is not high, medium or low")
                            .arg(entry.sensitivity));
        const QStringList spellings = QStringList{entry.name} + entry.aliases;
        for (const QString &spelling : spellings) {
            const int line =
                spelling == entry.name ? nameLine : item.value(QStringLiteral("aliases"))->line;
            if (!isActionName(spelling))
                return fail(line, QCoreApplication::translate("ActionCatalogue",
                                                              "'%1' is not an action name")
                                      .arg(spelling));
            const QString key = ActionSpelling::key(spelling);
            const auto other = byKey.constFind(key);
            if (other != byKey.constEnd() && *other != entries.size())
                return fail(line, QCoreApplication::translate(
                                      "ActionCatalogue",
                                      "%1 is also the action %2 ('-' and '.' count as one "
                                      "separator)")
                                      .arg(spelling, entries.at(*other).name));
            byKey.insert(key, entries.size());
        }
        entries.append(entry);
    }
    m_entries = std::move(entries);
    m_byKey = std::move(byKey);
    return true;
}

const ActionEntry *ActionCatalogue::find(QStringView action) const
{
    const auto it = m_byKey.constFind(ActionSpelling::key(action.toString()));
    return it == m_byKey.constEnd() ? nullptr : &m_entries.at(*it);
}

} // namespace auditlens
