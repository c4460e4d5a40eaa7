// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Extra columns as the case keeps them: every cell of a header that repeats a name, and the
// unique names they are written under where names must be unique.

#include "store/extracolumns.h"
#include "store/uniquenames.h"

#include <QTest>

using namespace auditlens;

class TestExtraColumns : public QObject
{
    Q_OBJECT

private slots:
    void uniqueNames_data();
    void uniqueNames();
    void storedCellsKeepRepeats();
    void manyColumnsAreLinear();
};

void TestExtraColumns::uniqueNames_data()
{
    QTest::addColumn<QStringList>("reserved");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expected");
    const QStringList none;
    QTest::newRow("distinct names stay")
        << none << QStringList{QStringLiteral("region"), QStringLiteral("team")}
        << QStringList{QStringLiteral("region"), QStringLiteral("team")};
    QTest::newRow("a repeated name is numbered")
        << none
        << QStringList{QStringLiteral("extra"), QStringLiteral("extra"), QStringLiteral("extra")}
        << QStringList{QStringLiteral("extra"), QStringLiteral("extra (2)"),
                       QStringLiteral("extra (3)")};
    QTest::newRow("a name the writer uses")
        << QStringList{QStringLiteral("source"), QStringLiteral("line")}
        << QStringList{QStringLiteral("source"), QStringLiteral("line"), QStringLiteral("line")}
        << QStringList{QStringLiteral("source (2)"), QStringLiteral("line (2)"),
                       QStringLiteral("line (3)")};
    QTest::newRow("case and surrounding spaces do not make a name unique")
        << QStringList{QStringLiteral("source")}
        << QStringList{QStringLiteral("Source"), QStringLiteral(" REGION"),
                       QStringLiteral("region ")}
        << QStringList{QStringLiteral("Source (2)"), QStringLiteral(" REGION"),
                       QStringLiteral("region  (2)")};
    QTest::newRow("a column really called like a repeat")
        << none
        << QStringList{QStringLiteral("extra"), QStringLiteral("extra (2)"),
                       QStringLiteral("extra")}
        << QStringList{QStringLiteral("extra"), QStringLiteral("extra (2)"),
                       QStringLiteral("extra (3)")};
    QTest::newRow("a repeat before the column called like it")
        << none
        << QStringList{QStringLiteral("extra"), QStringLiteral("extra"),
                       QStringLiteral("extra (2)")}
        << QStringList{QStringLiteral("extra"), QStringLiteral("extra (2)"),
                       QStringLiteral("extra (2) (2)")};
    QTest::newRow("non-ASCII case")
        << none << QStringList{QStringLiteral("Región"), QStringLiteral("REGIÓN")}
        << QStringList{QStringLiteral("Región"), QStringLiteral("REGIÓN (2)")};
}

void TestExtraColumns::uniqueNames()
{
    QFETCH(QStringList, reserved);
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    UniqueNames unique(reserved);
    for (int round = 0; round < 2; ++round) {
        QStringList taken;
        for (const QString &name : names)
            taken << QString::fromStdString(unique.take(name.toStdString()));
        QCOMPARE(taken, expected);
        unique.reset(); // the same again for the next event
    }
}

void TestExtraColumns::storedCellsKeepRepeats()
{
    ExtraColumns extras;
    QVERIFY(extras.read(R"({"extra":"a","region":"eu","extra":"b","extra":""})"));
    const std::vector<ExtraColumns::Cell> &cells = extras.cells();
    QCOMPARE(cells.size(), size_t(4));
    const char *names[] = {"extra", "region", "extra", "extra"};
    const int occurrences[] = {1, 1, 2, 3};
    const char *values[] = {"a", "eu", "b", ""};
    for (size_t i = 0; i < cells.size(); ++i) {
        QCOMPARE(std::string(cells[i].name), std::string(names[i]));
        QCOMPARE(cells[i].occurrence, occurrences[i]);
        QCOMPARE(std::string(cells[i].value), std::string(values[i]));
    }
    QVERIFY(extras.read({}));
    QVERIFY(extras.cells().empty());
    QVERIFY(!extras.read("[1,2]"));
    QVERIFY(extras.cells().empty());
}

// Past the few cells compared pairwise, names go through a hash: 100,000 columns, half of them
// repeats, are read with their occurrences right.
void TestExtraColumns::manyColumnsAreLinear()
{
    std::string stored = "{";
    for (int i = 0; i < 100000; ++i) {
        if (i > 0)
            stored += ',';
        stored += "\"c" + std::to_string(i / 2) + "\":\"" + std::to_string(i) + '"';
    }
    stored += '}';
    ExtraColumns extras;
    QVERIFY(extras.read(stored));
    QCOMPARE(extras.cells().size(), size_t(100000));
    for (size_t i = 0; i < extras.cells().size(); ++i)
        QCOMPARE(extras.cells()[i].occurrence, int(i % 2) + 1);
}

QTEST_APPLESS_MAIN(TestExtraColumns)
#include "tst_extracolumns.moc"
