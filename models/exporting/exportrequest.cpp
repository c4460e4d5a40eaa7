// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "exportrequest.h"

namespace auditlens {

namespace {
struct FormatName
{
    ExportFormat format;
    const char *name;
    const char *suffix;
};
constexpr FormatName kFormats[] = {
    {ExportFormat::OriginalCsv, "csv", "csv"},   {ExportFormat::FlatCsv, "csv-flat", "csv"},
    {ExportFormat::JsonLines, "jsonl", "jsonl"}, {ExportFormat::Html, "html", "html"},
    {ExportFormat::Pdf, "pdf", "pdf"},
};
} // namespace

const char *exportFormatName(ExportFormat format)
{
    for (const auto &entry : kFormats) {
        if (entry.format == format)
            return entry.name;
    }
    return "csv";
}

const char *exportFormatSuffix(ExportFormat format)
{
    for (const auto &entry : kFormats) {
        if (entry.format == format)
            return entry.suffix;
    }
    return "csv";
}

bool exportFormatFromName(const QString &name, ExportFormat *format)
{
    for (const auto &entry : kFormats) {
        if (name == QLatin1String(entry.name)) {
            *format = entry.format;
            return true;
        }
    }
    return false;
}

} // namespace auditlens
