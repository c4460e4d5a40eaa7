// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "indexquery.h"

#include "reading/fileidentity.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

struct sqlite3;
class QThread;

namespace auditlens {

// Free-text search over every field of every event, payloads included: ASCII case-insensitive,
// like the SQL engine's LIKE. Searches the memory-mapped source files record by record (their
// pages are the kernel's, not our heap) once each is proven to hold the bytes that were imported;
// otherwise, and until then, the cells kept in the case. A case names its sources and their
// record offsets, and a case may come from anyone: a source is used only if it is a regular file
// (opened without blocking, so a FIFO never hangs the viewer) whose SHA-256 is the one recorded,
// and only where every offset the case gives falls inside it.
class TextSearch
{
public:
    // Reads the case's list of sources (on the calling thread, which owns db).
    TextSearch(const EventIndex &index, sqlite3 *db);
    // Stops a proof under way.
    ~TextSearch();
    TextSearch(const TextSearch &) = delete;
    TextSearch &operator=(const TextSearch &) = delete;

    // Reads every named source once and checks its SHA-256: seconds per gigabyte. Touches
    // nothing search() reads until a source is proven, so it may run on another thread while
    // searches run; startProving() does that on a thread of idle priority.
    void proveSources();
    void startProving();
    // Until the proof started by startProving() has ended.
    void waitForProof();

    // Sets one bit per matching position. False when cancelled() turned true.
    bool search(const QString &text, PositionBits *matches, const std::function<bool()> &cancelled);
    // How the last search read the events, in words (for a tooltip).
    QString note() const { return m_note; }

    // Case-insensitive (ASCII) search of needle (already lower case) in [begin, end).
    static const char *find(const char *begin, const char *end, const QByteArray &lowerNeedle);

private:
    struct Source;
    void prove(Source &source);
    bool usable(Source &source);
    bool prepareRecords(Source &source);
    bool searchSource(Source &source, const QByteArray &needle, PositionBits *matches,
                      const std::function<bool()> &cancelled);
    bool searchCase(qint64 sourceId, const QString &text, PositionBits *matches);

    const EventIndex &m_index;
    sqlite3 *m_db;
    FileIdentity m_caseFile; // a source that is the case itself is never opened by us
    std::vector<std::unique_ptr<Source>> m_sources;
    std::atomic<bool> m_stop{false};
    std::unique_ptr<QThread> m_prover;
    QString m_note;
};

} // namespace auditlens
