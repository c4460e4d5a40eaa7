// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "indexfingerprint.h"

#include "../store/casesql.h"
#include "../store/sqlitestatement.h"
#include "eventindex.h"
#include "indexblob.h"

#include <string>

namespace auditlens {

QByteArray IndexFingerprint::ofCase(sqlite3 *db)
{
    // Every part is read from a primary key or a small table: a few milliseconds for a case of a
    // million events (a few thousand duplicate marks, a few hundred actions).
    QByteArray out = "v" + QByteArray::number(IndexBlob::kFormat);
    SqliteStatement sources(db, CaseSql::kSourceDigests);
    while (sources.row()) {
        out += '|' + QByteArray::number(sources.columnInt64(0)) + ':' +
               QByteArray(sources.columnText(1).data(), qsizetype(sources.columnText(1).size())) +
               ':' + QByteArray::number(sources.columnInt64(2));
    }
    auto digest = [&](const char *label, const char *sql, int columns) {
        SqliteStatement rows(db, sql);
        quint64 h = 0;
        qint64 count = 0;
        std::string cells;
        for (; rows.row(); ++count) {
            cells.clear();
            for (int c = 0; c < columns; ++c) {
                // Integers as they are; text, and NULL as a byte no text holds alone.
                const qint64 v = rows.columnInt64(c);
                if (rows.columnType(c) == SQLITE_INTEGER)
                    cells.append(reinterpret_cast<const char *>(&v), sizeof v);
                else
                    cells += rows.isNull(c) ? std::string_view("\x01") : rows.columnText(c);
                cells += char(rows.columnType(c));
            }
            h = (h ^ EventIndex::hashText(cells)) * 0x9e3779b97f4a7c15ULL;
        }
        out += '|' + QByteArray(label) + ':' + QByteArray::number(count) + ':' +
               QByteArray::number(h, 16) + (rows.done() ? "" : "!");
    };
    digest("actions", CaseSql::kActionsById, 2);
    digest("duplicates", CaseSql::kDuplicateMarks, 4);
    // One query each: both in one would read the whole table.
    for (const char *sql : {CaseSql::kFirstSeq, CaseSql::kLastSeq, CaseSql::kLastEntityId}) {
        SqliteStatement one(db, sql);
        out += '|' + (one.row() ? QByteArray::number(one.columnInt64(0)) : QByteArray("-"));
    }
    return out;
}

} // namespace auditlens
