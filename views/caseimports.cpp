// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "caseimports.h"

#include "mainwindow.h"
#include "reading/fileidentity.h"
#include "session/caselibrary.h"
#include "welcomewidget.h"

#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>

namespace auditlens {

namespace {
QString exportFilters()
{
    return CaseImports::tr("Audit-log exports (*.csv *.jsonl *.json);;CSV exports (*.csv);;"
                           "JSON Lines (*.jsonl *.json);;All files (*)");
}
} // namespace

CaseImports::CaseImports(MainWindow *window) : QObject(window), m_window(window) {}

QString CaseImports::problemWith(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("%1 does not exist.").arg(path);
    // Said for what it is (a folder, a FIFO...), before anything opens it.
    const QString notAFile = FileIdentity::of(path).notARegularFile(path);
    if (!notAFile.isEmpty())
        return info.isDir() ? tr("%1. Open an audit-log export (CSV, JSON Lines) or a case "
                                 "inside it.")
                                  .arg(notAFile)
                            : tr("%1.").arg(notAFile);
    if (!info.isReadable())
        return tr("%1 cannot be read.").arg(path);
    return {};
}

QString CaseImports::chooseFolder() const
{
    return QSettings().value(QStringLiteral("open/lastDir"), QDir::homePath()).toString();
}

void CaseImports::rememberFolder(const QStringList &paths) const
{
    if (!paths.isEmpty())
        QSettings().setValue(QStringLiteral("open/lastDir"),
                             QFileInfo(paths.first()).absolutePath());
}

void CaseImports::openDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Open an Audit Log or a Case"), chooseFolder(),
        tr("Audit logs and cases (*.csv *.jsonl *.json *.auditlens);;CSV exports (*.csv);;"
           "JSON Lines (*.jsonl *.json);;AuditLens cases (*.auditlens);;All files (*)"));
    rememberFolder(paths);
    openPaths(paths);
}

void CaseImports::openSample()
{
    const QString path = WelcomeWidget::samplePath();
    if (path.isEmpty()) {
        m_window->showError(tr("The sample audit log could not be written to the application's "
                               "data folder."));
        return;
    }
    m_window->openPath(path);
}

void CaseImports::chooseCasesFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(
        m_window, tr("Where AuditLens Keeps the Cases It Makes"), CaseLibrary::folder());
    if (!dir.isEmpty())
        CaseLibrary::setFolder(dir);
}

void CaseImports::drop(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has returned: the question it may ask is a dialog of its own.
    QMetaObject::invokeMethod(
        this, [this, paths] { dropPaths(paths); }, Qt::QueuedConnection);
}

void CaseImports::addDialog()
{
    if (!m_window->session()->isOpen() || m_window->importJob())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Add Exports to the Case"),
                                                            chooseFolder(), exportFilters());
    rememberFolder(paths);
    addPaths(paths);
}

QStringList CaseImports::exportsOf(const QStringList &paths, const QString &caseRefusal) const
{
    QStringList exports;
    for (const QString &path : paths) {
        QString problem = problemWith(path);
        if (problem.isEmpty() && CaseLibrary::isCaseFile(path, m_window->session()->casePath()))
            problem = caseRefusal.arg(QFileInfo(path).fileName());
        if (!problem.isEmpty()) {
            m_window->showError(problem);
            return {};
        }
        exports << QFileInfo(path).absoluteFilePath();
    }
    exports.removeDuplicates();
    return exports;
}

bool CaseImports::importRunning() const
{
    if (!m_window->importJob())
        return false;
    m_window->showError(tr("An import is still running. Wait for it or cancel it first."));
    return true;
}

void CaseImports::openPaths(const QStringList &paths)
{
    if (paths.size() == 1)
        m_window->openPath(paths.first());
    if (paths.size() <= 1)
        return;
    if (importRunning())
        return;
    const QStringList exports = exportsOf(
        paths, tr("%1 is a case: open it on its own. Several exports open together as one new "
                  "case."));
    if (!exports.isEmpty())
        m_window->importInto(CaseLibrary::newCasePath(exports.first()), exports, false);
}

void CaseImports::addPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!m_window->session()->isOpen()) {
        m_window->showError(tr("Open a case first; the exports are added to it."));
        return;
    }
    if (importRunning())
        return;
    const QStringList exports =
        exportsOf(paths, tr("%1 is a case, not an export: only exports can be added to a case."));
    if (!exports.isEmpty())
        m_window->importInto(m_window->session()->casePath(), exports, true);
}

void CaseImports::dropPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    const bool anyCase = std::any_of(paths.begin(), paths.end(), [this](const QString &path) {
        return QFileInfo(path).isFile() &&
               CaseLibrary::isCaseFile(path, m_window->session()->casePath());
    });
    if (!m_window->session()->isOpen() || m_window->importJob() || anyCase) {
        openPaths(paths);
        return;
    }
    switch (askAboutDrop(paths)) {
    case DropChoice::AddToCase:
        addPaths(paths);
        break;
    case DropChoice::OpenAsNewCase:
        openPaths(paths);
        break;
    case DropChoice::Cancel:
        break;
    }
}

CaseImports::DropChoice CaseImports::askAboutDrop(const QStringList &paths)
{
    if (m_ask)
        return m_ask(paths);
    QMessageBox box(QMessageBox::Question, tr("Add to This Case?"),
                    paths.size() == 1
                        ? tr("Add %1 to the open case, or open it as a new case?")
                              .arg(QFileInfo(paths.first()).fileName())
                        : tr("Add these %n exports to the open case, or open them as a new case?",
                             nullptr, int(paths.size())),
                    QMessageBox::NoButton, m_window);
    QPushButton *add = box.addButton(tr("&Add to This Case"), QMessageBox::AcceptRole);
    QPushButton *open = box.addButton(tr("Open as a &New Case"), QMessageBox::ActionRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(add);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == add)
        return DropChoice::AddToCase;
    if (box.clickedButton() == open)
        return DropChoice::OpenAsNewCase;
    return DropChoice::Cancel;
}

} // namespace auditlens
