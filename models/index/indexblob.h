// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../store/casesql.h"
#include "eventindex.h"
#include "store/sqlitestatement.h"

#include <QByteArray>
#include <QString>
#include <QtEndian>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace auditlens {

// Binary layout: a sequence of vectors, each a 64-bit byte count then its bytes. It is stored as
// rows of at most a chunk's bytes each ("events.000000", "events.000001"...), each inserted from a
// staging buffer: SQLite writes every page once. (One blob written in place would first be created
// as zeros, and pages the cache cannot hold would be written, read back and written again.) Each
// row ends in the checksum of its bytes (EventIndex::checksum, seeded with the row's number), so a
// damaged or shortened row is noticed before anything is read from it.
struct IndexBlob
{
    static constexpr quint32 kMagic = 0x58494c41; // "ALIX"
    // 2: hashText reads eight bytes at a time. 3: every row ends in a checksum, the fingerprint
    // covers actions, duplicate marks and entities, and a loaded index is checked in full.
    // 4: today's fields (organization, account, IP address, request) and their dictionaries.
    static constexpr quint32 kFormat = 4;
    static constexpr const char *kRowName = "events.%06d";
    static constexpr size_t kChecksumBytes = sizeof(quint64);

    // Writes the rows of an index, each from a staging buffer, as the index serializes itself.
    class Writer
    {
    public:
        Writer(sqlite3 *db, const QByteArray &fingerprint, size_t chunk)
            : m_insert(db, CaseSql::kInsertViewerIndexRow), m_fingerprint(fingerprint),
              m_chunk(chunk)
        {
            m_ok = m_insert.ok();
            m_stage.reserve(chunk + kChecksumBytes);
        }
        template <typename T> void vec(const std::vector<T> &v)
        {
            const quint64 bytes = quint64(v.size() * sizeof(T));
            raw(&bytes, sizeof bytes);
            if (bytes)
                raw(v.data(), bytes);
        }
        void value(quint64 v) { raw(&v, sizeof v); }
        void text(const std::string &t)
        {
            value(quint64(t.size()));
            raw(t.data(), t.size());
        }
        void codes(const NarrowCodes &c)
        {
            vec(c.m_bytes);
            vec(c.m_words);
            vec(c.m_wide);
        }
        void strings(const std::vector<QString> &list)
        {
            value(list.size());
            for (const QString &s : list) {
                const QByteArray utf8 = s.toUtf8();
                value(quint64(utf8.size()));
                raw(utf8.constData(), quint64(utf8.size()));
            }
        }
        // False when a write failed.
        bool finish()
        {
            if (!m_stage.empty() || m_chunks == 0)
                put();
            return m_ok;
        }

    private:
        void raw(const void *data, quint64 bytes)
        {
            const char *p = static_cast<const char *>(data);
            while (bytes > 0) {
                const size_t n = size_t(std::min<quint64>(bytes, m_chunk - m_stage.size()));
                m_stage.append(p, n);
                p += n;
                bytes -= n;
                if (m_stage.size() == m_chunk)
                    put();
            }
        }
        void put()
        {
            char name[32];
            std::snprintf(name, sizeof name, kRowName, m_chunks++);
            if (m_ok) {
                const quint64 sum = qToLittleEndian(
                    EventIndex::checksum(m_stage.data(), m_stage.size(), quint64(m_chunks - 1)));
                m_stage.append(reinterpret_cast<const char *>(&sum), kChecksumBytes);
                m_insert.bindText(1, name);
                m_insert.bindBlob(2, m_fingerprint.constData(), size_t(m_fingerprint.size()));
                m_insert.bindBlob(3, m_stage.data(), m_stage.size());
                m_ok = m_insert.step() == SqliteStatement::Step::Done;
                m_insert.reset();
            }
            m_stage.clear();
        }

        SqliteStatement m_insert;
        const QByteArray &m_fingerprint;
        size_t m_chunk;
        std::string m_stage;
        int m_chunks = 0;
        bool m_ok = true;
    };

    // Reads the bytes of an index (its rows put together, checksums taken off), each size
    // checked against what is left.
    class Reader
    {
    public:
        explicit Reader(const QByteArray &data) : m_data(data) {}
        // Every size read is checked against what is left, never added to a position first: a
        // damaged count near 2^64 must not wrap around.
        size_t left() const { return size_t(m_data.size()) - m_pos; }
        bool value(quint64 *v)
        {
            if (left() < sizeof(quint64))
                return false;
            std::memcpy(v, m_data.constData() + m_pos, sizeof(quint64));
            m_pos += sizeof(quint64);
            return true;
        }
        template <typename T> bool vec(std::vector<T> &v)
        {
            quint64 bytes = 0;
            if (!value(&bytes) || bytes % sizeof(T) != 0 || bytes > left())
                return false;
            v.resize(size_t(bytes / sizeof(T)));
            if (bytes)
                std::memcpy(v.data(), m_data.constData() + m_pos, size_t(bytes));
            m_pos += size_t(bytes);
            return true;
        }
        bool strings(std::vector<QString> &list)
        {
            quint64 count = 0;
            // Each string takes at least its eight-byte length.
            if (!value(&count) || count > left() / sizeof(quint64))
                return false;
            list.clear();
            list.reserve(size_t(count));
            for (quint64 i = 0; i < count; ++i) {
                quint64 bytes = 0;
                if (!value(&bytes) || bytes > left())
                    return false;
                list.push_back(QString::fromUtf8(m_data.constData() + m_pos, qsizetype(bytes)));
                m_pos += size_t(bytes);
            }
            return true;
        }
        bool text(std::string &t)
        {
            quint64 bytes = 0;
            if (!value(&bytes) || bytes > left())
                return false;
            t.assign(m_data.constData() + m_pos, size_t(bytes));
            m_pos += size_t(bytes);
            return true;
        }
        bool codes(NarrowCodes &c) { return vec(c.m_bytes) && vec(c.m_words) && vec(c.m_wide); }
        bool atEnd() const { return left() == 0; }

    private:
        const QByteArray &m_data;
        size_t m_pos = 0;
    };
};

} // namespace auditlens
