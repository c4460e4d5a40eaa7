// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The strict YAML reader, the action catalogue and the findings rule book (models/catalogue):
// what the reader accepts and refuses, that the shipped catalogue knows every documented action
// in either spelling, and that the shipped rules load with the fixed rules as issue #13 defines
// them.

#include "catalogue/actioncatalogue.h"
#include "catalogue/rulebook.h"
#include "catalogue/strictyaml.h"
#include "testdata.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace auditlens;

namespace {

QStringList lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// A rules file of one action-set rule, with `body` replacing its parameters block.
QString oneRule(const QString &kind, const QString &parameters)
{
    return QStringLiteral("version: 1\n"
                          "rules:\n"
                          "  - id: my-rule\n"
                          "    title: \"Mine\"\n"
                          "    severity: low\n"
                          "    kind: %1\n"
                          "    parameters:\n"
                          "%2"
                          "    explanation: \"Why it matters.\"\n")
        .arg(kind, parameters);
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void readsGoodDocuments();
    void refuses_data();
    void refuses();
    void shippedCatalogueKnowsDocumentedActions();
    void bothSpellingsFindOneEntry();
    void toolTips();
    void catalogueFileRefusals_data();
    void catalogueFileRefusals();
    void shippedRulesLoad();
    void fixedRules();
    void defaultsAreFilledIn();
    void rulesFileRefusals_data();
    void rulesFileRefusals();

private:
    QString write(const QString &name, const QString &text);
    QTemporaryDir m_dir;
};

QString TestCatalogue::write(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text.toUtf8());
    return path;
}

void TestCatalogue::readsGoodDocuments()
{
    const QString text = QStringLiteral("# a comment\n"
                                        "version: 1\n"
                                        "\n"
                                        "top:\n"
                                        "  inner:\n"
                                        "    deep: value with spaces\n"
                                        "  path: /a/b.c+d@e_f-g\n"
                                        "quoted: \"Say \\\"hi\\\" \\\\ and: more # not a comment\n"
                                        "  goes on here\n"
                                        "    and here.\"\n"
                                        "brackets: [a, \"b, c\", d-e.f]\n"
                                        "empty: []\n"
                                        "dashes:\n"
                                        "  - one\n"
                                        "  - \"two\"\n"
                                        "  - [x, y]\n"
                                        "entries:\n"
                                        "  - name: first\n"
                                        "    zeta: 1\n"
                                        "    alpha: 2\n"
                                        "  - name: second\n"
                                        "    list:\n"
                                        "      - a\n");
    QString error;
    const std::optional<StrictYaml::Node> doc =
        StrictYaml::parse(text, QStringLiteral("good.yaml"), &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(doc->isMap());
    QStringList keys;
    for (const auto &field : doc->fields)
        keys.append(field.first);
    QCOMPARE(keys, (QStringList{QStringLiteral("version"), QStringLiteral("top"),
                                QStringLiteral("quoted"), QStringLiteral("brackets"),
                                QStringLiteral("empty"), QStringLiteral("dashes"),
                                QStringLiteral("entries")}));
    QCOMPARE(doc->value(QStringLiteral("version"))->line, 2);
    const QVariantMap map = doc->toVariant().toMap();
    QCOMPARE(map.value(QStringLiteral("version")).toString(), QStringLiteral("1"));
    QCOMPARE(map.value(QStringLiteral("top"))
                 .toMap()
                 .value(QStringLiteral("inner"))
                 .toMap()
                 .value(QStringLiteral("deep")),
             QVariant(QStringLiteral("value with spaces")));
    QCOMPARE(map.value(QStringLiteral("top")).toMap().value(QStringLiteral("path")),
             QVariant(QStringLiteral("/a/b.c+d@e_f-g")));
    QCOMPARE(map.value(QStringLiteral("quoted")).toString(),
             QStringLiteral("Say \"hi\" \\ and: more # not a comment goes on here and here."));
    QCOMPARE(map.value(QStringLiteral("brackets")).toStringList(),
             (QStringList{QStringLiteral("a"), QStringLiteral("b, c"), QStringLiteral("d-e.f")}));
    QCOMPARE(map.value(QStringLiteral("empty")).toList().size(), 0);
    QVERIFY(doc->value(QStringLiteral("empty"))->isList());
    const QVariantList dashes = map.value(QStringLiteral("dashes")).toList();
    QCOMPARE(dashes.size(), 3);
    QCOMPARE(dashes.at(0).toString(), QStringLiteral("one"));
    QCOMPARE(dashes.at(1).toString(), QStringLiteral("two"));
    QCOMPARE(dashes.at(2).toStringList(), (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    const StrictYaml::Node *entries = doc->value(QStringLiteral("entries"));
    QVERIFY(entries && entries->isList());
    QCOMPARE(entries->items.size(), size_t(2));
    const StrictYaml::Node &first = entries->items.at(0);
    QCOMPARE(first.line, 18);
    QCOMPARE(first.fields.size(), size_t(3));
    QCOMPARE(first.fields.at(1).first, QStringLiteral("zeta")); // the file's order is kept
    QCOMPARE(first.fields.at(2).first, QStringLiteral("alpha"));
    QCOMPARE(first.value(QStringLiteral("alpha"))->line, 20);
    QCOMPARE(entries->items.at(1).value(QStringLiteral("list"))->items.at(0).text,
             QStringLiteral("a"));
    QCOMPARE(entries->items.at(1).value(QStringLiteral("list"))->items.at(0).line, 23);
}

void TestCatalogue::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("what"); // a part of the message

    QTest::newRow("tab") << QStringLiteral("a: 1\nb:\n\t- x\n") << 3 << QStringLiteral("tabs");
    QTest::newRow("tab in a comment")
        << QStringLiteral("a: 1\n# x\ty\n") << 2 << QStringLiteral("tabs");
    QTest::newRow("carriage return")
        << QStringLiteral("a: 1\r\nb: 2\n") << 1 << QStringLiteral("carriage returns");
    QTest::newRow("odd indent") << QStringLiteral("a:\n   b: 1\n") << 2
                                << QStringLiteral("multiple of two");
    QTest::newRow("too deep") << QStringLiteral("a:\n    b: 1\n") << 1
                              << QStringLiteral("needs a value or a block");
    QTest::newRow("deeper after a value")
        << QStringLiteral("a: 1\n  b: 2\n") << 2 << QStringLiteral("unexpected indentation");
    QTest::newRow("not at the margin")
        << QStringLiteral("  a: 1\n") << 1 << QStringLiteral("left margin");
    QTest::newRow("key: a: b") << QStringLiteral("x: 1\nkey: a: b\n") << 2
                               << QStringLiteral("not a plain value");
    QTest::newRow("trailing space")
        << QStringLiteral("a: 1\nb: 2 \n") << 2 << QStringLiteral("trailing spaces");
    QTest::newRow("spaces on a blank line")
        << QStringLiteral("a: 1\n  \nb: 2\n") << 2 << QStringLiteral("blank line");
    QTest::newRow("unknown escape")
        << QStringLiteral("a: 1\nb: \"x \\n y\"\n") << 2 << QStringLiteral("escape \\n");
    QTest::newRow("missing value")
        << QStringLiteral("a: 1\nb:\nc: 2\n") << 2 << QStringLiteral("needs a value or a block");
    QTest::newRow("missing value at the end")
        << QStringLiteral("a: 1\nb:\n") << 2 << QStringLiteral("needs a value or a block");
    QTest::newRow("two spaces after the colon")
        << QStringLiteral("a:  1\n") << 1 << QStringLiteral("one space after ':'");
    QTest::newRow("no colon") << QStringLiteral("a: 1\njust text\n") << 2
                              << QStringLiteral("expected 'key: value'");
    QTest::newRow("upper-case key")
        << QStringLiteral("Key: 1\n") << 1 << QStringLiteral("not a key");
    QTest::newRow("duplicate key")
        << QStringLiteral("a: 1\nb: 2\na: 3\n") << 3 << QStringLiteral("appears twice");
    QTest::newRow("comment after a value")
        << QStringLiteral("a: 1 # no\n") << 1 << QStringLiteral("not a plain value");
    QTest::newRow("plain value starting with a dot")
        << QStringLiteral("a: .x\n") << 1 << QStringLiteral("not a plain value");
    QTest::newRow("quote not closed")
        << QStringLiteral("a: 1\nb: \"open\n") << 2 << QStringLiteral("not closed");
    QTest::newRow("continuation not deeper")
        << QStringLiteral("a: \"open\nb\"\n") << 2 << QStringLiteral("goes on over a line");
    QTest::newRow("continuation after an empty line")
        << QStringLiteral("a: 1\nb: \"open\n\n  more\"\n") << 3
        << QStringLiteral("goes on over a line");
    QTest::newRow("text after a quote")
        << QStringLiteral("a: \"x\" y\n") << 1 << QStringLiteral("text after a quoted value");
    QTest::newRow("bracket list not closed")
        << QStringLiteral("a: [x, y\n") << 1 << QStringLiteral("end the line with ']'");
    QTest::newRow("bracket list without space")
        << QStringLiteral("a: [x,y]\n") << 1 << QStringLiteral("separated by ', '");
    QTest::newRow("bracket list with quoted item then no space")
        << QStringLiteral("a: [\"x\",y]\n") << 1 << QStringLiteral("separated by ', '");
    QTest::newRow("two spaces after the dash")
        << QStringLiteral("a:\n  -  x\n") << 2 << QStringLiteral("one space after '-'");
    QTest::newRow("dash list at the key's level")
        << QStringLiteral("a:\n- x\n") << 1 << QStringLiteral("needs a value or a block");
    QTest::newRow("lone dash") << QStringLiteral("a:\n  -\n") << 2
                               << QStringLiteral("unexpected indentation");
    QTest::newRow("list at the top")
        << QStringLiteral("a: 1\n- x\n") << 2 << QStringLiteral("unexpected text");
    QTest::newRow("empty document")
        << QStringLiteral("# only a comment\n") << 1 << QStringLiteral("empty document");
    QTest::newRow("entry key deeper than its mapping")
        << QStringLiteral("a:\n  - x: 1\n      y: 2\n") << 3
        << QStringLiteral("unexpected indentation");
}

void TestCatalogue::refuses()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, what);
    QString error;
    QVERIFY(!StrictYaml::parse(text, QStringLiteral("bad.yaml"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("bad.yaml:%1: ").arg(line)), qPrintable(error));
    QVERIFY2(error.contains(what), qPrintable(error));
}

void TestCatalogue::shippedCatalogueKnowsDocumentedActions()
{
    const ActionCatalogue &catalogue = ActionCatalogue::shipped();
    const QStringList yaml =
        lines(QStringLiteral(AUDITLENS_SOURCE_DIR "/resources/catalogue/circleci-actions.yaml"));
    QCOMPARE(catalogue.entries().size(), yaml.filter(QStringLiteral("  - name: ")).size());
    QStringList written; // every name and alias as written
    for (const ActionEntry &entry : catalogue.entries())
        written << entry.name << entry.aliases;
    for (const QString &list : {QStringLiteral("circleci-documented-actions.txt"),
                                QStringLiteral("circleci-documented-actions-older.txt")}) {
        const QStringList actions = lines(tests::data(list));
        QVERIFY2(actions.size() > 10, qPrintable(list));
        for (const QString &action : actions) {
            QVERIFY2(catalogue.knows(action), qPrintable(action));
            QVERIFY2(written.contains(action), qPrintable(action + QStringLiteral(" as written")));
        }
    }
    QVERIFY(!catalogue.knows(u"context.secrets.harvested"));
    QVERIFY(!catalogue.knows(u"context_secrets_accessed")); // '_' is part of a word
    QVERIFY(!catalogue.knows(u""));
    QCOMPARE(catalogue.find(u"context.secrets.accessed")->sensitivity, QStringLiteral("high"));
    QCOMPARE(catalogue.find(u"context.secrets.accessed")->category, QStringLiteral("secrets"));
}

void TestCatalogue::bothSpellingsFindOneEntry()
{
    const ActionCatalogue &catalogue = ActionCatalogue::shipped();
    for (const ActionEntry &entry : catalogue.entries()) {
        QString dashed = entry.name;
        dashed.replace(QLatin1Char('.'), QLatin1Char('-'));
        QString dotted = entry.name;
        dotted.replace(QLatin1Char('-'), QLatin1Char('.'));
        QCOMPARE(catalogue.find(dashed), &entry);
        QCOMPARE(catalogue.find(dotted), &entry);
        for (const QString &alias : entry.aliases)
            QCOMPARE(catalogue.find(alias), &entry);
    }
    const ActionEntry *current = catalogue.find(u"workflow-job-start");
    QVERIFY(current);
    QCOMPARE(catalogue.find(u"workflow.job.start"), current);
    QCOMPARE(catalogue.find(u"role_grant.update"), catalogue.find(u"role_grant-update"));
    QVERIFY(catalogue.find(u"role_grant.update"));
}

void TestCatalogue::toolTips()
{
    const ActionCatalogue &catalogue = ActionCatalogue::shipped();
    QCOMPARE(catalogue.toolTip(u"context.secrets.accessed"),
             QStringLiteral("A job was given a context's secrets (its environment variables) to "
                            "run with.\nSecrets · High sensitivity"));
    QCOMPARE(catalogue.toolTip(u"workflow.job.start"), catalogue.toolTip(u"workflow-job-start"));
    QCOMPARE(catalogue.toolTip(u"org.rename"),
             QStringLiteral("The organization was renamed.\nOrg administration · Medium "
                            "sensitivity"));
    QCOMPARE(catalogue.toolTip(u"context.secrets.harvested"),
             QStringLiteral("Not in the action catalogue: a new action, or a misspelled one."));
    QCOMPARE(catalogue.toolTip(u""), QString());
    // Every category and sensitivity has a label of its own.
    QSet<QString> labels;
    for (const QString &category : ActionCatalogue::allowedCategories()) {
        const QString label = ActionCatalogue::categoryLabel(category);
        QVERIFY2(label != category && label.at(0).isUpper(), qPrintable(category));
        labels << label;
    }
    QCOMPARE(labels.size(), ActionCatalogue::allowedCategories().size());
    for (const QString &level : ActionCatalogue::allowedSensitivities())
        QVERIFY2(ActionCatalogue::sensitivityLabel(level).endsWith(QStringLiteral(" sensitivity")),
                 qPrintable(level));
}

void TestCatalogue::catalogueFileRefusals_data()
{
    QTest::addColumn<QString>("entries");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("what");

    const QString good = QStringLiteral("  - name: a.b\n"
                                        "    category: secrets\n"
                                        "    sensitivity: high\n"
                                        "    meaning: \"A thing.\"\n");
    QTest::newRow("bad category") << good + QStringLiteral("  - name: c.d\n"
                                                           "    category: secret\n"
                                                           "    sensitivity: high\n"
                                                           "    meaning: \"A thing.\"\n")
                                  << 8 << QStringLiteral("category 'secret'");
    QTest::newRow("bad sensitivity") << QStringLiteral("  - name: c.d\n"
                                                       "    category: secrets\n"
                                                       "    sensitivity: critical\n"
                                                       "    meaning: \"A thing.\"\n")
                                     << 5 << QStringLiteral("sensitivity 'critical'");
    QTest::newRow("same name in the other spelling")
        << good + QStringLiteral("  - name: a-b\n"
                                 "    category: secrets\n"
                                 "    sensitivity: high\n"
                                 "    meaning: \"A thing.\"\n")
        << 7 << QStringLiteral("also the action a.b");
    QTest::newRow("alias of another entry") << good + QStringLiteral("  - name: c.d\n"
                                                                     "    aliases: [e.f, a-b]\n"
                                                                     "    category: secrets\n"
                                                                     "    sensitivity: high\n"
                                                                     "    meaning: \"A thing.\"\n")
                                            << 8 << QStringLiteral("also the action a.b");
    QTest::newRow("no meaning") << QStringLiteral("  - name: c.d\n"
                                                  "    category: secrets\n"
                                                  "    sensitivity: high\n")
                                << 3 << QStringLiteral("no 'meaning'");
    QTest::newRow("unknown key") << QStringLiteral("  - name: c.d\n"
                                                   "    category: secrets\n"
                                                   "    colour: red\n")
                                 << 5 << QStringLiteral("unknown key 'colour'");
}

void TestCatalogue::catalogueFileRefusals()
{
    QFETCH(QString, entries);
    QFETCH(int, line);
    QFETCH(QString, what);
    const QString path =
        write(QStringLiteral("actions.yaml"), QStringLiteral("version: 1\nactions:\n") + entries);
    ActionCatalogue catalogue;
    QString error;
    QVERIFY(!catalogue.load(path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(":%1: ").arg(line)), qPrintable(error));
    QVERIFY2(error.contains(what), qPrintable(error));
    QVERIFY(catalogue.entries().isEmpty());
}

void TestCatalogue::shippedRulesLoad()
{
    QString error;
    const QString path =
        QStringLiteral(AUDITLENS_SOURCE_DIR "/resources/catalogue/circleci-rules.yaml");
    const std::optional<RuleList> rules = RuleBook::load(path, ActionCatalogue::shipped(), &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(RuleBook::shipped().size(), rules->size());
    QVERIFY(rules->size() >= 15);
    for (const Rule &rule : *rules) {
        QVERIFY2(!rule.title.isEmpty() && !rule.explanation.isEmpty(), qPrintable(rule.id));
        QVERIFY2(rule.enabled, qPrintable(rule.id));
    }
    QStringList ids;
    for (const Rule &rule : RuleBook::shipped())
        ids.append(rule.id);
    for (const char *id : {"secret-inventory-changed", "key-material-changed", "guardrail-removed",
                           "permissions-changed", "webhook-or-trigger-created",
                           "orb-release-promoted", "org-or-project-destroyed",
                           "first-seen-context-reader", "unknown-action", "lookalike-name"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
}

void TestCatalogue::fixedRules()
{
    QHash<QString, Rule> byId;
    for (const Rule &rule : RuleBook::shipped())
        byId.insert(rule.id, rule);
    const QStringList secrets{QStringLiteral("context.secrets.accessed")};

    const Rule offHours = byId.value(QStringLiteral("secrets-access-off-hours"));
    QCOMPARE(offHours.kind, QStringLiteral("off-hours"));
    QCOMPARE(offHours.list(QStringLiteral("actions")), secrets);
    QCOMPARE(offHours.list(QStringLiteral("days")),
             (QStringList{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                          QStringLiteral("thu"), QStringLiteral("fri")}));
    QCOMPARE(offHours.text(QStringLiteral("start")), QStringLiteral("07:00"));
    QCOMPARE(offHours.text(QStringLiteral("end")), QStringLiteral("19:00"));
    QCOMPARE(offHours.text(QStringLiteral("time_zone")), QStringLiteral("UTC"));
    QCOMPARE(offHours.text(QStringLiteral("success")), QStringLiteral("any"));

    const Rule burst = byId.value(QStringLiteral("secrets-access-burst"));
    QCOMPARE(burst.kind, QStringLiteral("burst"));
    QCOMPARE(burst.list(QStringLiteral("actions")), secrets);
    QCOMPARE(burst.text(QStringLiteral("more_than")), QStringLiteral("20"));
    QCOMPARE(burst.text(QStringLiteral("span_seconds")), QStringLiteral("600"));
    QCOMPARE(burst.text(QStringLiteral("group_by")), QStringLiteral("actor.id"));
    QCOMPARE(burst.severity, QStringLiteral("high"));

    const Rule newIp = byId.value(QStringLiteral("new-ip-for-actor"));
    QCOMPARE(newIp.kind, QStringLiteral("first-seen-pair"));
    QCOMPARE(newIp.list(QStringLiteral("actions")), QStringList());
    QVERIFY(newIp.parameters.value(QStringLiteral("actions")).canConvert<QStringList>());
    QCOMPARE(newIp.text(QStringLiteral("key")), QStringLiteral("actor.id"));
    QCOMPARE(newIp.text(QStringLiteral("value")), QStringLiteral("ip"));
    QCOMPARE(newIp.text(QStringLiteral("min_earlier")), QStringLiteral("1"));

    const Rule failed = byId.value(QStringLiteral("failed-sensitive-action"));
    QCOMPARE(failed.kind, QStringLiteral("action-set"));
    QCOMPARE(failed.text(QStringLiteral("success")), QStringLiteral("false"));
    const QStringList sensitive = failed.list(QStringLiteral("actions"));
    QCOMPARE(sensitive.size(), 28);
    for (const char *action :
         {"context.env_var.store", "context.restriction.delete", "checkout-key.delete-all",
          "deploy-keys.delete", "role_grant.update", "project_group_role_grant.update",
          "organization.settings.update", "release_integration.token.create", "orb.version.promote",
          "audit_log.download_url.generated"})
        QVERIFY2(sensitive.contains(QLatin1String(action)), action);
    for (const QString &action : sensitive)
        QVERIFY2(ActionCatalogue::shipped().knows(action), qPrintable(action));

    const Rule pulled = byId.value(QStringLiteral("audit-log-pulled"));
    QCOMPARE(pulled.kind, QStringLiteral("action-set"));
    QCOMPARE(pulled.severity, QStringLiteral("high"));
    QCOMPARE(pulled.list(QStringLiteral("actions")),
             (QStringList{QStringLiteral("audit_log.requested"),
                          QStringLiteral("audit_log.download_url.generated")}));
    QCOMPARE(pulled.text(QStringLiteral("success")), QStringLiteral("any"));
}

void TestCatalogue::defaultsAreFilledIn()
{
    QHash<QString, Rule> byId;
    for (const Rule &rule : RuleBook::shipped())
        byId.insert(rule.id, rule);
    const Rule unknown = byId.value(QStringLiteral("unknown-action"));
    QVERIFY(unknown.parameters.contains(QStringLiteral("ignore")));
    QCOMPARE(unknown.parameters.size(), 1);
    const Rule lookalike = byId.value(QStringLiteral("lookalike-name"));
    QCOMPARE(lookalike.list(QStringLiteral("concerns")).size(), 4);

    // Left out, the defaults the header documents.
    const QString path = write(QStringLiteral("defaults.yaml"),
                               QStringLiteral("version: 1\n"
                                              "rules:\n"
                                              "  - id: quiet-hours\n"
                                              "    title: \"Quiet\"\n"
                                              "    severity: low\n"
                                              "    kind: off-hours\n"
                                              "    enabled: false\n"
                                              "    parameters:\n"
                                              "      actions: [context-secrets-accessed]\n"
                                              "      days: [sat, sun]\n"
                                              "      start: \"22:00\"\n"
                                              "      end: \"06:00\"\n"
                                              "    explanation: \"Why.\"\n"
                                              "  - id: pairs\n"
                                              "    title: \"Pairs\"\n"
                                              "    severity: low\n"
                                              "    kind: first-seen-pair\n"
                                              "    parameters:\n"
                                              "      key: target.id\n"
                                              "      value: actor.id\n"
                                              "    explanation: \"Why.\"\n"
                                              "  - id: all-unknown\n"
                                              "    title: \"Unknown\"\n"
                                              "    severity: low\n"
                                              "    kind: unknown-action\n"
                                              "    explanation: \"Why.\"\n"
                                              "  - id: names\n"
                                              "    title: \"Names\"\n"
                                              "    severity: low\n"
                                              "    kind: lookalike-name\n"
                                              "    parameters:\n"
                                              "      fields: [actor.name]\n"
                                              "    explanation: \"Why.\"\n"));
    QString error;
    const std::optional<RuleList> rules = RuleBook::load(path, ActionCatalogue::shipped(), &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(rules->size(), 4);
    const Rule &quiet = rules->at(0);
    QVERIFY(!quiet.enabled);
    QCOMPARE(quiet.text(QStringLiteral("time_zone")), QStringLiteral("UTC"));
    QCOMPARE(quiet.text(QStringLiteral("success")), QStringLiteral("any"));
    QCOMPARE(quiet.list(QStringLiteral("actions")),
             QStringList{QStringLiteral("context-secrets-accessed")}); // as written
    const Rule &pairs = rules->at(1);
    QCOMPARE(pairs.list(QStringLiteral("actions")), QStringList());
    QVERIFY(pairs.parameters.contains(QStringLiteral("actions")));
    QCOMPARE(pairs.text(QStringLiteral("min_earlier")), QStringLiteral("1"));
    QCOMPARE(pairs.text(QStringLiteral("success")), QStringLiteral("any"));
    QCOMPARE(rules->at(2).list(QStringLiteral("ignore")), QStringList());
    QVERIFY(rules->at(2).parameters.contains(QStringLiteral("ignore")));
    QCOMPARE(rules->at(3).list(QStringLiteral("concerns")),
             (QStringList{QStringLiteral("invisible"), QStringLiteral("bidi-control"),
                          QStringLiteral("control"), QStringLiteral("mixed-scripts")}));
}

void TestCatalogue::rulesFileRefusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("what");

    const QString actionSet = QStringLiteral("action-set");
    QTest::newRow("unknown action")
        << oneRule(actionSet, QStringLiteral("      actions:\n"
                                             "        - context.secrets.accessed\n"
                                             "        - context.secrets.harvested\n"))
        << 10 << QStringLiteral("context.secrets.harvested is not in the action catalogue");
    QTest::newRow("bad kind") << oneRule(QStringLiteral("action-list"),
                                         QStringLiteral("      actions: [build.create]\n"))
                              << 6 << QStringLiteral("kind 'action-list'");
    QTest::newRow("parameter of another kind")
        << oneRule(actionSet, QStringLiteral("      actions: [build.create]\n"
                                             "      more_than: 3\n"))
        << 9 << QStringLiteral("takes no parameter 'more_than'");
    QTest::newRow("missing parameter")
        << oneRule(QStringLiteral("burst"), QStringLiteral("      actions: [build.create]\n"
                                                           "      group_by: actor.id\n"
                                                           "      span_seconds: 60\n"))
        << 7 << QStringLiteral("needs the parameter 'more_than'");
    QTest::newRow("count not a number")
        << oneRule(QStringLiteral("burst"), QStringLiteral("      actions: [build.create]\n"
                                                           "      group_by: actor.id\n"
                                                           "      more_than: twenty\n"
                                                           "      span_seconds: 60\n"))
        << 10 << QStringLiteral("'more_than' must be a whole number");
    QTest::newRow("list where a value goes")
        << oneRule(QStringLiteral("burst"), QStringLiteral("      actions: [build.create]\n"
                                                           "      group_by: [actor.id]\n"
                                                           "      more_than: 2\n"
                                                           "      span_seconds: 60\n"))
        << 9 << QStringLiteral("'group_by' must be a single value");
    QTest::newRow("value where a list goes")
        << oneRule(actionSet, QStringLiteral("      actions: build.create\n")) << 8
        << QStringLiteral("'actions' must be a list");
    QTest::newRow("bad field") << oneRule(QStringLiteral("first-seen-pair"),
                                          QStringLiteral("      key: actor.email\n"
                                                         "      value: ip\n"))
                               << 8 << QStringLiteral("'actor.email' is not a field");
    QTest::newRow("bad time") << oneRule(QStringLiteral("off-hours"),
                                         QStringLiteral("      actions: [build.create]\n"
                                                        "      days: [mon]\n"
                                                        "      start: \"7:00\"\n"
                                                        "      end: \"19:00\"\n"))
                              << 10 << QStringLiteral("'start' must be a time HH:MM");
    QTest::newRow("hour 24") << oneRule(QStringLiteral("off-hours"),
                                        QStringLiteral("      actions: [build.create]\n"
                                                       "      days: [mon]\n"
                                                       "      start: \"07:00\"\n"
                                                       "      end: \"24:00\"\n"))
                             << 11 << QStringLiteral("'end' must be a time HH:MM");
    QTest::newRow("bad day") << oneRule(QStringLiteral("off-hours"),
                                        QStringLiteral("      actions: [build.create]\n"
                                                       "      days: [mon, fr]\n"
                                                       "      start: \"07:00\"\n"
                                                       "      end: \"19:00\"\n"))
                             << 9 << QStringLiteral("'fr' is not a day");
    QTest::newRow("bad time zone") << oneRule(QStringLiteral("off-hours"),
                                              QStringLiteral("      actions: [build.create]\n"
                                                             "      days: [mon]\n"
                                                             "      start: \"07:00\"\n"
                                                             "      end: \"19:00\"\n"
                                                             "      time_zone: Europe/Atlantis\n"))
                                   << 12 << QStringLiteral("'Europe/Atlantis' is not a time zone");
    QTest::newRow("bad success") << oneRule(actionSet,
                                            QStringLiteral("      actions: [build.create]\n"
                                                           "      success: no\n"))
                                 << 9 << QStringLiteral("success must be any, true or false");
    QTest::newRow("bad concern") << oneRule(QStringLiteral("lookalike-name"),
                                            QStringLiteral("      fields: [actor.name]\n"
                                                           "      concerns: [emoji]\n"))
                                 << 9 << QStringLiteral("'emoji' is not a concern");
    QTest::newRow("empty actions") << oneRule(actionSet, QStringLiteral("      actions: []\n")) << 8
                                   << QStringLiteral("at least one entry");
    QTest::newRow("bad severity") << oneRule(actionSet,
                                             QStringLiteral("      actions: [build.create]\n"))
                                         .replace(QStringLiteral("severity: low"),
                                                  QStringLiteral("severity: critical"))
                                  << 5 << QStringLiteral("severity 'critical'");
    QTest::newRow("bad id") << oneRule(actionSet, QStringLiteral("      actions: [build.create]\n"))
                                   .replace(QStringLiteral("my-rule"), QStringLiteral("My_Rule"))
                            << 3 << QStringLiteral("'My_Rule' is not lower-case words");
    const QString rule = oneRule(actionSet, QStringLiteral("      actions: [build.create]\n"));
    QTest::newRow("duplicate id") << rule + rule.mid(rule.indexOf(QStringLiteral("  - id"))) << 10
                                  << QStringLiteral("my-rule is used by an earlier rule");
    QTest::newRow("no explanation")
        << QString(rule).remove(QStringLiteral("    explanation: \"Why it matters.\"\n")) << 3
        << QStringLiteral("no 'explanation'");
    QTest::newRow("bad enabled") << QString(rule).replace(
                                        QStringLiteral("    kind:"),
                                        QStringLiteral("    enabled: yes\n    kind:"))
                                 << 6 << QStringLiteral("enabled must be true or false");
    QTest::newRow("not the subset") << QString(rule).replace(QStringLiteral("title: \"Mine\""),
                                                             QStringLiteral("title: Mine: yours"))
                                    << 4 << QStringLiteral("not a plain value");
    QTest::newRow("wrong version")
        << QString(rule).replace(QStringLiteral("version: 1"), QStringLiteral("version: 2")) << 1
        << QStringLiteral("version: 1");
}

void TestCatalogue::rulesFileRefusals()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, what);
    const QString path = write(QStringLiteral("rules.yaml"), text);
    QString error;
    QVERIFY(!RuleBook::load(path, ActionCatalogue::shipped(), &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(":%1: ").arg(line)), qPrintable(error));
    QVERIFY2(error.contains(what), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
