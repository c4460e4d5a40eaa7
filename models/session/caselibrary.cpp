// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "caselibrary.h"

#include "../reading/fileidentity.h"

#include "../store/casestore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace auditlens {

namespace {
QString sourceKey(const QString &sourcePath)
{
    const QByteArray path = QFileInfo(sourcePath).absoluteFilePath().toUtf8();
    return QStringLiteral("importedSources/") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

QString usedKey(const QString &casePath)
{
    const QByteArray path = QFileInfo(casePath).absoluteFilePath().toUtf8();
    return QStringLiteral("caseUsed/") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

QString stamp(const QFileInfo &info)
{
    return QString::number(info.size()) + QLatin1Char('|') +
           QString::number(info.lastModified().toMSecsSinceEpoch());
}
} // namespace

QDateTime CaseLibrary::lastUsed(const QString &casePath)
{
    return QSettings().value(usedKey(casePath)).toDateTime();
}

void CaseLibrary::noteUsed(const QString &casePath)
{
    QSettings().setValue(usedKey(casePath), QDateTime::currentDateTimeUtc());
}

void CaseLibrary::forgetUsed(const QString &casePath)
{
    QSettings().remove(usedKey(casePath));
}

QString CaseLibrary::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/cases");
}

QString CaseLibrary::folder()
{
    return QSettings().value(QStringLiteral("cases/folder"), defaultFolder()).toString();
}

void CaseLibrary::setFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("cases/folder"), folder);
}

QString CaseLibrary::caseForSource(const QString &sourcePath)
{
    const QStringList entry = QSettings().value(sourceKey(sourcePath)).toStringList();
    if (entry.size() != 2 || entry[0] != stamp(QFileInfo(sourcePath)))
        return {};
    return QFileInfo::exists(entry[1]) ? entry[1] : QString();
}

void CaseLibrary::remember(const QString &sourcePath, const QString &casePath)
{
    QSettings().setValue(
        sourceKey(sourcePath),
        QStringList{stamp(QFileInfo(sourcePath)), QFileInfo(casePath).absoluteFilePath()});
}

bool CaseLibrary::isCaseFile(const QString &path, const QString &openCase)
{
    if (path.endsWith(QLatin1Char('.') + QLatin1String(CaseStore::fileSuffix())))
        return true;
    // The open case is read only through SQLite: closing another descriptor of it would drop
    // SQLite's locks.
    if (!openCase.isEmpty() && FileIdentity::of(path) == FileIdentity::of(openCase))
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString CaseLibrary::newCasePath(const QString &sourcePath)
{
    const QDir dir(folder());
    dir.mkpath(QStringLiteral("."));
    const QString base =
        QFileInfo(sourcePath).completeBaseName() + QLatin1Char('-') +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = dir.filePath(base + QLatin1Char('.') + QLatin1String(CaseStore::fileSuffix()));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(base + QStringLiteral("-%1.").arg(n) +
                            QLatin1String(CaseStore::fileSuffix()));
    return path;
}

} // namespace auditlens
