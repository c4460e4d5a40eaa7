// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "caselist.h"

#include "../store/casestore.h"
#include "caselibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace auditlens {

QStringList CaseList::filesOf(const QString &path)
{
    return {path, path + QStringLiteral("-journal"), path + QStringLiteral("-wal"),
            path + QStringLiteral("-shm")};
}

CaseListEntry CaseList::readOne(const QString &path, bool inCasesFolder)
{
    CaseListEntry entry;
    entry.path = QFileInfo(path).absoluteFilePath();
    entry.inCasesFolder = inCasesFolder;
    for (const QString &file : filesOf(entry.path))
        entry.bytes += QFileInfo(file).size();
    entry.lastUsed = CaseLibrary::lastUsed(entry.path);
    if (!entry.lastUsed.isValid())
        entry.lastUsed = QFileInfo(entry.path).lastModified();
    CaseStore store;
    QString error;
    if (!store.open(entry.path, CaseStore::Mode::ReadOnly, &error)) {
        entry.error = error;
        return entry;
    }
    // The sources' own counts: counting the events would read the whole case.
    const QVector<SourceInfo> sources = store.sources(&error);
    if (!error.isEmpty()) {
        entry.error = error;
        return entry;
    }
    entry.events = 0;
    for (const SourceInfo &s : sources) {
        entry.events += s.imported;
        entry.sources << s.fileName;
    }
    return entry;
}

std::vector<CaseListEntry> CaseList::read(const QString &folder, const QStringList &others,
                                          const std::atomic_bool *cancel)
{
    std::vector<CaseListEntry> list;
    QSet<QString> seen;
    auto add = [&](const QString &path, bool inFolder) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (seen.contains(absolute) || (cancel && cancel->load()))
            return;
        seen.insert(absolute);
        list.push_back(readOne(absolute, inFolder));
    };
    const QDir dir(folder);
    const QString pattern = QStringLiteral("*.") + QLatin1String(CaseStore::fileSuffix());
    for (const QFileInfo &info : dir.entryInfoList({pattern}, QDir::Files, QDir::Name))
        add(info.absoluteFilePath(), true);
    for (const QString &path : others) {
        if (QFileInfo(path).isFile() && CaseLibrary::isCaseFile(path))
            add(path, false);
    }
    std::stable_sort(list.begin(), list.end(), [](const CaseListEntry &a, const CaseListEntry &b) {
        return a.lastUsed > b.lastUsed;
    });
    return list;
}

bool CaseList::remove(const QString &path, QString *error)
{
    // The case itself last: what is left of a failure is still a case, or nothing.
    QStringList files = filesOf(path);
    std::reverse(files.begin(), files.end());
    for (const QString &file : files) {
        QFile f(file);
        if (f.exists() && !f.remove()) {
            *error = tr("%1 could not be deleted: %2")
                         .arg(QDir::toNativeSeparators(file), f.errorString());
            return false;
        }
    }
    CaseLibrary::forgetUsed(path);
    return true;
}

} // namespace auditlens
