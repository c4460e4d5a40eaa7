// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "sourcesniffer.h"

#include <QCoreApplication>

namespace auditlens {

const char *sourceFormatName(SourceFormat format)
{
    return format == SourceFormat::Csv ? "csv" : "json";
}

bool sniffSource(const QByteArray &head, SourceFormat *format, QString *error)
{
    if (head.isEmpty()) {
        *error = QCoreApplication::translate("SourceSniffer", "the file is empty");
        return false;
    }
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        *error = QCoreApplication::translate(
            "SourceSniffer",
            "the file is UTF-16 text; AuditLens reads UTF-8 exports as CircleCI writes "
            "them (convert it to UTF-8 first)");
        return false;
    }
    if (head.startsWith("\x1F\x8B")) {
        *error = QCoreApplication::translate("SourceSniffer",
                                             "the file is gzip-compressed; decompress it first");
        return false;
    }
    if (head.startsWith("PK\x03\x04")) {
        *error = QCoreApplication::translate(
            "SourceSniffer",
            "the file is a ZIP archive (perhaps a spreadsheet); extract or export the CSV "
            "first");
        return false;
    }
    // Binary files are full of NULs, text exports have none; a stray NUL inside one field is
    // data (kept byte for byte) wherever it sits, so only a header with one or several NULs
    // make a file binary.
    const QByteArray start = head.left(4096);
    const qsizetype firstLineEnd = start.indexOf('\n');
    if (start.left(firstLineEnd < 0 ? start.size() : firstLineEnd).contains('\0') ||
        start.count('\0') > 8) {
        *error =
            QCoreApplication::translate("SourceSniffer", "the file is binary, not a text export");
        return false;
    }
    int p = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (p < head.size() &&
           (head[p] == ' ' || head[p] == '\t' || head[p] == '\r' || head[p] == '\n'))
        ++p;
    if (p == head.size()) {
        *error = QCoreApplication::translate("SourceSniffer", "the file holds only white space");
        return false;
    }
    if (head[p] == '<') {
        *error = QCoreApplication::translate(
            "SourceSniffer",
            "the file is an HTML or XML page, not an audit-log export (a web page saved "
            "instead of the download?)");
        return false;
    }
    *format = head[p] == '{' || head[p] == '[' ? SourceFormat::Json : SourceFormat::Csv;
    return true;
}

} // namespace auditlens
