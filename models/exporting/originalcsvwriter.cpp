#include "originalcsvwriter.h"

#include "../parsing/auditevent.h"
#include "csvtext.h"

#include <QCoreApplication>

#include <simdjson.h>
#include <sqlite3.h>

namespace auditlens {

namespace {
// Where each audit-log column's original text is stored.
int cursorColumnOf(Column column)
{
    switch (column) {
    case Column::Action:
        return ExportCursor::ActionId; // the name comes from the case's action table
    case Column::Actor:
        return ExportCursor::ActorJson;
    case Column::Target:
        return ExportCursor::TargetJson;
    case Column::Payload:
        return ExportCursor::Payload;
    case Column::OccurredAt:
        return ExportCursor::OccurredAt;
    case Column::Metadata:
        return ExportCursor::Metadata;
    case Column::Id:
        return ExportCursor::EventId;
    case Column::Version:
        return ExportCursor::Version;
    case Column::Scope:
        return ExportCursor::ScopeJson;
    case Column::Success:
        return ExportCursor::SuccessText;
    case Column::Request:
        return ExportCursor::Request;
    }
    return -1;
}
} // namespace

OriginalCsvWriter::OriginalCsvWriter(const ExportSummary &summary) : m_summary(summary) {}

void OriginalCsvWriter::addColumn(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    const std::string_view view(utf8.constData(), size_t(utf8.size()));
    Column column;
    OutputColumn output;
    output.name = name;
    if (columnFromName(view, &column)) {
        output.cursorColumn = cursorColumnOf(column);
        for (const OutputColumn &existing : m_columns) {
            if (existing.cursorColumn == output.cursorColumn)
                return;
        }
    } else {
        output.extraName.assign(view);
        for (const OutputColumn &existing : m_columns) {
            if (existing.cursorColumn < 0 && existing.extraName == output.extraName)
                return;
        }
        m_hasExtras = true;
    }
    m_columns.push_back(std::move(output));
}

bool OriginalCsvWriter::prepare(sqlite3 *db, QString *error)
{
    m_columns.clear();
    // Sources that contribute events, oldest first: the first one's header leads.
    for (const ExportSummary::Source &source : m_summary.sources()) {
        if (source.exported == 0)
            continue;
        if (!source.info.header.isEmpty()) {
            for (const QString &name : source.info.header)
                addColumn(name);
            continue;
        }
        // A JSON source has no header: the audit-log columns in CircleCI's order, then the
        // extra keys its events carry.
        for (int i = 0; i < kColumnCount; ++i)
            addColumn(QLatin1String(columnName(static_cast<Column>(i))));
        sqlite3_stmt *statement = nullptr;
        const char *sql = "SELECT DISTINCT j.key FROM events AS e, json_each(e.extra) AS j"
                          " WHERE e.source_id = ? AND e.extra IS NOT NULL ORDER BY j.key";
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            *error =
                QCoreApplication::translate("OriginalCsvWriter", "the case cannot be read (%1)")
                    .arg(QString::fromUtf8(sqlite3_errmsg(db)));
            return false;
        }
        sqlite3_bind_int64(statement, 1, source.info.id);
        while (sqlite3_step(statement) == SQLITE_ROW)
            addColumn(QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
        sqlite3_finalize(statement);
    }
    if (m_columns.empty()) {
        for (int i = 0; i < kColumnCount; ++i)
            addColumn(QLatin1String(columnName(static_cast<Column>(i))));
    }
    return true;
}

QStringList OriginalCsvWriter::columnNames() const
{
    QStringList names;
    for (const OutputColumn &column : m_columns)
        names << column.name;
    return names;
}

bool OriginalCsvWriter::begin(std::string &out, QString *)
{
    bool first = true;
    for (const OutputColumn &column : m_columns) {
        if (!first)
            out.push_back(',');
        first = false;
        const QByteArray name = column.name.toUtf8();
        csvtext::appendCell(out, std::string_view(name.constData(), size_t(name.size())));
    }
    out.push_back('\n');
    return true;
}

// The importer stores extra columns as a JSON object of strings: {"region":"us-east-1"}.
void OriginalCsvWriter::readExtras(std::string_view extra)
{
    m_extras.clear();
    if (extra.empty())
        return;
    thread_local simdjson::dom::parser parser;
    simdjson::dom::object object;
    if (parser.parse(extra.data(), extra.size()).get(object) != simdjson::SUCCESS)
        return;
    for (const auto field : object) {
        std::string_view value;
        if (field.value.get(value) == simdjson::SUCCESS)
            m_extras.emplace_back(std::string(field.key), std::string(value));
    }
}

void OriginalCsvWriter::write(const ExportCursor &row, std::string &out)
{
    if (m_hasExtras)
        readExtras(row.text(ExportCursor::Extra));
    bool first = true;
    for (const OutputColumn &column : m_columns) {
        if (!first)
            out.push_back(',');
        first = false;
        if (column.cursorColumn == ExportCursor::ActionId) {
            const QByteArray &name =
                m_summary.actionName(qint32(row.integer(ExportCursor::ActionId)));
            csvtext::appendCell(out, std::string_view(name.constData(), size_t(name.size())));
        } else if (column.cursorColumn >= 0) {
            csvtext::appendCell(out, row.text(ExportCursor::Column(column.cursorColumn)));
        } else {
            for (const auto &[name, value] : m_extras) {
                if (name == column.extraName) {
                    csvtext::appendCell(out, value);
                    break;
                }
            }
        }
    }
    out.push_back('\n');
}

bool OriginalCsvWriter::end(std::string &, QString *)
{
    return true;
}

} // namespace auditlens
