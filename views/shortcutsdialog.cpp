// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace auditlens {

namespace {
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

QString keysOf(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &k : keys) {
        if (!k.isEmpty())
            texts << k.toString(QKeySequence::NativeText);
    }
    return texts.join(QStringLiteral(", "));
}

// The pane a widget belongs to, as a screen reader names it.
QString paneOf(QWidget *widget, QWidget *window)
{
    for (QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        if (!w->accessibleName().isEmpty())
            return w->accessibleName();
    }
    return ShortcutsDialog::tr("Window");
}

void walkMenu(QMenu *menu, const QString &path, QList<ShortcutsDialog::Entry> *entries,
              QSet<QAction *> *seen)
{
    for (QAction *action : menu->actions()) {
        seen->insert(action);
        if (action->menu()) {
            walkMenu(action->menu(), path + QStringLiteral(" › ") + plain(action->text()), entries,
                     seen);
            continue;
        }
        const QString keys = keysOf(action->shortcuts());
        if (!keys.isEmpty())
            entries->append({path, plain(action->text()), keys});
    }
}
} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(QWidget *window)
{
    QList<Entry> entries;
    QSet<QAction *> seen;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *top : main->menuBar()->actions()) {
            seen.insert(top);
            if (top->menu())
                walkMenu(top->menu(), plain(top->text()), &entries, &seen);
        }
    }
    for (QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty())
            continue;
        QWidget *owner = qobject_cast<QWidget *>(action->parent());
        entries.append({paneOf(owner ? owner : window, window), plain(action->text()),
                        keysOf(action->shortcuts())});
    }
    for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (shortcut->key().isEmpty() || shortcut->whatsThis().isEmpty())
            continue;
        QWidget *owner = qobject_cast<QWidget *>(shortcut->parent());
        entries.append({paneOf(owner ? owner : window, window), shortcut->whatsThis(),
                        keysOf(shortcut->keys())});
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent), m_search(new QLineEdit(this)), m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setPlaceholderText(tr("Type part of an action or a key"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a shortcut"));
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    QHash<QString, QTreeWidgetItem *> groups;
    for (const Entry &e : collect(window)) {
        QTreeWidgetItem *&group = groups[e.where];
        if (!group) {
            group = new QTreeWidgetItem(m_list, {e.where});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, {e.what, e.keys});
    }
    m_list->expandAll();
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    resize(560, 620);
}

void ShortcutsDialog::filter(const QString &text)
{
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() ||
                               item->text(0).contains(text, Qt::CaseInsensitive) ||
                               item->text(1).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace auditlens
