// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "bytesource.h"

#include "fileidentity.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace auditlens {

MemorySource::MemorySource(QByteArray data, qint64 chunk) : m_data(std::move(data)), m_chunk(chunk)
{}

qint64 MemorySource::read(char *buffer, qint64 maxBytes)
{
    const qint64 n = std::min({maxBytes, m_chunk, qint64(m_data.size()) - m_pos});
    if (n <= 0)
        return 0;
    std::memcpy(buffer, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

namespace {
// Without the path: whoever reports the error names the file.
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

qint64 mtimeNs(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}
} // namespace

SourceFile::SourceFile() = default;

SourceFile::~SourceFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool SourceFile::open(const QString &path)
{
    m_path = path;
    // Only regular files, told before anything opens them: opening a FIFO waits for a writer,
    // and reading it takes what the writer sends; a device or a socket is no export either.
    const QString notAFile = FileIdentity::of(path).notARegularFile();
    if (!notAFile.isEmpty()) {
        m_error = notAFile;
        return false;
    }
    // Without blocking, in case a FIFO took the file's place since.
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (m_fd < 0) {
        m_error = systemError();
        return false;
    }
    struct stat st = {};
    if (::fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode) ||
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) & ~O_NONBLOCK) != 0) {
        m_error = S_ISREG(st.st_mode) || st.st_mode == 0 ? systemError()
                                                         : FileIdentity::of(m_fd).notARegularFile();
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    m_size = st.st_size;
    m_mtimeNs = mtimeNs(st);
    m_modified = QDateTime::fromMSecsSinceEpoch(m_mtimeNs / 1000000, Qt::UTC);
    ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    m_hash = std::make_unique<Sha256>();
    return true;
}

qint64 SourceFile::peek(char *buffer, qint64 maxBytes) const
{
    for (;;) {
        const ssize_t n = ::pread(m_fd, buffer, size_t(maxBytes), 0);
        if (n < 0 && errno == EINTR)
            continue;
        return n;
    }
}

qint64 SourceFile::read(char *buffer, qint64 maxBytes)
{
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, size_t(maxBytes));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            m_error = systemError();
            return -1;
        }
        m_hash->add(buffer, size_t(n));
        m_bytesRead += n;
        return n;
    }
}

QByteArray SourceFile::sha256Hex()
{
    return m_hash ? m_hash->hex() : QByteArray();
}

bool SourceFile::changedOnDisk(QString *why) const
{
    struct stat st = {};
    if (::stat(QFile::encodeName(m_path).constData(), &st) != 0) {
        *why = QCoreApplication::translate("SourceFile", "the file was removed while it was read");
        return true;
    }
    if (st.st_size != m_size || m_bytesRead != m_size) {
        *why = QCoreApplication::translate("SourceFile", "the file changed size while it was read "
                                                         "(%1 bytes when opened, %2 now, %3 read)")
                   .arg(m_size)
                   .arg(qint64(st.st_size))
                   .arg(m_bytesRead);
        return true;
    }
    if (mtimeNs(st) != m_mtimeNs) {
        *why = QCoreApplication::translate("SourceFile", "the file was modified while it was read");
        return true;
    }
    return false;
}

QByteArray SourceFile::hashFile(const QString &path, QString *error)
{
    SourceFile file;
    if (!file.open(path)) {
        *error = file.errorString();
        return {};
    }
    std::vector<char> buffer(4 << 20);
    for (;;) {
        const qint64 n = file.read(buffer.data(), qint64(buffer.size()));
        if (n < 0) {
            *error = file.errorString();
            return {};
        }
        if (n == 0)
            break;
    }
    return file.sha256Hex();
}

} // namespace auditlens
