// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

// What every test reaches for: the fixtures under tests/data, and a file's SHA-256 (the evidence
// and the cases a test must leave untouched are compared by it).

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace auditlens::tests {

// The path of a fixture under tests/data.
inline QString data(const QString &name)
{
    return QStringLiteral(AUDITLENS_TEST_DATA "/") + name;
}

// The SHA-256 of a file's bytes; empty when it cannot be read.
inline QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

// Writes the project's generator's export (scripts/gen_audit.py, with its options) as name in dir
// and returns its manifest, the ground truth, with "path" set to the export. A generator that
// fails ends the test run: no test can go on without its data.
inline QJsonObject generate(const QDir &dir, const QString &name, const QStringList &options)
{
    const QString file = dir.filePath(name);
    const QString manifest = file + QStringLiteral(".manifest.json");
    QProcess p;
    p.start(QStringLiteral("python3"),
            QStringList{QStringLiteral(AUDITLENS_SOURCE_DIR "/scripts/gen_audit.py"), file,
                        QStringLiteral("--manifest"), manifest} +
                options);
    if (!p.waitForFinished(300000) || p.exitCode() != 0)
        qFatal("generator failed: %s", p.readAllStandardError().constData());
    QFile f(manifest);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no manifest");
    QJsonObject m = QJsonDocument::fromJson(f.readAll()).object();
    m[QStringLiteral("path")] = file;
    return m;
}

} // namespace auditlens::tests
