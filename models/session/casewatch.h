// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

struct sqlite3;

namespace auditlens {

// Notices, while a case is open, that another program (auditlens-cli tag, star, note, view save,
// import, remove-source) changed it. Every interval it asks the session's read connection for
// PRAGMA data_version, which changes only when another connection has committed; only then does
// it read the annotation log's last id and the sources' count and last id (index lookups). It
// runs on the GUI thread and never waits: a case that is busy is asked again at the next tick.
//
// The session's own annotation writer is another connection too: its changes are told to the
// watch (acceptOwnChanges) once they have landed, and while some are still on their way
// (ownChangesPending) a grown log is left to be looked at again, so they never count as
// another program's.
class CaseWatch : public QObject
{
    Q_OBJECT
public:
    // db: the session's read connection, which outlives the watch.
    explicit CaseWatch(sqlite3 *db, QObject *parent = nullptr);

    // How often it looks; a test sets it short.
    static constexpr int kDefaultIntervalMs = 1500;
    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    // Whether the session's writer has changes still on their way.
    void setOwnChangesPending(std::function<bool()> pending) { m_pending = std::move(pending); }

    // Takes what the case holds now as known, and looks every interval from then on.
    void start();
    void stop() { m_timer.stop(); }
    // The session's own changes have landed: what the log holds now is known.
    void acceptOwnChanges();
    // Looks now (the timer calls it).
    void check();

Q_SIGNALS:
    // Another program appended changes to the annotation log (how many log entries).
    void annotationsChangedElsewhere(qint64 changes);
    // Another program added or removed sources: the open index no longer matches the case.
    void sourcesChangedElsewhere();

private:
    struct Sources
    {
        qint64 count = 0;
        qint64 lastId = 0;
        QString lastImport;
        bool read = false; // false when the case could not be read just now
        bool operator==(const Sources &o) const
        {
            return count == o.count && lastId == o.lastId && lastImport == o.lastImport;
        }
    };
    qint64 dataVersion() const;
    qint64 lastLogId() const; // 0 when the case has no annotation log (an older case)
    Sources sources() const;

    sqlite3 *m_db;
    QTimer m_timer;
    std::function<bool()> m_pending;
    qint64 m_dataVersion = -1;
    qint64 m_lastLogId = 0;
    Sources m_sources;
};

} // namespace auditlens
