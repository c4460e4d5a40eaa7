// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "visibletext.h"

namespace auditlens {

bool VisibleText::isControl(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069);
}

bool VisibleText::isInvisible(char32_t c)
{
    if (c < 0x80)
        return false;
    switch (c) {
    case 0x034f: // combining grapheme joiner
    case 0x115f: // Hangul choseong filler
    case 0x1160: // Hangul jungseong filler
    case 0x2800: // Braille pattern blank
    case 0x3164: // Hangul filler
    case 0xffa0: // halfwidth Hangul filler
        return true;
    default:
        break;
    }
    if ((c >= 0x180b && c <= 0x180f) || (c >= 0xfe00 && c <= 0xfe0f) ||
        (c >= 0xe0100 && c <= 0xe01ef))
        return true; // variation selectors
    switch (QChar::category(c)) {
    case QChar::Other_Format:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString VisibleText::escape(char32_t c)
{
    if (c > 0xffff)
        return QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

QString VisibleText::codePointName(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

char32_t VisibleText::codePointAt(QStringView text, qsizetype *i)
{
    const QChar first = text[*i];
    ++*i;
    if (first.isHighSurrogate() && *i < text.size() && text[*i].isLowSurrogate())
        return QChar::surrogateToUcs4(first, text[(*i)++]);
    return first.unicode();
}

template <typename Predicate> QString VisibleText::escapeWhere(QStringView text, Predicate escapeIt)
{
    // Most text has nothing to escape: copy it only once something needs escaping.
    QString out;
    bool escaped = false;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        const char32_t c = codePointAt(text, &i);
        if (escapeIt(c)) {
            if (!escaped) {
                out.reserve(text.size() + 8);
                out += text.left(start);
                escaped = true;
            }
            out += escape(c);
        } else if (escaped) {
            out += text.mid(start, i - start);
        }
    }
    return escaped ? out : text.toString();
}

QString VisibleText::escapeControls(QStringView text, bool keepLineFeeds)
{
    return escapeWhere(text, [keepLineFeeds](char32_t c) {
        return isControl(c) && !(keepLineFeeds && c == '\n');
    });
}

QString VisibleText::escapeInvisible(QStringView text)
{
    return escapeWhere(text, [](char32_t c) { return isControl(c) || isInvisible(c); });
}

} // namespace auditlens
