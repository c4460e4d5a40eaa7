// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

// What every test reaches for: the fixtures under tests/data, and a file's SHA-256 (the evidence
// and the cases a test must leave untouched are compared by it).

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

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

} // namespace auditlens::tests
