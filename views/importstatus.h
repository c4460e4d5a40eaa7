// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "session/importjob.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace auditlens {

// An import's place in the status bar: what it reads, how far it has got, and Cancel. It runs
// the import job and, when the import kept nothing, removes the empty case it would have left.
class ImportStatus : public QWidget
{
    Q_OBJECT
public:
    explicit ImportStatus(QWidget *parent = nullptr);
    ~ImportStatus() override;

    ImportJob *job() const { return m_job; }
    QStringList sources() const { return m_sources; }
    // When a source's header lacks required fields, asks which columns fill them (see
    // ColumnMapDialog) and runs the import again with that mapping; finished() comes once.
    void start(const QString &casePath, const QStringList &sources);
    // What an import did, in a sentence for the status bar: each source's events, or the source
    // the case already held with the same bytes.
    static QString outcomeText(bool ok, bool cancelled, const QString &error,
                               const ImportResult &result);
    // Stops a running import and waits for it (the window is closing).
    void stop();

Q_SIGNALS:
    void progressed(const auditlens::ImportProgress &progress);
    void preview(auditlens::PreviewBatch events);
    void finished(bool ok, bool cancelled, const QString &error,
                  const auditlens::ImportResult &result, const QString &casePath);

private:
    void run(const QString &casePath);
    void onFinished(bool ok, bool cancelled, const QString &error, const ImportResult &result);
    // Opens the mapping dialog for the source; false when there is nothing to ask.
    bool askForMapping(const QString &casePath, const QString &error, const ImportResult &result);
    void finish(bool ok, bool cancelled, const QString &error, const ImportResult &result,
                const QString &casePath);

    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QPointer<ImportJob> m_job;
    QStringList m_sources;
    QHash<QString, ColumnMap> m_columnMaps; // chosen in this import, by source path
};

} // namespace auditlens
