// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDateTime>
#include <QString>

namespace auditlens {

// Where the window keeps the cases it makes from sources, and which case a source went into, so
// that opening an already imported export goes straight to its case. Cases live in a folder the
// user chooses (by default the application's data folder), never beside the evidence.
class CaseLibrary
{
public:
    static QString defaultFolder();
    static QString folder();
    static void setFolder(const QString &folder);

    // The case a source was imported into, when the source is unchanged (same size and
    // modification time) and the case still exists; empty otherwise.
    static QString caseForSource(const QString &sourcePath);
    static void remember(const QString &sourcePath, const QString &casePath);
    // Whether path is a case (by its suffix or its first bytes) rather than a source.
    // openCase: the case the window has open, which is never opened outside SQLite.
    static bool isCaseFile(const QString &path, const QString &openCase = QString());
    // When a case was last opened in the window (invalid when never, as far as this user knows).
    static QDateTime lastUsed(const QString &casePath);
    static void noteUsed(const QString &casePath);
    static void forgetUsed(const QString &casePath);
    // A new case file name in the folder for this source.
    static QString newCasePath(const QString &sourcePath);
};

} // namespace auditlens
