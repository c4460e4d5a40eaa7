// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "parsing/eventparser.h"

#include <QRegularExpression>
#include <QTest>

#include <string>

using namespace auditlens;

namespace {
struct Cells
{
    std::string text[kColumnCount];
    bool present[kColumnCount] = {};

    Cells()
    {
        set(Column::Action, "context.create");
        set(Column::Actor, R"({"id":"u1","type":"user","name":"oren1"})");
        set(Column::Target, R"({"id":"c1","type":"context","name":"aws-prod"})");
        set(Column::Payload, R"({"env_var":{"name":"NPM_TOKEN"}})");
        set(Column::OccurredAt, "2026-01-03T10:02:11.123456789Z");
        set(Column::Metadata, "{}");
        set(Column::Id, "7f3c0000-0000-4000-8000-000000000001");
        set(Column::Version, "1");
        set(Column::Scope, R"({"id":"o1","type":"organization","name":"acme-corp"})");
        set(Column::Success, "true");
        set(Column::Request, R"({"id":"r1"})");
    }
    void set(Column c, const std::string &value)
    {
        text[columnIndex(c)] = value;
        present[columnIndex(c)] = true;
    }
    void unset(Column c) { present[columnIndex(c)] = false; }
    EventCells cells() const
    {
        EventCells cells;
        for (int i = 0; i < kColumnCount; ++i) {
            if (present[i])
                cells.set(static_cast<Column>(i), text[i]);
        }
        cells.line = 7;
        cells.offset = 1234;
        return cells;
    }
};

QString s(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}
} // namespace

Q_DECLARE_METATYPE(auditlens::Column)

class TestEventParser : public QObject
{
    Q_OBJECT

private slots:
    void goodEvent();
    void contentProblems_data();
    void contentProblems();
    void absentOptionalColumns();
    void duplicateKeysAreFlagged();
    void deepJsonIsFlaggedNotFatal();
    void outOfRangeNumberIsValidJson();
};

void TestEventParser::goodEvent()
{
    EventParser parser;
    ParsedEvent event;
    std::vector<Problem> problems;
    const Cells c;
    parser.parse(c.cells(), event, problems);
    QVERIFY(problems.empty());
    QCOMPARE(event.flags, 0u);
    QCOMPARE(s(event.actor.id), QStringLiteral("u1"));
    QCOMPARE(s(event.actor.type), QStringLiteral("user"));
    QCOMPARE(s(event.actor.name), QStringLiteral("oren1"));
    QCOMPARE(s(event.target.name), QStringLiteral("aws-prod"));
    QCOMPARE(s(event.scope.name), QStringLiteral("acme-corp"));
    QCOMPARE(s(event.requestId), QStringLiteral("r1"));
    QVERIFY(event.hasTime);
    QCOMPARE(event.occurredNs, qint64(1767434531123456789));
    QCOMPARE(event.success, EventSuccess::True);
}

void TestEventParser::contentProblems_data()
{
    QTest::addColumn<Column>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    QTest::newRow("truncated payload")
        << Column::Payload << R"({"id": "truncated)" << int(ProblemKind::InvalidJson);
    QTest::newRow("actor not an object")
        << Column::Actor << "[1,2]" << int(ProblemKind::NotAnObject);
    QTest::newRow("NaN in metadata")
        << Column::Metadata << R"({"x":NaN})" << int(ProblemKind::InvalidJson);
    QTest::newRow("invalid escape")
        << Column::Payload << R"({"x":"\q"})" << int(ProblemKind::InvalidJson);
    QTest::newRow("bad time") << Column::OccurredAt << "yesterday"
                              << int(ProblemKind::BadTimestamp);
    QTest::newRow("impossible date")
        << Column::OccurredAt << "2026-02-30T00:00:00Z" << int(ProblemKind::BadTimestamp);
    QTest::newRow("empty id") << Column::Id << "" << int(ProblemKind::EmptyId);
    QTest::newRow("success maybe") << Column::Success << "maybe" << int(ProblemKind::BadSuccess);
    QTest::newRow("version words") << Column::Version << "one" << int(ProblemKind::BadVersion);
    QTest::newRow("number beyond a double")
        << Column::Payload << R"({"x":1e400})" << int(ProblemKind::NumberOutOfRange);
    QTest::newRow("negative number beyond a double")
        << Column::Metadata << R"({"x":[1,-1e400]})" << int(ProblemKind::NumberOutOfRange);
    QTest::newRow("400-digit integer")
        << Column::Payload << QStringLiteral("{\"x\":%1}").arg(QString(400, QLatin1Char('9')))
        << int(ProblemKind::NumberOutOfRange);
    QTest::newRow("out of range and a big integer")
        << Column::Payload << R"({"x":1e400,"y":123456789012345678901234567890})"
        << int(ProblemKind::NumberOutOfRange);
    QTest::newRow("out of range in an invalid document")
        << Column::Payload << R"({"x":1e400,})" << int(ProblemKind::InvalidJson);
}

// A content problem keeps the event, flags it once, and names its line and column.
void TestEventParser::contentProblems()
{
    QFETCH(Column, column);
    QFETCH(QString, value);
    QFETCH(int, kind);
    Cells c;
    c.set(column, value.toStdString());
    EventParser parser;
    ParsedEvent event;
    std::vector<Problem> problems;
    parser.parse(c.cells(), event, problems);
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(int(problems[0].kind), kind);
    QCOMPARE(problems[0].severity, Severity::Flagged);
    QCOMPARE(problems[0].line, qint64(7));
    QCOMPARE(problems[0].offset, qint64(1234));
    QCOMPARE(problems[0].column, QLatin1String(columnName(column)));
    QVERIFY(!problems[0].message.isEmpty());
    QCOMPARE(event.flags, flagBit(static_cast<ProblemKind>(kind)));
}

void TestEventParser::absentOptionalColumns()
{
    Cells c;
    c.unset(Column::Request);
    c.unset(Column::Metadata);
    c.unset(Column::Version);
    c.set(Column::Payload, "");
    EventParser parser;
    ParsedEvent event;
    std::vector<Problem> problems;
    parser.parse(c.cells(), event, problems);
    QVERIFY(problems.empty());
    QVERIFY(event.requestId.empty());
}

void TestEventParser::duplicateKeysAreFlagged()
{
    Cells c;
    c.set(Column::Payload, R"({"a":{"k":1,"k":2}})");
    EventParser parser;
    ParsedEvent event;
    std::vector<Problem> problems;
    parser.parse(c.cells(), event, problems);
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(problems[0].kind, ProblemKind::DuplicateKey);
}

void TestEventParser::deepJsonIsFlaggedNotFatal()
{
    Cells c;
    c.set(Column::Payload, std::string(10000, '[') + std::string(10000, ']'));
    EventParser parser;
    ParsedEvent event;
    std::vector<Problem> problems;
    parser.parse(c.cells(), event, problems);
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(problems[0].kind, ProblemKind::InvalidJson);
    // The message names the limit the document went past.
    QVERIFY2(
        problems[0].message.contains(QRegularExpression(QStringLiteral("more than 1.?024 levels"))),
        qPrintable(problems[0].message));
}

// 1e400 is JSON; only no double holds it. The message says so, the entity is still read.
void TestEventParser::outOfRangeNumberIsValidJson()
{
    Cells c;
    c.set(Column::Actor, R"({"id":"u9","type":"user","name":"nine","score":-1e400})");
    EventParser parser;
    ParsedEvent event;
    std::vector<Problem> problems;
    parser.parse(c.cells(), event, problems);
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(problems[0].kind, ProblemKind::NumberOutOfRange);
    QCOMPARE(QLatin1String(problemKindName(problems[0].kind)),
             QLatin1String("number_out_of_range"));
    QVERIFY2(problems[0].message.contains(QStringLiteral("-1e400")),
             qPrintable(problems[0].message));
    QVERIFY2(problems[0].message.contains(QStringLiteral("valid JSON but beyond the range")),
             qPrintable(problems[0].message));
    QVERIFY(!problems[0].message.contains(QStringLiteral("not valid JSON")));
    QCOMPARE(s(event.actor.id), QStringLiteral("u9"));
    QCOMPARE(s(event.actor.name), QStringLiteral("nine"));
}

QTEST_GUILESS_MAIN(TestEventParser)
#include "tst_eventparser.moc"
