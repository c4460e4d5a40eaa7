// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>

struct sqlite3;

namespace auditlens {

// What a case held when its viewer index was made, where it can be read in a few milliseconds:
// its sources, actions and duplicate marks in full, the range of its seqs and entity ids. A kept
// index whose fingerprint is not the case's is not used. (The events themselves are compared
// with the index on a sample when it is loaded.)
class IndexFingerprint
{
public:
    static QByteArray ofCase(sqlite3 *db);
};

} // namespace auditlens
