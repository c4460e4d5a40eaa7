// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "jsoneventsplitter.h"

#include "../reading/jsonscan.h"
#include "jsonnumbers.h"

#include <QCoreApplication>
#include <QLocale>

#include <simdjson.h>

namespace auditlens {

struct JsonEventSplitter::Impl
{
    simdjson::dom::parser parser;
    std::string withoutNumbers; // the record with its numbers replaced, while split
};

JsonEventSplitter::JsonEventSplitter() : d(std::make_unique<Impl>())
{
    // The splitter only needs an event's top level; letting it walk deep nesting (simdjson's
    // walk is iterative, each level costs a few bytes) keeps an event whose payload is nested
    // thousands deep, and the event parser then flags that payload instead of the whole record
    // being rejected.
    constexpr size_t kMaxDepth = size_t(1) << 16;
    if (d->parser.allocate(size_t(1) << 16, kMaxDepth) != simdjson::SUCCESS)
        d = std::make_unique<Impl>();
}

JsonEventSplitter::~JsonEventSplitter() = default;

bool JsonEventSplitter::split(std::string_view text, EventCells &cells, QString *error,
                              std::string_view *duplicate)
{
    cells.clear();
    *duplicate = {};
    simdjson::dom::element root;
    auto parsed = d->parser.parse(text.data(), text.size(), true);
    // simdjson refuses integers beyond 64 bits and numbers beyond a double's range, both valid
    // JSON: the record is split as a copy without its numbers (the members' text is taken from
    // the record itself), and the event parser judges the numbers in their cells.
    if (parsed.error() == simdjson::NUMBER_ERROR &&
        !JsonNumbers::replace(text, JsonNumbers::Replace::All, &d->withoutNumbers).empty())
        parsed = d->parser.parse(d->withoutNumbers);
    if (parsed.error() == simdjson::DEPTH_ERROR) {
        *error = QCoreApplication::translate("JsonEventSplitter",
                                             "the record is nested more than %1 levels deep, "
                                             "the most this reader follows")
                     .arg(QLocale().toString(qulonglong(d->parser.max_depth())));
        return false;
    }
    if (parsed.error() != simdjson::SUCCESS) {
        *error =
            QCoreApplication::translate("JsonEventSplitter", "the record is not valid JSON (%1)")
                .arg(QLatin1String(simdjson::error_message(parsed.error())));
        return false;
    }
    root = parsed.value_unsafe();
    simdjson::dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS) {
        *error = QCoreApplication::translate("JsonEventSplitter",
                                             "the record is JSON but not an event object");
        return false;
    }
    // The DOM gives unescaped keys and strings; a scan of the (now known valid) text gives each
    // member's raw text. Both walk the members in document order.
    const char *s = text.data();
    const size_t end = text.size();
    size_t p = jsonscan::skipSpace(s, 0, end) + 1;
    for (auto field : object) {
        p = jsonscan::skipSpace(s, p, end);
        if (s[p] == ',')
            p = jsonscan::skipSpace(s, p + 1, end);
        p = jsonscan::skipString(s, p, end);
        p = jsonscan::skipSpace(s, p, end) + 1; // the colon
        p = jsonscan::skipSpace(s, p, end);
        size_t valueEnd = jsonscan::skipValue(s, p, end);
        if (valueEnd == jsonscan::kIncomplete)
            valueEnd = end;
        std::string_view value(s + p, valueEnd - p);
        p = valueEnd;
        std::string_view unescaped;
        if (field.value.get_string().get(unescaped) == simdjson::SUCCESS)
            value = unescaped;
        Column column;
        if (columnFromName(field.key, &column)) {
            if (cells.has(column)) {
                if (duplicate->empty())
                    *duplicate = field.key;
                continue;
            }
            cells.set(column, value);
        } else {
            cells.extras.emplace_back(field.key, value);
        }
    }
    return true;
}

} // namespace auditlens
