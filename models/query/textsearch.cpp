// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "textsearch.h"

#include "reading/sha256.h"
#include "sqleventquery.h"
#include "store/casefilevfs.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <numeric>
#include <thread>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace auditlens {

namespace {
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
    // What the case says (read on the owner's thread, then only read).
    qint64 id = 0;
    QString path;
    bool csv = true;
    qint64 bytes = 0;
    QByteArray sha256;

    // Written by the proof before it publishes state; read by searches after they see it.
    enum State { Unproven, Proven, Unusable };
    std::atomic<int> state{Unproven};
    QString unusable; // why the file cannot be searched
    int fd = -1;
    const char *data = nullptr; // the whole file, mapped
    struct stat proven = {};    // the file as it was when proven

    // Searches only: record starts in file order (events and rejected records) and the event
    // each one is (a position), or -1 for a rejected record.
    bool recordsRead = false;
    bool recordsFit = false;
    std::vector<qint64> starts;
    std::vector<qint64> positions;

    ~Source()
    {
        if (data)
            ::munmap(const_cast<char *>(data), size_t(bytes));
        if (fd >= 0)
            ::close(fd);
    }
};

TextSearch::TextSearch(const EventIndex &index, sqlite3 *db)
    : m_index(index), m_db(db), m_caseFile(FileIdentity::of(CaseFileVfs::descriptor(db)))
{
    SqliteStatement select(db, "SELECT id, path, bytes, sha256, format FROM sources ORDER BY id");
    while (select.row()) {
        auto s = std::make_unique<Source>();
        s->id = select.columnInt64(0);
        s->path =
            QString::fromUtf8(select.columnText(1).data(), qsizetype(select.columnText(1).size()));
        s->bytes = select.columnInt64(2);
        s->sha256 = QByteArray(select.columnText(3).data(), qsizetype(select.columnText(3).size()))
                        .toLower();
        s->csv = select.columnText(4) == "csv";
        m_sources.push_back(std::move(s));
    }
    // Events whose source the case does not list are searched in their cells too.
    std::vector<bool> listed(0x10000, false);
    for (const auto &s : m_sources) {
        if (s->id >= 0 && s->id < 0x10000)
            listed[size_t(s->id)] = true;
    }
    for (quint32 p = 0; p < index.size(); ++p) {
        const quint16 id = index.source(p);
        if (listed[id])
            continue;
        listed[id] = true;
        auto s = std::make_unique<Source>();
        s->id = id;
        s->unusable =
            QCoreApplication::translate("TextSearch", "the case lists no source %1").arg(id);
        s->state.store(Source::Unusable);
        m_sources.push_back(std::move(s));
    }
}

TextSearch::~TextSearch()
{
    m_stop = true;
    if (m_prover)
        m_prover->wait();
}

void TextSearch::startProving()
{
    if (m_prover)
        return;
    m_prover.reset(QThread::create([this] { proveSources(); }));
    m_prover->start(QThread::IdlePriority);
}

void TextSearch::waitForProof()
{
    if (m_prover)
        m_prover->wait();
}

void TextSearch::proveSources()
{
    for (auto &s : m_sources) {
        if (m_stop.load())
            return;
        if (s->state.load(std::memory_order_acquire) == Source::Unproven)
            prove(*s);
    }
}

void TextSearch::prove(Source &s)
{
    auto unusable = [&](const QString &why) {
        s.unusable = why;
        s.state.store(Source::Unusable, std::memory_order_release);
    };
    // A case imported into itself: a descriptor of ours on it, once closed, would drop SQLite's
    // locks. Its events are searched in the case instead.
    if (FileIdentity::of(s.path) == m_caseFile) {
        unusable(
            QCoreApplication::translate("TextSearch", "%1 is the case file itself").arg(s.path));
        return;
    }
    // Without blocking: opening a FIFO for reading would wait for a writer. A regular file
    // ignores the flag.
    const int fd =
        ::open(QFile::encodeName(s.path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        unusable(
            errno == ENOENT
                ? QCoreApplication::translate("TextSearch", "%1 is no longer there").arg(s.path)
                : QCoreApplication::translate("TextSearch", "%1 cannot be read (%2)")
                      .arg(s.path, QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    struct Closer
    {
        int fd;
        bool keep = false;
        ~Closer()
        {
            if (!keep)
                ::close(fd);
        }
    } closer{fd};
    struct stat before = {};
    if (::fstat(fd, &before) != 0 || !S_ISREG(before.st_mode)) {
        unusable(QCoreApplication::translate("TextSearch", "%1 is not a regular file").arg(s.path));
        return;
    }
    if (before.st_size != s.bytes || s.bytes <= 0) {
        unusable(QCoreApplication::translate("TextSearch", "%1 has changed since it was imported")
                     .arg(s.path));
        return;
    }
    Sha256 hash;
    std::vector<char> buffer(size_t(4) << 20);
    for (qint64 at = 0; at < s.bytes;) {
        if (m_stop.load(std::memory_order_relaxed))
            return; // still unproven: searches read the case
        const ssize_t n = ::pread(fd, buffer.data(), buffer.size(), at);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            unusable(
                QCoreApplication::translate("TextSearch", "%1 has changed since it was imported")
                    .arg(s.path));
            return;
        }
        hash.add(buffer.data(), size_t(n));
        at += n;
    }
    if (hash.hex() != s.sha256) {
        unusable(QCoreApplication::translate(
                     "TextSearch", "%1 is not the file that was imported (its SHA-256 differs)")
                     .arg(s.path));
        return;
    }
    void *mapped = ::mmap(nullptr, size_t(s.bytes), PROT_READ, MAP_SHARED, fd, 0);
    struct stat after = {};
    if (mapped == MAP_FAILED || ::fstat(fd, &after) != 0 || after.st_size != before.st_size ||
        after.st_mtim.tv_sec != before.st_mtim.tv_sec ||
        after.st_mtim.tv_nsec != before.st_mtim.tv_nsec) {
        if (mapped != MAP_FAILED)
            ::munmap(mapped, size_t(s.bytes));
        unusable(QCoreApplication::translate("TextSearch", "%1 has changed since it was imported")
                     .arg(s.path));
        return;
    }
    s.fd = fd;
    closer.keep = true;
    s.data = static_cast<const char *>(mapped);
    s.proven = after;
    s.state.store(Source::Proven, std::memory_order_release);
}

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

bool TextSearch::prepareRecords(Source &s)
{
    if (s.recordsRead)
        return s.recordsFit;
    s.recordsRead = true;
    // Record boundaries: every event's offset, and every rejected record's, each inside the file.
    std::vector<std::pair<qint64, qint64>> records; // (start, position or -1)
    for (quint32 p = 0; p < m_index.size(); ++p) {
        if (m_index.source(p) == s.id)
            records.emplace_back(m_index.offset(p), qint64(p));
    }
    SqliteStatement rejected(m_db, "SELECT offset FROM problems"
                                   " WHERE event IS NULL AND source_id = ?1");
    rejected.bindInt64(1, s.id);
    while (rejected.row())
        records.emplace_back(rejected.columnInt64(0), -1);
    std::sort(records.begin(), records.end());
    s.recordsFit = rejected.done();
    for (size_t i = 0; i < records.size() && s.recordsFit; ++i) {
        s.recordsFit = records[i].first >= 0 && records[i].first < s.bytes &&
                       (i == 0 || records[i].first > records[i - 1].first);
    }
    if (!s.recordsFit)
        return false;
    s.starts.resize(records.size());
    s.positions.resize(records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        s.starts[i] = records[i].first;
        s.positions[i] = records[i].second;
    }
    return true;
}

bool TextSearch::usable(Source &s)
{
    if (s.state.load(std::memory_order_acquire) != Source::Proven)
        return false;
    // Still the file that was proven: the same size and modification time (a file truncated
    // under the mapping would fault on reading).
    struct stat now = {};
    if (::fstat(s.fd, &now) != 0 || now.st_size != s.proven.st_size ||
        now.st_mtim.tv_sec != s.proven.st_mtim.tv_sec ||
        now.st_mtim.tv_nsec != s.proven.st_mtim.tv_nsec) {
        s.unusable =
            QCoreApplication::translate("TextSearch", "%1 has changed since it was checked")
                .arg(s.path);
        s.state.store(Source::Unusable, std::memory_order_release);
        return false;
    }
    if (!prepareRecords(s)) {
        s.unusable =
            QCoreApplication::translate("TextSearch", "the case gives record offsets outside %1")
                .arg(s.path);
        s.state.store(Source::Unusable, std::memory_order_release);
        return false;
    }
    return true;
}

bool TextSearch::searchSource(Source &s, const QByteArray &needle, PositionBits *matches,
                              const std::function<bool()> &cancelled)
{
    if (s.starts.empty())
        return true;
    const char *base = s.data;
    // Two halves, split at a record boundary, on two threads. Every start lies in [0, bytes).
    const size_t half =
        size_t(std::upper_bound(s.starts.begin(), s.starts.end(),
                                s.starts.front() + (s.bytes - s.starts.front()) / 2) -
               s.starts.begin());
    std::atomic<bool> stop{false};
    auto work = [&](size_t fromRecord, size_t toRecord, PositionBits *bits, bool main) {
        if (fromRecord >= toRecord)
            return;
        const char *p = base + s.starts[fromRecord];
        const char *end = toRecord < s.starts.size() ? base + s.starts[toRecord] : base + s.bytes;
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
    SqliteStatement select(m_db, sql);
    select.bindInt64(1, sourceId);
    const QByteArray pattern = condition.values.value(0).toString().toUtf8();
    select.bindTextCopy(2, pattern);
    while (select.row()) {
        const qint64 p = m_index.positionOfSeq(select.columnInt64(0));
        if (p >= 0)
            setBit(*matches, quint32(p));
    }
    return select.done();
}

bool TextSearch::search(const QString &text, PositionBits *matches,
                        const std::function<bool()> &cancelled)
{
    matches->assign((size_t(m_index.size()) + 63) / 64, 0);
    QByteArray needle = text.toUtf8();
    for (char &c : needle)
        c = char(lower(static_cast<unsigned char>(c)));
    QStringList fromCase;
    int fromFiles = 0;
    for (auto &s : m_sources) {
        if (cancelled && cancelled())
            return false;
        if (usable(*s)) {
            QByteArray sourceNeedle = needle;
            if (s->csv) // inside a quoted CSV cell a quote is written twice
                sourceNeedle.replace("\"", "\"\"");
            if (!searchSource(*s, sourceNeedle, matches, cancelled))
                return false;
            ++fromFiles;
            continue;
        }
        fromCase << (s->state.load(std::memory_order_acquire) == Source::Unusable
                         ? s->unusable
                         : QCoreApplication::translate("TextSearch", "%1 is still being checked")
                               .arg(s->path));
        if (!searchCase(s->id, text, matches))
            fromCase << QCoreApplication::translate("TextSearch", "the cells of %1 cannot be "
                                                                  "searched (%2)")
                            .arg(s->path, QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    const QString why = fromCase.join(QStringLiteral("; "));
    if (fromCase.isEmpty())
        m_note = QCoreApplication::translate("TextSearch", "searched the source files");
    else if (fromFiles == 0)
        m_note = QCoreApplication::translate("TextSearch",
                                             "searched the cells kept in the case (slower): %1")
                     .arg(why);
    else
        m_note = QCoreApplication::translate("TextSearch",
                                             "searched %n source file(s), and the cells kept in "
                                             "the case for the others (slower): %1",
                                             nullptr, fromFiles)
                     .arg(why);
    return true;
}

} // namespace auditlens
