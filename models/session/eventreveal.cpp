#include "eventreveal.h"

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
                           const EventRow &row, QStringList *changed)
{
    Filter f = filter;
    const IndexQuery query(index);
    QStringList *includes[4] = {&f.actions, &f.actors, &f.targets, &f.scopes};
    QStringList *excludes[4] = {&f.excludedActions, &f.excludedActors, &f.excludedTargets,
                                &f.excludedScopes};
    const QString keys[4] = {row.action, row.actorId, row.targetId, row.scopeId};
    const char *fieldNames[4] = {
        QT_TRANSLATE_NOOP("EventReveal", "action"), QT_TRANSLATE_NOOP("EventReveal", "actor"),
        QT_TRANSLATE_NOOP("EventReveal", "target"), QT_TRANSLATE_NOOP("EventReveal", "scope")};
    for (int i = 0; i < 4; ++i) {
        const IndexField field = IndexField(i);
        const quint32 size = index.dictionary(field).size();
        const quint32 code = index.code(field, position);
        bool touched = false;
        if (!includes[i]->isEmpty() && !names(query, field, size, *includes[i], code)) {
            if (code != 0 && !keys[i].isEmpty())
                includes[i]->append(keys[i]);
            else
                includes[i]->clear();
            touched = true;
        }
        for (qsizetype v = excludes[i]->size() - 1; v >= 0; --v) {
            if (names(query, field, size, {excludes[i]->at(v)}, code)) {
                excludes[i]->removeAt(v);
                touched = true;
            }
        }
        if (touched && changed)
            *changed << QCoreApplication::translate("EventReveal", fieldNames[i]);
    }
    if (f.success >= 0 && index.success(position) != f.success) {
        f.success = -1;
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
    if (!filter.text.isEmpty()) {
        Filter f = filter;
        f.text.clear();
        if (changed)
            *changed << QCoreApplication::translate("EventReveal", "text");
        return f;
    }
    if (changed && !filter.isEmpty())
        *changed << QCoreApplication::translate("EventReveal", "every condition");
    return Filter();
}

} // namespace auditlens
