// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace auditlens {

// Where a reader's bytes come from: a file on disk (read-only, hashed as read) or memory.
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    // Reads up to maxBytes into buffer; returns the count, 0 at the end, -1 on an I/O error.
    virtual qint64 read(char *buffer, qint64 maxBytes) = 0;
    virtual QString errorString() const { return {}; }
};

// Bytes held in memory; `chunk` limits each read so tests can split records across reads.
class MemorySource : public ByteSource
{
public:
    explicit MemorySource(QByteArray data, qint64 chunk = 1 << 20);
    qint64 read(char *buffer, qint64 maxBytes) override;

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    qint64 m_chunk;
};

class Sha256;

// A source file of evidence. Opened read-only and never written; every byte read goes through
// SHA-256 so the digest is of exactly the bytes parsed.
class SourceFile : public ByteSource
{
public:
    SourceFile();
    ~SourceFile() override;
    SourceFile(const SourceFile &) = delete;
    SourceFile &operator=(const SourceFile &) = delete;

    // Opens a regular file; anything else (a folder, a FIFO, a socket, a device) is refused
    // with a sentence naming what it is, without reading from it.
    bool open(const QString &path);
    qint64 read(char *buffer, qint64 maxBytes) override;
    // The file's first bytes, without reading them for the digest; -1 on an I/O error.
    qint64 peek(char *buffer, qint64 maxBytes) const;
    QString errorString() const override { return m_error; }

    QString path() const { return m_path; }
    qint64 size() const { return m_size; }
    QDateTime modified() const { return m_modified; }
    qint64 bytesRead() const { return m_bytesRead; }
    // Lower-case hex SHA-256 of every byte read so far; call once reading is done.
    QByteArray sha256Hex();
    // True when the file on disk no longer matches what was opened (size or modification time).
    bool changedOnDisk(QString *why) const;

    // SHA-256 of a whole file, without parsing it.
    static QByteArray hashFile(const QString &path, QString *error);

private:
    QString m_path;
    QString m_error;
    int m_fd = -1;
    qint64 m_size = 0;
    qint64 m_mtimeNs = 0;
    QDateTime m_modified;
    qint64 m_bytesRead = 0;
    std::unique_ptr<Sha256> m_hash;
};

} // namespace auditlens
