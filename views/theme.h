// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QPalette>
#include <QString>

namespace auditlens {

// The window's colours: the system's scheme (whatever the desktop's style and palette say, light
// or dark), or Fusion with a light or a dark palette of our own. The choice is kept in the
// settings; every colour that carries a meaning is derived from the palette in use
// (SemanticColors), so that it reads in either.
class Theme
{
public:
    enum class Choice { System, Light, Dark };

    // Applies the choice to the application (style and palette).
    static void apply(Choice choice);
    static Choice current() { return s_current; }
    // The choice kept in the settings, and keeping one.
    static Choice saved();
    static void save(Choice choice);
    static QString name(Choice choice);

    // Fusion's palettes, with every text/background pair at a contrast of at least 4.5:1.
    static QPalette lightPalette();
    static QPalette darkPalette();
    // Whether the palette in use is dark (Qt 6.4 has no colour-scheme hint: read the palette).
    static bool isDark();

private:
    static Choice s_current;
};

} // namespace auditlens
