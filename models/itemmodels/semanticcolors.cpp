// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "semanticcolors.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace auditlens {

namespace {
int hueOf(SemanticColors::Meaning meaning)
{
    switch (meaning) {
    case SemanticColors::Meaning::Failure:
        return 0; // red
    case SemanticColors::Meaning::Conflict:
        return 28; // orange
    case SemanticColors::Meaning::Difference:
        return 45; // amber
    case SemanticColors::Meaning::Match:
        return 190; // cyan, apart from the selection's usual blue
    case SemanticColors::Meaning::Star:
        return 40; // gold
    }
    return 0;
}

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// Walks the lightness away from (or towards) the backgrounds until the contrast holds.
QColor withContrast(int hue, double saturation, double lightness, double step,
                    const QColor &against1, const QColor &against2)
{
    QColor c;
    for (int i = 0; i < 60; ++i) {
        c = QColor::fromHslF(float(hue) / 360.0f, float(saturation),
                             float(std::clamp(lightness, 0.0, 1.0)));
        if (SemanticColors::contrastRatio(c, against1) >= SemanticColors::kMinimumTextContrast &&
            SemanticColors::contrastRatio(c, against2) >= SemanticColors::kMinimumTextContrast)
            return c;
        if (lightness <= 0.0 || lightness >= 1.0)
            break;
        lightness += step;
    }
    return c;
}
} // namespace

double SemanticColors::relativeLuminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double SemanticColors::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool SemanticColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() <
           palette.color(QPalette::WindowText).lightnessF();
}

QColor SemanticColors::text(Meaning meaning, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor alternate = palette.color(QPalette::AlternateBase);
    // On a dark base the text is light and gets lighter until it reads; on a light one, darker.
    const bool dark = base.lightnessF() < 0.5;
    return withContrast(hueOf(meaning), 0.8, dark ? 0.65 : 0.42, dark ? 0.02 : -0.02, base,
                        alternate);
}

QColor SemanticColors::background(Meaning meaning, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    // A tint near the base's lightness, moved towards it until the text on it reads.
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    return withContrast(hueOf(meaning), 0.75, dark ? 0.32 : 0.80, dark ? -0.02 : 0.02, text, text);
}

namespace {
// Colours of the application's palette, asked for at every paint of a marked cell: worked out
// once per palette (its cache key changes with it).
QColor cached(SemanticColors::Meaning meaning, bool background)
{
    // One entry per Meaning: Star is the last.
    constexpr int kMeanings = int(SemanticColors::Meaning::Star) + 1;
    thread_local qint64 key = -1;
    thread_local QColor colors[2][kMeanings];
    thread_local bool known[2][kMeanings] = {};
    const QPalette palette = QGuiApplication::palette();
    if (palette.cacheKey() != key) {
        key = palette.cacheKey();
        for (auto &row : known)
            std::fill(std::begin(row), std::end(row), false);
    }
    const int m = int(meaning);
    if (!known[background][m]) {
        colors[background][m] = background ? SemanticColors::background(meaning, palette)
                                           : SemanticColors::text(meaning, palette);
        known[background][m] = true;
    }
    return colors[background][m];
}
} // namespace

QColor SemanticColors::text(Meaning meaning)
{
    return cached(meaning, false);
}

QColor SemanticColors::background(Meaning meaning)
{
    return cached(meaning, true);
}

} // namespace auditlens
