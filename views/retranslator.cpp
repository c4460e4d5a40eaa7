// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "retranslator.h"

#include "text/languages.h"
#include "text/uitranslator.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QShortcut>
#include <QTabWidget>
#include <QTextEdit>
#include <QTreeWidget>

namespace auditlens {

namespace {

// The text in the current language when it was translated once, else the text as it is.
QString again(const QString &shown)
{
    TranslatedText source;
    if (shown.isEmpty() || !Languages::sourceOf(shown, &source))
        return shown;
    return QCoreApplication::translate(
        source.context.constData(), source.source.constData(),
        source.disambiguation.isNull() ? nullptr : source.disambiguation.constData());
}

// Sets a text through its setter when it changes.
template <typename Setter> void redoText(const QString &shown, Setter set)
{
    if (const QString translated = again(shown); translated != shown)
        set(translated);
}

// The same for a text property of an object.
template <typename Object, typename Getter, typename Setter>
void redo(Object *object, Getter get, Setter set)
{
    redoText((object->*get)(), [&](const QString &text) { (object->*set)(text); });
}

void retranslateAction(QAction *a)
{
    redo(a, &QAction::text, &QAction::setText);
    redo(a, &QAction::iconText, &QAction::setIconText);
    redo(a, &QAction::toolTip, &QAction::setToolTip);
    redo(a, &QAction::statusTip, &QAction::setStatusTip);
    redo(a, &QAction::whatsThis, &QAction::setWhatsThis);
}

void retranslateItem(QTreeWidgetItem *item)
{
    for (int column = 0; column < item->columnCount(); ++column) {
        redoText(item->text(column), [&](const QString &t) { item->setText(column, t); });
        redoText(item->toolTip(column), [&](const QString &t) { item->setToolTip(column, t); });
    }
    for (int i = 0; i < item->childCount(); ++i)
        retranslateItem(item->child(i));
}

void retranslateViews(QWidget *w)
{
    if (qobject_cast<QHeaderView *>(w))
        return; // it repaints with its view's model
    if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
        retranslateItem(tree->headerItem());
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            retranslateItem(tree->topLevelItem(i));
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
        // Models translate their headers and cells when asked: ask again.
        if (QAbstractItemModel *model = view->model(); model && model->columnCount() > 0) {
            Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
            if (model->rowCount() > 0)
                Q_EMIT model->dataChanged(
                    model->index(0, 0),
                    model->index(model->rowCount() - 1, model->columnCount() - 1));
        }
        view->viewport()->update();
    }
}

void retranslateWidget(QWidget *w)
{
    redo(w, &QWidget::windowTitle, &QWidget::setWindowTitle);
    redo(w, &QWidget::toolTip, &QWidget::setToolTip);
    redo(w, &QWidget::statusTip, &QWidget::setStatusTip);
    redo(w, &QWidget::whatsThis, &QWidget::setWhatsThis);
    redo(w, &QWidget::accessibleName, &QWidget::setAccessibleName);
    redo(w, &QWidget::accessibleDescription, &QWidget::setAccessibleDescription);
    if (auto *label = qobject_cast<QLabel *>(w))
        redo(label, &QLabel::text, &QLabel::setText);
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        redo(button, &QAbstractButton::text, &QAbstractButton::setText);
    if (auto *group = qobject_cast<QGroupBox *>(w))
        redo(group, &QGroupBox::title, &QGroupBox::setTitle);
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        redo(edit, &QLineEdit::placeholderText, &QLineEdit::setPlaceholderText);
    if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
        redo(edit, &QPlainTextEdit::placeholderText, &QPlainTextEdit::setPlaceholderText);
    if (auto *edit = qobject_cast<QTextEdit *>(w))
        redo(edit, &QTextEdit::placeholderText, &QTextEdit::setPlaceholderText);
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        for (int i = 0; i < combo->count(); ++i) {
            redoText(combo->itemText(i), [&](const QString &t) { combo->setItemText(i, t); });
            redoText(combo->itemData(i, Qt::ToolTipRole).toString(),
                     [&](const QString &t) { combo->setItemData(i, t, Qt::ToolTipRole); });
        }
    }
    if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
        for (int i = 0; i < tabs->count(); ++i) {
            redoText(tabs->tabText(i), [&](const QString &t) { tabs->setTabText(i, t); });
            redoText(tabs->tabToolTip(i), [&](const QString &t) { tabs->setTabToolTip(i, t); });
        }
    }
    retranslateViews(w);
}

} // namespace

void Retranslator::install()
{
    static Retranslator *installed = nullptr;
    if (!installed && qApp) {
        installed = new Retranslator(qApp);
        qApp->installEventFilter(installed);
    }
}

void Retranslator::retranslate(QWidget *window)
{
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    QSet<QAction *> actions;
    for (QWidget *w : std::as_const(widgets)) {
        if (w->window() != window)
            continue; // a window of its own hears the event itself
        retranslateWidget(w);
        for (QAction *a : w->actions())
            actions.insert(a);
    }
    for (QAction *a : window->findChildren<QAction *>())
        actions.insert(a);
    for (QAction *a : std::as_const(actions))
        retranslateAction(a);
    for (QShortcut *shortcut : window->findChildren<QShortcut *>())
        redo(shortcut, &QShortcut::whatsThis, &QShortcut::setWhatsThis);
}

bool Retranslator::eventFilter(QObject *watched, QEvent *event)
{
    // Before the window's own changeEvent and its children's: what they compose afresh is
    // then not overwritten.
    if (event->type() == QEvent::LanguageChange && watched->isWidgetType()) {
        auto *w = static_cast<QWidget *>(watched);
        if (w->isWindow())
            retranslate(w);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace auditlens
