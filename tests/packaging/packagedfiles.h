// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Where the files that ship beside the programs are: in the source and build trees, or, when
// AUDITLENS_INSTALLED_ROOT names a folder an installed package was unpacked into (dpkg -x),
// there. scripts/package.sh runs the packaging tests the second way.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace auditlens {

class PackagedFiles
{
public:
    PackagedFiles();

    bool installed() const { return !m_root.isEmpty(); }
    QString cli() const;
    // Empty when the GUI is not built.
    QString gui() const;
    QString manual(const QString &program) const;
    QString completion() const;
    QString desktopEntry() const;
    QString metainfo() const;
    QString mimePackage() const;
    QString changelog() const;
    // The installed hicolor icon theme folder (only when installed).
    QString iconTheme() const;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // Runs a program to completion in the C locale (the texts compared are the English ones),
    // without a display.
    static Run run(const QString &program, const QStringList &args);
    // A file's bytes, decompressed when its name ends in .gz; empty when it cannot be read.
    static QByteArray read(const QString &path);

private:
    QString m_root;
};

} // namespace auditlens
