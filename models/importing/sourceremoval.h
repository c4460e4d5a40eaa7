// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../store/casestore.h"

#include <QString>

namespace auditlens {

// Takes one source out of a case (the export of the wrong organisation), in one transaction: its
// events, problems, duplicate marks and its row go, the duplicate groups it shared in are
// recounted as the importer counts them (a group left with one copy has no marks), actions no
// event uses any more go, and the kept viewer index is dropped (it described the case as it
// was). A failure part way leaves the case as it was. The last source's removal leaves an empty
// case, ready for another import.
class SourceRemoval
{
public:
    struct Result
    {
        bool ok = false;
        QString error; // a sentence for the user when !ok
        qint64 events = 0;
        qint64 problems = 0;
        DuplicateCounts duplicates; // of the whole case, afterwards
    };

    static Result remove(CaseStore &store, qint64 sourceId);
};

} // namespace auditlens
