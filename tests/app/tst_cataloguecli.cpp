// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// auditlens-cli catalogue: the shipped action catalogue, as JSON for scripts (every entry of the
// YAML, with its fields) and as aligned lines for a reader.

#include "robustness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using auditlens::robustness::runCli;

class TestCatalogueCli : public QObject
{
    Q_OBJECT

private slots:
    void json();
    void text();
    void refusesArguments();
};

void TestCatalogueCli::json()
{
    QFile yaml(QStringLiteral(AUDITLENS_SOURCE_DIR "/resources/catalogue/circleci-actions.yaml"));
    QVERIFY(yaml.open(QIODevice::ReadOnly));
    const qsizetype entries =
        QString::fromUtf8(yaml.readAll()).count(QStringLiteral("\n  - name: "));
    QVERIFY(entries > 50);

    const auto run = runCli({QStringLiteral("catalogue"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc.object().keys(), QStringList{QStringLiteral("actions")});
    const QJsonArray actions = doc.object().value(QStringLiteral("actions")).toArray();
    QCOMPARE(actions.size(), entries);

    QJsonObject secrets;
    for (const QJsonValue &action : actions) {
        const QJsonObject o = action.toObject();
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("aliases"), QStringLiteral("category"),
                                        QStringLiteral("meaning"), QStringLiteral("name"),
                                        QStringLiteral("sensitivity")}));
        QVERIFY(o.value(QStringLiteral("aliases")).isArray());
        if (o.value(QStringLiteral("name")).toString() == QLatin1String("context.secrets.accessed"))
            secrets = o;
    }
    QCOMPARE(secrets.value(QStringLiteral("category")).toString(), QStringLiteral("secrets"));
    QCOMPARE(secrets.value(QStringLiteral("sensitivity")).toString(), QStringLiteral("high"));
    QCOMPARE(secrets.value(QStringLiteral("meaning")).toString(),
             QStringLiteral("A job was given a context's secrets (its environment variables) to "
                            "run with."));
    QCOMPARE(secrets.value(QStringLiteral("aliases")).toArray().size(), 0);
}

void TestCatalogueCli::text()
{
    const auto run = runCli({QStringLiteral("catalogue")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines =
        QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 50);
    // Aligned: every line's sensitivity starts in the same column, after the longest name.
    qsizetype column = 0;
    for (const QString &line : lines)
        column = std::max(column, line.indexOf(QLatin1Char(' ')) + 2);
    for (const QString &line : lines) {
        const QString rest = line.mid(column);
        QVERIFY2(rest.startsWith(QLatin1String("high")) ||
                     rest.startsWith(QLatin1String("medium")) ||
                     rest.startsWith(QLatin1String("low")),
                 qPrintable(line));
    }
    const QStringList secrets = lines.filter(QStringLiteral("context.secrets.accessed "));
    QCOMPARE(secrets.size(), 1);
    QVERIFY(secrets.first().contains(QStringLiteral("  high    secrets  ")));
    QVERIFY(secrets.first().endsWith(QStringLiteral("to run with.")));
}

void TestCatalogueCli::refusesArguments()
{
    const auto run = runCli({QStringLiteral("catalogue"), QStringLiteral("case.auditlens")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("catalogue takes no argument"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCatalogueCli)
#include "tst_cataloguecli.moc"
