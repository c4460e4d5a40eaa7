// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>

namespace auditlens {

enum class SourceFormat { Csv, Json };

const char *sourceFormatName(SourceFormat format);

// Tells from a file's first bytes whether it can be an audit-log export we read. False, with a
// sentence naming the problem, for what is certainly not one: empty, UTF-16, compressed,
// binary, an HTML page.
bool sniffSource(const QByteArray &head, SourceFormat *format, QString *error);

} // namespace auditlens
