// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>

class QWidget;

namespace auditlens {

// Retranslates every window when the language changes (QEvent::LanguageChange), without a
// restart: the texts set once (menus and their actions, labels, buttons, tabs, combo box items,
// placeholders, tooltips, status tips, accessible names, tree headers) are translated again from
// the source each came from (Languages::sourceOf); item views repaint, so that their models'
// headers and cells are asked again. What a widget composes from changing values (counts, the
// filter in words, the detail of an event) it shows again itself on the same event.
class Retranslator : public QObject
{
    Q_OBJECT
public:
    // Watches the application for QEvent::LanguageChange, once.
    static void install();
    // The texts of this window (not of the windows in it) in the current language.
    static void retranslate(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace auditlens
