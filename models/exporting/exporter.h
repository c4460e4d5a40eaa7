// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "exportrequest.h"
#include "exportresult.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace auditlens {

// Writes a filtered slice of a case (or a selection of its events) as CSV, JSON Lines, an HTML
// report or a PDF, with its provenance: beside CSV and JSON Lines a FILE.manifest.json, inside
// the reports a header; and beside every export FILE.sha256 for `sha256sum -c`.
//
// run() opens its own connection to the case, so it belongs on a worker thread: cancel() may be
// called from any thread, and the progress handler is called on the thread of run().
// Files appear only complete: a cancel or an error leaves none behind.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    // done of total events written; total is known once the selection is read.
    using ProgressHandler = std::function<void(qint64 done, qint64 total)>;

    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    void cancel() { m_cancel.store(true); }
    bool isCancelled() const { return m_cancel.load(); }

    ExportResult run(const ExportRequest &request);

    // The files an export to outputPath writes, the export itself first.
    static QStringList outputFiles(const QString &outputPath, ExportFormat format);

private:
    ProgressHandler m_progress;
    std::atomic<bool> m_cancel{false};
};

} // namespace auditlens
