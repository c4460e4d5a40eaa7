#include "flatcsvwriter.h"

#include "../parsing/timestampparser.h"
#include "csvtext.h"

#include <QCoreApplication>

namespace auditlens {

namespace {
constexpr const char *kFieldNames[] = {
    "time",      "action",      "actor_name", "actor_id", "actor_type", "target_name",
    "target_id", "target_type", "scope_name", "success",  "id",         "duplicate",
    "source",    "line",        "payload",    "metadata",
};
static_assert(sizeof(kFieldNames) / sizeof(kFieldNames[0]) == FlatCsvWriter::FieldCount);

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

FlatCsvWriter::FlatCsvWriter(const ExportSummary &summary, bool spreadsheetSafe)
    : m_summary(summary), m_safe(spreadsheetSafe)
{
    for (int i = 0; i < FieldCount; ++i)
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

QStringList FlatCsvWriter::columnNames() const
{
    QStringList names;
    for (const Field field : m_fields)
        names << QLatin1String(kFieldNames[field]);
    return names;
}

void FlatCsvWriter::appendCell(std::string &out, std::string_view cell)
{
    // OWASP: =, +, -, @ start a formula; TAB and CR can hide one after leading whitespace.
    if (m_safe && !cell.empty()) {
        const char c = cell.front();
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
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
    out.push_back('\n');
    return true;
}

void FlatCsvWriter::write(const ExportCursor &row, std::string &out)
{
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
                out.append(row.integer(ExportCursor::DupKind) == 2 ? "conflicting" : "exact");
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
        case FieldCount:
            break;
        }
    }
    out.push_back('\n');
}

bool FlatCsvWriter::end(std::string &, QString *)
{
    return true;
}

} // namespace auditlens
