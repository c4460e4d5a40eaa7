// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <string>

// A case file is input too: it travels between analysts and may have been made or changed by
// anything. These checks open one as the viewer does and use it every way the viewer does; the
// case-file fuzzer and the crafted-case tests share them.
namespace auditlens::fuzz {

// What the viewer made of a case.
struct CaseVisit
{
    bool opened = false;
    bool built = false; // the index was built from the events, not loaded
    QString error;      // why the case was refused
    qint64 events = 0;  // in the index
    QString textNote;   // how the text search read the events
    qint64 textMatches = -1;
};

// How visitCase() uses a case.
struct VisitOptions
{
    QString text;              // searched for when not empty
    bool proveSources = false; // wait for the sources to be checked before searching
    // Compare every answer with the SQL engine's. Not for a file whose SQLite pages are damaged:
    // SQLite's own indexes may then disagree with its tables.
    bool compareWithSql = true;
};

// Opens the case through the viewer's worker (QueryWorker, on this thread), answers filters of
// every kind with every sort, a free-text search, value look-ups and rows, and exports what it
// shows through the exporter. What broke, or an empty string: a refusal has a reason; an open
// case answers every filter as the SQL engine does (the text search too when it read the case's
// cells), its histogram adds up, and every export ends with a file or a reason.
std::string visitCase(const QString &casePath, const VisitOptions &options, CaseVisit *visit);

// The case-file fuzzer: the input picks a small valid case and mutates it (cells of its tables,
// rows added and removed, its kept index damaged or forged with valid checksums, bytes of the
// file, the sources it names), then visitCase().
std::string checkCaseOpen(const uint8_t *data, size_t size);

} // namespace auditlens::fuzz
