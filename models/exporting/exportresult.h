// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace auditlens {

// The outcome of an export. On failure or cancel no file is left behind.
struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error; // a sentence for the user when !ok && !cancelled
    qint64 events = 0;
    qint64 alteredCells = 0; // flat CSV in spreadsheet-safe mode: cells prefixed with '
    qint64 bytes = 0;
    QString sha256;       // of the export file, lower-case hex
    QString manifestPath; // CSV and JSON Lines: FILE.manifest.json; empty for reports
    QString checksumPath; // FILE.sha256
    qint64 elapsedMs = 0;
};

} // namespace auditlens
