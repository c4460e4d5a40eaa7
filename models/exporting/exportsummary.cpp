// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "exportsummary.h"

#include "../findings/shippedfindings.h"
#include "../parsing/timestampparser.h"
#include "../store/casesql.h"
#include "../store/casestore.h"
#include "../store/sqlitestatement.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QVariant>

#include <algorithm>

namespace auditlens {

namespace {
// The n most frequent values, most frequent first (ties by value). Sorting a copy beats a hash
// table when nearly every target is distinct.
std::vector<std::pair<qint64, qint64>> topCounts(std::vector<qint64> values, int n)
{
    std::sort(values.begin(), values.end());
    std::vector<std::pair<qint64, qint64>> entries;
    for (size_t i = 0; i < values.size();) {
        size_t j = i;
        while (j < values.size() && values[j] == values[i])
            ++j;
        entries.emplace_back(values[i], qint64(j - i));
        i = j;
    }
    auto byCount = [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    const size_t keep = std::min(entries.size(), size_t(n));
    std::partial_sort(entries.begin(), entries.begin() + qsizetype(keep), entries.end(), byCount);
    entries.resize(keep);
    return entries;
}

QVector<ExportSummary::Entry> entityEntries(const CaseStore &store, std::vector<qint64> ids)
{
    QVector<ExportSummary::Entry> result;
    SqliteStatement query(store.handle(), CaseSql::kEntityById);
    for (const auto &[id, count] : topCounts(std::move(ids), ExportSummary::kTopEntries)) {
        QString label;
        if (id == 0) {
            label = ExportSummary::tr("(none)");
        } else {
            query.bindInt64(1, id);
            if (query.row()) {
                label = query.columnString(1);
                if (label.isEmpty())
                    label = query.columnString(0);
            }
            query.reset();
        }
        result.append({label, count});
    }
    return result;
}

QString utcText(qint64 ns)
{
    return TimestampParser::format(ns, 9);
}
} // namespace

bool ExportSummary::compute(const CaseStore &store, const ExportRequest &request,
                            const ExportSelection &selection, bool forReport, QString *error)
{
    m_casePath = QFileInfo(store.path()).absoluteFilePath();
    m_exportedAt = QDateTime::currentDateTimeUtc();
    m_format = request.format;
    m_filterText = request.filter.describe();
    m_annotatedOnly = request.annotatedOnly;
    if (request.annotatedOnly)
        m_filterText =
            tr("%1; only the annotated events (tagged, starred or noted)").arg(m_filterText);
    m_selectionText = request.useSelection
                          ? QCoreApplication::translate("ExportSummary", "%n selected event(s)",
                                                        nullptr, int(selection.size()))
                          : QString();

    SqliteStatement query(store.handle(), CaseSql::kActions);
    while (query.row()) {
        const std::string_view name = query.columnText(1);
        m_actionNames.insert(qint32(query.columnInt64(0)),
                             QByteArray(name.data(), qsizetype(name.size())));
    }
    if (!query.done()) {
        *error = tr("the case cannot be read (%1)").arg(query.error());
        return false;
    }

    const QVector<SourceInfo> infos = store.sources();
    QHash<qint64, int> sourceIndex;
    for (const SourceInfo &info : infos) {
        sourceIndex.insert(info.id, int(m_sources.size()));
        m_sources.append({info, 0});
        m_caseRejected += info.rejected;
    }
    m_caseProblems = store.problemCount();
    m_caseEvents = store.eventCount();

    const auto &keys = selection.keys();
    m_events = qint64(keys.size());
    for (const ExportKey &key : keys) {
        const auto found = sourceIndex.constFind(key.sourceId);
        if (found != sourceIndex.constEnd())
            ++m_sources[*found].exported;
        if (key.dupCount > 1) {
            ++m_duplicateCopies;
            if (key.dupKind == DuplicateKind::Conflicting)
                ++m_conflictingCopies;
            else
                ++m_exactCopies;
        }
        if (key.flags != 0)
            ++m_flaggedEvents;
        if (key.hasTime) {
            if (!m_hasTimeSpan) {
                m_firstNs = m_lastNs = key.occurredNs;
                m_hasTimeSpan = true;
            }
            m_firstNs = std::min(m_firstNs, key.occurredNs);
            m_lastNs = std::max(m_lastNs, key.occurredNs);
        } else {
            ++m_eventsWithoutTime;
        }
    }
    if (!forReport)
        return true;

    m_histogram.assign(m_hasTimeSpan ? size_t(kHistogramBins) : 0, 0);
    if (m_hasTimeSpan) {
        // In long double: a span of int64 nanoseconds (years 1678 to 2262) overflows int64,
        // and so does the span times a bin count.
        const long double first = static_cast<long double>(m_firstNs);
        const long double span = static_cast<long double>(m_lastNs) - first + 1;
        for (const ExportKey &key : keys) {
            if (!key.hasTime)
                continue;
            const auto bin =
                size_t((static_cast<long double>(key.occurredNs) - first) * kHistogramBins / span);
            ++m_histogram[std::min(bin, size_t(kHistogramBins - 1))];
        }
    }
    std::vector<qint64> values(keys.size());
    std::transform(keys.begin(), keys.end(), values.begin(),
                   [](const ExportKey &key) { return qint64(key.actionId); });
    for (const auto &[id, count] : topCounts(values, kTopEntries))
        m_topActions.append({QString::fromUtf8(actionName(qint32(id))), count});
    std::transform(keys.begin(), keys.end(), values.begin(),
                   [](const ExportKey &key) { return key.actor; });
    m_topActors = entityEntries(store, values);
    std::transform(keys.begin(), keys.end(), values.begin(),
                   [](const ExportKey &key) { return key.target; });
    m_topTargets = entityEntries(store, std::move(values));
    return m_findings.collect(store.handle(), ShippedFindings::rulesFor(store),
                              ShippedFindings::knows(), keys, error);
}

const ExportSummary::Source *ExportSummary::source(qint64 id) const
{
    for (const Source &s : m_sources) {
        if (s.info.id == id)
            return &s;
    }
    return nullptr;
}

const QByteArray &ExportSummary::actionName(qint32 id) const
{
    static const QByteArray none;
    const auto found = m_actionNames.constFind(id);
    return found == m_actionNames.constEnd() ? none : *found;
}

QJsonObject ExportSummary::manifest(const QString &fileName, const QString &sha256, qint64 bytes,
                                    const QStringList &columns, bool spreadsheetSafe,
                                    qint64 alteredCells) const
{
    QJsonObject o;
    o[QStringLiteral("generator")] = QStringLiteral("AuditLens " AUDITLENS_VERSION);
    o[QStringLiteral("app_version")] = QStringLiteral(AUDITLENS_VERSION);
    o[QStringLiteral("format")] = QLatin1String(exportFormatName(m_format));
    o[QStringLiteral("file")] = fileName;
    o[QStringLiteral("sha256")] = sha256;
    o[QStringLiteral("bytes")] = bytes;
    o[QStringLiteral("exported_at")] = m_exportedAt.toString(Qt::ISODateWithMs);
    o[QStringLiteral("case")] = m_casePath;
    QJsonArray sources;
    for (const Source &s : m_sources) {
        QJsonObject so;
        so[QStringLiteral("path")] = s.info.path;
        so[QStringLiteral("file_name")] = s.info.fileName;
        so[QStringLiteral("sha256")] = s.info.sha256;
        so[QStringLiteral("bytes")] = s.info.bytes;
        so[QStringLiteral("format")] = s.info.format;
        so[QStringLiteral("records")] = s.info.records;
        so[QStringLiteral("rejected")] = s.info.rejected;
        so[QStringLiteral("imported_at")] = s.info.importedAt.toString(Qt::ISODateWithMs);
        so[QStringLiteral("events_exported")] = s.exported;
        sources.append(so);
    }
    o[QStringLiteral("sources")] = sources;
    o[QStringLiteral("filter")] = m_filterText;
    if (m_annotatedOnly)
        o[QStringLiteral("annotated_only")] = true;
    if (!m_selectionText.isEmpty())
        o[QStringLiteral("selection")] = m_selectionText;
    o[QStringLiteral("order")] =
        QStringLiteral("occurred_at (UTC), events without a valid time last; ties by source and "
                       "line");
    QJsonObject counts;
    counts[QStringLiteral("events")] = m_events;
    counts[QStringLiteral("case_events")] = m_caseEvents;
    counts[QStringLiteral("duplicate_copies")] = m_duplicateCopies;
    counts[QStringLiteral("exact_duplicate_copies")] = m_exactCopies;
    counts[QStringLiteral("conflicting_duplicate_copies")] = m_conflictingCopies;
    counts[QStringLiteral("flagged_events")] = m_flaggedEvents;
    counts[QStringLiteral("events_without_time")] = m_eventsWithoutTime;
    counts[QStringLiteral("case_problems")] = m_caseProblems;
    counts[QStringLiteral("case_rejected_records")] = m_caseRejected;
    o[QStringLiteral("counts")] = counts;
    if (m_hasTimeSpan) {
        QJsonObject span;
        span[QStringLiteral("first")] = utcText(m_firstNs);
        span[QStringLiteral("last")] = utcText(m_lastNs);
        o[QStringLiteral("time_span")] = span;
    }
    o[QStringLiteral("columns")] = QJsonArray::fromStringList(columns);
    if (m_format == ExportFormat::FlatCsv) {
        QJsonObject safe;
        safe[QStringLiteral("enabled")] = spreadsheetSafe;
        safe[QStringLiteral("altered_cells")] = alteredCells;
        safe[QStringLiteral("rule")] = QStringLiteral(
            "a cell starting with =, +, -, @ (or their full-width or small forms), after any "
            "spaces or invisible characters, or with TAB or CR, is prefixed with ' (OWASP CSV "
            "injection)");
        o[QStringLiteral("spreadsheet_safe")] = safe;
    }
    return o;
}

} // namespace auditlens
