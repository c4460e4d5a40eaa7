// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "problem.h"

#include <iterator>

namespace auditlens {

namespace {
struct KindName
{
    ProblemKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    {ProblemKind::RaggedRecord, "ragged_record"},
    {ProblemKind::UnterminatedQuote, "unterminated_quote"},
    {ProblemKind::InvalidUtf8, "invalid_utf8"},
    {ProblemKind::RecordTooLarge, "record_too_large"},
    {ProblemKind::MalformedRecord, "malformed_record"},
    {ProblemKind::InvalidJson, "invalid_json"},
    {ProblemKind::NotAnObject, "not_an_object"},
    {ProblemKind::DuplicateKey, "duplicate_key"},
    {ProblemKind::BadTimestamp, "bad_timestamp"},
    {ProblemKind::EmptyId, "empty_id"},
    {ProblemKind::BadSuccess, "bad_success"},
    {ProblemKind::BadVersion, "bad_version"},
    {ProblemKind::NumberOutOfRange, "number_out_of_range"},
    {ProblemKind::BadAnnotation, "bad_annotation"},
};
} // namespace

const char *problemKindName(ProblemKind kind)
{
    for (const auto &entry : kKindNames) {
        if (entry.kind == kind)
            return entry.name;
    }
    return "unknown";
}

bool problemKindFromName(const QString &name, ProblemKind *kind)
{
    for (const auto &entry : kKindNames) {
        if (name == QLatin1String(entry.name)) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}

const char *severityName(Severity severity)
{
    return severity == Severity::Rejected ? "rejected" : "flagged";
}

} // namespace auditlens
