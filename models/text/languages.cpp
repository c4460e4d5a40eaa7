// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "languages.h"

#include "uitranslator.h"

#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace auditlens {

namespace {

const QString kSettingsKey = QStringLiteral("view/language");
Languages::Choice g_current = Languages::Choice::System;

QString keyOf(Languages::Choice choice)
{
    switch (choice) {
    case Languages::Choice::English:
        return QStringLiteral("en");
    case Languages::Choice::Japanese:
        return QStringLiteral("ja");
    case Languages::Choice::System:
        break;
    }
    return QStringLiteral("system");
}

QLocale localeOf(Languages::Choice choice)
{
    switch (choice) {
    case Languages::Choice::English:
        // English words, and the system's country for what English leaves open.
        return QLocale(QLocale::English, QLocale::system().territory());
    case Languages::Choice::Japanese:
        return QLocale(QLocale::Japanese, QLocale::Japan);
    case Languages::Choice::System:
        break;
    }
    return QLocale::system();
}

UiTranslator *translator()
{
    static UiTranslator *installed = nullptr;
    if (!installed) {
        installed = new UiTranslator(QCoreApplication::instance());
        QCoreApplication::installTranslator(installed);
    }
    return installed;
}

} // namespace

Languages::Choice Languages::saved()
{
    const QString key = QSettings().value(kSettingsKey).toString();
    for (const Choice choice : {Choice::English, Choice::Japanese}) {
        if (key == keyOf(choice))
            return choice;
    }
    return Choice::System;
}

void Languages::save(Choice choice)
{
    QSettings().setValue(kSettingsKey, keyOf(choice));
}

Languages::Choice Languages::current()
{
    return g_current;
}

void Languages::apply(Choice choice)
{
    const QLocale locale = localeOf(choice);
    std::vector<std::unique_ptr<QTranslator>> translations;
    // QTranslator::load(QLocale, ...) tries the locale's UI languages in turn (ja_JP, ja); there
    // is no English file, the source texts are English.
    auto app = std::make_unique<QTranslator>();
    if (app->load(locale, QStringLiteral("auditlens"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        translations.push_back(std::move(app));
    auto qt = std::make_unique<QTranslator>();
    if (!translations.empty() && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        translations.push_back(std::move(qt));

    g_current = choice;
    QLocale::setDefault(locale);
    // Widgets that took the default locale (a calendar's month names) take the new one.
    QEvent localeChange(QEvent::LocaleChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &localeChange);
    // Out of the list while its translations change (translating threads hold the list's
    // lock), back in with QEvent::LanguageChange for every window.
    UiTranslator *ui = translator();
    QCoreApplication::removeTranslator(ui);
    ui->setTranslations(std::move(translations));
    QCoreApplication::installTranslator(ui);
}

bool Languages::sourceOf(const QString &shown, TranslatedText *source)
{
    return translator()->sourceOf(shown, source);
}

QString Languages::name(Choice choice)
{
    switch (choice) {
    case Choice::English:
        return QStringLiteral("English");
    case Choice::Japanese:
        return QStringLiteral("日本語");
    case Choice::System:
        break;
    }
    return tr("System Language");
}

} // namespace auditlens
