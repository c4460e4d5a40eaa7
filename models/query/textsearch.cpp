#include "textsearch.h"

#include "sqleventquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <thread>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace auditlens {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TextSearch", text);
}

inline unsigned char lower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c;
}

bool equalFolded(const char *a, const char *lowerB, size_t n)
{
    for (size_t i = 0; i < n; ++i) {
        if (lower(static_cast<unsigned char>(a[i])) != static_cast<unsigned char>(lowerB[i]))
            return false;
    }
    return true;
}

inline bool isLetter(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}

#if defined(__x86_64__)
// 32 bytes at a time where the processor has AVX2: candidates are the places where the first
// and the last byte of the needle match (letters compared with their case bit set), each then
// checked in full. Returns the match, or null with *next where the caller should go on.
__attribute__((target("avx2"))) const char *findAvx2(const char *p, const char *last,
                                                     const QByteArray &needle, const char **next)
{
    const size_t m = size_t(needle.size());
    const unsigned char first = static_cast<unsigned char>(needle[0]);
    const unsigned char final = static_cast<unsigned char>(needle[qsizetype(m) - 1]);
    const __m256i firstByte = _mm256_set1_epi8(static_cast<char>(first));
    const __m256i finalByte = _mm256_set1_epi8(static_cast<char>(final));
    const __m256i firstFold = _mm256_set1_epi8(isLetter(first) ? 0x20 : 0);
    const __m256i finalFold = _mm256_set1_epi8(isLetter(final) ? 0x20 : 0);
    while (p + 32 <= last + 1) {
        const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
        const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + m - 1));
        const __m256i eq =
            _mm256_and_si256(_mm256_cmpeq_epi8(_mm256_or_si256(a, firstFold), firstByte),
                             _mm256_cmpeq_epi8(_mm256_or_si256(b, finalFold), finalByte));
        unsigned mask = unsigned(_mm256_movemask_epi8(eq));
        while (mask) {
            const char *q = p + __builtin_ctz(mask);
            if (equalFolded(q, needle.constData(), m))
                return q;
            mask &= mask - 1;
        }
        p += 32;
    }
    *next = p;
    return nullptr;
}

const bool kHasAvx2 = __builtin_cpu_supports("avx2");
#endif

inline void setBit(PositionBits &bits, quint32 p)
{
    bits[p >> 6] |= quint64(1) << (p & 63);
}
} // namespace

struct TextSearch::Source
{
    qint64 id = 0;
    QString path;
    bool csv = true;
    QFile file;
    const uchar *data = nullptr;
    qint64 size = 0;
    QString unusable; // why the file cannot be searched, empty when it can
    // Record starts in file order (events and rejected records) and the event each one is
    // (a position), or -1 for a rejected record.
    std::vector<qint64> starts;
    std::vector<qint64> positions;
};

TextSearch::TextSearch(const EventIndex &index, sqlite3 *db) : m_index(index), m_db(db) {}

TextSearch::~TextSearch() = default;

const char *TextSearch::find(const char *p, const char *end, const QByteArray &needle)
{
    const size_t m = size_t(needle.size());
    if (m == 0)
        return p;
    if (end - p < qptrdiff(m))
        return nullptr;
    const char *last = end - m; // the last place a match can start
    const unsigned char first = static_cast<unsigned char>(needle[0]);
    const unsigned char final = static_cast<unsigned char>(needle[qsizetype(m) - 1]);
#if defined(__x86_64__)
    if (kHasAvx2) {
        if (const char *hit = findAvx2(p, last, needle, &p))
            return hit;
    }
    const __m128i firstByte = _mm_set1_epi8(static_cast<char>(first));
    const __m128i finalByte = _mm_set1_epi8(static_cast<char>(final));
    const __m128i firstFold = _mm_set1_epi8(isLetter(first) ? 0x20 : 0);
    const __m128i finalFold = _mm_set1_epi8(isLetter(final) ? 0x20 : 0);
    while (p + 16 <= last + 1) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + m - 1));
        const __m128i eq = _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(a, firstFold), firstByte),
                                         _mm_cmpeq_epi8(_mm_or_si128(b, finalFold), finalByte));
        unsigned mask = unsigned(_mm_movemask_epi8(eq));
        while (mask) {
            const char *q = p + __builtin_ctz(mask);
            if (equalFolded(q, needle.constData(), m))
                return q;
            mask &= mask - 1;
        }
        p += 16;
    }
#endif
    for (; p <= last; ++p) {
        if (lower(static_cast<unsigned char>(*p)) == first && equalFolded(p, needle.constData(), m))
            return p;
    }
    return nullptr;
}

bool TextSearch::prepare()
{
    if (m_prepared)
        return true;
    m_prepared = true;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(m_db, "SELECT id, path, bytes, modified, format FROM sources ORDER BY id",
                       -1, &stmt, nullptr);
    while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
        auto s = std::make_unique<Source>();
        s->id = sqlite3_column_int64(stmt, 0);
        s->path = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
        const qint64 bytes = sqlite3_column_int64(stmt, 2);
        const QDateTime modified = QDateTime::fromString(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3))),
            Qt::ISODateWithMs);
        s->csv = qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 4)), "csv") == 0;
        const QFileInfo info(s->path);
        if (!info.exists()) {
            s->unusable = tr("%1 is no longer there").arg(s->path);
        } else if (info.size() != bytes ||
                   (modified.isValid() && info.lastModified().toUTC().toMSecsSinceEpoch() !=
                                              modified.toMSecsSinceEpoch())) {
            s->unusable = tr("%1 has changed since it was imported").arg(s->path);
        } else {
            s->file.setFileName(s->path);
            if (s->file.open(QIODevice::ReadOnly) && bytes > 0)
                s->data = s->file.map(0, bytes);
            if (!s->data)
                s->unusable = tr("%1 cannot be read").arg(s->path);
            s->size = bytes;
        }
        m_sources.push_back(std::move(s));
    }
    sqlite3_finalize(stmt);

    // Record boundaries: every event's offset, and every rejected record's.
    for (quint32 p = 0; p < m_index.size(); ++p) {
        const quint16 id = m_index.source(p);
        for (auto &s : m_sources) {
            if (s->id == id && s->data) {
                s->starts.push_back(m_index.offset(p));
                s->positions.push_back(p);
            }
        }
    }
    sqlite3_prepare_v2(m_db, "SELECT source_id, offset FROM problems WHERE event IS NULL", -1,
                       &stmt, nullptr);
    while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
        for (auto &s : m_sources) {
            if (s->id == sqlite3_column_int64(stmt, 0) && s->data) {
                s->starts.push_back(sqlite3_column_int64(stmt, 1));
                s->positions.push_back(-1);
            }
        }
    }
    sqlite3_finalize(stmt);
    for (auto &s : m_sources) {
        std::vector<quint32> order(s->starts.size());
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(),
                  [&](quint32 a, quint32 b) { return s->starts[a] < s->starts[b]; });
        std::vector<qint64> starts(order.size()), positions(order.size());
        for (size_t i = 0; i < order.size(); ++i) {
            starts[i] = s->starts[order[i]];
            positions[i] = s->positions[order[i]];
        }
        s->starts.swap(starts);
        s->positions.swap(positions);
    }
    return true;
}

bool TextSearch::searchSource(Source &s, const QByteArray &needle, PositionBits *matches,
                              const std::function<bool()> &cancelled)
{
    if (s.starts.empty())
        return true;
    const char *base = reinterpret_cast<const char *>(s.data);
    // Two halves, split at a record boundary, on two threads.
    const size_t half =
        size_t(std::upper_bound(s.starts.begin(), s.starts.end(),
                                s.starts.front() + (s.size - s.starts.front()) / 2) -
               s.starts.begin());
    std::atomic<bool> stop{false};
    auto work = [&](size_t fromRecord, size_t toRecord, PositionBits *bits, bool main) {
        if (fromRecord >= toRecord)
            return;
        const char *p = base + s.starts[fromRecord];
        const char *end = toRecord < s.starts.size() ? base + s.starts[toRecord] : base + s.size;
        size_t record = fromRecord;
        int checks = 0;
        while (p < end) {
            const char *hit = find(p, end, needle);
            if (!hit)
                break;
            const qint64 at = hit - base;
            while (record + 1 < toRecord && s.starts[record + 1] <= at)
                ++record;
            if (s.positions[record] >= 0)
                setBit(*bits, quint32(s.positions[record]));
            // On to the next record: one match is enough.
            p = record + 1 < s.starts.size() ? base + s.starts[record + 1] : end;
            if ((++checks & 1023) == 0) {
                if (main && cancelled && cancelled())
                    stop = true;
                if (stop.load(std::memory_order_relaxed))
                    return;
            }
        }
    };
    PositionBits second(matches->size(), 0);
    std::thread other(work, half, s.starts.size(), &second, false);
    work(0, half, matches, true);
    other.join();
    for (size_t i = 0; i < second.size(); ++i)
        (*matches)[i] |= second[i];
    return !stop.load() && !(cancelled && cancelled());
}

bool TextSearch::searchCase(qint64 sourceId, const QString &text, PositionBits *matches)
{
    Filter only;
    only.text = text;
    const SqlCondition condition = sqlCondition(only);
    const QByteArray sql =
        "SELECT e.seq FROM events AS e WHERE e.source_id = ? AND " + condition.where.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_int64(stmt, 1, sourceId);
    const QByteArray pattern = condition.values.value(0).toString().toUtf8();
    sqlite3_bind_text(stmt, 2, pattern.constData(), int(pattern.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const qint64 p = m_index.positionOfSeq(sqlite3_column_int64(stmt, 0));
        if (p >= 0)
            setBit(*matches, quint32(p));
    }
    sqlite3_finalize(stmt);
    return true;
}

bool TextSearch::search(const QString &text, PositionBits *matches,
                        const std::function<bool()> &cancelled)
{
    prepare();
    matches->assign((size_t(m_index.size()) + 63) / 64, 0);
    QByteArray needle = text.toUtf8();
    for (char &c : needle)
        c = char(lower(static_cast<unsigned char>(c)));
    QStringList fromCase;
    for (auto &s : m_sources) {
        if (cancelled && cancelled())
            return false;
        if (s->data) {
            QByteArray sourceNeedle = needle;
            if (s->csv) // inside a quoted CSV cell a quote is written twice
                sourceNeedle.replace("\"", "\"\"");
            if (!searchSource(*s, sourceNeedle, matches, cancelled))
                return false;
        } else {
            fromCase << s->unusable;
            if (!searchCase(s->id, text, matches))
                return false;
        }
    }
    m_note = fromCase.isEmpty() ? tr("searched the source files")
                                : tr("searched the cells kept in the case (slower): %1")
                                      .arg(fromCase.join(QStringLiteral("; ")));
    return true;
}

} // namespace auditlens
