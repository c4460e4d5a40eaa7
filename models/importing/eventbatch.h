// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../parsing/auditevent.h"
#include "../reading/bytearena.h"

#include <string>
#include <vector>

namespace auditlens {

// A run of parsed events on their way from the parse thread to the writer: every text lives in
// one arena, referenced by offset, so a batch costs a handful of allocations however large.
struct EventBatch
{
    struct Text
    {
        quint32 offset = 0;
        quint32 length = 0;
        bool present = false;
    };
    struct Event
    {
        qint64 seq = 0;
        qint64 line = 0;
        qint64 offset = 0;
        Text cells[kColumnCount];
        Text extra;                       // extra columns as a JSON object, absent when none
        Text entity[kEntityRoleCount][3]; // EntityRole x id/type/name
        bool entityPresent[kEntityRoleCount] = {};
        Text requestId;
        Text ipAddress; // as written
        Text ipKey;     // IpAddress::key of it, absent when it is not an address
        Text clientTraceId;
        qint64 occurredNs = 0;
        bool hasTime = false;
        EventSuccess success = EventSuccess::Unreadable;
        quint32 flags = 0;
    };
    struct BatchProblem
    {
        Problem problem;
        qint64 eventSeq = 0; // 0 for a rejected record
    };

    ByteArena arena;
    std::vector<Event> events;
    std::vector<BatchProblem> problems;
    size_t problemBytes = 0; // raw bytes held by problems
    size_t used = 0;

    void clear()
    {
        arena.clear();
        used = 0;
        problems.clear();
        problemBytes = 0;
    }
    Text add(std::string_view text, bool present = true)
    {
        Text t;
        t.offset = quint32(arena.size());
        t.length = quint32(text.size());
        t.present = present;
        arena.append(text.data(), text.size());
        return t;
    }
    // A text already written at the end of the arena by someone else (see
    // CsvRecordReader::setFieldArena), or an empty one.
    Text at(std::string_view text) const
    {
        Text t;
        t.offset = quint32(text.data() - arena.data());
        t.length = quint32(text.size());
        t.present = true;
        return t;
    }
    std::string_view view(const Text &t) const { return {arena.data() + t.offset, t.length}; }
    Event &append()
    {
        if (used == events.size())
            events.emplace_back();
        Event &e = events[used++];
        e = Event();
        return e;
    }
};

} // namespace auditlens
