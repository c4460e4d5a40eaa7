// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Colours and drawing that must hold in both themes and at any size: the contrast of every text
// on its background (WCAG 2: at least 4.5:1), the colours that carry a meaning, and the
// histogram's axis labels, which must never overlap.

#include "itemmodels/duplicatecopiesmodel.h"
#include "itemmodels/semanticcolors.h"
#include "query/indexquery.h"
#include "theme.h"
#include "timehistogram.h"

#include <QApplication>
#include <QStyle>
#include <QTest>

using namespace auditlens;

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void contrastOfThePalettes_data();
    void contrastOfThePalettes();
    void meaningsReadInEveryTheme_data();
    void meaningsReadInEveryTheme();
    void themesApplyAndDetectDark();
    void contrastRatioIsWcags();
    void histogramLabelsNeverOverlap_data();
    void histogramLabelsNeverOverlap();
    void copiesIndentJsonAsWritten();
};

void TestTheme::contrastOfThePalettes_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << Theme::lightPalette();
    QTest::newRow("dark") << Theme::darkPalette();
}

void TestTheme::contrastOfThePalettes()
{
    QFETCH(QPalette, palette);
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::WindowText, QPalette::Window},
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::Link, QPalette::Base},
        {QPalette::Link, QPalette::Window},
    };
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (const auto &[fg, bg] : pairs) {
            const double ratio =
                SemanticColors::contrastRatio(palette.color(group, fg), palette.color(group, bg));
            QVERIFY2(ratio >= SemanticColors::kMinimumTextContrast,
                     qPrintable(QStringLiteral("role %1 on %2: %3:1")
                                    .arg(int(fg))
                                    .arg(int(bg))
                                    .arg(ratio, 0, 'f', 2)));
        }
    }
}

void TestTheme::meaningsReadInEveryTheme_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << Theme::lightPalette();
    QTest::newRow("dark") << Theme::darkPalette();
    QTest::newRow("this platform's") << QApplication::style()->standardPalette();
    // Extremes a desktop may have.
    QPalette white, black;
    for (QPalette *p : {&white, &black}) {
        const bool dark = p == &black;
        p->setColor(QPalette::Base, dark ? Qt::black : Qt::white);
        p->setColor(QPalette::AlternateBase,
                    dark ? QColor(0x20, 0x20, 0x20) : QColor(0xee, 0xee, 0xee));
        p->setColor(QPalette::Text, dark ? Qt::white : Qt::black);
    }
    QTest::newRow("black on white") << white;
    QTest::newRow("white on black") << black;
}

void TestTheme::meaningsReadInEveryTheme()
{
    QFETCH(QPalette, palette);
    using M = SemanticColors::Meaning;
    for (const M meaning : {M::Failure, M::Conflict}) {
        const QColor text = SemanticColors::text(meaning, palette);
        for (const QPalette::ColorRole bg : {QPalette::Base, QPalette::AlternateBase}) {
            const double ratio = SemanticColors::contrastRatio(text, palette.color(bg));
            QVERIFY2(ratio >= SemanticColors::kMinimumTextContrast,
                     qPrintable(QStringLiteral("meaning %1 (%2) on role %3: %4:1")
                                    .arg(int(meaning))
                                    .arg(text.name())
                                    .arg(int(bg))
                                    .arg(ratio, 0, 'f', 2)));
        }
        // Still the hue it means (red stays red, orange orange).
        QVERIFY(text.hslSaturationF() > 0.3);
    }
    for (const M meaning : {M::Difference, M::Match}) {
        const QColor background = SemanticColors::background(meaning, palette);
        const double ratio =
            SemanticColors::contrastRatio(palette.color(QPalette::Text), background);
        QVERIFY2(ratio >= SemanticColors::kMinimumTextContrast,
                 qPrintable(QStringLiteral("text on meaning %1 (%2): %3:1")
                                .arg(int(meaning))
                                .arg(background.name())
                                .arg(ratio, 0, 'f', 2)));
        // Visible as a mark: not the base itself.
        QVERIFY(background != palette.color(QPalette::Base));
    }
}

void TestTheme::themesApplyAndDetectDark()
{
    const QString systemStyle = QApplication::style()->name();
    Theme::apply(Theme::Choice::Dark);
    QVERIFY(Theme::isDark());
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    // A meaning's colour follows the palette in use.
    const QColor darkFailure = SemanticColors::text(SemanticColors::Meaning::Failure);
    Theme::apply(Theme::Choice::Light);
    QVERIFY(!Theme::isDark());
    QVERIFY(SemanticColors::text(SemanticColors::Meaning::Failure) != darkFailure);
    QVERIFY(darkFailure.lightnessF() >
            SemanticColors::text(SemanticColors::Meaning::Failure).lightnessF());
    Theme::apply(Theme::Choice::System);
    QCOMPARE(QApplication::style()->name(), systemStyle);
}

void TestTheme::contrastRatioIsWcags()
{
    QCOMPARE(qRound(SemanticColors::contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(SemanticColors::contrastRatio(Qt::red, Qt::red), 1.0);
    // #767676 on white is the classic 4.54:1.
    QCOMPARE(qRound(SemanticColors::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
}

void TestTheme::histogramLabelsNeverOverlap_data()
{
    QTest::addColumn<int>("pointSize");
    QTest::newRow("9 pt") << 9;
    QTest::newRow("12 pt") << 12;
    QTest::newRow("20 pt") << 20;
}

void TestTheme::histogramLabelsNeverOverlap()
{
    QFETCH(int, pointSize);
    Histogram h =
        IndexQuery::emptyHistogram(1767225600LL * 1000000000LL, 1769817599LL * 1000000000LL);
    h.counts.assign(h.bounds.size() - 1, 7);
    h.maxCount = 123456;
    QFont font;
    font.setPointSize(pointSize);
    const QFontMetricsF metrics(font);
    int mostShown = 0;
    for (int width = 20; width <= 2400; width += 7) {
        const QRectF area(4, 0, width, metrics.height());
        const QList<TimeHistogram::Label> labels = TimeHistogram::axisLabels(h, metrics, area);
        mostShown = std::max(mostShown, int(labels.size()));
        for (int i = 0; i < labels.size(); ++i) {
            const QRectF r = labels[i].rect;
            QVERIFY2(r.left() >= area.left() - 0.01 && r.right() <= area.right() + 0.01,
                     qPrintable(
                         QStringLiteral("%1 outside at width %2").arg(labels[i].text).arg(width)));
            QVERIFY(metrics.horizontalAdvance(labels[i].text) <= r.width() + 0.01);
            for (int j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!r.intersects(labels[j].rect),
                         qPrintable(QStringLiteral("%1 and %2 at width %3")
                                        .arg(labels[i].text, labels[j].text)
                                        .arg(width)));
        }
    }
    QCOMPARE(mostShown, 3); // wide enough, everything shows
}

void TestTheme::copiesIndentJsonAsWritten()
{
    const QString json = QStringLiteral(
        R"({"job":{"id":12345678901234567890,"tags":[],"name":"a, b: {c}"},"n":[1,2]})");
    const QString indented = DuplicateCopiesModel::indentJson(json);
    QCOMPARE(indented, QStringLiteral("{\n  \"job\": {\n    \"id\": 12345678901234567890,\n"
                                      "    \"tags\": [],\n    \"name\": \"a, b: {c}\"\n  },\n"
                                      "  \"n\": [\n    1,\n    2\n  ]\n}"));
    QCOMPARE(DuplicateCopiesModel::indentJson(QStringLiteral("not json")),
             QStringLiteral("not json"));
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
