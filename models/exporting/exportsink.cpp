// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "exportsink.h"

#include <QCoreApplication>

#include <openssl/evp.h>

namespace auditlens {

ExportSink::ExportSink(const QString &path) : m_file(path) {}

ExportSink::~ExportSink()
{
    discard();
}

bool ExportSink::open(QString *error)
{
    // Unbuffered: our blocks are large already, an extra copy would only cost time.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = tr("%1 cannot be written: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    auto *ctx = EVP_MD_CTX_new();
    if (!ctx || EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) != 1) {
        EVP_MD_CTX_free(ctx);
        m_file.cancelWriting();
        *error = tr("SHA-256 is not available");
        return false;
    }
    m_hash = ctx;
    m_buffer.reserve(kBlockSize + (size_t(1) << 20));
    m_pending.reserve(kBlockSize + (size_t(1) << 20));
    m_open = true;
    m_writer = std::thread([this] { writerLoop(); });
    return true;
}

void ExportSink::writerLoop()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_cond.wait(lock, [this] { return m_hasPending || m_stop; });
        if (!m_hasPending)
            return;
        lock.unlock();
        bool ok = !m_failed;
        if (ok) {
            EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_hash), m_pending.data(), m_pending.size());
            const char *data = m_pending.data();
            qint64 left = qint64(m_pending.size());
            while (left > 0 && ok) {
                const qint64 n = m_file.write(data, left);
                ok = n > 0;
                data += n;
                left -= n;
            }
        }
        lock.lock();
        if (!ok && !m_failed) {
            m_failed = true;
            m_writeError = m_file.errorString();
        }
        m_pending.clear();
        m_hasPending = false;
        m_cond.notify_all();
    }
}

bool ExportSink::flush()
{
    if (m_buffer.empty())
        return !m_failed;
    std::unique_lock<std::mutex> lock(m_mutex);
    m_cond.wait(lock, [this] { return !m_hasPending; });
    if (m_failed)
        return false;
    m_bytes += qint64(m_buffer.size());
    m_buffer.swap(m_pending);
    m_hasPending = true;
    m_cond.notify_all();
    return true;
}

void ExportSink::stopWriter()
{
    if (!m_writer.joinable())
        return;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_cond.notify_all();
    m_writer.join();
}

bool ExportSink::finish(QString *error)
{
    flush();
    stopWriter();
    if (m_failed) {
        *error = tr("%1 cannot be written: %2").arg(m_file.fileName(), m_writeError);
        return false;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_hash), digest, &length);
    m_sha256 = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
    return true;
}

bool ExportSink::commit(QString *error)
{
    if (!m_open)
        return false;
    if (!m_file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(m_file.fileName(), m_file.errorString());
        discard();
        return false;
    }
    m_open = false;
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_hash));
    m_hash = nullptr;
    return true;
}

void ExportSink::discard()
{
    stopWriter();
    if (m_open) {
        m_file.cancelWriting();
        m_file.commit(); // with writing cancelled: removes the temporary file, keeps the target
        m_open = false;
    }
    if (m_hash) {
        EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_hash));
        m_hash = nullptr;
    }
}

} // namespace auditlens
