// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QDropEvent;

namespace auditlens {

class MainWindow;

// How files come into the window: File > Open (one file, or several exports that make one case),
// File > Add Exports to Case, files dropped on the window and the command line. Checks each
// file before anything opens it and hands the import to the window's import worker.
class CaseImports : public QObject
{
    Q_OBJECT
public:
    enum class DropChoice { AddToCase, OpenAsNewCase, Cancel };

    explicit CaseImports(MainWindow *window);

    // Why a path cannot be opened or imported (missing, not a regular file, unreadable), in a
    // sentence; empty when it can.
    static QString problemWith(const QString &path);

    void openDialog();
    void openSample();
    void chooseCasesFolder();
    void addDialog();
    // One path opens as File > Open does; several exports make one new case.
    void openPaths(const QStringList &paths);
    // Imports the exports into the open case, one atomic import each, then opens the case again
    // with the filter it had.
    void addPaths(const QStringList &paths);
    // Files dropped on the window: on an open case, asks whether to add them to it.
    void dropPaths(const QStringList &paths);
    // Files dropped on the window, as dropPaths() once the drop has returned.
    void drop(QDropEvent *event);
    // Tests answer the drop question instead of a dialog.
    void setDropQuestion(std::function<DropChoice(const QStringList &)> ask)
    {
        m_ask = std::move(ask);
    }

private:
    QString chooseFolder() const;
    void rememberFolder(const QStringList &paths) const;
    // The absolute paths of exports (no case among them), or none after an error was shown.
    QStringList exportsOf(const QStringList &paths, const QString &caseRefusal) const;
    // Whether an import is running; if so the user is told to wait for it or cancel it.
    bool importRunning() const;
    DropChoice askAboutDrop(const QStringList &paths);

    MainWindow *m_window;
    std::function<DropChoice(const QStringList &)> m_ask;
};

} // namespace auditlens
