// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The case of today's export shape the query tests share: the 14 events of current.csv as CSV
// (source 1), as JSON Lines (2) and in the older 11 columns (3), with its index.

#include "importing/importer.h"
#include "index/eventindex.h"
#include "index/eventindexcollector.h"
#include "index/eventindexstorage.h"
#include "store/casestore.h"
#include "testdata.h"

#include <QtGlobal>

namespace auditlens::tests {

// Makes the case at path into store and loads its index; false (with a warning that says why)
// when any step fails.
inline bool openCurrentShapeCase(const QString &path, CaseStore *store, EventIndex *index)
{
    QString error;
    if (!store->open(path, CaseStore::Mode::ReadWrite, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    Importer importer(*store);
    EventIndexCollector collector;
    importer.setIndexRowsSink(&collector);
    const ImportResult result =
        importer.run({data(QStringLiteral("current.csv")), data(QStringLiteral("current.jsonl")),
                      data(QStringLiteral("current_classic.csv"))});
    if (!result.ok) {
        qWarning("%s", qPrintable(result.error));
        return false;
    }
    return collector.keep(store->handle()) && EventIndexStorage::load(store->handle(), index) &&
           index->size() == 42u;
}

} // namespace auditlens::tests
