// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "eventwriter.h"
#include "exportsummary.h"
#include "reporthtml.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace auditlens {

// The report a colleague, a lawyer or an auditor reads: where the events came from (case,
// sources with SHA-256), the filter in words, counts, time span, a histogram, the most frequent
// actions, actors and targets, then the events with their source lines. A name that could pass
// for another (see NameInspection) is marked wherever it appears, and listed at the end with
// its code points.
//
// Html: one self-contained file; every text from the data is escaped (' included), there are
// no scripts, links or external resources, and a Content-Security-Policy forbids loading any.
// Pdf: the same report laid out by QTextDocument and printed with QPdfWriter; the document
// refuses every resource it did not create itself, so no data can pull in a file.
class ReportWriter : public EventWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    enum class Target { Html, Pdf };
    // QTextDocument lays out every row before printing: a PDF lists at most this many events
    // and says so; the HTML report and the CSV exports list them all.
    static constexpr qint64 kPdfEventLimit = 5000;
    static constexpr qint64 kPdfRowsPerTable = 100;

    ReportWriter(const ExportSummary &summary, Target target);

    ExportCursor::Columns columns() const override { return ExportCursor::Columns::WithEntities; }
    bool begin(std::string &out, QString *error) override;
    void write(const ExportCursor &row, std::string &out) override;
    bool end(std::string &out, QString *error) override;

private:
    void appendSummary(std::string &out) const;
    void appendTableStart(std::string &out) const;
    void appendTableOpen(std::string &out, const char *cssClass) const;
    void appendHistogram(std::string &out) const;
    void appendTop(std::string &out, const QString &title,
                   const QVector<ExportSummary::Entry> &entries) const;
    bool renderPdf(std::string &out, QString *error) const;
    void appendName(std::string &out, std::string_view name) const;
    void appendName(std::string &out, const QString &name) const;
    void appendLookalikes(std::string &out) const;

    // The names listed at the end, at most.
    const ExportSummary &m_summary;
    Target m_target;
    std::string m_html; // Pdf: the document being built
    qint64 m_rows = 0;
    QHash<qint64, std::string> m_sourceNames;
    mutable ReportNames m_names; // the names it marked, for the list at the end
};

} // namespace auditlens
