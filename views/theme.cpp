// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "theme.h"

#include "itemmodels/semanticcolors.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace auditlens {

Theme::Choice Theme::s_current = Theme::Choice::System;

namespace {
const char kSettingsKey[] = "view/theme";

// What the desktop gave the application before any choice of ours.
struct SystemLook
{
    QString style;
    QPalette palette;
    bool captured = false;
};

SystemLook &systemLook()
{
    static SystemLook look;
    if (!look.captured) {
        look.style = QApplication::style()->name();
        look.palette = QApplication::palette();
        look.captured = true;
    }
    return look;
}

void setGroupColors(QPalette &p, QPalette::ColorRole role, const QColor &active,
                    const QColor &disabled)
{
    p.setColor(QPalette::Active, role, active);
    p.setColor(QPalette::Inactive, role, active);
    p.setColor(QPalette::Disabled, role, disabled);
}
} // namespace

QString Theme::name(Choice choice)
{
    switch (choice) {
    case Choice::System:
        return QCoreApplication::translate("Theme", "System");
    case Choice::Light:
        return QCoreApplication::translate("Theme", "Light");
    case Choice::Dark:
        return QCoreApplication::translate("Theme", "Dark");
    }
    return {};
}

QPalette Theme::lightPalette()
{
    QPalette p;
    const QColor window(0xef, 0xef, 0xef), text(0x1a, 0x1a, 0x1a), disabled(0x80, 0x80, 0x80);
    setGroupColors(p, QPalette::Window, window, window);
    setGroupColors(p, QPalette::WindowText, text, disabled);
    setGroupColors(p, QPalette::Base, Qt::white, window);
    setGroupColors(p, QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5), window);
    setGroupColors(p, QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc), QColor(0xff, 0xff, 0xdc));
    setGroupColors(p, QPalette::ToolTipText, text, text);
    setGroupColors(p, QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b), disabled);
    setGroupColors(p, QPalette::Text, text, disabled);
    setGroupColors(p, QPalette::Button, window, window);
    setGroupColors(p, QPalette::ButtonText, text, disabled);
    setGroupColors(p, QPalette::BrightText, Qt::white, Qt::white);
    setGroupColors(p, QPalette::Light, Qt::white, Qt::white);
    setGroupColors(p, QPalette::Midlight, QColor(0xe3, 0xe3, 0xe3), QColor(0xe3, 0xe3, 0xe3));
    setGroupColors(p, QPalette::Mid, QColor(0xb8, 0xb8, 0xb8), QColor(0xb8, 0xb8, 0xb8));
    setGroupColors(p, QPalette::Dark, QColor(0x9f, 0x9f, 0x9f), QColor(0x9f, 0x9f, 0x9f));
    setGroupColors(p, QPalette::Shadow, QColor(0x76, 0x76, 0x76), QColor(0x76, 0x76, 0x76));
    setGroupColors(p, QPalette::Highlight, QColor(0x1f, 0x67, 0xb0), QColor(0x91, 0x91, 0x91));
    setGroupColors(p, QPalette::HighlightedText, Qt::white, Qt::white);
    setGroupColors(p, QPalette::Link, QColor(0x0b, 0x5c, 0xad), disabled);
    setGroupColors(p, QPalette::LinkVisited, QColor(0x6a, 0x32, 0x9f), disabled);
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x2d), text(0xee, 0xee, 0xee), disabled(0x7f, 0x7f, 0x7f);
    setGroupColors(p, QPalette::Window, window, window);
    setGroupColors(p, QPalette::WindowText, text, disabled);
    setGroupColors(p, QPalette::Base, QColor(0x1e, 0x1e, 0x1e), window);
    setGroupColors(p, QPalette::AlternateBase, QColor(0x27, 0x27, 0x27), window);
    setGroupColors(p, QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a), QColor(0x3a, 0x3a, 0x3a));
    setGroupColors(p, QPalette::ToolTipText, text, text);
    setGroupColors(p, QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0), disabled);
    setGroupColors(p, QPalette::Text, text, disabled);
    setGroupColors(p, QPalette::Button, QColor(0x35, 0x35, 0x35), window);
    setGroupColors(p, QPalette::ButtonText, text, disabled);
    setGroupColors(p, QPalette::BrightText, Qt::white, Qt::white);
    setGroupColors(p, QPalette::Light, QColor(0x50, 0x50, 0x50), QColor(0x50, 0x50, 0x50));
    setGroupColors(p, QPalette::Midlight, QColor(0x42, 0x42, 0x42), QColor(0x42, 0x42, 0x42));
    setGroupColors(p, QPalette::Mid, QColor(0x24, 0x24, 0x24), QColor(0x24, 0x24, 0x24));
    setGroupColors(p, QPalette::Dark, QColor(0x1a, 0x1a, 0x1a), QColor(0x1a, 0x1a, 0x1a));
    setGroupColors(p, QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a), QColor(0x0a, 0x0a, 0x0a));
    setGroupColors(p, QPalette::Highlight, QColor(0x2a, 0x6e, 0xb8), QColor(0x4a, 0x4a, 0x4a));
    setGroupColors(p, QPalette::HighlightedText, Qt::white, Qt::white);
    setGroupColors(p, QPalette::Link, QColor(0x6c, 0xb4, 0xff), disabled);
    setGroupColors(p, QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xf0), disabled);
    return p;
}

void Theme::apply(Choice choice)
{
    const SystemLook &system = systemLook();
    s_current = choice;
    switch (choice) {
    case Choice::System:
        QApplication::setStyle(QStyleFactory::create(system.style));
        QApplication::setPalette(system.palette);
        break;
    case Choice::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case Choice::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

Theme::Choice Theme::saved()
{
    const QString value = QSettings().value(QLatin1String(kSettingsKey)).toString();
    if (value == QLatin1String("light"))
        return Choice::Light;
    if (value == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

void Theme::save(Choice choice)
{
    const char *value = choice == Choice::Light  ? "light"
                        : choice == Choice::Dark ? "dark"
                                                 : "system";
    QSettings().setValue(QLatin1String(kSettingsKey), QLatin1String(value));
}

bool Theme::isDark()
{
    return SemanticColors::isDark(QApplication::palette());
}

} // namespace auditlens
