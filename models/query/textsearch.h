#pragma once

#include "indexquery.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace auditlens {

// Free-text search over every field of every event, payloads included: ASCII case-insensitive,
// like the SQL engine's LIKE. Searches the memory-mapped source files record by record (their
// pages are the kernel's, not our heap) when they are still where and as they were imported;
// otherwise the cells kept in the case.
class TextSearch
{
public:
    TextSearch(const EventIndex &index, sqlite3 *db);
    ~TextSearch();
    TextSearch(const TextSearch &) = delete;
    TextSearch &operator=(const TextSearch &) = delete;

    // Sets one bit per matching position. False when cancelled() turned true.
    bool search(const QString &text, PositionBits *matches, const std::function<bool()> &cancelled);
    // How the last search read the events, in words (for a tooltip).
    QString note() const { return m_note; }

    // Case-insensitive (ASCII) search of needle (already lower case) in [begin, end).
    static const char *find(const char *begin, const char *end, const QByteArray &lowerNeedle);

private:
    struct Source;
    bool prepare();
    bool searchSource(Source &source, const QByteArray &needle, PositionBits *matches,
                      const std::function<bool()> &cancelled);
    bool searchCase(qint64 sourceId, const QString &text, PositionBits *matches);

    const EventIndex &m_index;
    sqlite3 *m_db;
    bool m_prepared = false;
    std::vector<std::unique_ptr<Source>> m_sources;
    QString m_note;
};

} // namespace auditlens
