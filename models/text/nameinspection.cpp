// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "nameinspection.h"

#include "visibletext.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>

namespace auditlens {

namespace {
// Scripts that are written together (UTS #39, "highly restrictive"): Latin with Han and the
// Japanese kana, with Han and Bopomofo, or with Han and Hangul. Anything else is one script.
bool scriptsBelongTogether(const QVarLengthArray<QChar::Script, 4> &scripts)
{
    if (scripts.size() <= 1)
        return true;
    const std::initializer_list<QChar::Script> allowed[] = {
        {QChar::Script_Latin, QChar::Script_Han, QChar::Script_Hiragana, QChar::Script_Katakana},
        {QChar::Script_Latin, QChar::Script_Han, QChar::Script_Bopomofo},
        {QChar::Script_Latin, QChar::Script_Han, QChar::Script_Hangul},
    };
    for (const auto &set : allowed) {
        const bool covered = std::all_of(scripts.begin(), scripts.end(), [&](QChar::Script s) {
            return std::find(set.begin(), set.end(), s) != set.end();
        });
        if (covered)
            return true;
    }
    return false;
}

constexpr int kListedAtMost = 16;
} // namespace

bool NameInspection::isPlain(QStringView name)
{
    return std::all_of(name.begin(), name.end(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

NameInspection::NameInspection(QStringView name) : m_name(name.toString())
{
    if (isPlain(name))
        return;
    auto add = [this](char32_t c, Concern concern, QChar::Script script) {
        m_concerns |= concern;
        const bool known = std::any_of(m_findings.begin(), m_findings.end(),
                                       [c](const Finding &f) { return f.codePoint == c; });
        if (!known)
            m_findings.append({c, concern, script});
    };
    qsizetype i = 0;
    while (i < name.size()) {
        const char32_t c = VisibleText::codePointAt(name, &i);
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
            add(c, Control, QChar::Script_Common);
        else if (VisibleText::isControl(c))
            add(c, BidiControl, QChar::Script_Common);
        else if (VisibleText::isInvisible(c))
            add(c, Invisible, QChar::Script_Common);
    }
    inspectScripts(name);
}

void NameInspection::inspectScripts(QStringView name)
{
    QVarLengthArray<QChar::Script, 4> scripts;
    QVarLengthArray<int, 4> letters;
    qsizetype i = 0;
    while (i < name.size()) {
        const char32_t c = VisibleText::codePointAt(name, &i);
        if (!QChar::isLetter(c))
            continue;
        const QChar::Script script = QChar::script(c);
        if (script == QChar::Script_Common || script == QChar::Script_Inherited ||
            script == QChar::Script_Unknown)
            continue;
        const auto at = std::find(scripts.begin(), scripts.end(), script);
        if (at == scripts.end()) {
            scripts.append(script);
            letters.append(1);
        } else {
            ++letters[at - scripts.begin()];
        }
    }
    if (scriptsBelongTogether(scripts))
        return;
    // The main script has the most letters (the first one seen on a tie); every letter of
    // another script is listed.
    m_mainScript = scripts[std::max_element(letters.begin(), letters.end()) - letters.begin()];
    i = 0;
    while (i < name.size()) {
        const char32_t c = VisibleText::codePointAt(name, &i);
        if (!QChar::isLetter(c))
            continue;
        const QChar::Script script = QChar::script(c);
        if (script == m_mainScript || script == QChar::Script_Common ||
            script == QChar::Script_Inherited || script == QChar::Script_Unknown)
            continue;
        m_concerns |= MixedScripts;
        const bool known = std::any_of(m_findings.begin(), m_findings.end(),
                                       [c](const Finding &f) { return f.codePoint == c; });
        if (!known)
            m_findings.append({c, MixedScripts, script});
    }
}

QString NameInspection::scriptName(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Latin:
        return QCoreApplication::translate("NameInspection", "Latin");
    case QChar::Script_Cyrillic:
        return QCoreApplication::translate("NameInspection", "Cyrillic");
    case QChar::Script_Greek:
        return QCoreApplication::translate("NameInspection", "Greek");
    case QChar::Script_Armenian:
        return QCoreApplication::translate("NameInspection", "Armenian");
    case QChar::Script_Cherokee:
        return QCoreApplication::translate("NameInspection", "Cherokee");
    case QChar::Script_Georgian:
        return QCoreApplication::translate("NameInspection", "Georgian");
    case QChar::Script_Hebrew:
        return QCoreApplication::translate("NameInspection", "Hebrew");
    case QChar::Script_Arabic:
        return QCoreApplication::translate("NameInspection", "Arabic");
    case QChar::Script_Han:
        return QCoreApplication::translate("NameInspection", "Han");
    case QChar::Script_Hiragana:
        return QCoreApplication::translate("NameInspection", "Hiragana");
    case QChar::Script_Katakana:
        return QCoreApplication::translate("NameInspection", "Katakana");
    case QChar::Script_Hangul:
        return QCoreApplication::translate("NameInspection", "Hangul");
    default:
        return QCoreApplication::translate("NameInspection", "script %1").arg(int(script));
    }
}

QString NameInspection::description() const
{
    QStringList parts;
    for (const Finding &f : m_findings) {
        if (parts.size() == kListedAtMost) {
            parts << QCoreApplication::translate("NameInspection", "and %n more", nullptr,
                                                 int(m_findings.size() - kListedAtMost));
            break;
        }
        QString what;
        switch (f.concern) {
        case Invisible:
            what = QCoreApplication::translate("NameInspection", "invisible");
            break;
        case BidiControl:
            what = QCoreApplication::translate("NameInspection", "bidi control: reorders the text");
            break;
        case Control:
            what = QCoreApplication::translate("NameInspection", "control character");
            break;
        case MixedScripts:
            what = QCoreApplication::translate("NameInspection", "%1 among %2 letters")
                       .arg(scriptName(f.script), scriptName(m_mainScript));
            break;
        }
        parts << QStringLiteral("%1 (%2)").arg(VisibleText::codePointName(f.codePoint), what);
    }
    return parts.join(QStringLiteral(", "));
}

QString NameInspection::marker()
{
    return QString(QChar(0x26a0));
}

QString NameInspection::shown() const
{
    if (!isSuspicious())
        return m_name;
    return marker() + QLatin1Char(' ') + VisibleText::escapeInvisible(m_name);
}

QString NameInspection::toolTip() const
{
    if (!isSuspicious())
        return {};
    return QCoreApplication::translate(
               "NameInspection",
               "This name may pass for another one: %1\nHidden characters shown: %2")
        .arg(description(), VisibleText::escapeInvisible(m_name));
}

QString NameInspection::shown(QStringView name)
{
    return isPlain(name) ? name.toString() : NameInspection(name).shown();
}

QString NameInspection::toolTip(QStringView name)
{
    return isPlain(name) ? QString() : NameInspection(name).toolTip();
}

} // namespace auditlens
