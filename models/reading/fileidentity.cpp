// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "fileidentity.h"

#include <QFile>

#include <sys/stat.h>

namespace auditlens {

FileIdentity::FileIdentity(quint64 device, quint64 inode, quint32 mode)
    : m_exists(true), m_device(device), m_inode(inode), m_mode(mode)
{}

FileIdentity FileIdentity::of(const QString &path)
{
    struct stat st = {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return FileIdentity(quint64(st.st_dev), quint64(st.st_ino), quint32(st.st_mode));
}

FileIdentity FileIdentity::of(int descriptor)
{
    struct stat st = {};
    if (descriptor < 0 || ::fstat(descriptor, &st) != 0)
        return {};
    return FileIdentity(quint64(st.st_dev), quint64(st.st_ino), quint32(st.st_mode));
}

bool FileIdentity::isRegularFile() const
{
    return m_exists && S_ISREG(m_mode);
}

bool FileIdentity::operator==(const FileIdentity &other) const
{
    return m_exists && other.m_exists && m_device == other.m_device && m_inode == other.m_inode;
}

QString FileIdentity::notARegularFile(const QString &path) const
{
    if (!m_exists || S_ISREG(m_mode))
        return {};
    const bool named = !path.isEmpty();
    if (S_ISDIR(m_mode))
        return named ? tr("%1 is a folder, not a file").arg(path)
                     : tr("it is a folder, not a file");
    if (S_ISFIFO(m_mode))
        return named ? tr("%1 is a FIFO (a named pipe), not a file: it would be read as it is "
                          "written, with no size or digest to check it by")
                           .arg(path)
                     : tr("it is a FIFO (a named pipe), not a file: it would be read as it is "
                          "written, with no size or digest to check it by");
    if (S_ISSOCK(m_mode))
        return named ? tr("%1 is a socket, not a file").arg(path)
                     : tr("it is a socket, not a file");
    if (S_ISCHR(m_mode) || S_ISBLK(m_mode))
        return named ? tr("%1 is a device, not a file").arg(path)
                     : tr("it is a device, not a file");
    return named ? tr("%1 is not a regular file").arg(path) : tr("it is not a regular file");
}

} // namespace auditlens
