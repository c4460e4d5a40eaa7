// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

// The invariants the fuzzers check, shared with the ordinary tests that replay every crash input
// (tests/data/regressions/) and the seed corpora. Each returns an empty string when every
// invariant holds, otherwise what broke.
namespace auditlens::fuzz {

// CSV reader: records have lines and offsets that advance, rejected ones a reason, accepted
// ones valid UTF-8 within the size limit; splitting the bytes into tiny reads changes nothing.
std::string checkCsvReader(const uint8_t *data, size_t size);
// JSON Lines / array reader: the same promises.
std::string checkJsonReader(const uint8_t *data, size_t size);
// Event parser on cells cut from the input (and on the input as one JSON event): problems carry
// a line and a message, flags match them, parsed times round-trip through the formatter.
std::string checkEventParser(const uint8_t *data, size_t size);
// Timestamp parser: accepted times round-trip through format(); any int64 formats and parses
// back to itself.
std::string checkTimestampParser(const uint8_t *data, size_t size);
// A whole import of the input (as CSV and as JSON) into a fresh case file: records = imported
// + rejected, the case holds exactly what was reported or nothing, the digest is of the bytes.
std::string checkImport(const uint8_t *data, size_t size);

} // namespace auditlens::fuzz
