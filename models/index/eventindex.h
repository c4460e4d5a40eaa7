// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../parsing/eventsuccess.h"
#include "../store/duplicatekind.h"
#include "eventorigin.h"
#include "narrowcodes.h"
#include "seqmap.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <atomic>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace auditlens {

// The fields a reviewer filters on. The first kIndexFieldCount are also counted and sorted on by
// one pass over the index (they have postings and facets); the others are today's fields,
// answered as a set of positions read off their own columns (see IndexQuery).
enum class IndexField {
    Action = 0,
    Actor = 1,
    Target = 2,
    Scope = 3,
    Success = 4,
    Organization = 5,
    Account = 6,
    Ip = 7,
    Request = 8,
    Source = 9,
    // The analyst's annotations, which live beside the index (AnnotationMarks).
    Tag = 10,
    Starred = 11,
    Noted = 12,
    // The findings kept in the case (finding_hits), beside the index like the annotations.
    Finding = 13
};
constexpr int kIndexFieldCount = 5;
// Every IndexField: the facets of a result are indexed by it.
constexpr int kFacetFieldCount = int(IndexField::Finding) + 1;
// The fields whose values are entities (Actor, Target, Scope, Organization, Account), and how many
// dictionaries the index keeps (those and the actions).
constexpr int kEntityFieldCount = 5;
constexpr IndexField kEntityFields[kEntityFieldCount] = {
    IndexField::Actor, IndexField::Target, IndexField::Scope, IndexField::Organization,
    IndexField::Account};
constexpr int kDictionaryCount = kEntityFieldCount + 1;

// The values one field of the index takes: a dense code per distinct value, in the order of the
// values' entity ids (code 0 is "no value"). Lookups by id or name go through 64-bit hashes of
// the text so a million distinct targets cost 24 bytes each, not their strings.
struct FieldDictionary
{
    std::vector<quint32> entityIds; // code -> entities.id (actions: actions.id)
    std::vector<quint32> rank;      // code -> position in label order (for sorting)
    std::vector<quint64> idHashes;  // sorted; parallel to idCodes
    std::vector<quint32> idCodes;
    std::vector<quint64> nameHashes; // sorted; parallel to nameCodes
    std::vector<quint32> nameCodes;
    // code -> label (name, or id when there is no name); kept only for small dictionaries.
    std::vector<QString> labels;
    std::vector<QString> ids;

    quint32 size() const { return quint32(entityIds.size()); }
    bool hasLabels() const { return !labels.empty(); }
    // Codes whose id or name is text (several entities may share a name).
    void findCodes(std::string_view text, std::vector<quint32> *codes) const;
    // How many values text names (by id or name), without listing them: 1 means the text picks
    // exactly one value.
    size_t countCodes(std::string_view text) const;
    // Code of an entity id, or 0.
    quint32 codeOfEntity(quint32 entityId) const;
};

// The indexed columns of a case's events in seq order, as the importer writes them: lets the index
// be built from memory instead of reading a gigabyte of events back. Entity and action values are
// the case's ids (0: none).
struct EventIndexRows
{
    qint64 firstSeq = 1;      // seq of the first row; rows are consecutive seqs...
    std::vector<qint64> seqs; // ...unless this holds each row's seq
    std::vector<qint64> time; // meaningful when flags has HasTime
    std::vector<qint64> offset;
    std::vector<quint16> source;
    std::vector<quint32> action;
    std::vector<quint32> actor;
    std::vector<quint32> target;
    std::vector<quint32> scope;
    std::vector<quint32> organization;
    std::vector<quint32> account;
    std::vector<quint32> ip;      // 0: none, k: the k-th distinct key in ipKeys (as met)
    std::string ipKeys;           // IpAddress::kKeySize bytes per distinct key
    std::vector<quint64> request; // EventIndex::requestHash of the request id (0: none)
    std::vector<quint8> flags;    // EventIndex::Bits
    std::vector<quint32> dupCount;
    std::string ids;             // event ids, back to back
    std::vector<quint32> idEnds; // end of each row's id in ids

    size_t size() const { return flags.size(); }
    void reserve(size_t rows);
    // flagged: the event has a content problem.
    void append(bool hasTime, qint64 ns, qint64 offset, quint16 source, quint32 action,
                quint32 actor, quint32 target, quint32 scope, EventSuccess success, bool flagged,
                std::string_view id, const EventOrigin &origin);
    // Forgets the rows from position rows on (a source whose import was rolled back).
    void truncate(size_t rows);
    // Records what duplicate resolution decided for the event with this seq (rank 1 for the
    // first copy).
    void setDuplicate(qint64 seq, DuplicateKind kind, qint64 count, qint64 rank);
    void setDuplicateAt(size_t row, DuplicateKind kind, qint64 count, qint64 rank);
    void clear()
    {
        *this = EventIndexRows();
        std::string().swap(ids); // an emptied string keeps its buffer when moved onto
        std::string().swap(ipKeys);
    }

private:
    struct KeyHash
    {
        size_t operator()(const std::pair<quint64, quint64> &k) const
        {
            return size_t((k.first ^ (k.second * 0x9e3779b97f4a7c15ULL)) >> 7);
        }
    };
    quint32 ipNumber(std::string_view key);
    // key (as two words) -> its number in ipKeys, for the keys met so far
    std::unordered_map<std::pair<quint64, quint64>, quint32, KeyHash> m_ipNumbers;
};

// The orderings of rows that take the longest to make, which need nothing but the rows' times and
// ids: may be made on another thread while the case is still being written.
struct EventIndexOrder
{
    std::vector<quint32> order;  // rows in time order
    std::vector<quint32> idRank; // per row: rank of its id (equal ids, equal ranks)
};

// The compact in-memory columns of a case that filters, facets, sorting and the histogram touch,
// one entry per event in time order (ties by source and line; events without a time last). Rows
// themselves stay in SQLite and are fetched only for what is on screen. Pure memory: made by
// EventIndexBuilder and kept in the case by EventIndexStorage, so opening a million events reads
// ~70 MB instead of rescanning 1 GB.
class EventIndex
{
public:
    // Bits of flags(): success (2 bits: 0 unknown, 1 false, 2 true), duplicate kind (2 bits),
    // "an extra copy of an exact group", "has a time", "has a content problem".
    enum Bits : quint8 {
        SuccessMask = 0x03,
        SuccessFalse = 0x01,
        SuccessTrue = 0x02,
        DupKindShift = 2,
        DupKindMask = 0x0c,
        ExtraExactCopy = 0x10,
        HasTime = 0x20,
        Flagged = 0x40,
    };

    quint32 size() const { return quint32(m_seq.size()); }
    bool isEmpty() const { return m_seq.empty(); }

    qint64 seq(quint32 i) const { return m_seq[i]; }
    qint64 time(quint32 i) const { return m_time[i]; }
    qint64 offset(quint32 i) const { return m_offset[i]; }
    quint16 source(quint32 i) const { return m_source[i]; }
    quint32 code(IndexField field, quint32 i) const;
    quint8 flags(quint32 i) const { return m_flags[i]; }
    quint32 dupCount(quint32 i) const { return m_dupCount[i]; }
    quint32 idRank(quint32 i) const { return m_idRank[i]; }
    bool hasTime(quint32 i) const { return m_flags[i] & HasTime; }
    EventSuccess success(quint32 i) const
    {
        const int s = m_flags[i] & SuccessMask;
        return s == 0 ? EventSuccess::Unreadable : EventSuccess(s - 1);
    }
    DuplicateKind dupKind(quint32 i) const
    {
        return DuplicateKind((m_flags[i] & DupKindMask) >> DupKindShift);
    }

    const std::vector<qint64> &timeColumn() const { return m_time; }
    const std::vector<quint8> &flagColumn() const { return m_flags; }
    const std::vector<quint16> &actionColumn() const { return m_action; }
    const std::vector<quint32> &entityColumn(IndexField field) const;
    const NarrowCodes &organizationColumn() const { return m_organization; }
    const NarrowCodes &accountColumn() const { return m_account; }
    // Per event, the code of its IP address: 0 for none, else 1 + the place of its key among
    // ipKeys() (sorted, so a CIDR block is one range of codes).
    const NarrowCodes &ipColumn() const { return m_ip; }
    quint32 ipCount() const { return quint32(m_ipKeys.size() / kIpKeySize); }
    // The key of IP code c (1 <= c <= ipCount()).
    std::string_view ipKey(quint32 c) const
    {
        return std::string_view(m_ipKeys.data() + size_t(c - 1) * kIpKeySize, kIpKeySize);
    }
    const std::string &ipKeys() const { return m_ipKeys; }
    // Per event, requestHash() of its request id (0: none).
    const std::vector<quint64> &requestColumn() const { return m_request; }
    const std::vector<quint16> &sourceColumn() const { return m_source; }
    static constexpr size_t kIpKeySize = 16;
    // The hash of a request id the request column holds: never 0, which stands for no request.
    static quint64 requestHash(std::string_view requestId)
    {
        const quint64 h = hashText(requestId);
        return h ? h : 1;
    }

    // Events with a time come first: [0, timedCount()).
    quint32 timedCount() const { return m_timedCount; }
    qint64 minTime() const { return m_timedCount ? m_time.front() : 0; }
    qint64 maxTime() const { return m_timedCount ? m_time[m_timedCount - 1] : 0; }
    // First position whose time is >= ns / > ns among the timed events.
    quint32 lowerBound(qint64 ns) const;
    quint32 upperBound(qint64 ns) const;

    // The dictionary of Action or of an entity field.
    const FieldDictionary &dictionary(IndexField field) const
    {
        return m_dict[dictionarySlot(field)];
    }
    static int dictionarySlot(IndexField field)
    {
        return field < IndexField::Success ? int(field) : int(field) - 1;
    }

    // For each value of a field, the positions that carry it (ascending): a filter on a rare
    // value visits its events instead of the whole log. Success codes are the SuccessMask bits.
    struct Postings
    {
        std::vector<quint32> offsets; // code -> first entry; size is codes + 1
        std::vector<quint32> positions;
        quint32 count(quint32 code) const { return offsets[code + 1] - offsets[code]; }
    };
    const Postings &postings(IndexField field) const { return m_postings[int(field)]; }
    // Positions of every event with copies (ascending).
    const std::vector<quint32> &duplicatePositions() const { return m_duplicateRows; }
    // Positions of the copies of the duplicate group of position i (i included), in time order.
    std::vector<quint32> copiesOf(quint32 i) const;
    // Position of an event by its seq, or -1.
    qint64 positionOfSeq(qint64 seq) const { return m_seqMap.positionOf(seq); }
    // The place of position i in seq order (storage order: by source and line), as a sort key.
    quint32 seqOrder(quint32 i) const { return m_seqMap.orderOf(m_seq[i]); }
    // Whether some event has a seq in [lo, hi].
    bool holdsSeqIn(qint64 lo, qint64 hi) const { return m_seqMap.holdsSeqIn(lo, hi); }

    // What the case held when the index was made (see IndexFingerprint).
    QByteArray fingerprintOfData() const { return m_fingerprint; }

    // Stable across runs and builds (the hashes are kept in the case).
    static quint64 hashText(std::string_view text);
    // The checksum each stored row of the index carries in its last eight bytes, over the bytes
    // before them; seed is the row's number. Stable across runs and builds.
    static quint64 checksum(const char *data, size_t size, quint64 seed);
    // Bytes of memory held by the columns and dictionaries.
    qint64 memoryBytes() const;

private:
    // Made by the builder, read back by the storage; both fill the columns and then finish.
    friend class EventIndexBuilder;
    friend class EventIndexStorage;
    // Derives the postings, duplicate positions and seq map from the columns; false when two
    // events share a seq.
    bool finishLoad();

    std::vector<qint64> m_seq;
    std::vector<qint64> m_time;
    std::vector<qint64> m_offset;
    std::vector<quint16> m_source;
    std::vector<quint16> m_action;
    std::vector<quint32> m_actor;
    std::vector<quint32> m_target;
    std::vector<quint32> m_scope;
    NarrowCodes m_organization;
    NarrowCodes m_account;
    NarrowCodes m_ip;
    std::string m_ipKeys;
    std::vector<quint64> m_request;
    std::vector<quint8> m_flags;
    std::vector<quint32> m_dupCount;
    std::vector<quint32> m_idRank;
    // Positions of every event that has copies, sorted by (idRank, position).
    std::vector<quint32> m_dupPositions;
    Postings m_postings[kIndexFieldCount];
    std::vector<quint32> m_duplicateRows;
    SeqMap m_seqMap;
    quint32 m_timedCount = 0;
    FieldDictionary m_dict[kDictionaryCount]; // actions, then the entity fields in order
    QByteArray m_fingerprint;
};

} // namespace auditlens
