// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "extracolumns.h"

#include <QByteArray>
#include <QHash>

#include <simdjson.h>

namespace auditlens {

struct ExtraColumns::Impl
{
    simdjson::dom::parser parser;
    QHash<QByteArray, int> seen; // name (a view of the parsed text) -> cells of that name so far
};

ExtraColumns::ExtraColumns() : d(std::make_unique<Impl>()) {}

ExtraColumns::~ExtraColumns() = default;

bool ExtraColumns::read(std::string_view stored)
{
    m_cells.clear();
    if (stored.empty())
        return true;
    simdjson::dom::object object;
    if (d->parser.parse(stored.data(), stored.size()).get(object) != simdjson::SUCCESS)
        return false;
    for (const auto field : object) {
        std::string_view value;
        if (field.value.get(value) != simdjson::SUCCESS)
            continue;
        m_cells.push_back({field.key, 1, value});
    }
    // Names repeat only when a header repeats them; a few cells compare with each other, many
    // (a source with 100,000 columns) go through a hash, so an event costs linear time.
    constexpr size_t kCompared = 16;
    if (m_cells.size() <= kCompared) {
        for (size_t i = 1; i < m_cells.size(); ++i) {
            for (size_t j = i; j-- > 0;) {
                if (m_cells[j].name == m_cells[i].name) {
                    m_cells[i].occurrence = m_cells[j].occurrence + 1;
                    break;
                }
            }
        }
        return true;
    }
    d->seen.clear();
    d->seen.reserve(qsizetype(m_cells.size()));
    for (Cell &cell : m_cells) {
        const QByteArray key =
            QByteArray::fromRawData(cell.name.data(), qsizetype(cell.name.size()));
        cell.occurrence = ++d->seen[key];
    }
    return true;
}

} // namespace auditlens
