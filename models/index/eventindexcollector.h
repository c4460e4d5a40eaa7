// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../importing/indexrowssink.h"
#include "eventindex.h"

#include <QString>

#include <atomic>
#include <thread>
#include <vector>

struct sqlite3;

namespace auditlens {

// Keeps the rows an import writes and, once it has committed, makes the case's viewer index from
// them and keeps it in the case, so that the viewer opens the case in a fraction of a second.
// Rows are kept only while the command started on an empty case (then they hold every event of
// it) and up to eventsMax of them; otherwise the index is made by reading the events back, unless
// the case is larger than eventsMax: the viewer then makes it when it first opens the case.
class EventIndexCollector final : public IndexRowsSink
{
public:
    // About 155 bytes an event while the index is made (the rows, then the index itself).
    static constexpr qint64 kDefaultEventsMax = 1200000;

    explicit EventIndexCollector(qint64 eventsMax = kDefaultEventsMax);
    ~EventIndexCollector() override;
    EventIndexCollector(const EventIndexCollector &) = delete;
    EventIndexCollector &operator=(const EventIndexCollector &) = delete;

    bool begin(qint64 firstSeq) override;
    size_t rowCount() const override { return m_rows.size(); }
    void reserve(size_t rows) override;
    bool append(bool hasTime, qint64 ns, qint64 offset, quint16 source, quint32 action,
                quint32 actor, quint32 target, quint32 scope, EventSuccess success, bool flagged,
                std::string_view id, const EventOrigin &origin) override;
    void truncate(size_t rows) override { m_rows.truncate(rows); }
    void markDuplicate(qint64 seq, DuplicateKind kind, qint64 count, qint64 rank) override;
    void rowsComplete() override;
    void abandon() override { m_collecting = false; }

    // After an import that added events: makes the index and keeps it in the case (a failure
    // only costs the viewer a build when it opens the case). False when no index was kept.
    bool keep(sqlite3 *db, QString *error = nullptr);
    // Stops a keep() under way (from any thread).
    void cancel() { m_cancel.store(true, std::memory_order_relaxed); }

private:
    struct DuplicateMark
    {
        qint64 seq;
        DuplicateKind kind;
        qint64 count;
        qint64 rank;
    };
    void joinOrdering();

    const qint64 m_eventsMax;
    EventIndexRows m_rows;
    bool m_collecting = false;
    std::vector<DuplicateMark> m_marks; // applied to m_rows once m_ordering is done
    std::thread m_ordering;             // makes m_order from m_rows
    EventIndexOrder m_order;
    bool m_ordered = false;
    std::atomic<bool> m_cancel{false};
};

} // namespace auditlens
