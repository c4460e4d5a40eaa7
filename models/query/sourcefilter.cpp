// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "sourcefilter.h"

#include "../store/casestore.h"
#include "../store/sourcespec.h"
#include "filterfield.h"

namespace auditlens {

QString SourceFilter::resolve(const CaseStore &store, Filter *filter)
{
    for (const FilterField field : kFilterFields) {
        if (filterFieldInfo(field).match != FieldMatch::Number)
            continue;
        FieldCondition &condition = (*filter)[field];
        if (condition.isEmpty())
            continue;
        QString error;
        const QVector<SourceInfo> sources = store.sources(&error);
        if (!error.isEmpty())
            return error;
        for (QStringList *values : {&condition.include, &condition.exclude}) {
            for (QString &value : *values) {
                const std::optional<SourceInfo> source =
                    SourceSpec::resolve(sources, value, &error);
                if (!source)
                    return error;
                value = QString::number(source->id);
            }
        }
    }
    return {};
}

} // namespace auditlens
