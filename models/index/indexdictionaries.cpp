// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "indexdictionaries.h"

#include "../store/casesql.h"
#include "eventindex.h"
#include "positionsort.h"
#include "store/sqlitestatement.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <string>

namespace auditlens {

namespace {
// Dictionaries up to this size keep their labels in memory (pickers, facets, type-ahead).
constexpr quint32 kLabelledDictionaryMax = 50000;

// Ids up to this many times the rows (plus a constant) are dense: a table indexed by id serves.
// The case's own tables number their rows from 1; a case from elsewhere may use any id.
bool denseIds(quint32 maxId, size_t rows)
{
    return size_t(maxId) <= rows * 4 + 65536;
}

// The first eight bytes of text as a big-endian number: sorts like the text's prefix.
quint64 prefixKey(std::string_view text, bool foldCase)
{
    quint64 key = 0;
    for (size_t i = 0; i < 8; ++i) {
        unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
        if (foldCase && c >= 'A' && c <= 'Z')
            c = static_cast<unsigned char>(c + 32);
        key = (key << 8) | c;
    }
    return key;
}

int compareFolded(std::string_view a, std::string_view b)
{
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        unsigned char x = static_cast<unsigned char>(a[i]);
        unsigned char y = static_cast<unsigned char>(b[i]);
        if (x >= 'A' && x <= 'Z')
            x = static_cast<unsigned char>(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = static_cast<unsigned char>(y + 32);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace

// The distinct non-zero values of a column of ids, ascending, behind a leading 0.
std::vector<quint32> IndexDictionaries::distinctIds(const std::vector<quint32> &column)
{
    quint32 maxId = 0;
    for (const quint32 id : column)
        maxId = std::max(maxId, id);
    std::vector<quint32> ids{0u};
    if (denseIds(maxId, column.size())) {
        std::vector<bool> seen(size_t(maxId) + 1);
        for (const quint32 id : column)
            seen[id] = true;
        for (size_t id = 1; id <= maxId; ++id) {
            if (seen[id])
                ids.push_back(quint32(id));
        }
        return ids;
    }
    std::vector<quint32> sorted(column);
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    ids.insert(ids.end(), sorted.begin() + (sorted.front() == 0 ? 1 : 0), sorted.end());
    return ids;
}

IndexDictionaries::CodeTable::CodeTable(const std::vector<quint32> &ids) : m_ids(ids)
{
    if (!denseIds(ids.back(), ids.size()))
        return;
    m_table.assign(size_t(ids.back()) + 1, 0u);
    for (quint32 c = 1; c < ids.size(); ++c)
        m_table[ids[c]] = c;
}

// Ranks of texts: equal texts share a rank; order by prefix key, then the whole text.
std::vector<quint32> IndexDictionaries::rankTexts(const std::vector<std::string_view> &texts,
                                                  bool foldCase)
{
    const size_t n = texts.size();
    std::vector<std::pair<quint64, quint32>> keyed(n);
    for (size_t i = 0; i < n; ++i)
        keyed[i] = {prefixKey(texts[i], foldCase), quint32(i)};
    PositionSort::byKey(keyed); // by key, then by index: the order std::sort gives pairs
    auto compare = [&](quint32 a, quint32 b) {
        return foldCase ? compareFolded(texts[a], texts[b]) : texts[a].compare(texts[b]);
    };
    // Runs sharing a prefix key are ordered by the whole text.
    for (size_t begin = 0; begin < n;) {
        size_t end = begin + 1;
        while (end < n && keyed[end].first == keyed[begin].first)
            ++end;
        // Many values share one text (a thousand jobs called "build"): such a run is already in
        // index order and needs no sorting.
        bool allSame = true;
        for (size_t k = begin + 1; k < end && allSame; ++k)
            allSame = compare(keyed[k].second, keyed[begin].second) == 0;
        if (!allSame) {
            std::sort(keyed.begin() + qptrdiff(begin), keyed.begin() + qptrdiff(end),
                      [&](const auto &a, const auto &b) {
                          const int c = compare(a.second, b.second);
                          return c != 0 ? c < 0 : a.second < b.second;
                      });
        }
        begin = end;
    }
    std::vector<quint32> rank(n);
    quint32 current = 0;
    for (size_t i = 0; i < n; ++i) {
        if (i > 0 && (keyed[i].first != keyed[i - 1].first ||
                      compare(keyed[i].second, keyed[i - 1].second) != 0))
            ++current;
        rank[keyed[i].second] = current;
    }
    return rank;
}

std::vector<quint32> IndexDictionaries::sortKeys(const std::vector<quint32> &numbers,
                                                 const std::string &keys, size_t keySize,
                                                 std::string *sorted)
{
    const size_t count = keys.size() / keySize;
    std::vector<quint8> used(count + 1, 0);
    for (const quint32 k : numbers)
        used[k] = 1;
    std::vector<quint32> order;
    for (quint32 k = 1; k <= count; ++k) {
        if (used[k])
            order.push_back(k);
    }
    auto keyOf = [&](quint32 k) {
        return std::string_view(keys).substr((k - 1) * keySize, keySize);
    };
    std::sort(order.begin(), order.end(),
              [&](quint32 a, quint32 b) { return keyOf(a) < keyOf(b); });
    std::vector<quint32> code(count + 1, 0u);
    sorted->clear();
    sorted->reserve(order.size() * keySize);
    for (size_t i = 0; i < order.size(); ++i) {
        code[order[i]] = quint32(i + 1);
        sorted->append(keyOf(order[i]));
    }
    return code;
}

void IndexDictionaries::sortHashes(std::vector<quint64> &hashes, std::vector<quint32> &codes)
{
    std::vector<std::pair<quint64, quint32>> order(hashes.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = {hashes[i], quint32(i)};
    PositionSort::byKey(order);
    std::vector<quint64> h(order.size());
    std::vector<quint32> c(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        h[i] = hashes[order[i].second];
        c[i] = codes[order[i].second];
    }
    // Equal hashes (entities sharing a name) keep ascending codes.
    for (size_t begin = 0; begin < h.size();) {
        size_t end = begin + 1;
        while (end < h.size() && h[end] == h[begin])
            ++end;
        if (end - begin > 1 &&
            !std::is_sorted(c.begin() + qptrdiff(begin), c.begin() + qptrdiff(end)))
            std::sort(c.begin() + qptrdiff(begin), c.begin() + qptrdiff(end));
        begin = end;
    }
    hashes.swap(h);
    codes.swap(c);
}

// Fills the labels, ranks and lookup hashes of the dictionaries whose entityIds are set, from the
// case's actions and entities tables. False with *error, or with none when cancelled.
bool IndexDictionaries::fill(sqlite3 *db, FieldDictionary *dicts, QString *error,
                             const std::atomic<bool> *cancel)
{
    auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    auto cannotRead = [&] {
        *error = QCoreApplication::translate("EventIndex", "the case cannot be read (%1)")
                     .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    };
    // Every import writes names as UTF-8 text. Bytes that are not were written by something else:
    // the viewer would match what it shows and the CLI the bytes, so they would disagree.
    auto isText = [](std::string_view text) {
        return QByteArrayView(text.data(), qsizetype(text.size())).isValidUtf8();
    };
    auto notText = [&](bool action, qint64 id) {
        *error = (action ? QCoreApplication::translate(
                               "EventIndex", "the case is damaged: the name of action %1 is not "
                                             "UTF-8 text")
                         : QCoreApplication::translate(
                               "EventIndex", "the case is damaged: the name or id of entity %1 "
                                             "is not UTF-8 text"))
                     .arg(id);
        return false;
    };
    // Actions: names and ranks. Ids beyond 32 bits name no event (the events were checked).
    {
        FieldDictionary &d = dicts[0];
        std::vector<std::string> names(d.entityIds.size());
        SqliteStatement select(db, CaseSql::kIndexableActions);
        while (select.row()) {
            auto it = std::lower_bound(d.entityIds.begin() + 1, d.entityIds.end(),
                                       quint32(select.columnInt64(0)));
            if (it != d.entityIds.end() && *it == quint32(select.columnInt64(0))) {
                if (!isText(select.columnText(1)))
                    return notText(true, select.columnInt64(0));
                names[size_t(it - d.entityIds.begin())] = std::string(select.columnText(1));
            }
        }
        if (!select.done())
            return cannotRead();
        std::vector<std::string_view> views(names.begin(), names.end());
        d.rank = rankTexts(views, true);
        for (quint32 c = 0; c < names.size(); ++c) {
            d.labels.push_back(QString::fromStdString(names[c]));
            d.ids.push_back(d.labels.back());
            if (c == 0)
                continue;
            d.nameHashes.push_back(EventIndex::hashText(names[c]));
            d.nameCodes.push_back(c);
        }
        sortHashes(d.nameHashes, d.nameCodes);
    }
    // Entities: one pass over the table, each entity landing in every field that uses it.
    {
        // Labels only while ranking: one arena per field, not a string per entity (a million
        // targets would otherwise cost tens of megabytes at the import's peak).
        struct Pending
        {
            std::string text;
            std::vector<quint32> offset;
            std::vector<quint32> length;
        };
        Pending pending[kEntityFieldCount];
        for (int f = 0; f < kEntityFieldCount; ++f) {
            FieldDictionary &d = dicts[f + 1];
            pending[f].offset.assign(d.entityIds.size(), 0u);
            pending[f].length.assign(d.entityIds.size(), 0u);
            if (d.size() <= kLabelledDictionaryMax) {
                d.labels.resize(d.entityIds.size());
                d.ids.resize(d.entityIds.size());
            }
        }
        SqliteStatement select(db, CaseSql::kIndexableEntities);
        size_t cursor[kEntityFieldCount] = {1, 1, 1, 1, 1};
        while (select.row()) {
            const quint32 id = quint32(select.columnInt64(0));
            const std::string_view ext = select.columnText(1);
            const std::string_view name = select.columnText(2);
            for (int f = 0; f < kEntityFieldCount; ++f) {
                FieldDictionary &d = dicts[f + 1];
                size_t &c = cursor[f];
                while (c < d.entityIds.size() && d.entityIds[c] < id)
                    ++c;
                if (c >= d.entityIds.size() || d.entityIds[c] != id)
                    continue;
                if (!isText(ext) || !isText(name))
                    return notText(false, id);
                const std::string_view label = name.empty() ? ext : name;
                // Offsets into the labels are 32 bits.
                if (pending[f].text.size() + label.size() > std::numeric_limits<quint32>::max()) {
                    *error = QCoreApplication::translate("EventIndex",
                                                         "the names of the case are too long to "
                                                         "index (4 GiB in all)");
                    return false;
                }
                pending[f].offset[c] = quint32(pending[f].text.size());
                pending[f].length[c] = quint32(label.size());
                pending[f].text.append(label);
                d.idHashes.push_back(EventIndex::hashText(ext));
                d.idCodes.push_back(quint32(c));
                if (!name.empty()) {
                    d.nameHashes.push_back(EventIndex::hashText(name));
                    d.nameCodes.push_back(quint32(c));
                }
                if (d.hasLabels()) {
                    d.labels[c] = QString::fromUtf8(label.data(), qsizetype(label.size()));
                    d.ids[c] = QString::fromUtf8(ext.data(), qsizetype(ext.size()));
                }
            }
            if ((id & 0xffff) == 0 && cancelled())
                return false;
        }
        if (!select.done())
            return cannotRead();
        for (int f = 0; f < kEntityFieldCount; ++f) {
            FieldDictionary &d = dicts[f + 1];
            Pending &p = pending[f];
            std::vector<std::string_view> views(p.offset.size());
            for (size_t c = 0; c < views.size(); ++c)
                views[c] = std::string_view(p.text.data() + p.offset[c], p.length[c]);
            d.rank = rankTexts(views, true);
            p = Pending();
            sortHashes(d.idHashes, d.idCodes);
            sortHashes(d.nameHashes, d.nameCodes);
        }
    }
    return !cancelled();
}

} // namespace auditlens
