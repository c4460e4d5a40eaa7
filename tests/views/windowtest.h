// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

// What the window's tests share: a folder of their own for settings and cases, a window whose
// errors are collected instead of shown, and waiting for its results.

#include "mainwindow.h"
#include "session/caselibrary.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace auditlens {

class WindowTest : public QObject
{
protected:
    static QString data(const QString &name)
    {
        return QStringLiteral(AUDITLENS_TEST_DATA "/") + name;
    }

    // Settings and cases of the test stay in its own folder.
    bool setUpFolders(const QString &applicationName)
    {
        if (!m_dir.isValid())
            return false;
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AuditLensTest"));
        QCoreApplication::setApplicationName(applicationName);
        CaseLibrary::setFolder(m_dir.filePath(QStringLiteral("cases")));
        return true;
    }

    void makeWindow()
    {
        m_errors.clear();
        m_window = std::make_unique<MainWindow>();
        m_window->setErrorHandler([this](const QString &message) { m_errors << message; });
        m_window->show();
    }

    QString copyFixture(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!QFile::exists(path))
            QFile::copy(data(name), path);
        return path;
    }

    bool waitForResult()
    {
        QSignalSpy spy(m_window->session(), &CaseSession::resultReady);
        return spy.wait(15000);
    }

    bool openAndWait(const QString &path)
    {
        QSignalSpy result(m_window->session(), &CaseSession::resultReady);
        m_window->openPath(path);
        return result.wait(15000);
    }

    // Closes the case at path and opens it again with the file read-only, until the annotation
    // writer has said it cannot write (root, to whom every file is writable, is told so as on
    // read-only media); the file's permissions come back after. False when the open fails.
    bool reopenReadOnly(const QString &path)
    {
        m_window->closeCase();
        const QFile::Permissions permissions = QFile::permissions(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        bool opened = openAndWait(path);
        CaseSession *session = m_window->session();
        opened = opened && QTest::qWaitFor(
                               [session] {
                                   return session->annotationsWritable() ||
                                          !session->annotationsReadOnlyReason().isEmpty();
                               },
                               10000);
        if (opened && session->annotationsWritable())
            Q_EMIT session->annotationJob()->opened(
                false,
                QStringLiteral("The case is open read-only: annotations cannot be saved in it."));
        QFile::setPermissions(path, permissions);
        return opened;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;
};

} // namespace auditlens
