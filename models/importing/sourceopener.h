// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sourcesniffer.h"

#include <QString>

namespace auditlens {

class CaseStore;
class SourceFile;
struct SourceOutcome;

// The first step of importing one source: opens it read-only, refuses the case itself (under
// any name), recognises a source already in the case by name, size, time and digest without
// parsing it, and tells the export's format from its first bytes.
class SourceOpener
{
public:
    enum class Result {
        Ready,           // file is open at its start and *format says how to read it
        AlreadyImported, // outcome names the source of the case that holds these bytes
        Refused,         // *error says why, in a sentence for the user
    };

    // Fills outcome's path, size and, for a source already in the case, its digest, format and
    // id; outcome's format also when Ready.
    static Result open(const CaseStore &store, const QString &path, SourceFile &file,
                       SourceOutcome &outcome, SourceFormat *format, QString *error);
};

} // namespace auditlens
