// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringView>

namespace auditlens {

// Text read from a file, made safe to show. Some characters rewrite what a terminal shows (an
// escape sequence can move the cursor and erase the line above), reorder what follows them (bidi
// overrides), or show nothing at all; shown, each becomes a visible escape in JSON's notation:
// \u001b, \u202e, \u00a0 (\U0001xxxx beyond the 16-bit range). A backslash stays a backslash.
class VisibleText
{
public:
    // C0 controls, DEL, C1 controls, and the bidi controls: U+061C, U+200E, U+200F,
    // U+202A-U+202E, U+2066-U+2069. What a terminal must never receive from data.
    static bool isControl(char32_t c);
    // Characters that show nothing or look like something else that is plain: whitespace other
    // than the space, format characters (Cf: zero-width spaces and joiners, soft hyphen, tags),
    // variation selectors, combining grapheme joiner, Hangul fillers, Braille blank.
    static bool isInvisible(char32_t c);

    // The text with every control escaped; line feeds kept when keepLineFeeds (a message of
    // several lines), escaped otherwise (a cell must stay on its row).
    static QString escapeControls(QStringView text, bool keepLineFeeds = false);
    // The text with every control and every invisible character escaped: for names quoted in a
    // message, where "id\u00a0" must not read as "id ".
    static QString escapeInvisible(QStringView text);
    // One code point in the escape notation: \u202e, \U000e0041.
    static QString escape(char32_t c);
    // U+202E: how a code point is named in lists and tooltips.
    static QString codePointName(char32_t c);

    // The code point at *i, moving *i past it (a lone surrogate is itself).
    static char32_t codePointAt(QStringView text, qsizetype *i);

private:
    template <typename Predicate> static QString escapeWhere(QStringView text, Predicate escapeIt);
};

} // namespace auditlens
