// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "sourcespec.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace auditlens {

namespace {
// The distinct sources of matches, in the case's order.
QVector<SourceInfo> distinct(const QVector<SourceInfo> &matches)
{
    QVector<SourceInfo> out;
    for (const SourceInfo &s : matches) {
        const bool seen = std::any_of(out.cbegin(), out.cend(),
                                      [&](const SourceInfo &o) { return o.id == s.id; });
        if (!seen)
            out.push_back(s);
    }
    return out;
}

QString listed(const QVector<SourceInfo> &sources)
{
    QStringList names;
    for (const SourceInfo &s : sources)
        names << SourceSpec::describe(s);
    return QLocale().createSeparatedList(names);
}
} // namespace

QString SourceSpec::describe(const SourceInfo &source)
{
    return QCoreApplication::translate("SourceSpec", "%1 (%2, SHA-256 %3…)")
        .arg(source.id)
        .arg(source.fileName, source.sha256.left(12));
}

std::optional<SourceInfo> SourceSpec::resolve(const QVector<SourceInfo> &sources,
                                              const QString &spec, QString *error)
{
    const QString wanted = spec.trimmed();
    if (wanted.isEmpty()) {
        *error = QCoreApplication::translate("SourceSpec", "no source was named");
        return std::nullopt;
    }
    // Precise: the number, or the path as recorded (absolute) or as given from here.
    QVector<SourceInfo> precise;
    bool isNumber = false;
    const qint64 number = wanted.toLongLong(&isNumber);
    const QString absolute = QFileInfo(wanted).absoluteFilePath();
    for (const SourceInfo &s : sources) {
        if ((isNumber && s.id == number) || s.path == wanted || s.path == absolute)
            precise.push_back(s);
    }
    // Loose: the file name, or a prefix of the digest.
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    const bool digestPrefix = wanted.size() >= kMinimumDigestPrefix && hex.match(wanted).hasMatch();
    QVector<SourceInfo> loose;
    for (const SourceInfo &s : sources) {
        if (s.fileName == wanted ||
            (digestPrefix && s.sha256.startsWith(wanted, Qt::CaseInsensitive)))
            loose.push_back(s);
    }
    const QVector<SourceInfo> candidates = distinct(precise.isEmpty() ? loose : precise);
    if (candidates.size() == 1)
        return candidates.first();
    if (candidates.size() > 1) {
        *error = QCoreApplication::translate(
                     "SourceSpec",
                     "%1 names more than one source of the case: %2; give its number instead")
                     .arg(wanted, listed(candidates));
    } else if (sources.isEmpty()) {
        *error =
            QCoreApplication::translate("SourceSpec", "%1: the case holds no source").arg(wanted);
    } else {
        const bool shortDigest = !digestPrefix && hex.match(wanted).hasMatch() && !isNumber;
        *error = shortDigest
                     ? QCoreApplication::translate(
                           "SourceSpec",
                           "%1 is not a source of the case (a SHA-256 prefix needs at least %2 "
                           "hex digits); its sources are %3")
                           .arg(wanted, QString::number(kMinimumDigestPrefix), listed(sources))
                     : QCoreApplication::translate(
                           "SourceSpec", "%1 is not a source of the case; its sources are %2")
                           .arg(wanted, listed(sources));
    }
    return std::nullopt;
}

} // namespace auditlens
