// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>

namespace auditlens {

// What went wrong with one record. Structural kinds reject the record; content kinds keep the
// event and flag it. The string names (problemKindName) are part of the CLI's JSON contract.
enum class ProblemKind {
    RaggedRecord,      // wrong number of fields
    UnterminatedQuote, // a quoted field that never closes
    InvalidUtf8,       // bytes that are not UTF-8
    RecordTooLarge,    // longer than the configured record limit
    MalformedRecord,   // JSON Lines / JSON: the record itself is not a JSON object
    InvalidJson,       // a nested column that is not valid JSON
    NotAnObject,       // actor/target/scope/request that is JSON but not an object
    DuplicateKey,      // a JSON object with the same key twice
    BadTimestamp,      // occurred_at missing or not ISO-8601 UTC
    EmptyId,           // id missing or empty
    BadSuccess,        // success neither true nor false
    BadVersion,        // version is not an integer
    NumberOutOfRange,  // valid JSON holding a number no double can hold (1e400)
    BadAnnotation,     // an AuditLens export's tags, starred or notes that cannot be restored
};

enum class Severity {
    Rejected, // the record could not be read; it is kept only as a problem
    Flagged,  // the event was imported; this field is suspect
};

const char *problemKindName(ProblemKind kind);
bool problemKindFromName(const QString &name, ProblemKind *kind);
const char *severityName(Severity severity);

struct Problem
{
    qint64 line = 0;   // physical line where the record starts (the header is line 1)
    qint64 offset = 0; // byte offset of the record's first byte in the source
    ProblemKind kind = ProblemKind::MalformedRecord;
    Severity severity = Severity::Rejected;
    QString column; // the column concerned, empty for a whole record
    QString message;
    QByteArray raw; // the record's bytes as read (rejected records) or the cell (flagged ones)
};

} // namespace auditlens
