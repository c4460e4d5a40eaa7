// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>

#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace auditlens::csvtext {

// True when a cell must be quoted: it holds a comma, a quote or a line break.
inline bool needsQuotes(std::string_view cell)
{
    const char *p = cell.data();
    const size_t n = cell.size();
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"');
    const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const __m128i hit =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, quote)),
                         _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
        if (_mm_movemask_epi8(hit) != 0)
            return true;
    }
#endif
    for (; i < n; ++i) {
        const char c = p[i];
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    }
    return false;
}

// Appends one CSV cell per RFC 4180: as is, or quoted with its quotes doubled when it holds a
// comma, a quote or a line break. Nothing else changes, so a reader gets the same bytes back.
// This is the inner loop of a million-event export: JSON cells are mostly quotes, so the
// doubling works 16 bytes at a time.
inline void appendCell(std::string &out, std::string_view cell)
{
    if (!needsQuotes(cell)) {
        out.append(cell.data(), cell.size());
        return;
    }
    const char *p = cell.data();
    const size_t n = cell.size();
    const size_t start = out.size();
    // Room for every byte doubled, the two quotes, and 16-byte stores running past the end.
    out.resize(start + n * 2 + 2 + 32);
    char *o = out.data() + start;
    *o++ = '"';
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    alignas(16) char block[32] = {};
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        auto mask = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote)));
        if (mask == 0) {
            _mm_storeu_si128(reinterpret_cast<__m128i *>(o), v);
            o += 16;
            continue;
        }
        _mm_store_si128(reinterpret_cast<__m128i *>(block), v);
        unsigned done = 0;
        while (mask != 0) {
            const auto at = unsigned(__builtin_ctz(mask));
            mask &= mask - 1;
            // Copies more than needed; only up to and including the quote counts.
            _mm_storeu_si128(reinterpret_cast<__m128i *>(o),
                             _mm_loadu_si128(reinterpret_cast<const __m128i *>(block + done)));
            o += at - done + 1;
            *o++ = '"';
            done = at + 1;
        }
        _mm_storeu_si128(reinterpret_cast<__m128i *>(o),
                         _mm_loadu_si128(reinterpret_cast<const __m128i *>(block + done)));
        o += 16 - done;
    }
#endif
    // Branch-free: write the byte and a quote after it, keep the quote only after a quote.
    for (; i < n; ++i) {
        const char c = p[i];
        o[0] = c;
        o[1] = '"';
        o += 1 + (c == '"');
    }
    *o++ = '"';
    out.resize(size_t(o - out.data()));
}

// One cell as text, for a clipboard or a terminal: the same rule as appendCell.
inline QString cell(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    const std::string_view view(bytes.constData(), size_t(bytes.size()));
    if (!needsQuotes(view))
        return text;
    std::string out;
    appendCell(out, view);
    return QString::fromUtf8(out.data(), qsizetype(out.size()));
}

} // namespace auditlens::csvtext
