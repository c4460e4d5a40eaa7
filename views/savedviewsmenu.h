// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "annotations/annotationstore.h"

#include <QDialog>
#include <QMenu>
#include <QSet>

class QLabel;
class QLineEdit;
class QPushButton;

namespace auditlens {

class MainWindow;
struct AnnotationOutcome;

// Asks the name a view is saved under, checked as it is typed (the reason shown under it); a
// name the case already has is said to be replaced.
class SaveViewDialog : public QDialog
{
    Q_OBJECT
public:
    SaveViewDialog(const QStringList &existing, const QString &filterWords, QWidget *parent);

    QString name() const;
    bool replaces() const { return m_existing.contains(name()); }
    QLineEdit *nameEdit() const { return m_name; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const { return m_ok; }
    // Why name is not a usable view name, or empty when it is.
    static QString problemWith(const QString &name);

private:
    void check();

    QStringList m_existing;
    QLineEdit *m_name;
    QLabel *m_problem;
    QPushButton *m_ok;
};

// The Views menu: Save Current View… (the filter, the sort and the visible columns, saved in the
// case through the annotation writer), one entry per saved view of the case that applies it (one
// filter change: Back brings the previous filter back), and Delete View. The list is read from
// the case whenever the menu opens, so views saved by the CLI show too.
class SavedViewsMenu : public QMenu
{
    Q_OBJECT
public:
    explicit SavedViewsMenu(MainWindow *window);

    // Reads the views of the open case again and rebuilds the entries.
    void refresh();
    // Asks the name (and, for a name the case has, whether to replace it), then saves.
    void saveCurrentView();
    // Saves the current filter, sort and visible columns as name on the annotation writer;
    // the request, or 0 when nothing could be asked.
    quint64 saveAs(const QString &name);
    // Applies the view named name; false (and the error shown) when it cannot be.
    bool applyView(const QString &name);
    // Deletes the view named name (no question asked); the request, or 0.
    quint64 deleteView(const QString &name);

    QAction *saveAction() const { return m_save; }
    QMenu *deleteMenu() const { return m_delete; }
    // One entry per saved view, by name.
    QList<QAction *> viewActions() const { return m_viewActions; }
    const QVector<SavedView> &views() const { return m_views; }

    // The table's visible columns (in their order on screen) and the current sort, as a view
    // keeps them.
    QStringList visibleColumns() const;
    void showColumns(const QStringList &columns);

Q_SIGNALS:
    // A save or delete this menu asked for has landed (ok) or failed.
    void viewChanged(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onAnnotationChanged(const AnnotationOutcome &outcome);
    bool apply(const SavedView &view);
    void confirmDelete(const QString &name);
    QString describe(const SavedView &view) const;

    MainWindow *m_window;
    QAction *m_save;
    QMenu *m_delete;
    QAction *m_empty;
    QList<QAction *> m_viewActions;
    QVector<SavedView> m_views;
    QSet<quint64> m_requests;
};

} // namespace auditlens
