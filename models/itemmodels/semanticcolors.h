// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QColor>
#include <QPalette>

namespace auditlens {

// Colours that carry a meaning (a failed event, a conflict, a difference between copies, a
// match of Find), derived from a palette so that they read on a light and a dark background
// alike: the hue says what it means, the lightness is chosen against the palette's own base
// until text keeps a WCAG contrast of at least 4.5:1.
class SemanticColors
{
public:
    enum class Meaning {
        Failure,    // text: success false, a rejected record, an invalid entry
        Conflict,   // text: a conflicting duplicate group
        Difference, // background: a field that differs between copies
        Match,      // background: a row that Find matched
        Star,       // text: the star of a starred event (the last: semanticcolors.cpp counts on it)
    };

    // The colour of text that carries the meaning, on the palette's Base and AlternateBase.
    static QColor text(Meaning meaning, const QPalette &palette);
    // A background that carries the meaning, with the palette's Text readable on it.
    static QColor background(Meaning meaning, const QPalette &palette);
    // Of the application's current palette.
    static QColor text(Meaning meaning);
    static QColor background(Meaning meaning);

    // WCAG 2 contrast ratio of two opaque colours (1 to 21).
    static double contrastRatio(const QColor &a, const QColor &b);
    static double relativeLuminance(const QColor &color);
    // A palette whose windows are darker than their text.
    static bool isDark(const QPalette &palette);

    static constexpr double kMinimumTextContrast = 4.5;
};

} // namespace auditlens
