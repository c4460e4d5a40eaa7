// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QHash>
#include <QTranslator>

#include <memory>
#include <vector>

namespace auditlens {

// What a shown text was translated from: enough to translate it again into another language.
struct TranslatedText
{
    QByteArray context;
    QByteArray source;
    QByteArray disambiguation;
};

// The one translator the application installs. It asks the translations of the chosen language
// (the app's, then Qt's own) and remembers, for the texts asked on the GUI thread, which source
// each shown text came from: a window can then retranslate what it set once (menus, labels,
// tooltips) when the language changes, without each widget keeping its source texts.
class UiTranslator : public QTranslator
{
public:
    explicit UiTranslator(QObject *parent = nullptr);

    // Replaces the translations asked (empty: the source texts, English).
    void setTranslations(std::vector<std::unique_ptr<QTranslator>> translations);

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    // Never empty, even in English: it must be asked to remember the source texts.
    bool isEmpty() const override { return false; }

    // The source of a text shown now, when it was translated (or asked for) without a number.
    bool sourceOf(const QString &shown, TranslatedText *source) const;

private:
    std::vector<std::unique_ptr<QTranslator>> m_translations;
    mutable QHash<QString, TranslatedText> m_shown; // touched on the GUI thread only
};

} // namespace auditlens
