// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "sourceopener.h"

#include "../reading/bytesource.h"
#include "../reading/fileidentity.h"
#include "../store/casestore.h"
#include "importer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace auditlens {

SourceOpener::Result SourceOpener::open(const CaseStore &store, const QString &path,
                                        SourceFile &file, SourceOutcome &outcome,
                                        SourceFormat *format, QString *error)
{
    outcome.path = QFileInfo(path).absoluteFilePath();
    // The case is never read as a source: by another name (a hard link) too. Opening it would
    // also cost the case its locks when that descriptor is closed.
    if (FileIdentity::of(path) == FileIdentity::of(store.path())) {
        *error = QCoreApplication::translate(
            "Importer", "this is the case itself, under another name; the case must be a separate "
                        "file");
        return Result::Refused;
    }
    if (!file.open(path)) {
        *error = file.errorString();
        return Result::Refused;
    }
    outcome.bytes = file.size();

    // Seen before under the same name, size and time: confirm by hash without parsing.
    const QVector<SourceInfo> known = store.sources();
    for (const SourceInfo &s : known) {
        if (s.path == outcome.path && s.bytes == file.size() && s.modified == file.modified()) {
            QString hashError;
            const QString sha = QString::fromLatin1(SourceFile::hashFile(path, &hashError));
            if (sha == s.sha256) {
                outcome.sha256 = sha;
                outcome.format = s.format;
                outcome.alreadyImported = true;
                outcome.sourceId = s.id;
                return Result::AlreadyImported;
            }
        }
    }

    // Through the file already open: the name may lead elsewhere by now.
    QByteArray head(64 * 1024, Qt::Uninitialized);
    head.truncate(int(std::max<qint64>(0, file.peek(head.data(), head.size()))));
    if (!sniffSource(head, format, error))
        return Result::Refused;
    outcome.format = QLatin1String(sourceFormatName(*format));
    return Result::Ready;
}

} // namespace auditlens
