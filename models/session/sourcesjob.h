// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../importing/sourceremoval.h"
#include "../store/sourcecoverage.h"

#include <QObject>
#include <QThread>

#include <memory>
#include <vector>

namespace auditlens {

class EventIndex;

// The work behind the Sources pane, each on a thread of its own with its own connection to the
// case: reading what the sources cover (a scan of every event, too slow for the window's thread
// on a large case) and taking a source out. Results come back by signal; a coverage read that a
// newer one replaced is dropped.
class SourcesJob : public QObject
{
    Q_OBJECT
public:
    explicit SourcesJob(QObject *parent = nullptr);
    // Waits for the work still under way.
    ~SourcesJob() override;

    // index: the open case's viewer index, which gives each source's span at once (a scan of
    // the events otherwise).
    void readCoverage(const QString &casePath, std::shared_ptr<const EventIndex> index = {});
    void removeSource(const QString &casePath, qint64 sourceId);
    bool isRemoving() const { return m_removing; }

Q_SIGNALS:
    void coverageRead(const auditlens::SourceCoverage &coverage, qint64 elapsedMs);
    void coverageFailed(const QString &error);
    void sourceRemoved(qint64 sourceId, const auditlens::SourceRemoval::Result &result);

private:
    void run(std::function<void()> work);

    std::vector<std::unique_ptr<QThread>> m_threads;
    quint64 m_coverageRequest = 0;
    bool m_removing = false;
};

} // namespace auditlens
