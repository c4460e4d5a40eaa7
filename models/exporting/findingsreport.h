// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../annotations/annotationstore.h"
#include "eventwriter.h"
#include "exportannotations.h"
#include "exportsummary.h"
#include "reporthtml.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QVector>

#include <string>
#include <vector>

namespace auditlens {

// The findings report (export --annotated, as HTML or PDF): what the analyst concluded, for a
// colleague or an auditor who reads it on paper. A first page with the case, its sources with
// SHA-256 and counts, the app version, the filter in words, a summary (events per tag, starred,
// noted) and the case notes; then the annotated events grouped by tag, each tag with its colour,
// a letter that tells it apart in black and white, and its description, its events in time
// order each with its notes, author and time; then the starred events (who starred them, when);
// the noted events that carry neither tag nor star; the saved views with their filter in words;
// and the annotation log.
//
// Every text that comes from the case, note text above all, is escaped: the report stays inert
// (no scripts, no links, no external resources; the HTML forbids loading any, as ReportWriter's).
// Note Markdown is shown as its text, line breaks kept.
class FindingsReport : public EventWriter
{
    Q_DECLARE_TR_FUNCTIONS(FindingsReport)

public:
    enum class Target { Html, Pdf };
    // What the case holds besides each event's own annotations.
    struct CaseAnnotations
    {
        QVector<TagSummary> tags;
        QVector<StarredEvent> stars;
        QVector<CaseNote> caseNotes; // the notes on the whole case
        QVector<SavedView> views;
        QVector<AnnotationLogEntry> log;
    };

    FindingsReport(const ExportSummary &summary, const ExportAnnotations &annotations,
                   CaseAnnotations caseAnnotations, Target target);

    ExportCursor::Columns columns() const override { return ExportCursor::Columns::WithEntities; }
    bool begin(std::string &out, QString *error) override;
    void write(const ExportCursor &row, std::string &out) override;
    bool end(std::string &out, QString *error) override;

    // The letter that marks the tag at index in the case's tag list: A..Z, then AA, AB...
    static QString marker(int index);

private:
    // One section's events, as table rows; PDF tables are cut every kRowsPerTable rows, as
    // ReportWriter's, and list at most ReportWriter::kPdfEventLimit events.
    struct Section
    {
        std::string rows;
        qint64 events = 0;
    };
    enum class Kind { Tag, Starred, Other };

    // One event's row (cells, then its notes across the table) in a section.
    void appendRow(Section &section, Kind kind, const std::string &cells, const std::string &notes,
                   const std::string &starredBy);
    void appendFirstPage(std::string &out) const;
    void appendTableStart(std::string &out, Kind kind) const;
    void appendSection(std::string &out, const Section &section, Kind kind) const;
    void appendTagHead(std::string &out, int index) const;
    void appendTagChip(std::string &out, int index) const;
    void appendViews(std::string &out) const;
    void appendLog(std::string &out) const;
    void appendTableOpen(std::string &out) const;
    int columnCount(Kind kind) const;
    void appendName(std::string &out, std::string_view name) const;
    void appendLookalikes(std::string &out) const;

    const ExportSummary &m_summary;
    const ExportAnnotations &m_annotations;
    CaseAnnotations m_case;
    Target m_target;
    QHash<QString, int> m_tagIndex; // name -> index in m_case.tags
    // (source SHA-256, line, id) -> "author, time" of its star
    QHash<QString, QString> m_starredBy;
    QHash<qint64, std::string> m_sourceNames;
    std::vector<Section> m_tagSections; // by index in m_case.tags
    Section m_starred;
    Section m_other;
    qint64 m_events = 0;
    qint64 m_noted = 0;
    mutable ReportNames m_names; // the names it marked, for the list at the end
};

} // namespace auditlens
