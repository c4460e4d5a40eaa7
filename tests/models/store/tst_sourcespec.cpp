// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// A SOURCE argument as remove-source reads it: by number, path, unique file name or a unique
// SHA-256 prefix; anything else is refused with the candidates named.

#include "store/sourcespec.h"

#include <QDir>
#include <QTest>

using namespace auditlens;

class TestSourceSpec : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data();
    void resolve();

private:
    static QVector<SourceInfo> sources();
};

QVector<SourceInfo> TestSourceSpec::sources()
{
    auto source = [](qint64 id, const QString &path, const char *sha) {
        SourceInfo s;
        s.id = id;
        s.path = path;
        s.fileName = path.section(QLatin1Char('/'), -1);
        s.sha256 = QLatin1String(sha);
        return s;
    };
    return {
        source(1, QStringLiteral("/evidence/aug/audit.csv"),
               "aaaa11112222333344445555666677778888999900001111222233334444aaaa"),
        source(2, QStringLiteral("/evidence/sep/audit.csv"),
               "aaaa1199aaaabbbbccccddddeeeeffff0000111122223333444455556666bbbb"),
        source(3, QStringLiteral("/evidence/stream.jsonl"),
               "123456ffeeddccbbaa99887766554433221100ffeeddccbbaa9988776655cccc"),
        source(12, QDir::current().absoluteFilePath(QStringLiteral("here.csv")),
               "bbbb000011112222333344445555666677778888999900001111222233334444"),
    };
}

void TestSourceSpec::resolve_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<qint64>("expected");       // 0: refused
    QTest::addColumn<QStringList>("mentioned"); // what the refusal must name

    const QStringList none;
    QTest::newRow("number") << QStringLiteral("2") << qint64(2) << none;
    QTest::newRow("number with spaces") << QStringLiteral(" 12 ") << qint64(12) << none;
    QTest::newRow("unknown number")
        << QStringLiteral("7") << qint64(0)
        << QStringList{QStringLiteral("not a source"), QStringLiteral("1 (audit.csv"),
                       QStringLiteral("12 (here.csv")};
    QTest::newRow("recorded path")
        << QStringLiteral("/evidence/sep/audit.csv") << qint64(2) << none;
    QTest::newRow("path from the working folder")
        << QStringLiteral("here.csv") << qint64(12) << none;
    QTest::newRow("unique file name") << QStringLiteral("stream.jsonl") << qint64(3) << none;
    QTest::newRow("file name of two sources")
        << QStringLiteral("audit.csv") << qint64(0)
        << QStringList{QStringLiteral("more than one"), QStringLiteral("1 (audit.csv"),
                       QStringLiteral("2 (audit.csv")};
    QTest::newRow("digest prefix") << QStringLiteral("aaaa1111") << qint64(1) << none;
    QTest::newRow("digest prefix in capitals") << QStringLiteral("AAAA1199") << qint64(2) << none;
    QTest::newRow("digest prefix of two sources")
        << QStringLiteral("aaaa11") << qint64(0)
        << QStringList{QStringLiteral("more than one"),
                       QStringLiteral("1 (audit.csv, SHA-256 aaaa11112222"),
                       QStringLiteral("2 (audit.csv, SHA-256 aaaa1199aaaa")};
    QTest::newRow("digest prefix too short")
        << QStringLiteral("bbbb0") << qint64(0)
        << QStringList{QStringLiteral("at least 6 hex digits")};
    QTest::newRow("all-digit digest prefix") << QStringLiteral("123456") << qint64(3) << none;
    QTest::newRow("whole digest")
        << QStringLiteral("bbbb000011112222333344445555666677778888999900001111222233334444")
        << qint64(12) << none;
    QTest::newRow("nothing like it")
        << QStringLiteral("october.csv") << qint64(0)
        << QStringList{QStringLiteral("october.csv is not a source of the case")};
    QTest::newRow("empty") << QString() << qint64(0) << QStringList{QStringLiteral("no source")};
}

void TestSourceSpec::resolve()
{
    QFETCH(QString, spec);
    QFETCH(qint64, expected);
    QFETCH(QStringList, mentioned);
    QString error;
    const std::optional<SourceInfo> found = SourceSpec::resolve(sources(), spec, &error);
    if (expected == 0) {
        QVERIFY(!found);
        for (const QString &text : mentioned)
            QVERIFY2(error.contains(text), qPrintable(error));
    } else {
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(found->id, expected);
    }
}

QTEST_GUILESS_MAIN(TestSourceSpec)
#include "tst_sourcespec.moc"
