// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <string>
#include <string_view>

namespace auditlens {

// JSON allows any number; parsers do not. simdjson refuses integers beyond 64 bits and numbers
// beyond a double's range (1e400), Qt's parser the latter. To check such a text (is it JSON
// apart from its numbers?) it is checked again as a copy with those numbers replaced by 0.
class JsonNumbers
{
public:
    enum class Replace {
        OutOfRange, // numbers a double cannot hold: 1e400, -1e400, 1e-400, 400-digit integers
        All,        // every number (only the shape of the document matters)
    };

    // Copies `text` into *copy with the numbers chosen replaced by 0 (strings and their escapes
    // are skipped). Returns the first number replaced, as written; empty when none was (the
    // copy is then incomplete and must not be used).
    static std::string_view replace(std::string_view text, Replace which, std::string *copy);
    // A JSON number (RFC 8259's grammar) that a double cannot hold.
    static bool isOutOfRange(std::string_view number);
};

} // namespace auditlens
