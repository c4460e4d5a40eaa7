// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Names that could pass for others, and text made safe to show: the rules every view, report
// and the CLI share (models/text).

#include "text/nameinspection.h"
#include "text/visibletext.h"

#include <QSet>
#include <QTest>

using namespace auditlens;

class TestNameInspection : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void lookalikesOfAdminAreAllMarked();
    void escapeControls_data();
    void escapeControls();
    void escapeInvisible_data();
    void escapeInvisible();
};

void TestNameInspection::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("concerns");
    QTest::addColumn<QString>("description"); // a part of it, empty for a plain name

    const int none = 0;
    QTest::newRow("plain") << QStringLiteral("admin") << none << QString();
    QTest::newRow("spaces and punctuation")
        << QStringLiteral("Oren Levi (bot) #1") << none << QString();
    QTest::newRow("Latin with accents") << QStringLiteral("José Müller") << none << QString();
    QTest::newRow("Japanese: Han and kana")
        << QStringLiteral("山田太郎 やまだ タロウ") << none << QString();
    QTest::newRow("Latin with Han") << QStringLiteral("Zhang 三") << none << QString();
    QTest::newRow("Korean: Hangul and Han") << QStringLiteral("김철수 金") << none << QString();
    QTest::newRow("all Cyrillic") << QStringLiteral("Иван Петров") << none << QString();
    QTest::newRow("emoji") << QStringLiteral("deploy 🚀") << none << QString();
    QTest::newRow("zero-width space")
        << QStringLiteral("ad\u200bmin") << int(NameInspection::Invisible)
        << QStringLiteral("U+200B (invisible)");
    QTest::newRow("zero-width joiner")
        << QStringLiteral("ad\u200dmin") << int(NameInspection::Invisible)
        << QStringLiteral("U+200D");
    QTest::newRow("soft hyphen") << QStringLiteral("ad\u00admin") << int(NameInspection::Invisible)
                                 << QStringLiteral("U+00AD");
    QTest::newRow("variation selector")
        << QStringLiteral("admin\ufe0f") << int(NameInspection::Invisible)
        << QStringLiteral("U+FE0F");
    QTest::newRow("no-break space") << QStringLiteral("oren\u00a0levi")
                                    << int(NameInspection::Invisible) << QStringLiteral("U+00A0");
    QTest::newRow("Hangul filler") << QStringLiteral("admin\u3164")
                                   << int(NameInspection::Invisible) << QStringLiteral("U+3164");
    QTest::newRow("tag character") << QString::fromUcs4(U"admin\U000E0041")
                                   << int(NameInspection::Invisible) << QStringLiteral("U+E0041");
    QTest::newRow("right-to-left override")
        << QStringLiteral("\u202enimda") << int(NameInspection::BidiControl)
        << QStringLiteral("U+202E (bidi control");
    QTest::newRow("right-to-left isolate")
        << QStringLiteral("ad\u2067min") << int(NameInspection::BidiControl)
        << QStringLiteral("U+2067");
    QTest::newRow("left-to-right mark")
        << QStringLiteral("admin\u200e") << int(NameInspection::BidiControl)
        << QStringLiteral("U+200E");
    QTest::newRow("escape sequence")
        << QStringLiteral("bob\x1b[1A\x1b[2K\r") << int(NameInspection::Control)
        << QStringLiteral("U+001B (control character), U+000D (control character)");
    QTest::newRow("C1 control") << QStringLiteral("bob\u009b2K") << int(NameInspection::Control)
                                << QStringLiteral("U+009B");
    QTest::newRow("Cyrillic a among Latin")
        << QStringLiteral("\u0430dmin") << int(NameInspection::MixedScripts)
        << QStringLiteral("U+0430 (Cyrillic among Latin letters)");
    QTest::newRow("Latin o among Cyrillic")
        << QStringLiteral("Пoпов") << int(NameInspection::MixedScripts)
        << QStringLiteral("U+006F (Latin among Cyrillic letters)");
    QTest::newRow("Greek omicron among Latin")
        << QStringLiteral("r\u03bfot") << int(NameInspection::MixedScripts)
        << QStringLiteral("U+03BF (Greek among Latin letters)");
    QTest::newRow("two concerns")
        << QStringLiteral("\u0430d\u200bmin")
        << int(NameInspection::Invisible | NameInspection::MixedScripts)
        << QStringLiteral("U+200B (invisible), U+0430 (Cyrillic among Latin letters)");
}

void TestNameInspection::names()
{
    QFETCH(QString, name);
    QFETCH(int, concerns);
    QFETCH(QString, description);
    const NameInspection inspection(name);
    QCOMPARE(int(inspection.concerns()), concerns);
    QCOMPARE(inspection.isSuspicious(), concerns != 0);
    if (concerns == 0) {
        QCOMPARE(inspection.shown(), name);
        QVERIFY(inspection.toolTip().isEmpty());
        QCOMPARE(NameInspection::shown(name), name);
        return;
    }
    QVERIFY2(inspection.description().contains(description), qPrintable(inspection.description()));
    // Shown: the marker first, and nothing left that reorders or hides.
    const QString shown = inspection.shown();
    QVERIFY(shown.startsWith(NameInspection::marker() + QLatin1Char(' ')));
    for (const QChar c : shown)
        QVERIFY2(!VisibleText::isControl(c.unicode()) && !VisibleText::isInvisible(c.unicode()),
                 qPrintable(shown));
    QCOMPARE(NameInspection::shown(name), shown);
    QVERIFY(inspection.toolTip().contains(description));
}

// The four: one of them is the real admin, the other three are marked and differ from
// it and from each other as shown.
void TestNameInspection::lookalikesOfAdminAreAllMarked()
{
    const QStringList names = {QStringLiteral("admin"), QStringLiteral("ad\u200bmin"),
                               QStringLiteral("\u0430dmin"), QStringLiteral("\u202enimda")};
    QStringList shown;
    for (const QString &name : names)
        shown << NameInspection::shown(name);
    QCOMPARE(shown.at(0), QStringLiteral("admin"));
    QCOMPARE(shown.at(1), QStringLiteral("⚠ ad\\u200bmin"));
    QCOMPARE(shown.at(2), QStringLiteral("⚠ \u0430dmin"));
    QCOMPARE(shown.at(3), QStringLiteral("⚠ \\u202enimda"));
    QCOMPARE(QSet<QString>(shown.begin(), shown.end()).size(), 4);
}

void TestNameInspection::escapeControls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("keepLineFeeds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("bob") << false << QStringLiteral("bob");
    QTest::newRow("erase the row above") << QStringLiteral("bob\x1b[1A\x1b[2K\r") << false
                                         << QStringLiteral("bob\\u001b[1A\\u001b[2K\\u000d");
    QTest::newRow("line feed in a cell")
        << QStringLiteral("a\nb") << false << QStringLiteral("a\\u000ab");
    QTest::newRow("line feed in a message")
        << QStringLiteral("a\nb\t") << true << QStringLiteral("a\nb\\u0009");
    QTest::newRow("DEL and C1") << QStringLiteral("x\x7f\u009by") << false
                                << QStringLiteral("x\\u007f\\u009by");
    QTest::newRow("bidi") << QStringLiteral("\u202enimda\u2066\u2069\u200f\u061c") << false
                          << QStringLiteral("\\u202enimda\\u2066\\u2069\\u200f\\u061c");
    QTest::newRow("invisible stays (not a control)")
        << QStringLiteral("ad\u200bmin") << false << QStringLiteral("ad\u200bmin");
    QTest::newRow("Japanese and emoji stay")
        << QStringLiteral("山田 🚀") << false << QStringLiteral("山田 🚀");
}

void TestNameInspection::escapeControls()
{
    QFETCH(QString, text);
    QFETCH(bool, keepLineFeeds);
    QFETCH(QString, expected);
    QCOMPARE(VisibleText::escapeControls(text, keepLineFeeds), expected);
}

void TestNameInspection::escapeInvisible_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no-break space") << QStringLiteral("id\u00a0") << QStringLiteral("id\\u00a0");
    QTest::newRow("plain space stays") << QStringLiteral("id ") << QStringLiteral("id ");
    QTest::newRow("ideographic space") << QStringLiteral("id\u3000") << QStringLiteral("id\\u3000");
    QTest::newRow("byte order mark") << QStringLiteral("\ufeffid") << QStringLiteral("\\ufeffid");
    QTest::newRow("beyond 16 bits")
        << QString::fromUcs4(U"id\U000E0100") << QStringLiteral("id\\U000e0100");
    QTest::newRow("controls too") << QStringLiteral("id\t") << QStringLiteral("id\\u0009");
}

void TestNameInspection::escapeInvisible()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(VisibleText::escapeInvisible(text), expected);
}

QTEST_APPLESS_MAIN(TestNameInspection)
#include "tst_nameinspection.moc"
