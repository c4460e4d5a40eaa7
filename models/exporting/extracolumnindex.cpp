// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "extracolumnindex.h"

#include "../parsing/auditevent.h"
#include "../store/casesql.h"
#include "../store/sqlitestatement.h"

#include <QCoreApplication>

namespace auditlens {

int ExtraColumnIndex::add(std::string_view name, int occurrence, bool *added)
{
    QVector<int> &columns = m_byName[QByteArray(name.data(), qsizetype(name.size()))];
    if (columns.size() < occurrence)
        columns.resize(occurrence, -1);
    int &column = columns[occurrence - 1];
    if (added)
        *added = column < 0;
    if (column < 0) {
        column = int(m_columns.size());
        m_columns.push_back({std::string(name), occurrence});
    }
    return column;
}

int ExtraColumnIndex::find(std::string_view name, int occurrence) const
{
    const auto it =
        m_byName.constFind(QByteArray::fromRawData(name.data(), qsizetype(name.size())));
    if (it == m_byName.constEnd() || occurrence < 1 || occurrence > it->size())
        return -1;
    return it->at(occurrence - 1);
}

bool ExtraColumnIndex::addSource(sqlite3 *db, const SourceInfo &source, QString *error)
{
    if (!source.header.isEmpty()) {
        QHash<QString, int> seen;
        for (const QString &name : source.header) {
            const QByteArray utf8 = name.toUtf8();
            const std::string_view view(utf8.constData(), size_t(utf8.size()));
            auditlens::Column known;
            if (!columnFromName(view, &known))
                add(view, ++seen[name]);
        }
        return true;
    }
    // A JSON source: the keys its events carry, each as often as one event repeats it.
    SqliteStatement statement(db, CaseSql::kJsonExtraKeys);
    statement.bindInt64(1, source.id);
    SqliteStatement::Step step;
    while ((step = statement.step()) == SqliteStatement::Step::Row) {
        const std::string_view key = statement.columnText(0);
        const int repeats = statement.columnInt(1);
        for (int occurrence = 1; occurrence <= repeats; ++occurrence)
            add(key, occurrence);
    }
    if (step != SqliteStatement::Step::Done) {
        *error = QCoreApplication::translate("ExtraColumnIndex", "the case cannot be read (%1)")
                     .arg(statement.error());
        return false;
    }
    return true;
}

} // namespace auditlens
