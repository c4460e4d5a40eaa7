// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../importing/importer.h"

#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <memory>
#include <vector>

namespace auditlens {

class EventIndexCollector;

using PreviewBatch = std::shared_ptr<const std::vector<PreviewEvent>>;

// Imports sources into a case on a thread of its own, for the window: progress, the first events
// as they are parsed, and a cancel that leaves the case as it was. finished() comes once.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(QString casePath, QStringList sources, QObject *parent = nullptr);
    ~ImportJob() override;

    // Before start(): which file column fills which field, for the sources named (see
    // ImportOptions::sourceColumnMaps).
    void setColumnMaps(const QHash<QString, ColumnMap> &maps) { m_columnMaps = maps; }
    void start();
    void cancel();
    bool isRunning() const { return m_thread && m_thread->isRunning(); }
    QString casePath() const { return m_casePath; }
    QStringList sources() const { return m_sources; }

Q_SIGNALS:
    void progress(const auditlens::ImportProgress &progress);
    void preview(auditlens::PreviewBatch events);
    // ok: the case holds the sources (cancelled: nothing was kept).
    void finished(bool ok, bool cancelled, const QString &error,
                  const auditlens::ImportResult &result);

private:
    QString m_casePath;
    QStringList m_sources;
    QHash<QString, ColumnMap> m_columnMaps;
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;                         // guards m_importer and m_cancelled
    Importer *m_importer = nullptr;         // lives on m_thread while it runs
    EventIndexCollector *m_index = nullptr; // likewise
    bool m_cancelled = false;
};

} // namespace auditlens

Q_DECLARE_METATYPE(auditlens::ImportProgress)
Q_DECLARE_METATYPE(auditlens::PreviewBatch)
Q_DECLARE_METATYPE(auditlens::ImportResult)
