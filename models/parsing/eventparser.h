// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "auditevent.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

namespace auditlens {

// Interprets one event's cells: validates the six JSON columns, extracts the fields people
// filter on, parses occurred_at to nanoseconds, checks id, success and version. Content problems
// never drop the event: they become flagged Problems and bits in ParsedEvent::flags.
// The views in ParsedEvent stay valid until the next parse().
class EventParser
{
    Q_DECLARE_TR_FUNCTIONS(EventParser)

public:
    EventParser();
    ~EventParser();
    EventParser(const EventParser &) = delete;
    EventParser &operator=(const EventParser &) = delete;

    void parse(const EventCells &cells, ParsedEvent &event, std::vector<Problem> &problems);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace auditlens
