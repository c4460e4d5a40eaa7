// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "eventindexstorage.h"

#include "../store/casesql.h"
#include "../store/schema.h"
#include "../store/sqlitestatement.h"
#include "eventindexbuilder.h"
#include "indexblob.h"
#include "indexfingerprint.h"
#include "indexverifier.h"
#include "threadjoiner.h"

#include <QtEndian>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <random>
#include <stdexcept>
#include <thread>

namespace auditlens {

template <typename W> void EventIndexStorage::serialize(const EventIndex &index, W &w)
{
    w.value(IndexBlob::kMagic);
    w.value(IndexBlob::kFormat);
    w.value(index.m_timedCount);
    w.vec(index.m_seq);
    w.vec(index.m_time);
    w.vec(index.m_offset);
    w.vec(index.m_source);
    w.vec(index.m_action);
    w.vec(index.m_actor);
    w.vec(index.m_target);
    w.vec(index.m_scope);
    w.codes(index.m_organization);
    w.codes(index.m_account);
    w.codes(index.m_ip);
    w.text(index.m_ipKeys);
    w.vec(index.m_request);
    w.vec(index.m_flags);
    w.vec(index.m_dupCount);
    w.vec(index.m_idRank);
    for (const FieldDictionary &d : index.m_dict) {
        w.vec(d.entityIds);
        w.vec(d.rank);
        w.vec(d.idHashes);
        w.vec(d.idCodes);
        w.vec(d.nameHashes);
        w.vec(d.nameCodes);
        w.strings(d.labels);
        w.strings(d.ids);
    }
}

bool EventIndexStorage::deserialize(const QByteArray &data, EventIndex &index)
{
    IndexBlob::Reader r(data);
    quint64 magic = 0, format = 0, timed = 0;
    if (!r.value(&magic) || magic != IndexBlob::kMagic || !r.value(&format) ||
        format != IndexBlob::kFormat || !r.value(&timed) ||
        timed > std::numeric_limits<quint32>::max())
        return false;
    index.m_timedCount = quint32(timed);
    if (!r.vec(index.m_seq) || !r.vec(index.m_time) || !r.vec(index.m_offset) ||
        !r.vec(index.m_source) || !r.vec(index.m_action) || !r.vec(index.m_actor) ||
        !r.vec(index.m_target) || !r.vec(index.m_scope) || !r.codes(index.m_organization) ||
        !r.codes(index.m_account) || !r.codes(index.m_ip) || !r.text(index.m_ipKeys) ||
        !r.vec(index.m_request) || !r.vec(index.m_flags) || !r.vec(index.m_dupCount) ||
        !r.vec(index.m_idRank))
        return false;
    const size_t n = index.m_seq.size();
    if (index.m_time.size() != n || index.m_offset.size() != n || index.m_source.size() != n ||
        index.m_action.size() != n || index.m_actor.size() != n || index.m_target.size() != n ||
        index.m_scope.size() != n || index.m_request.size() != n || index.m_flags.size() != n ||
        index.m_dupCount.size() != n || index.m_idRank.size() != n)
        return false;
    for (FieldDictionary &d : index.m_dict) {
        if (!r.vec(d.entityIds) || !r.vec(d.rank) || !r.vec(d.idHashes) || !r.vec(d.idCodes) ||
            !r.vec(d.nameHashes) || !r.vec(d.nameCodes) || !r.strings(d.labels) ||
            !r.strings(d.ids))
            return false;
    }
    // Nothing is used before every promise holds: a damaged index must not index out of bounds.
    return r.atEnd() && IndexVerifier::isConsistent(index) && index.finishLoad();
}

bool EventIndexStorage::load(sqlite3 *db, EventIndex *index)
{
    *index = EventIndex();
    SqliteStatement exists(db, CaseSql::kHasViewerIndex);
    if (!exists.row())
        return false;
    SqliteStatement size(db, CaseSql::kViewerIndexSize);
    if (!size.row() || size.columnInt64(0) == 0)
        return false;
    QByteArray data;
    data.reserve(qsizetype(std::clamp<qint64>(size.columnInt64(1), 0, qint64(1) << 32)));
    // Every row of one index, numbered from 0 without a gap, all with one fingerprint, each whole
    // (its checksum, summed while the row is in the processor's cache, holds).
    QByteArray stored;
    {
        SqliteStatement chunks(db, CaseSql::kViewerIndexRows);
        int part = 0;
        for (; chunks.row(); ++part) {
            char name[32];
            std::snprintf(name, sizeof name, IndexBlob::kRowName, part);
            const QByteArray fingerprint(chunks.columnText(1).data(),
                                         qsizetype(chunks.columnText(1).size()));
            if (part == 0)
                stored = fingerprint;
            if (chunks.columnText(0) != name || fingerprint != stored)
                return false;
            const std::string_view cell = chunks.columnBlob(2);
            const char *blob = cell.data();
            const size_t bytes = cell.size();
            if (!blob || bytes < IndexBlob::kChecksumBytes)
                return false;
            const size_t payload = bytes - IndexBlob::kChecksumBytes;
            if (EventIndex::checksum(blob, payload, quint64(part)) !=
                qFromLittleEndian<quint64>(blob + payload))
                return false;
            data.append(blob, qsizetype(payload));
        }
        if (!chunks.done() || part == 0)
            return false;
    }
    // How many events the index says it holds: its first column is the seqs, 8 bytes each.
    const quint64 claimed =
        data.size() >= 32 ? qFromLittleEndian<quint64>(data.constData() + 24) / 8 : 0;
    // What needs the case runs on another core while this one reads the columns: the case's
    // fingerprint and a sample of its events. The connection is lent; nothing here touches it
    // meanwhile.
    std::random_device entropy;
    const quint64 seed = (quint64(entropy()) << 32) ^ entropy();
    QByteArray expected;
    IndexVerifier::Sample sample;
    std::thread checking([&] {
        try {
            expected = IndexFingerprint::ofCase(db);
            sample = IndexVerifier::readSample(db, claimed, seed);
        } catch (const std::exception &) { // std::bad_alloc
            sample.readable = false;
        }
    });
    const ThreadJoiner joiner{checking};
    EventIndex loaded;
    const bool read = deserialize(data, loaded);
    checking.join();
    if (!read || stored != expected || !IndexVerifier::matchesSample(loaded, sample))
        return false;
    loaded.m_fingerprint = expected;
    *index = std::move(loaded);
    return true;
}

bool EventIndexStorage::store(sqlite3 *db, const EventIndex &index, QString *error,
                              size_t chunkBytes)
{
    auto exec = [&](const char *sql) { return SqliteStatement::exec(db, sql, error); };
    // One transaction (or part of the caller's): the old index goes as the new one comes.
    if (!exec(CaseSql::kSavepointStoreIndex))
        return false;
    if (exec(Schema::createViewerIndexTable()) && exec(CaseSql::kDeleteViewerIndex)) {
        // Each row holds its checksum besides the index's bytes.
        IndexBlob::Writer writer(db, index.m_fingerprint,
                                 std::max<size_t>(chunkBytes, IndexBlob::kChecksumBytes + 1) -
                                     IndexBlob::kChecksumBytes);
        serialize(index, writer);
        if (writer.finish())
            return exec(CaseSql::kReleaseStoreIndex);
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    const QString why = *error;
    exec(CaseSql::kRollbackStoreIndex);
    exec(CaseSql::kReleaseStoreIndex);
    *error = why;
    return false;
}

bool EventIndexStorage::loadOrBuild(sqlite3 *db, bool writable, EventIndex *index, QString *error,
                                    bool *built)
{
    if (built)
        *built = false;
    // A case's sizes are the case's to choose: running out of memory for one is an answer to give
    // the user, not a reason to end the program.
    try {
        if (load(db, index))
            return true;
        if (!EventIndexBuilder::fromCase(db, index, error))
            return false;
    } catch (const std::exception &) { // std::bad_alloc, std::length_error
        *index = EventIndex();
        *error = EventIndexBuilder::notEnoughMemory();
        return false;
    }
    if (built)
        *built = true;
    if (writable) {
        QString storeError;
        store(db, *index, &storeError); // a read-only medium only costs the next open a rebuild
    }
    return true;
}

} // namespace auditlens
