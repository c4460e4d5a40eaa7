// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace auditlens {

// The destination of an export: a QSaveFile (nothing appears under the final name before
// commit(), so a cancel or a full disk leaves no half file) fed in large blocks. A second thread
// hashes (SHA-256) and writes one block while the caller formats the next one.
class ExportSink
{
    Q_DECLARE_TR_FUNCTIONS(ExportSink)

public:
    explicit ExportSink(const QString &path);
    ~ExportSink();
    ExportSink(const ExportSink &) = delete;
    ExportSink &operator=(const ExportSink &) = delete;

    bool open(QString *error);

    // The block being filled: append to it, then call flushIfFull().
    std::string &buffer() { return m_buffer; }
    void append(std::string_view text) { m_buffer.append(text.data(), text.size()); }
    bool flushIfFull() { return m_buffer.size() < kBlockSize || flush(); }
    // Hands the current block to the writer thread; false once a write has failed.
    bool flush();

    // Writes what is left and checks that everything reached the temporary file; the final name
    // appears only with commit().
    bool finish(QString *error);
    bool commit(QString *error);
    // Drops everything written; no file is left.
    void discard();

    qint64 bytes() const { return m_bytes; }
    // Lower-case hex SHA-256 of everything written, after finish().
    QString sha256() const { return m_sha256; }

private:
    static constexpr size_t kBlockSize = size_t(4) << 20;

    void writerLoop();
    void stopWriter();

    QSaveFile m_file;
    std::string m_buffer;
    std::string m_pending; // owned by the writer thread while m_hasPending
    bool m_hasPending = false;
    bool m_stop = false;
    bool m_failed = false;
    QString m_writeError;
    std::mutex m_mutex;
    std::condition_variable m_cond;
    std::thread m_writer;
    void *m_hash = nullptr; // EVP_MD_CTX
    qint64 m_bytes = 0;
    QString m_sha256;
    bool m_open = false;
};

} // namespace auditlens
