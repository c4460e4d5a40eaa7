// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "jsonlineswriter.h"

#include "../parsing/jsonnumbers.h"

#include <simdjson.h>

#include <cstdio>

namespace auditlens {

namespace {
void appendJsonString(std::string &out, std::string_view text)
{
    static const char kHex[] = "0123456789abcdef";
    out.push_back('"');
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                out.append("\\u00");
                out.push_back(kHex[u >> 4]);
                out.push_back(kHex[u & 15]);
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

bool isJson(std::string_view text)
{
    if (text.empty())
        return false;
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element element;
    const auto error = parser.parse(text.data(), text.size()).get(element);
    if (error != simdjson::NUMBER_ERROR)
        return error == simdjson::SUCCESS;
    // simdjson refuses integers beyond 64 bits and numbers beyond a double's range, which JSON
    // allows and payloads carry: ask again without them (it is only asked, the text is still
    // written as it is).
    thread_local std::string withoutNumbers;
    if (JsonNumbers::replace(text, JsonNumbers::Replace::All, &withoutNumbers).empty())
        return false;
    return parser.parse(withoutNumbers).error() == simdjson::SUCCESS;
}

// A line break in valid JSON can only be whitespace between tokens (in a string it would have
// to be escaped): a space keeps the value and its length, and the event on one line.
void appendRawJson(std::string &out, std::string_view text)
{
    const size_t start = out.size();
    out.append(text.data(), text.size());
    if (text.find_first_of("\r\n") == std::string_view::npos)
        return;
    for (size_t i = start; i < out.size(); ++i) {
        if (out[i] == '\n' || out[i] == '\r')
            out[i] = ' ';
    }
}

void appendKey(std::string &out, const char *key)
{
    out.push_back(',');
    out.push_back('"');
    out.append(key);
    out.append("\":");
}
} // namespace

JsonLinesWriter::JsonLinesWriter(const ExportSummary &summary, const ExportAnnotations &annotations)
    : m_summary(summary), m_annotations(annotations), m_keys(ownKeys(annotations.available()))
{
    for (const ExportSummary::Source &source : summary.sources()) {
        m_jsonSource.insert(source.info.id, source.info.format != QLatin1String("csv"));
        m_sourceNames.insert(source.info.id, source.info.fileName.toStdString());
    }
}

QStringList JsonLinesWriter::columnNames() const
{
    return ownKeys(m_annotations.available());
}

QStringList JsonLinesWriter::ownKeys(bool withAnnotations)
{
    QStringList keys{
        QStringLiteral("action"),  QStringLiteral("actor"),       QStringLiteral("target"),
        QStringLiteral("payload"), QStringLiteral("occurred_at"), QStringLiteral("metadata"),
        QStringLiteral("id"),      QStringLiteral("version"),     QStringLiteral("scope"),
        QStringLiteral("success"), QStringLiteral("request"),     QStringLiteral("source"),
        QStringLiteral("line")};
    if (withAnnotations)
        keys << QStringLiteral("tags") << QStringLiteral("starred") << QStringLiteral("notes");
    return keys;
}

// Nested fields: their text when it is JSON, else a string holding it.
void JsonLinesWriter::appendRawOrString(std::string &out, std::string_view text, bool isValue)
{
    if (isValue && isJson(text))
        appendRawJson(out, text);
    else
        appendJsonString(out, text);
}

bool JsonLinesWriter::begin(std::string &, QString *)
{
    return true;
}

void JsonLinesWriter::write(const ExportCursor &row, std::string &out)
{
    out.append("{\"action\":");
    const QByteArray &action = m_summary.actionName(qint32(row.integer(ExportCursor::ActionId)));
    appendJsonString(out, std::string_view(action.constData(), size_t(action.size())));
    struct Cell
    {
        const char *key;
        ExportCursor::Column column;
        bool nested;
    };
    static const Cell kCells[] = {
        {"actor", ExportCursor::ActorJson, true},
        {"target", ExportCursor::TargetJson, true},
        {"payload", ExportCursor::Payload, true},
        {"occurred_at", ExportCursor::OccurredAt, false},
        {"metadata", ExportCursor::Metadata, true},
        {"id", ExportCursor::EventId, false},
        {"version", ExportCursor::Version, true},
        {"scope", ExportCursor::ScopeJson, true},
    };
    for (const Cell &cell : kCells) {
        if (row.isNull(cell.column))
            continue;
        appendKey(out, cell.key);
        appendRawOrString(out, row.text(cell.column), cell.nested);
    }
    if (!row.isNull(ExportCursor::Success)) {
        appendKey(out, "success");
        out.append(row.integer(ExportCursor::Success) ? "true" : "false");
    } else if (!row.isNull(ExportCursor::SuccessText)) {
        appendKey(out, "success");
        appendJsonString(out, row.text(ExportCursor::SuccessText));
    }
    if (!row.isNull(ExportCursor::Request)) {
        appendKey(out, "request");
        appendRawOrString(out, row.text(ExportCursor::Request), true);
    }
    // Extra columns: strings from a CSV source; from a JSON source, the value's JSON text. Each
    // under a key of its own: a repeated name or one of the keys above gets its number.
    if (!row.isNull(ExportCursor::Extra) && m_extras.read(row.text(ExportCursor::Extra)) &&
        !m_extras.cells().empty()) {
        const bool jsonValues = m_jsonSource.value(row.integer(ExportCursor::SourceId));
        m_keys.reset();
        for (const ExtraColumns::Cell &cell : m_extras.cells()) {
            out.push_back(',');
            appendJsonString(out, m_keys.take(cell.name));
            out.push_back(':');
            appendRawOrString(out, cell.value, jsonValues);
        }
    }
    appendKey(out, "source");
    const auto name = m_sourceNames.constFind(row.integer(ExportCursor::SourceId));
    appendJsonString(out, name == m_sourceNames.constEnd() ? std::string_view() : *name);
    appendKey(out, "line");
    out.append(std::to_string(row.integer(ExportCursor::Line)));
    if (m_annotations.available())
        appendAnnotations(row, out);
    out.append("}\n");
}

void JsonLinesWriter::appendAnnotations(const ExportCursor &row, std::string &out)
{
    const ExportAnnotations::Event *event = m_annotations.find(row);
    if (!event) {
        out.append(",\"tags\":[],\"starred\":false,\"notes\":[]");
        return;
    }
    appendKey(out, "tags");
    out.push_back('[');
    for (size_t i = 0; i < event->tags.size(); ++i) {
        if (i > 0)
            out.push_back(',');
        appendJsonString(out, event->tags[i]);
    }
    out.push_back(']');
    appendKey(out, "starred");
    out.append(event->starred ? "true" : "false");
    appendKey(out, "notes");
    out.push_back('[');
    for (size_t i = 0; i < event->notes.size(); ++i) {
        const ExportAnnotations::Note &note = event->notes[i];
        out.append(i > 0 ? ",{\"text\":" : "{\"text\":");
        appendJsonString(out, note.text);
        appendKey(out, "author");
        appendJsonString(out, note.author);
        appendKey(out, "created");
        appendJsonString(out, note.created);
        appendKey(out, "changed");
        appendJsonString(out, note.changed);
        out.push_back('}');
    }
    out.push_back(']');
}

bool JsonLinesWriter::end(std::string &, QString *)
{
    return true;
}

} // namespace auditlens
