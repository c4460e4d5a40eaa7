// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "flatcsvwriter.h"

#include "../parsing/timestampparser.h"
#include "../store/casestore.h"
#include "../store/uniquenames.h"
#include "../text/visibletext.h"
#include "csvtext.h"

#include <QCoreApplication>

#include <algorithm>

namespace auditlens {

namespace {
constexpr const char *kFieldNames[] = {
    "time",        "action",     "actor_name", "actor_id", "actor_type", "target_name", "target_id",
    "target_type", "scope_name", "success",    "id",       "duplicate",  "source",      "line",
    "payload",     "metadata",   "tags",       "starred",  "notes",
};
static_assert(sizeof(kFieldNames) / sizeof(kFieldNames[0]) == FlatCsvWriter::FieldCount);

// A character a spreadsheet may start a formula with: = + - @, their full-width forms
// (U+FF1D, U+FF0B, U+FF0D, U+FF20) and small forms (U+FE66, U+FE62, U+FE63, U+FE6B).
bool isFormulaStart(char32_t c)
{
    switch (c) {
    case '=':
    case '+':
    case '-':
    case '@':
    case 0xff1d:
    case 0xff0b:
    case 0xff0d:
    case 0xff20:
    case 0xfe66:
    case 0xfe62:
    case 0xfe63:
    case 0xfe6b:
        return true;
    default:
        return false;
    }
}

// OWASP: =, +, -, @ start a formula; TAB and CR can hide one. Spreadsheets also skip leading
// spaces (a no-break space included) before a formula, and some read the full-width signs as
// the ASCII ones: the first character after any whitespace or invisible character decides.
bool mayRunAsFormula(std::string_view cell)
{
    if (cell.empty())
        return false;
    if (cell.front() == '\t' || cell.front() == '\r')
        return true;
    size_t i = 0;
    while (i < cell.size()) {
        const auto c = static_cast<unsigned char>(cell[i]);
        if (c < 0x80) {
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                ++i;
                continue;
            }
            return isFormulaStart(c);
        }
        // One UTF-8 sequence (the cells are valid UTF-8): its length from the lead byte.
        const size_t length = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
        const QString text =
            QString::fromUtf8(cell.data() + i, qsizetype(std::min(length, cell.size() - i)));
        qsizetype at = 0;
        const char32_t code = text.isEmpty() ? 0 : VisibleText::codePointAt(text, &at);
        if (QChar::isSpace(code) || VisibleText::isInvisible(code)) {
            i += length;
            continue;
        }
        return isFormulaStart(code);
    }
    return false;
}

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}
} // namespace

QStringList FlatCsvWriter::columnNamesAll()
{
    QStringList names;
    for (const char *name : kFieldNames)
        names << QLatin1String(name);
    return names;
}

QStringList FlatCsvWriter::columnNamesDefault()
{
    return columnNamesAll().mid(0, Tags);
}

FlatCsvWriter::FlatCsvWriter(const ExportSummary &summary, const ExportAnnotations &annotations,
                             bool spreadsheetSafe)
    : m_summary(summary), m_annotations(annotations), m_safe(spreadsheetSafe)
{
    for (int i = 0; i < Tags; ++i)
        m_fields.push_back(Field(i));
}

bool FlatCsvWriter::setColumns(const QStringList &columns, QString *error)
{
    if (columns.isEmpty())
        return true;
    const QStringList all = columnNamesAll();
    std::vector<Field> fields;
    for (const QString &name : columns) {
        const int index = int(all.indexOf(name.trimmed().toLower()));
        if (index < 0) {
            *error = QCoreApplication::translate("FlatCsvWriter",
                                                 "there is no column %1; the columns are: %2")
                         .arg(name, all.join(QStringLiteral(", ")));
            return false;
        }
        fields.push_back(Field(index));
    }
    m_fields = fields;
    return true;
}

bool FlatCsvWriter::prepare(sqlite3 *db, QString *error)
{
    m_extraIndex = ExtraColumnIndex();
    for (const ExportSummary::Source &source : m_summary.sources()) {
        if (source.exported > 0 && !m_extraIndex.addSource(db, source.info, error))
            return false;
    }
    // Named after every column this writer has, chosen or not: the names do not change with
    // the choice.
    UniqueNames names(columnNamesAll());
    m_extraNames.clear();
    for (const ExtraColumnIndex::Column &column : m_extraIndex.columns())
        m_extraNames << QString::fromStdString(names.take(column.name));
    m_extraRow.assign(size_t(m_extraIndex.size()), {});
    return true;
}

QStringList FlatCsvWriter::columnNames() const
{
    QStringList names;
    for (const Field field : m_fields)
        names << QLatin1String(kFieldNames[field]);
    return names + m_extraNames;
}

void FlatCsvWriter::appendCell(std::string &out, std::string_view cell)
{
    if (m_safe && !cell.empty()) {
        if (mayRunAsFormula(cell)) {
            ++m_altered;
            std::string safe;
            safe.reserve(cell.size() + 1);
            safe.push_back('\'');
            safe.append(cell.data(), cell.size());
            csvtext::appendCell(out, safe);
            return;
        }
    }
    csvtext::appendCell(out, cell);
}

bool FlatCsvWriter::begin(std::string &out, QString *)
{
    bool first = true;
    for (const Field field : m_fields) {
        if (!first)
            out.push_back(',');
        first = false;
        out.append(kFieldNames[field]);
    }
    for (const QString &name : std::as_const(m_extraNames)) {
        if (!first)
            out.push_back(',');
        first = false;
        const QByteArray utf8 = name.toUtf8();
        appendCell(out, std::string_view(utf8.constData(), size_t(utf8.size())));
    }
    out.push_back('\n');
    return true;
}

bool FlatCsvWriter::writesAnnotations() const
{
    return std::any_of(m_fields.begin(), m_fields.end(), [](Field f) { return f >= Tags; });
}

void FlatCsvWriter::write(const ExportCursor &row, std::string &out)
{
    // Looked up once per row, however many annotation columns are chosen.
    const ExportAnnotations::Event *annotated = m_annotations.find(row);
    bool first = true;
    for (const Field field : m_fields) {
        if (!first)
            out.push_back(',');
        first = false;
        switch (field) {
        case Time:
            if (row.isNull(ExportCursor::OccurredNs))
                appendCell(out, row.text(ExportCursor::OccurredAt));
            else
                appendCell(out,
                           view(TimestampParser::format(row.integer(ExportCursor::OccurredNs), 9)
                                    .toLatin1()));
            break;
        case Action:
            appendCell(out,
                       view(m_summary.actionName(qint32(row.integer(ExportCursor::ActionId)))));
            break;
        case ActorName:
            appendCell(out, row.text(ExportCursor::ActorName));
            break;
        case ActorId:
            appendCell(out, row.text(ExportCursor::ActorId));
            break;
        case ActorType:
            appendCell(out, row.text(ExportCursor::ActorType));
            break;
        case TargetName:
            appendCell(out, row.text(ExportCursor::TargetName));
            break;
        case TargetId:
            appendCell(out, row.text(ExportCursor::TargetId));
            break;
        case TargetType:
            appendCell(out, row.text(ExportCursor::TargetType));
            break;
        case ScopeName:
            appendCell(out, row.text(ExportCursor::ScopeName).empty()
                                ? row.text(ExportCursor::ScopeId)
                                : row.text(ExportCursor::ScopeName));
            break;
        case Success:
            if (row.isNull(ExportCursor::Success))
                appendCell(out, row.text(ExportCursor::SuccessText));
            else
                out.append(row.integer(ExportCursor::Success) ? "true" : "false");
            break;
        case Id:
            appendCell(out, row.text(ExportCursor::EventId));
            break;
        case Duplicate:
            if (row.integer(ExportCursor::DupCount) > 1)
                out.append(row.integer(ExportCursor::DupKind) == int(DuplicateKind::Conflicting)
                               ? "conflicting"
                               : "exact");
            else
                out.append("none");
            break;
        case Source: {
            const ExportSummary::Source *source =
                m_summary.source(row.integer(ExportCursor::SourceId));
            appendCell(out, source ? view(source->info.fileName.toUtf8()) : std::string_view());
            break;
        }
        case Line:
            out.append(std::to_string(row.integer(ExportCursor::Line)));
            break;
        case Payload:
            appendCell(out, row.text(ExportCursor::Payload));
            break;
        case Metadata:
            appendCell(out, row.text(ExportCursor::Metadata));
            break;
        case Tags:
        case Starred:
        case Notes:
            appendAnnotation(field, annotated, out);
            break;
        case FieldCount:
            break;
        }
    }
    if (!m_extraRow.empty())
        appendExtras(row, out, first);
    out.push_back('\n');
}

// Tags joined by "; ", the star as true or false, note texts with a blank line between them;
// empty (or false) for an event nobody annotated and in a case without annotations.
void FlatCsvWriter::appendAnnotation(Field field, const ExportAnnotations::Event *event,
                                     std::string &out)
{
    if (field == Starred) {
        out.append(event && event->starred ? "true" : "false");
        return;
    }
    if (!event)
        return;
    const bool tags = field == Tags;
    const char *separator = tags ? "; " : "\n\n";
    std::string cell;
    bool first = true;
    auto add = [&](const std::string &text) {
        if (!first)
            cell.append(separator);
        first = false;
        cell.append(text);
    };
    if (tags) {
        for (const std::string &tag : event->tags)
            add(tag);
    } else {
        for (const ExportAnnotations::Note &note : event->notes)
            add(note.text);
    }
    appendCell(out, cell);
}

void FlatCsvWriter::appendExtras(const ExportCursor &row, std::string &out, bool first)
{
    if (!row.isNull(ExportCursor::Extra) && m_extras.read(row.text(ExportCursor::Extra))) {
        for (const ExtraColumns::Cell &cell : m_extras.cells()) {
            const int column = m_extraIndex.find(cell.name, cell.occurrence);
            if (column >= 0) {
                m_extraRow[size_t(column)] = cell.value;
                m_filled.push_back(column);
            }
        }
    }
    for (const std::string_view cell : m_extraRow) {
        if (!first)
            out.push_back(',');
        first = false;
        appendCell(out, cell);
    }
    for (const int column : m_filled)
        m_extraRow[size_t(column)] = {};
    m_filled.clear();
}

bool FlatCsvWriter::end(std::string &, QString *)
{
    return true;
}

} // namespace auditlens
