// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "eventparser.h"

#include "../reading/chunkbuffer.h"
#include "flatcolumn.h"
#include "jsonnumbers.h"
#include "timestampparser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <string>

// Cells marked padded rely on the CSV reader's padding being what the JSON parser needs.
static_assert(auditlens::ChunkBuffer::kPadding >= simdjson::SIMDJSON_PADDING);

namespace auditlens {

namespace {
QByteArray bytes(std::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

QString quoted(std::string_view text)
{
    constexpr size_t kShown = 60;
    QString shown = QString::fromUtf8(text.data(), qsizetype(std::min(text.size(), kShown)));
    if (text.size() > kShown)
        shown += QChar(0x2026);
    return QChar(0x201C) + shown + QChar(0x201D);
}

bool equalsIgnoringCase(std::string_view a, const char *b)
{
    const std::string_view bv(b);
    if (a.size() != bv.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != bv[i])
            return false;
    }
    return true;
}

bool isNullLiteral(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text.empty() || text == "null";
}

// The first key that an object holds twice, searched through every nested object. The stack and
// key lists are the caller's, reused from event to event.
bool findDuplicateKey(simdjson::dom::element root, std::vector<simdjson::dom::element> &stack,
                      std::vector<std::string_view> &keys, std::string_view *key)
{
    stack.clear();
    stack.push_back(root);
    while (!stack.empty()) {
        const simdjson::dom::element element = stack.back();
        stack.pop_back();
        simdjson::dom::object object;
        simdjson::dom::array array;
        if (element.get_object().get(object) == simdjson::SUCCESS) {
            keys.clear();
            for (auto field : object) {
                keys.push_back(field.key);
                if (field.value.is_object() || field.value.is_array())
                    stack.push_back(field.value);
            }
            const size_t n = keys.size();
            if (n < 2)
                continue;
            if (n <= 16) {
                // Audit objects are small: comparing pairs beats sorting them.
                for (size_t i = 1; i < n; ++i) {
                    for (size_t j = 0; j < i; ++j) {
                        if (keys[i] == keys[j]) {
                            *key = keys[i];
                            return true;
                        }
                    }
                }
                continue;
            }
            std::sort(keys.begin(), keys.end());
            const auto dup = std::adjacent_find(keys.begin(), keys.end());
            if (dup != keys.end()) {
                *key = *dup;
                return true;
            }
        } else if (element.get_array().get(array) == simdjson::SUCCESS) {
            for (auto child : array) {
                if (child.is_object() || child.is_array())
                    stack.push_back(child);
            }
        }
    }
    return false;
}

// A function returning "simdjson::error_code" reads to lupdate as a member of simdjson: its
// tr() strings would land in the wrong context and never be translated.
using JsonError = simdjson::error_code;
} // namespace

struct EventParser::Impl
{
    // One parser per JSON column: a parsed document's strings live in its parser, so the views
    // handed out stay valid while the other columns are parsed.
    simdjson::dom::parser parsers[kColumnCount];
    std::string scratch[kColumnCount][3]; // non-string ids/types/names, rendered as JSON text
    std::vector<simdjson::dom::element> walkStack;
    std::vector<std::string_view> walkKeys;
    std::string inRange; // a cell with its out-of-range numbers replaced, while checked

    void flag(ParsedEvent &event, std::vector<Problem> &problems, const EventCells &cells,
              ProblemKind kind, Column column, const QString &message, std::string_view raw)
    {
        event.flags |= flagBit(kind);
        Problem problem;
        problem.line = cells.line;
        problem.offset = cells.offset;
        problem.kind = kind;
        problem.severity = Severity::Flagged;
        problem.column = QLatin1String(columnName(column));
        problem.message = message;
        problem.raw = bytes(raw);
        problems.push_back(std::move(problem));
    }

    std::string_view member(simdjson::dom::object object, const char *key, Column column, int slot)
    {
        return member(object, key, scratch[columnIndex(column)][slot]);
    }

    // A member's text: a string as it is, any other value as JSON text (in keep).
    static std::string_view member(simdjson::dom::object object, const char *key, std::string &keep)
    {
        simdjson::dom::element value;
        if (object.at_key(key).get(value) != simdjson::SUCCESS || value.is_null())
            return {};
        std::string_view text;
        if (value.get_string().get(text) == simdjson::SUCCESS)
            return text;
        keep = simdjson::minify(value);
        return keep;
    }

    // simdjson refuses integers beyond 64 bits, which JSON allows (and audit payloads carry):
    // such a cell is checked again by a parser that reads them as doubles. Its members are
    // extracted into scratch; *root is then not set.
    bool bigNumberFallback(std::string_view text, QJsonObject *object)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray::fromRawData(text.data(), qsizetype(text.size())), &error);
        if (error.error != QJsonParseError::NoError)
            return false;
        *object = doc.object();
        return true;
    }

    // Why a cell is not JSON we can read, in words; a depth limit is named.
    QString notJson(Column column, const simdjson::dom::parser &parser, simdjson::error_code error)
    {
        if (error == simdjson::DEPTH_ERROR)
            return tr("%1 is nested more than %2 levels deep, the most this reader follows; "
                      "it is kept as written")
                .arg(QLatin1String(columnName(column)),
                     QLocale().toString(qulonglong(parser.max_depth())));
        return tr("%1 is not valid JSON (%2)")
            .arg(QLatin1String(columnName(column)), QLatin1String(simdjson::error_message(error)));
    }

    // Parses a cell: with simdjson, else (big integers) as doubles into *fallback, else, when
    // the only fault is a number beyond a double's range, without that number (flagged).
    // Returns the error left; *root is set on success unless the fallback was used.
    JsonError parseCell(const EventCells &cells, Column column, ParsedEvent &event,
                        std::vector<Problem> &problems, simdjson::dom::element *root,
                        QJsonObject *fallback, bool *usedFallback)
    {
        const std::string_view text = cells[column];
        simdjson::dom::parser &parser = parsers[columnIndex(column)];
        auto result = parser.parse(text.data(), text.size(), !cells.padded);
        if (result.error() != simdjson::NUMBER_ERROR) {
            if (result.error() == simdjson::SUCCESS)
                *root = result.value_unsafe();
            return result.error();
        }
        if (bigNumberFallback(text, fallback)) {
            *usedFallback = true;
            return simdjson::SUCCESS;
        }
        const std::string_view number =
            JsonNumbers::replace(text, JsonNumbers::Replace::OutOfRange, &inRange);
        if (number.empty())
            return simdjson::NUMBER_ERROR;
        result = parser.parse(inRange);
        if (result.error() == simdjson::NUMBER_ERROR && bigNumberFallback(inRange, fallback)) {
            *usedFallback = true;
        } else if (result.error() != simdjson::SUCCESS) {
            return result.error();
        } else {
            *root = result.value_unsafe();
        }
        flag(
            event, problems, cells, ProblemKind::NumberOutOfRange, column,
            tr("%1 holds the number %2, valid JSON but beyond the range of a 64-bit floating-point "
               "number, so readers disagree on its value; it is kept as written")
                .arg(QLatin1String(columnName(column)), quoted(number)),
            text);
        return simdjson::SUCCESS;
    }

    // Validates a JSON column; returns its root when it holds a value.
    bool json(const EventCells &cells, Column column, ParsedEvent &event,
              std::vector<Problem> &problems, simdjson::dom::element *root,
              QJsonObject *fallback = nullptr, bool *usedFallback = nullptr)
    {
        if (!cells.has(column))
            return false;
        const std::string_view text = cells[column];
        if (isNullLiteral(text))
            return false;
        QJsonObject object;
        bool viaFallback = false;
        const simdjson::error_code error =
            parseCell(cells, column, event, problems, root, &object, &viaFallback);
        if (error != simdjson::SUCCESS) {
            flag(event, problems, cells, ProblemKind::InvalidJson, column,
                 notJson(column, parsers[columnIndex(column)], error), text);
            return false;
        }
        if (viaFallback) {
            if (fallback)
                *fallback = object;
            if (usedFallback)
                *usedFallback = true;
            return false;
        }
        std::string_view key;
        if (findDuplicateKey(*root, walkStack, walkKeys, &key)) {
            flag(event, problems, cells, ProblemKind::DuplicateKey, column,
                 tr("%1 has the key %2 more than once; readers disagree on which one counts")
                     .arg(QLatin1String(columnName(column)), quoted(key)),
                 text);
        }
        return true;
    }

    // Three members of an object read by the fallback parser, into scratch.
    void fromFallback(const QJsonObject &object, Column column, const char *const (&keys)[3],
                      std::string_view *const (&fields)[3])
    {
        for (int slot = 0; slot < 3; ++slot) {
            const QJsonValue value = object.value(QLatin1String(keys[slot]));
            std::string &keep = scratch[columnIndex(column)][slot];
            if (value.isString())
                keep = value.toString().toStdString();
            else if (value.isDouble())
                keep = QByteArray::number(value.toDouble(), 'g', 17).toStdString();
            else
                keep.clear();
            *fields[slot] = keep;
        }
    }

    void fromFallback(const QJsonObject &object, Column column, EntityRef &ref)
    {
        ref.present = true;
        fromFallback(object, column, kEntityKeys, {&ref.id, &ref.type, &ref.name});
    }

    void entity(const EventCells &cells, Column column, EntityRef &ref, ParsedEvent &event,
                std::vector<Problem> &problems)
    {
        ref = {};
        simdjson::dom::element root;
        QJsonObject fallback;
        bool usedFallback = false;
        if (!json(cells, column, event, problems, &root, &fallback, &usedFallback)) {
            if (usedFallback)
                fromFallback(fallback, column, ref);
            return;
        }
        simdjson::dom::object object;
        if (root.get_object().get(object) != simdjson::SUCCESS) {
            flag(event, problems, cells, ProblemKind::NotAnObject, column,
                 tr("%1 is JSON but not an object").arg(QLatin1String(columnName(column))),
                 cells[column]);
            return;
        }
        ref.present = true;
        ref.id = member(object, "id", column, 0);
        ref.type = member(object, "type", column, 1);
        ref.name = member(object, "name", column, 2);
    }

    // Today's extra cells: organization and account (entities like the actor) and common_fields
    // (whose source_ip stands in for the request's address). Older exports lack them and a
    // re-export may hold anything under those names, so they are read quietly: a cell that is
    // not such an object is kept as written and flags nothing.
    void extraCells(const EventCells &cells, ParsedEvent &event)
    {
        static constexpr const char *kNames[kExtraCells] = {"organization", "account",
                                                            "common_fields"};
        std::string_view sourceIp;
        for (const auto &[name, value] : cells.extras) {
            FlatObject flatObject;
            FlatMember flatField;
            if (FlatColumn::fromName(name, &flatObject, &flatField)) {
                if (flatObject == FlatObject::CommonFields && flatField == FlatMember::SourceIp)
                    sourceIp = value;
                else
                    flatMember(cells, event, flatObject, flatField, value);
                continue;
            }
            for (int k = 0; k < kExtraCells; ++k) {
                simdjson::dom::object object;
                if (!equalsIgnoringCase(trimmed(name), kNames[k]) ||
                    extraParsers[k].parse(value.data(), value.size()).get(object) !=
                        simdjson::SUCCESS)
                    continue;
                std::string *keep = extraScratch[k];
                if (k == kCommonFields) {
                    if (event.ipAddress.empty())
                        event.ipAddress = member(object, "source_ip", keep[0]);
                    continue;
                }
                EntityRef &ref = k == kOrganization ? event.organization : event.account;
                ref.present = true;
                ref.id = member(object, "id", keep[0]);
                ref.type = member(object, "type", keep[1]);
                ref.name = member(object, "name", keep[2]);
            }
        }
        if (event.ipAddress.empty())
            event.ipAddress = sourceIp;
    }

    // One member of a flattened object, unless the record also has the object's own cell.
    static void flatMember(const EventCells &cells, ParsedEvent &event, FlatObject object,
                           FlatMember member, std::string_view value)
    {
        if (object == FlatObject::Request) {
            if (cells.has(Column::Request))
                return;
            if (member == FlatMember::Id)
                event.requestId = value;
            else if (member == FlatMember::IpAddress)
                event.ipAddress = value;
            else if (member == FlatMember::ClientTraceId)
                event.clientTraceId = value;
            return;
        }
        EntityRef *refs[] = {&event.actor, &event.target, &event.scope, &event.organization,
                             &event.account};
        const Column own[] = {Column::Actor, Column::Target, Column::Scope};
        const int which = int(object);
        if (which >= int(std::size(refs)) || (which < 3 && cells.has(own[which])))
            return;
        EntityRef &ref = *refs[which];
        std::string_view *field = member == FlatMember::Id     ? &ref.id
                                  : member == FlatMember::Type ? &ref.type
                                  : member == FlatMember::Name ? &ref.name
                                                               : nullptr;
        if (!field)
            return;
        *field = value;
        ref.present = ref.present || !value.empty();
    }

    static std::string_view trimmed(std::string_view text)
    {
        while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
            text.remove_prefix(1);
        while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
            text.remove_suffix(1);
        return text;
    }

    static constexpr const char *kEntityKeys[3] = {"id", "type", "name"};
    enum { kOrganization, kAccount, kCommonFields, kExtraCells };
    simdjson::dom::parser extraParsers[kExtraCells];
    std::string extraScratch[kExtraCells][3];
};

EventParser::EventParser() : d(std::make_unique<Impl>()) {}

EventParser::~EventParser() = default;

void EventParser::parse(const EventCells &cells, ParsedEvent &event, std::vector<Problem> &problems)
{
    event = ParsedEvent();

    d->entity(cells, Column::Actor, event.actor, event, problems);
    d->entity(cells, Column::Target, event.target, event, problems);
    d->entity(cells, Column::Scope, event.scope, event, problems);

    simdjson::dom::element root;
    QJsonObject fallback;
    bool usedFallback = false;
    if (d->json(cells, Column::Request, event, problems, &root, &fallback, &usedFallback)) {
        simdjson::dom::object object;
        if (root.get_object().get(object) == simdjson::SUCCESS) {
            event.requestId = d->member(object, "id", Column::Request, 0);
            event.ipAddress = d->member(object, "ip_address", Column::Request, 1);
            event.clientTraceId = d->member(object, "client_trace_id", Column::Request, 2);
        } else {
            d->flag(event, problems, cells, ProblemKind::NotAnObject, Column::Request,
                    tr("request is JSON but not an object"), cells[Column::Request]);
        }
    } else if (usedFallback) {
        d->fromFallback(fallback, Column::Request, {"id", "ip_address", "client_trace_id"},
                        {&event.requestId, &event.ipAddress, &event.clientTraceId});
    }
    if (!cells.extras.empty())
        d->extraCells(cells, event);
    d->json(cells, Column::Payload, event, problems, &root);
    d->json(cells, Column::Metadata, event, problems, &root);

    const std::string_view time = cells[Column::OccurredAt];
    const char *why = nullptr;
    if (TimestampParser::parse(time, &event.occurredNs, &why)) {
        event.hasTime = true;
    } else {
        d->flag(event, problems, cells, ProblemKind::BadTimestamp, Column::OccurredAt,
                tr("occurred_at %1 is not an ISO-8601 time: %2")
                    .arg(quoted(time), QCoreApplication::translate("TimestampParser", why)),
                time);
    }

    if (cells[Column::Id].empty()) {
        d->flag(event, problems, cells, ProblemKind::EmptyId, Column::Id,
                tr("the event has no id, so duplicates of it cannot be recognised"),
                cells[Column::Id]);
    }

    const std::string_view success = cells[Column::Success];
    if (equalsIgnoringCase(success, "true")) {
        event.success = EventSuccess::True;
    } else if (equalsIgnoringCase(success, "false")) {
        event.success = EventSuccess::False;
    } else {
        d->flag(event, problems, cells, ProblemKind::BadSuccess, Column::Success,
                tr("success is %1, neither true nor false").arg(quoted(success)), success);
    }

    if (cells.has(Column::Version)) {
        const std::string_view version = cells[Column::Version];
        const bool number = !version.empty() && version.size() < 10 &&
                            std::all_of(version.begin(), version.end(),
                                        [](char c) { return c >= '0' && c <= '9'; });
        if (!number) {
            d->flag(event, problems, cells, ProblemKind::BadVersion, Column::Version,
                    tr("version is %1, not a whole number").arg(quoted(version)), version);
        }
    }
}

} // namespace auditlens
