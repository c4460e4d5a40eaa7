// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "shortcutpassthrough.h"

#include <QKeyEvent>

namespace auditlens {

bool ShortcutPassthrough::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (const QKeySequence &k : m_keys) {
            if (k.matches(pressed) == QKeySequence::ExactMatch) {
                // Not accepted: the editor does not override it, the shortcut fires.
                event->ignore();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace auditlens
