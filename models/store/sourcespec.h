// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "casestore.h"

#include <QString>
#include <QVector>

#include <optional>

namespace auditlens {

// A SOURCE argument (remove-source, --source) resolved against the case's sources. It names a
// source by its number (sources.id), its path (as recorded, or relative to the working folder),
// its file name when only one source has that name, or a prefix of its SHA-256 of at least
// kMinimumDigestPrefix hex digits that only one source starts with. A number or a path is
// precise and wins over a file name or a digest prefix.
class SourceSpec
{
public:
    static constexpr int kMinimumDigestPrefix = 6;

    // The one source spec names, or none with a sentence in *error that names the candidates
    // (several match) or the sources there are (none matches).
    static std::optional<SourceInfo> resolve(const QVector<SourceInfo> &sources,
                                             const QString &spec, QString *error);

    // "2 (audit-02.csv, SHA-256 1a2b3c4d5e6f…)": a source as a sentence names it.
    static QString describe(const SourceInfo &source);
};

} // namespace auditlens
