// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>
#include <QList>

class QLineEdit;
class QTreeWidget;

namespace auditlens {

// Help > Keyboard Shortcuts: every key the window answers to, read from its actual actions and
// shortcuts (the menus', and those of panes such as the event table), so the list cannot drift
// from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString where; // the menu ("Edit") or the pane ("Events")
        QString what;  // the action's text, without its mnemonic
        QString keys;  // in the platform's notation, alternatives separated by ", "
    };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // Every action and shortcut of window that has a key.
    static QList<Entry> collect(QWidget *window);
    QTreeWidget *list() const { return m_list; }

private:
    void filter(const QString &text);

    QLineEdit *m_search;
    QTreeWidget *m_list;
};

} // namespace auditlens
