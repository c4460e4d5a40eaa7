// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// A filter as FILTER arguments and back (FilterArgs), the form a saved view keeps: every field's
// values kept and left out, the marks, the time to the nanosecond, the text and the duplicates
// read back as the same filter; what does not parse says which option.

#include "query/filterargs.h"

#include <QRandomGenerator>
#include <QTest>

using namespace auditlens;

namespace {
// Reads args as the CLI does; the usage error, or empty.
QString parse(const QStringList &args, Filter *f)
{
    QCommandLineParser parser;
    FilterArgs::addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("auditlens-cli")} + args))
        return parser.errorText();
    return FilterArgs::read(parser, f);
}

QStringList values(QRandomGenerator &random, FieldMatch match)
{
    static const QStringList pool = {QStringLiteral("alice"),        QStringLiteral("context.*"),
                                     QStringLiteral("10.0.0.0/8"),   QStringLiteral("2001:db8::1"),
                                     QStringLiteral("needs review"), QStringLiteral("--x"),
                                     QStringLiteral("ü · 名前"),     QStringLiteral("3")};
    QStringList out;
    const int n = int(random.bounded(3));
    for (int i = 0; i < n; ++i) {
        QString v = pool.at(int(random.bounded(pool.size())));
        if (match == FieldMatch::Address)
            v = i % 2 ? QStringLiteral("10.0.0.0/8") : QStringLiteral("2001:db8::1");
        if (!out.contains(v))
            out << v;
    }
    return out;
}
} // namespace

class TestFilterArgs : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void exclusionsAndMarks();
    void errorsNameTheOption();
};

void TestFilterArgs::roundTrip()
{
    QRandomGenerator random(3);
    for (int round = 0; round < 300; ++round) {
        Filter f;
        for (const FilterField field : kFilterFields) {
            const FilterFieldInfo &info = filterFieldInfo(field);
            if (info.match == FieldMatch::Mark) {
                if (random.bounded(3) == 0)
                    f[field].include = {markValue()};
                if (random.bounded(3) == 0)
                    f[field].exclude = {markValue()};
                continue;
            }
            f[field].include = values(random, info.match);
            f[field].exclude = values(random, info.match);
            if (info.match == FieldMatch::TagName && random.bounded(2))
                f[field].exclude << anyTagValue();
        }
        f.success = SuccessFilter(int(random.bounded(3)) - 1);
        f.hasFrom = random.bounded(2);
        f.from = 1767225600000000000LL + qint64(random.bounded(1000000000)) * 997;
        f.hasTo = random.bounded(2);
        f.to = f.from + qint64(random.bounded(86400)) * 1000000000LL; // a second's end, or not
        f.text = random.bounded(2) ? QStringLiteral("\"build_num\": 7 --to") : QString();
        f.duplicates = DuplicateFilter(random.bounded(6));
        const QStringList args = FilterArgs::write(f);
        Filter back;
        const QString error = parse(args, &back);
        QVERIFY2(error.isEmpty(),
                 qPrintable(error + QLatin1Char(' ') + args.join(QLatin1Char(' '))));
        QVERIFY2(back == f, qPrintable(args.join(QLatin1Char(' '))));
    }
}

void TestFilterArgs::exclusionsAndMarks()
{
    Filter f;
    QVERIFY(
        parse({QStringLiteral("--not-actor"), QStringLiteral("bob"), QStringLiteral("--actor"),
               QStringLiteral("alice"), QStringLiteral("--untagged"), QStringLiteral("--not-tag"),
               QStringLiteral("benign"), QStringLiteral("--unstarred"), QStringLiteral("--noted"),
               QStringLiteral("--duplicates"), QStringLiteral("collapse")},
              &f)
            .isEmpty());
    QCOMPARE(f[FilterField::Actor].include, QStringList{QStringLiteral("alice")});
    QCOMPARE(f[FilterField::Actor].exclude, QStringList{QStringLiteral("bob")});
    QCOMPARE(f[FilterField::Tag].exclude, (QStringList{QStringLiteral("benign"), anyTagValue()}));
    QCOMPARE(f[FilterField::Starred].exclude, QStringList{markValue()});
    QCOMPARE(f[FilterField::Noted].include, QStringList{markValue()});
    QCOMPARE(f.duplicates, DuplicateFilter::CollapseExact);
    // The shortest form: --untagged, not --not-tag '*'.
    QVERIFY(FilterArgs::write(f).contains(QStringLiteral("--untagged")));
    QVERIFY(!FilterArgs::write(f).contains(anyTagValue()));
    QVERIFY(FilterArgs::write(Filter()).isEmpty());
}

void TestFilterArgs::errorsNameTheOption()
{
    Filter f;
    QString error = parse({QStringLiteral("--not-ip"), QStringLiteral("10.0.0.300")}, &f);
    QVERIFY2(error.contains(QLatin1String("--not-ip 10.0.0.300")), qPrintable(error));
    error = parse({QStringLiteral("--duplicates"), QStringLiteral("all")}, &f);
    QVERIFY2(error.contains(QLatin1String("--duplicates")), qPrintable(error));
    error = parse({QStringLiteral("--from"), QStringLiteral("yesterday")}, &f);
    QVERIFY2(error.contains(QLatin1String("--from yesterday")), qPrintable(error));
    error = parse({QStringLiteral("--starred"), QStringLiteral("yes")}, &f);
    QVERIFY(error.isEmpty()); // --starred takes no value: "yes" is another argument
}

QTEST_GUILESS_MAIN(TestFilterArgs)
#include "tst_filterargs.moc"
