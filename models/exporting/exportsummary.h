// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../store/casestore.h"
#include "exportrequest.h"
#include "exportselection.h"
#include "reportfindings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <vector>

namespace auditlens {

// Everything an export says about itself so that a recipient can check where each line came
// from: the case and its sources with SHA-256, the filter, the counts, the time span, and for
// reports the histogram and the most frequent actions, actors and targets.
class ExportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ExportSummary)

public:
    struct Source
    {
        SourceInfo info;
        qint64 exported = 0; // events of this source in the export
    };
    struct Entry
    {
        QString label;
        qint64 count = 0;
    };

    static constexpr int kHistogramBins = 48;
    static constexpr int kTopEntries = 10;

    // Reads the case's sources and names, and counts over the selection; the histogram and the
    // top entries only for a report.
    bool compute(const CaseStore &store, const ExportRequest &request,
                 const ExportSelection &selection, bool forReport, QString *error);

    QString casePath() const { return m_casePath; }
    QDateTime exportedAt() const { return m_exportedAt; }
    ExportFormat format() const { return m_format; }
    // The filter in words, and for an export of selected events, how many were selected.
    QString filterText() const { return m_filterText; }
    QString selectionText() const { return m_selectionText; }
    // Only the annotated events of the filter (or selection) are exported.
    bool annotatedOnly() const { return m_annotatedOnly; }
    const QVector<Source> &sources() const { return m_sources; }
    const Source *source(qint64 id) const;
    // An action's name by its id in the case, as UTF-8.
    const QByteArray &actionName(qint32 id) const;

    qint64 events() const { return m_events; }
    qint64 duplicateCopies() const { return m_duplicateCopies; } // events in a group of 2+
    qint64 exactCopies() const { return m_exactCopies; }
    qint64 conflictingCopies() const { return m_conflictingCopies; }
    qint64 flaggedEvents() const { return m_flaggedEvents; }
    qint64 caseProblems() const { return m_caseProblems; }
    qint64 caseRejected() const { return m_caseRejected; }
    qint64 caseEvents() const { return m_caseEvents; }
    qint64 eventsWithoutTime() const { return m_eventsWithoutTime; }
    bool hasTimeSpan() const { return m_hasTimeSpan; }
    qint64 firstNs() const { return m_firstNs; }
    qint64 lastNs() const { return m_lastNs; }
    const std::vector<qint64> &histogram() const { return m_histogram; }
    const QVector<Entry> &topActions() const { return m_topActions; }
    const QVector<Entry> &topActors() const { return m_topActors; }
    const QVector<Entry> &topTargets() const { return m_topTargets; }
    // Reports: what the case's findings rules picked among the exported events.
    const ReportFindings &findings() const { return m_findings; }

    // The manifest written beside CSV and JSON Lines exports, given what writing found.
    QJsonObject manifest(const QString &fileName, const QString &sha256, qint64 bytes,
                         const QStringList &columns, bool spreadsheetSafe,
                         qint64 alteredCells) const;

private:
    QString m_casePath;
    QDateTime m_exportedAt;
    ExportFormat m_format = ExportFormat::OriginalCsv;
    QString m_filterText;
    QString m_selectionText;
    bool m_annotatedOnly = false;
    QVector<Source> m_sources;
    QHash<qint32, QByteArray> m_actionNames;
    qint64 m_events = 0;
    qint64 m_duplicateCopies = 0;
    qint64 m_exactCopies = 0;
    qint64 m_conflictingCopies = 0;
    qint64 m_flaggedEvents = 0;
    qint64 m_caseProblems = 0;
    qint64 m_caseRejected = 0;
    qint64 m_caseEvents = 0;
    qint64 m_eventsWithoutTime = 0;
    bool m_hasTimeSpan = false;
    qint64 m_firstNs = 0;
    qint64 m_lastNs = 0;
    std::vector<qint64> m_histogram;
    QVector<Entry> m_topActions;
    QVector<Entry> m_topActors;
    QVector<Entry> m_topTargets;
    ReportFindings m_findings;
};

} // namespace auditlens
