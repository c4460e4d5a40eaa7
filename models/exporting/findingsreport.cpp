// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "findingsreport.h"

#include "../parsing/timestampparser.h"
#include "../query/filterargs.h"
#include "reporthtml.h"
#include "reportwriter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>

namespace auditlens {

namespace {
using ReportHtml::appendEscaped;
using ReportHtml::appendEscapedLines;

constexpr qint64 kRowsPerTable = ReportWriter::kPdfRowsPerTable;

// The report's own text: never data, but loaded as the document itself.
const char *const kStyle = R"(<style>
body{font-family:sans-serif;font-size:13px;color:#1b1b1b;margin:24px}
h1{font-size:20px}h2{font-size:16px;margin-top:24px}
table{border-collapse:collapse}th,td{border:1px solid #c8c8c8;padding:2px 6px;text-align:left;vertical-align:top}
th{background:#eef0f3}.facts th{width:11em}.num{text-align:right}
.events td{font-size:12px}.note{font-size:12px;background:#fafafa}
.hash{font-family:monospace}.chip{white-space:nowrap}
.swatch{border:1px solid #1b1b1b}
.page{page-break-before:always}
.lookalike{color:#a04000;font-weight:bold}
</style>
)";

QString utcText(qint64 ns)
{
    return TimestampParser::format(ns, 9);
}

std::string starKey(const QString &sha256, qint64 line, std::string_view eventId)
{
    std::string key = sha256.toStdString();
    key += '\n';
    key += std::to_string(line);
    key += '\n';
    key.append(eventId.data(), eventId.size());
    return key;
}

void appendFact(std::string &out, const QString &name, const QString &value)
{
    out.append("<tr><th>");
    appendEscaped(out, name);
    out.append("</th><td>");
    appendEscaped(out, value);
    out.append("</td></tr>\n");
}

void appendHeads(std::string &out, const QStringList &heads)
{
    out.append("<thead><tr>");
    for (const QString &head : heads) {
        out.append("<th>");
        appendEscaped(out, head);
        out.append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
}

// A saved view's filter in words, read back through the CLI's own parser; its arguments as they
// are when they no longer parse.
QString viewFilterText(const SavedView &view)
{
    QCommandLineParser parser;
    FilterArgs::addOptions(parser);
    Filter filter;
    if (parser.parse(QStringList{QStringLiteral("auditlens-cli")} + view.filter) &&
        parser.positionalArguments().isEmpty() && FilterArgs::read(parser, &filter).isEmpty())
        return filter.describe();
    return view.filter.join(QLatin1Char(' '));
}
} // namespace

FindingsReport::FindingsReport(const ExportSummary &summary, const ExportAnnotations &annotations,
                               CaseAnnotations caseAnnotations, Target target)
    : m_summary(summary), m_annotations(annotations), m_case(std::move(caseAnnotations)),
      m_target(target)
{
    for (int i = 0; i < m_case.tags.size(); ++i)
        m_tagIndex.insert(m_case.tags.at(i).name, i);
    m_tagSections.resize(size_t(m_case.tags.size()));
    for (const StarredEvent &star : std::as_const(m_case.stars)) {
        const QByteArray id = star.key.eventId.toUtf8();
        m_starredBy.insert(
            QString::fromStdString(starKey(star.key.sha256, star.key.line,
                                           std::string_view(id.constData(), size_t(id.size())))),
            tr("%1, %2").arg(star.author, star.created));
    }
    for (const ExportSummary::Source &source : summary.sources())
        m_sourceNames.insert(source.info.id, source.info.fileName.toStdString());
}

QString FindingsReport::marker(int index)
{
    QString letters;
    int n = index + 1;
    while (n > 0) {
        const int digit = (n - 1) % 26;
        letters.prepend(QChar(u'A' + digit));
        n = (n - 1) / 26;
    }
    return letters;
}

int FindingsReport::columnCount(Kind kind) const
{
    return kind == Kind::Starred ? 8 : 7;
}

void FindingsReport::appendTableOpen(std::string &out) const
{
    out.append("<table class=\"events\"");
    if (m_target == Target::Pdf)
        out.append(" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"");
    out.append(">\n");
}

void FindingsReport::appendTableStart(std::string &out, Kind kind) const
{
    appendTableOpen(out);
    QStringList heads{tr("Time (UTC)"), tr("Action"),      tr("Actor"), tr("Target"),
                      tr("Id"),         tr("Source:line"), tr("Tags")};
    if (kind == Kind::Starred)
        heads << tr("Starred by");
    appendHeads(out, heads);
}

// The colour, and the letter that stands for the tag when there is no colour (on paper).
void FindingsReport::appendTagChip(std::string &out, int index) const
{
    const TagSummary &tag = m_case.tags.at(index);
    out.append("<span class=\"chip\">");
    // The colour goes into an attribute: only a colour the case's own check would accept.
    if (AnnotationStore::isColor(tag.color)) {
        out.append("<span class=\"swatch\" style=\"background-color:");
        out.append(tag.color.toStdString());
        out.append("\">&nbsp;&nbsp;&nbsp;</span> ");
    }
    out.append("<b>[");
    appendEscaped(out, marker(index));
    out.append("]</b> ");
    appendEscaped(out, tag.name);
    out.append("</span>");
}

void FindingsReport::appendTagHead(std::string &out, int index) const
{
    const TagSummary &tag = m_case.tags.at(index);
    const Section &section = m_tagSections.at(size_t(index));
    out.append("<h3>");
    appendTagChip(out, index);
    out.append(" (");
    // (Worded without a plural: the source texts are the English, with no plural forms.)
    appendEscaped(out, tr("events: %1").arg(section.events));
    out.append(")</h3>\n");
    if (!tag.description.isEmpty()) {
        out.append("<p>");
        appendEscapedLines(out, tag.description);
        out.append("</p>\n");
    }
}

bool FindingsReport::begin(std::string &, QString *error)
{
    if (m_target == Target::Pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = tr("a PDF needs fonts, which this program has not loaded (no QGuiApplication)");
        return false;
    }
    // The first page sums up every section: it is written once they are all read, in end().
    return true;
}

void FindingsReport::appendRow(Section &section, Kind kind, const std::string &cells,
                               const std::string &notes, const std::string &starredBy)
{
    const qint64 listed = section.events;
    ++section.events;
    if (m_target == Target::Pdf && listed >= ReportWriter::kPdfEventLimit)
        return;
    std::string &out = section.rows;
    // QTextDocument lays out a table as a whole, again at every page break: short tables print
    // many times faster, and look the same (headers repeat on each page).
    if (m_target == Target::Pdf && listed > 0 && listed % kRowsPerTable == 0) {
        out.append("</tbody></table>\n");
        appendTableStart(out, kind);
    }
    out.append("<tr>");
    out.append(cells);
    if (kind == Kind::Starred) {
        out.append("<td>");
        out.append(starredBy);
        out.append("</td>");
    }
    out.append("</tr>\n");
    if (!notes.empty()) {
        out.append("<tr><td class=\"note\" colspan=\"");
        out.append(std::to_string(columnCount(kind)));
        out.append("\">");
        out.append(notes);
        out.append("</td></tr>\n");
    }
}

void FindingsReport::write(const ExportCursor &row, std::string &)
{
    ++m_events;
    const ExportAnnotations::Event *event = m_annotations.find(row);
    std::string cells = "<td>";
    if (row.isNull(ExportCursor::OccurredNs))
        appendEscaped(cells, row.text(ExportCursor::OccurredAt));
    else
        appendEscaped(cells, utcText(row.integer(ExportCursor::OccurredNs)));
    cells.append("</td><td>");
    const QByteArray &action = m_summary.actionName(qint32(row.integer(ExportCursor::ActionId)));
    appendName(cells, std::string_view(action.constData(), size_t(action.size())));
    auto label = [&](ExportCursor::Column name, ExportCursor::Column id) {
        const std::string_view text = row.text(name);
        appendName(cells, text.empty() ? row.text(id) : text);
    };
    cells.append("</td><td>");
    label(ExportCursor::ActorName, ExportCursor::ActorId);
    cells.append("</td><td>");
    label(ExportCursor::TargetName, ExportCursor::TargetId);
    cells.append("</td><td>");
    appendEscaped(cells, row.text(ExportCursor::EventId));
    cells.append("</td><td>");
    const qint64 sourceId = row.integer(ExportCursor::SourceId);
    const auto name = m_sourceNames.constFind(sourceId);
    if (name != m_sourceNames.constEnd())
        appendEscaped(cells, *name);
    cells.push_back(':');
    cells.append(std::to_string(row.integer(ExportCursor::Line)));
    cells.append("</td><td>");
    QVector<int> tags;
    if (event) {
        bool first = true;
        for (const std::string &tag : event->tags) {
            const int index = m_tagIndex.value(QString::fromStdString(tag), -1);
            if (!first)
                cells.append("<br>");
            first = false;
            if (index >= 0) {
                tags << index;
                appendTagChip(cells, index);
            } else {
                appendEscaped(cells, tag);
            }
        }
    }
    cells.append("</td>");

    std::string notes;
    if (event) {
        for (const ExportAnnotations::Note &note : event->notes) {
            if (!notes.empty())
                notes.append("<br>");
            notes.append("<b>");
            appendEscaped(notes, note.author);
            notes.append("</b>, ");
            appendEscaped(notes, note.created);
            if (note.changed != note.created) {
                notes.append(" (");
                appendEscaped(notes, tr("changed %1").arg(QString::fromStdString(note.changed)));
                notes.push_back(')');
            }
            notes.append(":<br>");
            appendEscapedLines(notes, QString::fromStdString(note.text));
        }
    }
    if (!notes.empty())
        ++m_noted;

    for (const int index : std::as_const(tags))
        appendRow(m_tagSections[size_t(index)], Kind::Tag, cells, notes, {});
    if (event && event->starred) {
        std::string starredBy;
        const SourceInfo *source = nullptr;
        if (const ExportSummary::Source *s = m_summary.source(sourceId))
            source = &s->info;
        if (source)
            appendEscaped(starredBy, m_starredBy.value(QString::fromStdString(
                                         starKey(source->sha256, row.integer(ExportCursor::Line),
                                                 row.text(ExportCursor::EventId)))));
        appendRow(m_starred, Kind::Starred, cells, notes, starredBy);
    }
    if (tags.isEmpty() && !(event && event->starred))
        appendRow(m_other, Kind::Other, cells, notes, {});
}

// A name from the data, marked when it could pass for another (see ReportNames).
void FindingsReport::appendName(std::string &out, std::string_view name) const
{
    m_names.append(out, name);
}

void FindingsReport::appendLookalikes(std::string &out) const
{
    if (m_names.isEmpty())
        return;
    m_names.appendIntro(out);
    appendTableOpen(out);
    appendHeads(out, {tr("Name"), tr("Code points")});
    m_names.appendRows(out);
    out.append("</tbody></table>\n");
}

void FindingsReport::appendFirstPage(std::string &out) const
{
    const QLocale locale;
    out.append("<h1>");
    appendEscaped(out, tr("Findings report"));
    out.append("</h1>\n");
    out.append(m_target == Target::Pdf
                   ? "<table class=\"facts\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\">\n"
                   : "<table class=\"facts\">\n");
    appendFact(out, tr("Case"), m_summary.casePath());
    appendFact(out, tr("Filter"), m_summary.filterText());
    if (!m_summary.selectionText().isEmpty())
        appendFact(out, tr("Selection"), m_summary.selectionText());
    const QDateTime exportedAt = m_summary.exportedAt();
    appendFact(out, tr("Exported (UTC)"), exportedAt.toString(Qt::ISODateWithMs));
    appendFact(out, tr("Generated by"), QStringLiteral("AuditLens " AUDITLENS_VERSION));
    if (m_summary.hasTimeSpan())
        appendFact(out, tr("Time span (UTC)"),
                   tr("%1 .. %2").arg(utcText(m_summary.firstNs()), utcText(m_summary.lastNs())));
    appendFact(out, tr("Events in the case"), locale.toString(m_summary.caseEvents()));
    out.append("</table>\n<h2>");
    appendEscaped(out, tr("Sources"));
    out.append("</h2>\n");
    appendTableOpen(out);
    appendHeads(out, {tr("File"), tr("SHA-256"), tr("Records"), tr("Events imported"),
                      tr("Annotated events in this report")});
    for (const ExportSummary::Source &source : m_summary.sources()) {
        out.append("<tr><td>");
        appendEscaped(out, source.info.fileName);
        out.append("</td><td class=\"hash\">");
        appendEscaped(out, source.info.sha256);
        out.append("</td><td class=\"num\">");
        appendEscaped(out, locale.toString(source.info.records));
        out.append("</td><td class=\"num\">");
        appendEscaped(out, locale.toString(source.info.imported));
        out.append("</td><td class=\"num\">");
        appendEscaped(out, locale.toString(source.exported));
        out.append("</td></tr>\n");
    }
    out.append("</tbody></table>\n<h2>");
    appendEscaped(out, tr("Summary"));
    out.append("</h2>\n");
    appendTableOpen(out);
    appendHeads(out, {tr("Annotation"), tr("Description"), tr("Events")});
    for (int i = 0; i < m_case.tags.size(); ++i) {
        const Section &section = m_tagSections.at(size_t(i));
        if (section.events == 0)
            continue;
        out.append("<tr><td>");
        appendTagChip(out, i);
        out.append("</td><td>");
        appendEscaped(out, m_case.tags.at(i).description);
        out.append("</td><td class=\"num\">");
        appendEscaped(out, locale.toString(section.events));
        out.append("</td></tr>\n");
    }
    auto total = [&](const QString &what, const QString &description, qint64 n) {
        out.append("<tr><td>");
        appendEscaped(out, what);
        out.append("</td><td>");
        appendEscaped(out, description);
        out.append("</td><td class=\"num\">");
        appendEscaped(out, locale.toString(n));
        out.append("</td></tr>\n");
    };
    total(tr("Starred"), tr("events marked with a star"), m_starred.events);
    total(tr("Noted"), tr("events with at least one note"), m_noted);
    total(tr("Annotated events"), tr("tagged, starred or noted, each counted once"), m_events);
    out.append("</tbody></table>\n<h2>");
    appendEscaped(out, tr("Case notes"));
    out.append("</h2>\n");
    if (m_case.caseNotes.isEmpty()) {
        out.append("<p>");
        appendEscaped(out, tr("No notes on the case."));
        out.append("</p>\n");
    }
    for (const CaseNote &note : m_case.caseNotes) {
        out.append("<p><b>");
        appendEscaped(out, note.author);
        out.append("</b>, ");
        appendEscaped(out, note.created);
        if (note.changed != note.created) {
            out.append(" (");
            appendEscaped(out, tr("changed %1").arg(note.changed));
            out.push_back(')');
        }
        out.append(":<br>");
        appendEscapedLines(out, note.text);
        out.append("</p>\n");
    }
}

void FindingsReport::appendSection(std::string &out, const Section &section, Kind kind) const
{
    if (m_target == Target::Pdf && section.events > ReportWriter::kPdfEventLimit) {
        out.append("<p><b>");
        appendEscaped(out, tr("This PDF lists the first %1 of these %2 events in time order; the "
                              "HTML report and the CSV exports list them all.")
                               .arg(QLocale().toString(ReportWriter::kPdfEventLimit),
                                    QLocale().toString(section.events)));
        out.append("</b></p>\n");
    }
    appendTableStart(out, kind);
    out.append(section.rows);
    out.append("</tbody></table>\n");
}

void FindingsReport::appendViews(std::string &out) const
{
    out.append("<h2>");
    appendEscaped(out, tr("Saved views"));
    out.append("</h2>\n");
    if (m_case.views.isEmpty()) {
        out.append("<p>");
        appendEscaped(out, tr("The case has no saved views."));
        out.append("</p>\n");
        return;
    }
    appendTableOpen(out);
    appendHeads(out, {tr("Name"), tr("Filter"), tr("Author"), tr("Changed")});
    for (const SavedView &view : m_case.views) {
        out.append("<tr><td>");
        appendEscaped(out, view.name);
        out.append("</td><td>");
        appendEscaped(out, viewFilterText(view));
        out.append("</td><td>");
        appendEscaped(out, view.author);
        out.append("</td><td>");
        appendEscaped(out, view.changed);
        out.append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
}

void FindingsReport::appendLog(std::string &out) const
{
    out.append("<h2>");
    appendEscaped(out, tr("Annotation log"));
    out.append("</h2>\n<p>");
    appendEscaped(out, tr("Every change to the annotations of the case, oldest first, as the case "
                          "recorded it (append-only): who, when, what and which events."));
    out.append("</p>\n");
    appendTableOpen(out);
    appendHeads(out, {tr("#"), tr("At (UTC)"), tr("Author"), tr("Action"), tr("Events"),
                      tr("Detail"), tr("Which events")});
    qint64 rows = 0;
    for (const AnnotationLogEntry &entry : m_case.log) {
        if (m_target == Target::Pdf && rows > 0 && rows % kRowsPerTable == 0) {
            out.append("</tbody></table>\n");
            appendTableOpen(out);
            appendHeads(out, {tr("#"), tr("At (UTC)"), tr("Author"), tr("Action"), tr("Events"),
                              tr("Detail"), tr("Which events")});
        }
        ++rows;
        out.append("<tr><td class=\"num\">");
        out.append(std::to_string(entry.id));
        out.append("</td><td>");
        appendEscaped(out, entry.at);
        out.append("</td><td>");
        appendEscaped(out, entry.author);
        out.append("</td><td>");
        appendEscaped(out, entry.action);
        out.append("</td><td class=\"num\">");
        appendEscaped(out, QLocale().toString(entry.eventCount));
        out.append("</td><td>");
        appendEscaped(out, entry.detail);
        out.append("</td><td>");
        appendEscaped(out, entry.events);
        out.append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
}

bool FindingsReport::end(std::string &page, QString *error)
{
    std::string html;
    std::string &out = m_target == Target::Pdf ? html : page;
    out.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n");
    if (m_target == Target::Html) {
        // Defence in depth: even a mistake in escaping could not load or run anything.
        out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                   "style-src 'unsafe-inline'; img-src 'none'; form-action 'none'\">\n"
                   "<meta name=\"referrer\" content=\"no-referrer\">\n");
        out.append(kStyle);
    }
    out.append("<title>");
    appendEscaped(out, tr("AuditLens findings report"));
    out.append("</title></head><body>\n");
    appendFirstPage(out);

    out.append("<h2 class=\"page\" style=\"page-break-before:always\">");
    appendEscaped(out, tr("Events by tag"));
    out.append("</h2>\n");
    bool anyTagged = false;
    for (int i = 0; i < m_case.tags.size(); ++i) {
        const Section &section = m_tagSections.at(size_t(i));
        if (section.events == 0)
            continue;
        anyTagged = true;
        appendTagHead(out, i);
        appendSection(out, section, Kind::Tag);
    }
    if (!anyTagged) {
        out.append("<p>");
        appendEscaped(out, tr("No event in this report carries a tag."));
        out.append("</p>\n");
    }
    out.append("<h2>");
    appendEscaped(out, tr("Starred events"));
    out.append("</h2>\n");
    if (m_starred.events == 0) {
        out.append("<p>");
        appendEscaped(out, tr("No event in this report is starred."));
        out.append("</p>\n");
    } else {
        appendSection(out, m_starred, Kind::Starred);
    }
    if (m_other.events > 0) {
        out.append("<h2>");
        appendEscaped(out, tr("Noted events without a tag or a star"));
        out.append("</h2>\n");
        appendSection(out, m_other, Kind::Other);
    }
    // After the analyst's own conclusions: what the rules picked among the report's events.
    m_summary.findings().appendSection(out, m_target == Target::Pdf);
    appendViews(out);
    appendLog(out);
    appendLookalikes(out);
    out.append("<p>");
    appendEscaped(out, tr("End of findings report. Annotated events: %1.").arg(m_events));
    out.append("</p>\n</body></html>\n");
    if (m_target == Target::Html)
        return true;
    return ReportPdf::print(html, tr("AuditLens findings report"),
                            QFileInfo(m_summary.casePath()).fileName(), {}, page, error);
}

} // namespace auditlens
