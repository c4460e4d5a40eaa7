// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "recordassembler.h"

#include "../parsing/ipaddress.h"

#include <cstdio>

namespace auditlens {

namespace {
void appendJsonString(std::string &out, std::string_view text)
{
    out.push_back('"');
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out += buffer;
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// An entity's name, or its id when it has none.
QString label(const EntityRef &r)
{
    return text(r.name.empty() ? r.id : r.name);
}
} // namespace

const EventBatch::Event &RecordAssembler::append(EventBatch &batch, const EventCells &cells,
                                                 const ParsedEvent &parsed, qint64 seq, qint64 line,
                                                 qint64 offset, size_t unescapedBytes)
{
    // Extra columns as one JSON object, made before the batch grows: the cells may lie in its
    // arena.
    if (!cells.extras.empty()) {
        m_extra.assign(1, '{');
        for (const auto &[name, value] : cells.extras) {
            if (m_extra.size() > 1)
                m_extra.push_back(',');
            appendJsonString(m_extra, name);
            m_extra.push_back(':');
            appendJsonString(m_extra, value);
        }
        m_extra.push_back('}');
    }
    EventBatch::Event &e = batch.append();
    e.seq = seq;
    e.line = line;
    e.offset = offset;
    // Cells the reader unescaped into the batch's arena are kept where they are (this commits
    // them, before anything else is added); the others are copied.
    const char *unescaped = batch.arena.data() + batch.arena.size();
    auto inArena = [&](std::string_view cell) {
        return unescapedBytes > 0 && cell.data() >= unescaped &&
               cell.data() < unescaped + unescapedBytes;
    };
    for (int c = 0; c < kColumnCount; ++c) {
        if (cells.present[size_t(c)] && inArena(cells.cell[size_t(c)]))
            e.cells[c] = batch.at(cells.cell[size_t(c)]);
    }
    batch.arena.commit(unescapedBytes);
    for (int c = 0; c < kColumnCount; ++c) {
        if (cells.present[size_t(c)] && !e.cells[c].present)
            e.cells[c] = batch.add(cells.cell[size_t(c)]);
    }
    if (!cells.extras.empty())
        e.extra = batch.add(m_extra);
    for (int w = 0; w < kEntityRoleCount; ++w) {
        const EntityRef &ref = parsed.entity(EntityRole(w));
        e.entityPresent[w] = ref.present;
        if (ref.present) {
            e.entity[w][0] = batch.add(ref.id);
            e.entity[w][1] = batch.add(ref.type);
            e.entity[w][2] = batch.add(ref.name);
        }
    }
    if (!parsed.requestId.empty())
        e.requestId = batch.add(parsed.requestId);
    if (!parsed.ipAddress.empty()) {
        e.ipAddress = batch.add(parsed.ipAddress);
        const QByteArray key = IpAddress::key(parsed.ipAddress);
        if (!key.isEmpty())
            e.ipKey = batch.add(std::string_view(key.constData(), size_t(key.size())));
    }
    if (!parsed.clientTraceId.empty())
        e.clientTraceId = batch.add(parsed.clientTraceId);
    e.occurredNs = parsed.occurredNs;
    e.hasTime = parsed.hasTime;
    e.success = parsed.success;
    e.flags = parsed.flags;
    return e;
}

PreviewEvent RecordAssembler::preview(const EventBatch &batch, const EventBatch::Event &e,
                                      const ParsedEvent &parsed)
{
    auto cell = [&](Column c) { return batch.view(e.cells[columnIndex(c)]); };
    PreviewEvent pe;
    pe.seq = e.seq;
    pe.line = e.line;
    pe.hasTime = parsed.hasTime;
    pe.occurredNs = parsed.occurredNs;
    pe.occurredAt = text(cell(Column::OccurredAt));
    pe.action = text(cell(Column::Action));
    pe.actor = label(parsed.actor);
    pe.target = label(parsed.target);
    pe.scope = label(parsed.scope);
    pe.id = text(cell(Column::Id));
    pe.success = parsed.success;
    return pe;
}

} // namespace auditlens
