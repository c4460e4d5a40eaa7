// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "eventreveal.h"

#include "../query/columnconditions.h"
#include "../query/indexquery.h"

#include <QCoreApplication>

namespace auditlens {

namespace {
constexpr qint64 kMinute = 60LL * 1000000000LL;

// Whether the values name the code (through the index's own matching of ids, names and
// families).
bool names(const IndexQuery &query, IndexField field, quint32 size, const QStringList &values,
           quint32 code)
{
    std::vector<quint8> allowed(size, 0);
    query.resolve(field, values, &allowed, true);
    return code < size && allowed[code];
}
} // namespace

Filter EventReveal::reveal(const Filter &filter, const EventIndex &index, quint32 position,
                           const EventRow &row, QStringList *changed, const AnnotationMarks *marks)
{
    Filter f = filter;
    const IndexQuery query(index);
    // A request condition is confirmed by the event's own request id, as the viewer's filter is.
    const ColumnConditions columns(
        index,
        [&row](qint64, std::string *id) {
            *id = row.requestId.toStdString();
            return !row.requestId.isEmpty();
        },
        marks);
    for (const FilterField field : kFilterFields) {
        const FilterFieldInfo &info = filterFieldInfo(field);
        if (!isCodedField(field)) {
            // A field read off a column of its own: a condition the event fails is lifted.
            if (!columns.passes(field, f[field], position)) {
                if (changed)
                    *changed << QCoreApplication::translate("FilterField", info.name);
                f[field] = FieldCondition();
            }
            continue;
        }
        const quint32 size = index.dictionary(info.indexField).size();
        const quint32 code = index.code(info.indexField, position);
        const QString &key = row.*info.key;
        QStringList &include = f[field].include;
        QStringList &exclude = f[field].exclude;
        bool touched = false;
        if (!include.isEmpty() && !names(query, info.indexField, size, include, code)) {
            if (code != 0 && !key.isEmpty())
                include.append(key);
            else
                include.clear();
            touched = true;
        }
        for (qsizetype v = exclude.size() - 1; v >= 0; --v) {
            if (names(query, info.indexField, size, {exclude.at(v)}, code)) {
                exclude.removeAt(v);
                touched = true;
            }
        }
        if (touched && changed)
            *changed << QCoreApplication::translate("FilterField", info.name);
    }
    if (!successPasses(f.success, index.success(position))) {
        f.success = SuccessFilter::Any;
        if (changed)
            *changed << QCoreApplication::translate("EventReveal", "success");
    }
    if (!IndexQuery::keepsDuplicate(f.duplicates, index.flags(position))) {
        f.duplicates = DuplicateFilter::All;
        if (changed)
            *changed << QCoreApplication::translate("EventReveal", "duplicates");
    }
    if (f.hasFrom || f.hasTo) {
        bool touched = false;
        if (!index.hasTime(position)) {
            f.hasFrom = f.hasTo = false;
            touched = true;
        } else {
            const qint64 t = index.time(position);
            const qint64 minute = t - ((t % kMinute) + kMinute) % kMinute;
            if (f.hasFrom && t < f.from) {
                f.from = minute;
                touched = true;
            }
            if (f.hasTo && t > f.to) {
                f.to = minute + kMinute - 1;
                touched = true;
            }
        }
        if (touched && changed)
            *changed << QCoreApplication::translate("EventReveal", "time range");
    }
    return f;
}

Filter EventReveal::widen(const Filter &filter, QStringList *changed)
{
    if (filter.readsCells()) {
        Filter f = filter;
        f.text.clear();
        f.json.clear();
        if (changed && !filter.text.isEmpty())
            *changed << QCoreApplication::translate("EventReveal", "text");
        if (changed && !filter.json.isEmpty())
            *changed << QCoreApplication::translate("EventReveal", "JSON conditions");
        return f;
    }
    if (changed && !filter.isEmpty())
        *changed << QCoreApplication::translate("EventReveal", "every condition");
    return Filter();
}

} // namespace auditlens
