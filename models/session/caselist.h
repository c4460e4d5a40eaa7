// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <atomic>
#include <vector>

namespace auditlens {

// One case for File > Cases…: what it holds and when it was last used.
struct CaseListEntry
{
    QString path;
    qint64 bytes = 0;           // the case file and what SQLite keeps beside it
    QDateTime lastUsed;         // opened in this program, else the file's last change
    qint64 events = -1;         // -1 when the case could not be read
    QStringList sources;        // file names, in import order
    QString error;              // why the case could not be read
    bool inCasesFolder = false; // else a case opened from elsewhere (Open Recent)
};

// The cases a user has: those in the cases folder and those opened from elsewhere. Reading them
// opens each read-only (never changing or upgrading it), so it runs off the window's thread.
class CaseList
{
    Q_DECLARE_TR_FUNCTIONS(CaseList)

public:
    // The cases in folder and the cases among others (the recent files that are cases), last
    // used first. cancel: stops between cases.
    static std::vector<CaseListEntry> read(const QString &folder, const QStringList &others,
                                           const std::atomic_bool *cancel = nullptr);
    static CaseListEntry readOne(const QString &path, bool inCasesFolder);
    // Deletes a case and SQLite's files beside it. The exports it was made from stay.
    static bool remove(const QString &path, QString *error);
    // The files of a case on disk: itself, its journal, write-ahead log and shared memory.
    static QStringList filesOf(const QString &path);
};

} // namespace auditlens
