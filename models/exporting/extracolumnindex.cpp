#include "extracolumnindex.h"

#include "../parsing/auditevent.h"

#include <QCoreApplication>

#include <sqlite3.h>

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
    sqlite3_stmt *statement = nullptr;
    const char *sql = "SELECT key, max(n) FROM (SELECT j.key AS key, count(*) AS n"
                      " FROM events AS e, json_each(e.extra) AS j"
                      " WHERE e.source_id = ? AND e.extra IS NOT NULL GROUP BY e.seq, j.key)"
                      " GROUP BY key ORDER BY key";
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        *error = QCoreApplication::translate("ExtraColumnIndex", "the case cannot be read (%1)")
                     .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    sqlite3_bind_int64(statement, 1, source.id);
    int step;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        const std::string_view key(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)),
            size_t(sqlite3_column_bytes(statement, 0)));
        const int repeats = sqlite3_column_int(statement, 1);
        for (int occurrence = 1; occurrence <= repeats; ++occurrence)
            add(key, occurrence);
    }
    sqlite3_finalize(statement);
    if (step != SQLITE_DONE) {
        *error = QCoreApplication::translate("ExtraColumnIndex", "the case cannot be read (%1)")
                     .arg(QString::fromUtf8(sqlite3_errstr(step)));
        return false;
    }
    return true;
}

} // namespace auditlens
