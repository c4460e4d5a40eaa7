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

// The languages that can be chosen besides the system's, one row each: adding a language is a
// row here and its translations (translations/auditlens_<language>.ts).
struct NamedLanguage
{
    Languages::Choice choice;
    const char *key; // in the settings
    QLocale::Language language;
    QLocale::Territory territory; // AnyTerritory: the system's, for what the language leaves open
    const char16_t *ownName;      // named in its own language
};
constexpr NamedLanguage kNamed[] = {
    {Languages::Choice::English, "en", QLocale::English, QLocale::AnyTerritory, u"English"},
    {Languages::Choice::Japanese, "ja", QLocale::Japanese, QLocale::Japan, u"日本語"},
};

const NamedLanguage *namedLanguage(Languages::Choice choice)
{
    for (const NamedLanguage &named : kNamed) {
        if (named.choice == choice)
            return &named;
    }
    return nullptr; // the system's
}

QLocale localeOf(Languages::Choice choice)
{
    const NamedLanguage *named = namedLanguage(choice);
    if (!named)
        return QLocale::system();
    return QLocale(named->language, named->territory == QLocale::AnyTerritory
                                        ? QLocale::system().territory()
                                        : named->territory);
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
    for (const NamedLanguage &named : kNamed) {
        if (key == QLatin1String(named.key))
            return named.choice;
    }
    return Choice::System;
}

void Languages::save(Choice choice)
{
    const NamedLanguage *named = namedLanguage(choice);
    QSettings().setValue(kSettingsKey,
                         named ? QString::fromLatin1(named->key) : QStringLiteral("system"));
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
    if (const NamedLanguage *named = namedLanguage(choice))
        return QString::fromUtf16(named->ownName);
    return tr("System Language");
}

QVector<Languages::Choice> Languages::choices()
{
    QVector<Choice> all{Choice::System};
    for (const NamedLanguage &named : kNamed)
        all << named.choice;
    return all;
}

} // namespace auditlens
