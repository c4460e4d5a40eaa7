// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// auditlens-cli import --map: an export whose header names the audit fields otherwise imports
// through a column mapping, counts as the generator's manifest says, and writes its own columns
// back; without the mapping, or with a wrong one, the import says what to do.

#include "robustness.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The generator's header names, renamed as a SIEM re-export might; version (not required) is
// renamed too and left out of the mapping.
const QList<QPair<QByteArray, QByteArray>> kRenamed = {
    {"occurred_at", "When"},       {"actor", "Who"}, {"id", "Event ID"}, {"success", "Succeeded?"},
    {"version", "Schema Version"},
};
const QByteArray kMap =
    R"({"columns": {"occurred_at": "When", "actor": "who", "id": " Event ID", "success": "Succeeded?"}})";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestColumnMapCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsWithTheMapping();
    void refusedWithoutTheMapping();
    void badMappings_data();
    void badMappings();

private:
    auditlens::robustness::CliRun cli(const QStringList &args) const
    {
        return auditlens::robustness::runCli(args, {}, {}, 300000);
    }
    QString writeMap(const QString &name, const QByteArray &json) const;

    QTemporaryDir m_dir;
    QString m_plain;   // as generated
    QString m_renamed; // the same bytes, its header renamed
    QJsonObject m_manifest;
};

QString TestColumnMapCli::writeMap(const QString &name, const QByteArray &json) const
{
    const QString path = m_dir.filePath(name);
    if (!auditlens::robustness::writeFile(path, json))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestColumnMapCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_plain = m_dir.filePath(QStringLiteral("plain.csv"));
    const QString manifest = m_plain + QStringLiteral(".manifest.json");
    QProcess p;
    p.start(QStringLiteral("python3"),
            {QStringLiteral(AUDITLENS_SOURCE_DIR "/scripts/gen_audit.py"), m_plain,
             QStringLiteral("--rows"), QStringLiteral("3000"), QStringLiteral("--bad"),
             QStringLiteral("7"), QStringLiteral("--dup-rate"), QStringLiteral("0.05"),
             QStringLiteral("--conflict-rate"), QStringLiteral("0.01"), QStringLiteral("--seed"),
             QStringLiteral("21"), QStringLiteral("--manifest"), manifest});
    QVERIFY(p.waitForFinished(300000));
    QCOMPARE(p.exitCode(), 0);
    m_manifest = QJsonDocument::fromJson(readAll(manifest)).object();
    QVERIFY(m_manifest.value(QStringLiteral("records")).toInteger() > 0);

    const QByteArray bytes = readAll(m_plain);
    const qsizetype end = bytes.indexOf('\n');
    QVERIFY(end > 0);
    QList<QByteArray> names = bytes.left(end).split(',');
    for (const auto &[from, to] : kRenamed) {
        const qsizetype at = names.indexOf(from);
        QVERIFY2(at >= 0, from.constData());
        names[at] = to;
    }
    m_renamed = m_dir.filePath(QStringLiteral("renamed.csv"));
    QVERIFY(auditlens::robustness::writeFile(m_renamed, names.join(',') + bytes.mid(end)));
}

void TestColumnMapCli::importsWithTheMapping()
{
    const QString map = writeMap(QStringLiteral("good.json"), kMap);
    const QString casePath = m_dir.filePath(QStringLiteral("mapped.auditlens"));
    const auto run = cli({QStringLiteral("import"), casePath, m_renamed, QStringLiteral("--map"),
                          map, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject r = QJsonDocument::fromJson(run.out).object();
    auto n = [](const QJsonObject &o, const char *key) {
        return o[QLatin1String(key)].toInteger();
    };
    QCOMPARE(n(r, "records"), n(m_manifest, "records"));
    QCOMPARE(n(r, "imported"), n(m_manifest, "imported_records"));
    QCOMPARE(n(r, "rejected"), n(m_manifest, "rejected_records"));
    QCOMPARE(n(r, "records"), n(r, "imported") + n(r, "rejected"));
    QCOMPARE(n(r, "duplicate_ids"), n(m_manifest, "duplicate_ids"));
    QCOMPARE(n(r, "conflicting_duplicate_ids"), n(m_manifest, "conflicting_duplicate_ids"));
    // The mapped fields are the fields: times, actors and success filter as in the plain file.
    const QString plainCase = m_dir.filePath(QStringLiteral("plain.auditlens"));
    QCOMPARE(cli({QStringLiteral("import"), plainCase, m_plain}).exitCode, 0);
    const QStringList query = {QStringLiteral("query"),     QString(),
                               QStringLiteral("--format"),  QStringLiteral("jsonl"),
                               QStringLiteral("--success"), QStringLiteral("false")};
    QStringList mappedQuery = query, plainQuery = query;
    mappedQuery[1] = casePath;
    plainQuery[1] = plainCase;
    const auto mappedRows = cli(mappedQuery);
    const auto plainRows = cli(plainQuery);
    QCOMPARE(mappedRows.exitCode, 0);
    QVERIFY(mappedRows.out.count('\n') > 0);
    // The same events in the same order, with the same fields.
    const QList<QByteArray> mappedLines = mappedRows.out.trimmed().split('\n');
    const QList<QByteArray> plainLines = plainRows.out.trimmed().split('\n');
    QCOMPARE(mappedLines.size(), plainLines.size());
    for (qsizetype i = 0; i < plainLines.size(); ++i) {
        const QJsonObject a = QJsonDocument::fromJson(mappedLines.at(i)).object();
        const QJsonObject b = QJsonDocument::fromJson(plainLines.at(i)).object();
        for (const char *key : {"id", "occurred_at", "action", "actor", "target", "success"})
            QCOMPARE(a.value(QLatin1String(key)), b.value(QLatin1String(key)));
    }
    const auto count = [&](const QString &c, const QString &actor) {
        return cli({QStringLiteral("query"), c, QStringLiteral("--actor"), actor,
                    QStringLiteral("--count")})
            .out.trimmed();
    };
    const QJsonObject first = QJsonDocument::fromJson(plainRows.out.split('\n').first()).object();
    const QString actor =
        first.value(QStringLiteral("actor")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!actor.isEmpty());
    QCOMPARE(count(casePath, actor), count(plainCase, actor));
    // The original CSV writes the file's own header and cells back: the renamed file's export is
    // the plain file's export with the header renamed.
    const QString mappedOut = m_dir.filePath(QStringLiteral("mapped-out.csv"));
    const QString plainOut = m_dir.filePath(QStringLiteral("plain-out.csv"));
    for (const auto &[c, o] : {std::pair{casePath, mappedOut}, std::pair{plainCase, plainOut}})
        QCOMPARE(cli({QStringLiteral("export"), c, QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("--output"), o})
                     .exitCode,
                 0);
    const QByteArray mapped = readAll(mappedOut);
    const QByteArray plain = readAll(plainOut);
    const qsizetype headerEnd = plain.indexOf('\n');
    QList<QByteArray> names = plain.left(headerEnd).split(',');
    for (const auto &[from, to] : kRenamed)
        names[names.indexOf(from)] = to;
    QVERIFY(!plain.isEmpty());
    QCOMPARE(mapped, names.join(',') + plain.mid(headerEnd));
}

void TestColumnMapCli::refusedWithoutTheMapping()
{
    const QString casePath = m_dir.filePath(QStringLiteral("unmapped.auditlens"));
    const auto run = cli({QStringLiteral("import"), casePath, m_renamed});
    QCOMPARE(run.exitCode, 1);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(QLatin1String("error:")), run.err.constData());
    // The missing fields, the file's header and how to write a mapping.
    for (const char *part : {"actor, occurred_at, id, success", "When", "Who", "Event ID",
                             "--map FILE.json", "{\"columns\": {\"actor\":"})
        QVERIFY2(err.contains(QLatin1String(part)), qPrintable(err));
    // Nothing was left behind: the case made for the import is removed again.
    QVERIFY(!QFile::exists(casePath));
}

void TestColumnMapCli::badMappings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    QTest::newRow("not json") << QByteArray("occurred_at = When")
                              << QStringLiteral("is not JSON of the form");
    QTest::newRow("no columns object")
        << QByteArray(R"({"occurred_at": "When"})") << QStringLiteral("is not JSON of the form");
    QTest::newRow("unknown field") << QByteArray(R"({"columns": {"occurred": "When"}})")
                                   << QStringLiteral("names \"occurred\", which is no audit field");
    QTest::newRow("not a name") << QByteArray(R"({"columns": {"id": 7}})")
                                << QStringLiteral("gives \"id\" no column name");
    QTest::newRow("two fields, one column")
        << QByteArray(R"({"columns": {"id": "Event ID", "actor": "event id"}})")
        << QStringLiteral("takes both actor and id from the column");
    QTest::newRow("column the file lacks")
        << QByteArray(
               R"({"columns": {"occurred_at": "Time", "actor": "Who", "id": "Event ID", "success": "Succeeded?"}})")
        << QStringLiteral("takes occurred_at from the column \"Time\", which the file's header "
                          "does not have");
    QTest::newRow("another field's own column")
        << QByteArray(R"({"columns": {"occurred_at": "payload"}})")
        << QStringLiteral("which is the file's own payload column");
}

void TestColumnMapCli::badMappings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    const QString map = writeMap(QStringLiteral("bad.json"), json);
    const QString casePath = m_dir.filePath(QStringLiteral("bad.auditlens"));
    const auto run =
        cli({QStringLiteral("import"), casePath, m_renamed, QStringLiteral("--map"), map});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
    QVERIFY(!QFile::exists(casePath));
    // A mapping file that cannot be read is an error too.
    const auto missing =
        cli({QStringLiteral("import"), casePath, m_renamed, QStringLiteral("--map"),
             m_dir.filePath(QStringLiteral("none.json"))});
    QCOMPARE(missing.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestColumnMapCli)
#include "tst_columnmapcli.moc"
