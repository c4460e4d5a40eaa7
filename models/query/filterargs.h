// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "filter.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace auditlens {

// A filter as the command line's FILTER options write it (--action A, --not-actor X, --starred,
// --from TIME...), both ways: the CLI reads its options through it, and a saved view keeps a
// filter as these arguments, so the viewer and the CLI save and replay the same views.
namespace FilterArgs {

// Adds the FILTER options to a parser: per field of the table, its option and --not-OPTION (a
// mark's --starred and --unstarred; --untagged), then --success, --from, --to, --text and
// --duplicates.
void addOptions(QCommandLineParser &parser);
// Reads the options into *filter; empty on success, else the usage error in words.
QString read(const QCommandLineParser &parser, Filter *filter);
// The arguments that read back as filter (read() of them gives an equal filter).
QStringList write(const Filter &filter);

} // namespace FilterArgs

} // namespace auditlens
