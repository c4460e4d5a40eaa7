#pragma once

#include <cstring>
#include <string>
#include <string_view>

namespace auditlens::csvtext {

// Appends one CSV cell per RFC 4180: as is, or quoted with its quotes doubled when it holds a
// comma, a quote or a line break. Nothing else changes, so a reader gets the same bytes back.
inline void appendCell(std::string &out, std::string_view cell)
{
    bool quote = false;
    for (const char c : cell) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(cell.data(), cell.size());
        return;
    }
    const size_t start = out.size();
    out.resize(start + cell.size() * 2 + 2);
    char *o = out.data() + start;
    *o++ = '"';
    // Branch-free: write the byte and a quote after it, keep the quote only after a quote.
    for (const char c : cell) {
        o[0] = c;
        o[1] = '"';
        o += 1 + (c == '"');
    }
    *o++ = '"';
    out.resize(size_t(o - out.data()));
}

} // namespace auditlens::csvtext
