// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

namespace auditlens {

// Line edits claim some keys for themselves before any shortcut sees them (Ctrl+E moves to the
// end of the line on X11): this filter gives the window's own shortcuts back to it, so Export
// works from the search field and the time fields too. Install it on each such editor.
class ShortcutPassthrough : public QObject
{
    Q_OBJECT
public:
    explicit ShortcutPassthrough(QObject *parent = nullptr) : QObject(parent) {}
    void setKeys(const QList<QKeySequence> &keys) { m_keys = keys; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QKeySequence> m_keys;
};

} // namespace auditlens
