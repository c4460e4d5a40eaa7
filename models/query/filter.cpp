// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "filter.h"

#include "../text/nameinspection.h"

#include "../parsing/timestampparser.h"

#include <QCoreApplication>

namespace auditlens {

namespace {
struct DuplicateName
{
    DuplicateFilter filter;
    const char *name;
};
constexpr DuplicateName kDuplicateNames[] = {
    {DuplicateFilter::All, "all"},     {DuplicateFilter::Duplicates, "any"},
    {DuplicateFilter::Exact, "exact"}, {DuplicateFilter::Conflicting, "conflicting"},
    {DuplicateFilter::Unique, "none"}, {DuplicateFilter::CollapseExact, "collapse"},
};

// Values as names are shown: "ad\u200bmin" marked, never read as "admin".
QString list(const QStringList &values)
{
    QStringList shown;
    for (const QString &value : values)
        shown << NameInspection::shown(value);
    return shown.join(QStringLiteral(", "));
}
} // namespace

const char *duplicateFilterName(DuplicateFilter filter)
{
    for (const auto &entry : kDuplicateNames) {
        if (entry.filter == filter)
            return entry.name;
    }
    return "all";
}

bool duplicateFilterFromName(const QString &name, DuplicateFilter *filter)
{
    for (const auto &entry : kDuplicateNames) {
        if (name == QLatin1String(entry.name)) {
            *filter = entry.filter;
            return true;
        }
    }
    return false;
}

bool successPasses(SuccessFilter filter, EventSuccess success)
{
    switch (filter) {
    case SuccessFilter::Any:
        return true;
    case SuccessFilter::Succeeded:
        return success == EventSuccess::True;
    case SuccessFilter::Failed:
        return success == EventSuccess::False;
    }
    return true;
}

bool Filter::isEmpty() const
{
    return *this == Filter();
}

bool Filter::operator==(const Filter &o) const
{
    return fields == o.fields && success == o.success && hasFrom == o.hasFrom &&
           (!hasFrom || from == o.from) && hasTo == o.hasTo && (!hasTo || to == o.to) &&
           text == o.text && duplicates == o.duplicates && json == o.json;
}

QString Filter::describe() const
{
    QStringList parts;
    for (const FilterField field : kFilterFields) {
        const FilterFieldInfo &info = filterFieldInfo(field);
        const QLatin1String name(info.name);
        const FieldCondition &condition = (*this)[field];
        if (info.match == FieldMatch::Mark) {
            // "starred", "not noted": a mark's one value needs no list.
            if (condition.include.contains(markValue()))
                parts << name;
            if (condition.exclude.contains(markValue()))
                parts << tr("not %1").arg(name);
            continue;
        }
        const bool tag = field == FilterField::Tag;
        if (tag && condition.include == QStringList{anyTagValue()} && condition.exclude.isEmpty()) {
            parts << tr("tagged");
            continue;
        }
        if (tag && condition.exclude.contains(anyTagValue())) {
            parts << tr("untagged");
            if (condition.include.isEmpty())
                continue;
        }
        if (!condition.include.isEmpty())
            parts << tr("%1 in (%2)").arg(name, list(condition.include));
        if (!condition.exclude.isEmpty() && !(tag && condition.exclude.contains(anyTagValue())))
            parts << tr("%1 not in (%2)").arg(name, list(condition.exclude));
    }
    if (success != SuccessFilter::Any)
        parts << tr("success = %1")
                     .arg(success == SuccessFilter::Succeeded ? QStringLiteral("true")
                                                              : QStringLiteral("false"));
    if (hasFrom && hasTo)
        parts
            << tr("time %1 .. %2").arg(TimestampParser::format(from), TimestampParser::format(to));
    else if (hasFrom)
        parts << tr("time >= %1").arg(TimestampParser::format(from));
    else if (hasTo)
        parts << tr("time <= %1").arg(TimestampParser::format(to));
    if (!text.isEmpty())
        parts << tr("text contains \"%1\"").arg(text);
    for (const JsonCondition &c : json)
        parts << (c.exclude ? tr("%1 != \"%2\"") : tr("%1 = \"%2\""))
                     .arg(NameInspection::shown(c.path), NameInspection::shown(c.value));
    switch (duplicates) {
    case DuplicateFilter::All:
        break;
    case DuplicateFilter::Duplicates:
        parts << tr("duplicates only");
        break;
    case DuplicateFilter::Exact:
        parts << tr("exact duplicates only");
        break;
    case DuplicateFilter::Conflicting:
        parts << tr("conflicting duplicates only");
        break;
    case DuplicateFilter::Unique:
        parts << tr("no duplicates");
        break;
    case DuplicateFilter::CollapseExact:
        parts << tr("exact copies collapsed");
        break;
    }
    if (parts.isEmpty())
        return tr("all events");
    return parts.join(tr(" AND "));
}

} // namespace auditlens
