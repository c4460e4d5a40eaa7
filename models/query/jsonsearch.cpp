// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "jsonsearch.h"

#include "sqleventquery.h"
#include "textsearch.h"

#include "../index/eventindex.h"
#include "../store/sqlitestatement.h"

#include <sqlite3.h>

#include <optional>

namespace auditlens {

namespace {
// A part shorter than this matches too many events to be worth a search first.
constexpr int kShortestPart = 3;
// Past this share of the case, one pass over the table reads faster than lookups by seq (at 1M
// events: a lookup costs 10 to 15 us, a pass 0.5 s plus the JSON of the candidates).
constexpr quint32 kLookupShare = 64;

void setBit(PositionBits &bits, quint32 p)
{
    bits[p >> 6] |= quint64(1) << (p & 63);
}

// Lets a long statement see cancelled() between its steps.
struct ProgressGuard
{
    ProgressGuard(sqlite3 *db, const std::function<bool()> *cancelled) : db(db)
    {
        if (*cancelled)
            sqlite3_progress_handler(
                db, 10000,
                [](void *arg) {
                    return (*static_cast<const std::function<bool()> *>(arg))() ? 1 : 0;
                },
                const_cast<std::function<bool()> *>(cancelled));
    }
    ~ProgressGuard() { sqlite3_progress_handler(db, 0, nullptr, nullptr); }
    sqlite3 *db;
};

// candidate(seq) in SQL: whether the text search kept the event, so that a pass over the table
// reads the JSON of those events only.
struct CandidateFunction
{
    CandidateFunction(sqlite3 *db, const EventIndex &index, const PositionBits &bits)
        : db(db), index(index), bits(bits)
    {
        ok = sqlite3_create_function_v2(db, "auditlens_candidate", 1,
                                        SQLITE_UTF8 | SQLITE_DETERMINISTIC, this, &call, nullptr,
                                        nullptr, nullptr) == SQLITE_OK;
    }
    ~CandidateFunction()
    {
        sqlite3_create_function_v2(db, "auditlens_candidate", 1, SQLITE_UTF8, nullptr, nullptr,
                                   nullptr, nullptr, nullptr);
    }
    static void call(sqlite3_context *context, int, sqlite3_value **argv)
    {
        const auto *self = static_cast<const CandidateFunction *>(sqlite3_user_data(context));
        const qint64 p = self->index.positionOfSeq(sqlite3_value_int64(argv[0]));
        sqlite3_result_int(context, p >= 0 && (self->bits[size_t(p) / 64] >> (p % 64) & 1) ? 1 : 0);
    }
    sqlite3 *db;
    const EventIndex &index;
    const PositionBits &bits;
    bool ok = false;
};
} // namespace

JsonSearch::JsonSearch(const EventIndex &index, sqlite3 *db, TextSearch *text)
    : m_index(index), m_db(db), m_text(text), m_lookupShare(kLookupShare)
{}

bool JsonSearch::search(const QList<JsonCondition> &conditions, PositionBits *matches,
                        const std::function<bool()> &cancelled)
{
    m_error.clear();
    m_read = 0;
    const quint32 n = m_index.size();
    matches->assign((size_t(n) + 63) / 64, 0);
    Filter only;
    only.json = conditions;
    const SqlCondition condition = sqlCondition(only);

    // The longest part any include condition's value must show in the record.
    QString part;
    for (const JsonCondition &c : conditions) {
        const QString p = c.exclude ? QString() : JsonCondition::literalPart(c.value);
        if (p.size() > part.size())
            part = p;
    }
    PositionBits candidates;
    quint64 count = n;
    const bool narrowed = m_text && part.size() >= kShortestPart;
    if (narrowed) {
        if (!m_text->search(part, &candidates, cancelled))
            return false;
        count = 0;
        for (const quint64 word : candidates)
            count += quint64(__builtin_popcountll(word));
    }

    const ProgressGuard guard(m_db, &cancelled);
    if (narrowed && count <= n / m_lookupShare) {
        SqliteStatement lookup(m_db, "SELECT 1 FROM events AS e WHERE e.seq = ? AND " +
                                         condition.where.toUtf8());
        SqlCondition bound = condition;
        bound.values.prepend(qint64(0)); // the seq, bound below
        bindCondition(lookup, bound);
        for (size_t w = 0; w < candidates.size(); ++w) {
            for (quint64 bits = candidates[w]; bits; bits &= bits - 1) {
                const quint32 p = quint32(w * 64 + size_t(__builtin_ctzll(bits)));
                lookup.bindInt64(1, m_index.seq(p));
                const SqliteStatement::Step step = lookup.step();
                if (step == SqliteStatement::Step::Row)
                    setBit(*matches, p);
                lookup.reset();
                ++m_read;
                if (step == SqliteStatement::Step::Error) {
                    m_error = lookup.error();
                    return false;
                }
                if ((m_read & 1023) == 0 && cancelled && cancelled())
                    return false;
            }
        }
        return true;
    }

    // One pass; with candidates, their test comes first and the others' cells are not parsed.
    std::optional<CandidateFunction> candidate;
    QByteArray where = condition.where.toUtf8();
    if (narrowed) {
        candidate.emplace(m_db, m_index, candidates);
        if (candidate->ok)
            where = "auditlens_candidate(e.seq) AND (" + where + ')';
    }
    SqliteStatement scan(m_db, "SELECT e.seq FROM events AS e WHERE " + where);
    bindCondition(scan, condition);
    while (scan.row()) {
        const qint64 p = m_index.positionOfSeq(scan.columnInt64(0));
        if (p >= 0 && (!narrowed || (candidates[size_t(p) / 64] >> (p % 64) & 1)))
            setBit(*matches, quint32(p));
    }
    m_read = narrowed ? qint64(count) : qint64(n);
    if (!scan.done()) {
        if (!(cancelled && cancelled()))
            m_error = scan.error();
        return false;
    }
    return true;
}

} // namespace auditlens
