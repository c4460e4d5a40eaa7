// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "auditevent.h"

#include <memory>

namespace auditlens {

// Turns one JSON event object (a JSON Lines line or an array element) into cells, as a CSV row
// would give them: nested values as their raw JSON text, strings unescaped, other scalars as
// their literal text. Views stay valid until the next split().
class JsonEventSplitter
{
public:
    JsonEventSplitter();
    ~JsonEventSplitter();
    JsonEventSplitter(const JsonEventSplitter &) = delete;
    JsonEventSplitter &operator=(const JsonEventSplitter &) = delete;

    // False with *error when the text is not a JSON object. *duplicate names a known column
    // given twice (the first one is kept), empty otherwise.
    bool split(std::string_view object, EventCells &cells, QString *error,
               std::string_view *duplicate);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace auditlens
