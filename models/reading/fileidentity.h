// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QString>

namespace auditlens {

// A file as the system knows it: its device, inode and kind. All the names of one file (hard
// links, symbolic links, relative paths) give the same identity, which paths alone do not.
class FileIdentity
{
    Q_DECLARE_TR_FUNCTIONS(FileIdentity)

public:
    FileIdentity() = default;
    // The file at path, following symbolic links; nothing is opened (a FIFO would block).
    static FileIdentity of(const QString &path);
    // The file behind an open descriptor.
    static FileIdentity of(int descriptor);

    bool exists() const { return m_exists; }
    bool isRegularFile() const;
    // Both exist and are the same file.
    bool operator==(const FileIdentity &other) const;
    bool operator!=(const FileIdentity &other) const { return !(*this == other); }

    // When the file exists but is not a regular file: a sentence saying what it is ("PATH is a
    // folder, not a file", or "it is a folder..." without a path); otherwise empty.
    QString notARegularFile(const QString &path = {}) const;

private:
    FileIdentity(quint64 device, quint64 inode, quint32 mode);

    bool m_exists = false;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    quint32 m_mode = 0;
};

} // namespace auditlens
