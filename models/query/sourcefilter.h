// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "filter.h"

#include <QString>

namespace auditlens {

class CaseStore;

// The Source conditions of a filter as the user wrote them (a number, a path, a file name or a
// SHA-256 prefix, see SourceSpec) turned into source numbers, against the case they will be
// answered on. The query command and the export resolve on the connection they then read, so a
// source removed in between is never silently counted as none.
class SourceFilter
{
public:
    // Empty on success; otherwise the sentence that says which value names no single source.
    static QString resolve(const CaseStore &store, Filter *filter);
};

} // namespace auditlens
