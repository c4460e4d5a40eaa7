// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace auditlens {

struct TranslatedText;

// The language of the window and of the CLI's messages: the system's (LC_ALL, LC_MESSAGES,
// LANG, LANGUAGE), or one chosen in View > Language and kept in the settings. Numbers and dates
// shown to people follow it through the default QLocale. The translations are embedded
// (translations/*.ts, under :/i18n); Qt's own come from the system's Qt.
class Languages
{
    Q_DECLARE_TR_FUNCTIONS(Languages)
public:
    enum class Choice { System, English, Japanese };

    // The choice kept in the settings (System unless one was made).
    static Choice saved();
    static void save(Choice choice);
    // The choice applied last.
    static Choice current();
    // Translates the application into the choice's language from now on; every widget hears
    // QEvent::LanguageChange.
    static void apply(Choice choice);
    // What a text shown now was translated from (see UiTranslator).
    static bool sourceOf(const QString &shown, TranslatedText *source);
    // The choice's name in the menu: languages are named in their own language.
    static QString name(Choice choice);
    // Every choice, in the menu's order: the system's first.
    static QVector<Choice> choices();
};

} // namespace auditlens
