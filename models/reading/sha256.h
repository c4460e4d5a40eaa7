// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>

#include <openssl/evp.h>

namespace auditlens {

// SHA-256 of bytes given in pieces (OpenSSL's, which uses the processor's SHA instructions).
class Sha256
{
public:
    Sha256() : m_ctx(EVP_MD_CTX_new()) { EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr); }
    ~Sha256() { EVP_MD_CTX_free(m_ctx); }
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void add(const char *data, size_t size) { EVP_DigestUpdate(m_ctx, data, size); }
    // Lower-case hex of the digest of everything added; call once.
    QByteArray hex()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_ctx, digest, &length);
        return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
    }

private:
    EVP_MD_CTX *m_ctx;
};

} // namespace auditlens
