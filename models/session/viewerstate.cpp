// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "viewerstate.h"

#include "../query/filterargs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace auditlens {

namespace {

constexpr const char *kColumnKeys[kSortColumnCount] = {
    "time",   "action", "actor", "target",       "scope",   "success", "id",    "duplicates",
    "source", "line",   "ip",    "organization", "account", "request", "marks", "tags"};

// The settings group of a case: a hash of its canonical path (a path is no settings key), with
// the path itself kept beside the state.
QString groupOf(const QString &casePath, QString *canonical)
{
    const QFileInfo info(casePath);
    *canonical =
        info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    return QStringLiteral("caseState/") +
           QString::fromLatin1(
               QCryptographicHash::hash(canonical->toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

namespace ViewerStates {

void save(const QString &casePath, const ViewerState &state)
{
    QString canonical;
    QSettings settings;
    settings.beginGroup(groupOf(casePath, &canonical));
    settings.setValue(QStringLiteral("path"), canonical);
    settings.setValue(QStringLiteral("filter"), state.filter);
    settings.setValue(QStringLiteral("sort"), state.sort);
    settings.setValue(QStringLiteral("seq"), state.seq);
}

std::optional<ViewerState> load(const QString &casePath)
{
    QString canonical;
    QSettings settings;
    settings.beginGroup(groupOf(casePath, &canonical));
    if (settings.value(QStringLiteral("path")).toString() != canonical)
        return std::nullopt;
    ViewerState state;
    state.filter = settings.value(QStringLiteral("filter")).toStringList();
    state.sort = settings.value(QStringLiteral("sort")).toString();
    state.seq = settings.value(QStringLiteral("seq"), -1).toLongLong();
    return state;
}

void forget(const QString &casePath)
{
    QString canonical;
    QSettings().remove(groupOf(casePath, &canonical));
}

void forgetAll()
{
    QSettings().remove(QStringLiteral("caseState"));
}

QString columnKey(EventColumn column)
{
    const int i = int(column);
    return i >= 0 && i < kSortColumnCount ? QString::fromLatin1(kColumnKeys[i]) : QString();
}

QString sortText(const SortSpec &sort)
{
    const QString key = columnKey(sort.column);
    return sort.descending ? key + QStringLiteral(" desc") : key;
}

std::optional<SortSpec> readSort(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > 2)
        return std::nullopt;
    if (parts.size() == 2 && parts[1] != QLatin1String("desc") && parts[1] != QLatin1String("asc"))
        return std::nullopt;
    for (int i = 0; i < kSortColumnCount; ++i) {
        if (parts[0] == QLatin1String(kColumnKeys[i]))
            return SortSpec{EventColumn(i), parts.size() == 2 && parts[1] == QLatin1String("desc")};
    }
    return std::nullopt;
}

QString readFilter(const QStringList &args, Filter *filter)
{
    QCommandLineParser parser;
    FilterArgs::addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("auditlens")} + args))
        return parser.errorText();
    if (!parser.positionalArguments().isEmpty())
        return QCoreApplication::translate("ViewerStates", "unexpected argument %1")
            .arg(parser.positionalArguments().first());
    Filter f;
    const QString error = FilterArgs::read(parser, &f);
    if (!error.isEmpty())
        return error;
    *filter = f;
    return {};
}

} // namespace ViewerStates

} // namespace auditlens
