// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "parsing/jsoneventsplitter.h"
#include "reading/jsonrecordreader.h"

#include <QFile>
#include <QTest>

using namespace auditlens;

namespace {
QByteArray readFile(const QString &name)
{
    QFile f(QStringLiteral(AUDITLENS_TEST_DATA "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return f.readAll();
}
} // namespace

class TestJsonRecordReader : public QObject
{
    Q_OBJECT

private slots:
    void layouts_data();
    void layouts();
    void splitterKeepsRawNestedText();
    void notJson();
    void deepNestingDoesNotRecurse();
};

void TestJsonRecordReader::layouts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("layout");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QList<bool>>("rejected");
    QTest::newRow("json lines") << "basic.jsonl" << int(JsonRecordReader::Layout::Lines)
                                << QList<qint64>{1, 2, 3, 4, 5}
                                << QList<bool>{false, false, false, false, false};
    QTest::newRow("json lines, truncated object")
        << "broken.jsonl" << int(JsonRecordReader::Layout::Lines) << QList<qint64>{1, 2, 3, 4}
        << QList<bool>{false, false, false, false};
    QTest::newRow("array") << "array.json" << int(JsonRecordReader::Layout::Array)
                           << QList<qint64>{2, 51, 82} << QList<bool>{false, false, false};
    QTest::newRow("items") << "items.json" << int(JsonRecordReader::Layout::Items)
                           << QList<qint64>{1, 2, 3} << QList<bool>{false, false, false};
}

void TestJsonRecordReader::layouts()
{
    QFETCH(QString, file);
    QFETCH(int, layout);
    QFETCH(QList<qint64>, lines);
    QFETCH(QList<bool>, rejected);
    const QByteArray data = readFile(file);
    for (const qint64 chunk : {qint64(1), qint64(7), qint64(1) << 20}) {
        MemorySource source(data, chunk);
        JsonRecordReader reader(source, kDefaultMaxRecordBytes, 64);
        QString error;
        QVERIFY2(reader.start(&error), qPrintable(error));
        QCOMPARE(int(reader.layout()), layout);
        RawRecord record;
        QList<qint64> seenLines;
        QList<bool> seenRejected;
        JsonEventSplitter splitter;
        EventCells cells;
        int splitFailures = 0;
        while (reader.next(record)) {
            seenLines << record.line;
            seenRejected << record.rejected;
            std::string_view duplicate;
            QString why;
            if (!record.rejected && !splitter.split(record.raw, cells, &why, &duplicate))
                ++splitFailures;
        }
        QCOMPARE(seenLines, lines);
        QCOMPARE(seenRejected, rejected);
        // broken.jsonl's third line is read as a record; the splitter refuses it.
        QCOMPARE(splitFailures, file == QLatin1String("broken.jsonl") ? 1 : 0);
    }
}

void TestJsonRecordReader::splitterKeepsRawNestedText()
{
    JsonEventSplitter splitter;
    EventCells cells;
    QString error;
    std::string_view duplicate;
    const std::string text =
        R"({"action":"context.create","actor":{ "id" : "u1","type":"user" },"success":true,)"
        R"("version":1,"id":"e\u0031","payload":{"n":12345678901234567890},"Region":"eu"})";
    QVERIFY(splitter.split(text, cells, &error, &duplicate));
    QCOMPARE(QByteArray(cells[Column::Actor].data(), qsizetype(cells[Column::Actor].size())),
             QByteArray(R"({ "id" : "u1","type":"user" })"));
    QCOMPARE(std::string(cells[Column::Id]), std::string("e1"));
    QCOMPARE(std::string(cells[Column::Success]), std::string("true"));
    QCOMPARE(std::string(cells[Column::Version]), std::string("1"));
    QCOMPARE(std::string(cells[Column::Payload]), std::string(R"({"n":12345678901234567890})"));
    QCOMPARE(cells.extras.size(), size_t(1));
    QCOMPARE(std::string(cells.extras[0].first), std::string("Region"));
    QVERIFY(duplicate.empty());
    QVERIFY(splitter.split(R"({"id":"a","ID":"b"})", cells, &error, &duplicate));
    QCOMPARE(std::string(duplicate), std::string("ID"));
    QCOMPARE(std::string(cells[Column::Id]), std::string("a"));
}

void TestJsonRecordReader::notJson()
{
    MemorySource source(QByteArray("hello world\n"));
    JsonRecordReader reader(source);
    QString error;
    QVERIFY(!reader.start(&error));
    QVERIFY(!error.isEmpty());
}

void TestJsonRecordReader::deepNestingDoesNotRecurse()
{
    const QByteArray deep = "[" + QByteArray(100000, '[') + QByteArray(100000, ']') + "]";
    MemorySource source(deep);
    JsonRecordReader reader(source);
    QString error;
    QVERIFY(reader.start(&error));
    RawRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(qsizetype(record.raw.size()), qsizetype(200000));
    QVERIFY(!reader.next(record));
}

QTEST_GUILESS_MAIN(TestJsonRecordReader)
#include "tst_jsonrecordreader.moc"
