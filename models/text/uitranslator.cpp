// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "uitranslator.h"

#include <QCoreApplication>
#include <QThread>

namespace auditlens {

UiTranslator::UiTranslator(QObject *parent) : QTranslator(parent) {}

void UiTranslator::setTranslations(std::vector<std::unique_ptr<QTranslator>> translations)
{
    m_translations = std::move(translations);
}

QString UiTranslator::translate(const char *context, const char *sourceText,
                                const char *disambiguation, int n) const
{
    QString shown;
    for (const auto &translation : m_translations) {
        shown = translation->translate(context, sourceText, disambiguation, n);
        if (!shown.isEmpty())
            break;
    }
    // Worker threads translate too (import problems): only the GUI thread's texts can be on
    // screen as they were set, and only it reads them back.
    const QCoreApplication *app = QCoreApplication::instance();
    if (n < 0 && app && QThread::currentThread() == app->thread() && sourceText && *sourceText) {
        const QString key = shown.isEmpty() ? QString::fromUtf8(sourceText) : shown;
        if (!m_shown.contains(key))
            m_shown.insert(key, {context, sourceText, disambiguation});
    }
    return shown;
}

bool UiTranslator::sourceOf(const QString &shown, TranslatedText *source) const
{
    const auto it = m_shown.constFind(shown);
    if (it == m_shown.cend())
        return false;
    *source = it.value();
    return true;
}

} // namespace auditlens
