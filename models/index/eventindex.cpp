// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "eventindex.h"

#include <QtEndian>

#include <algorithm>

namespace auditlens {

quint64 EventIndex::hashText(std::string_view text)
{
    // Eight bytes (little-endian) a step, each mixed in by a multiply, then a final mix: stable
    // everywhere, good enough for dictionary keys, and a byte at a time only for the tail.
    auto mix = [](quint64 h, quint64 w) {
        h ^= w;
        h *= 0x9e3779b97f4a7c15ULL;
        return h ^ (h >> 29);
    };
    const char *p = text.data();
    size_t n = text.size();
    quint64 h = 0xcbf29ce484222325ULL ^ (quint64(n) * 0xff51afd7ed558ccdULL);
    for (; n >= 8; p += 8, n -= 8)
        h = mix(h, qFromLittleEndian<quint64>(p));
    if (n > 0) {
        quint64 w = 0;
        for (size_t i = 0; i < n; ++i)
            w |= quint64(static_cast<unsigned char>(p[i])) << (8 * i);
        h = mix(h, w);
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

quint64 EventIndex::checksum(const char *data, size_t size, quint64 seed)
{
    // Eight independent lanes of eight bytes, one multiply each, so the multiplies overlap and
    // the sum keeps up with memory. The lanes, the length and the tail are mixed in at the end.
    quint64 lane[8];
    for (int k = 0; k < 8; ++k)
        lane[k] = seed ^ (0x9e3779b97f4a7c15ULL * quint64(k + 1));
    size_t i = 0;
    for (; i + 64 <= size; i += 64) {
        for (int k = 0; k < 8; ++k) {
            const quint64 h = (lane[k] ^ qFromLittleEndian<quint64>(data + i + size_t(k) * 8)) *
                              0xff51afd7ed558ccdULL;
            lane[k] = (h << 31) | (h >> 33);
        }
    }
    quint64 h = quint64(size) * 0xc2b2ae3d27d4eb4fULL;
    for (const quint64 l : lane) {
        h = (h ^ l) * 0x9e3779b97f4a7c15ULL;
        h ^= h >> 29;
    }
    return h ^ hashText(std::string_view(data + i, size - i));
}

void FieldDictionary::findCodes(std::string_view text, std::vector<quint32> *codes) const
{
    const quint64 h = EventIndex::hashText(text);
    auto collect = [&](const std::vector<quint64> &hashes, const std::vector<quint32> &list) {
        auto range = std::equal_range(hashes.begin(), hashes.end(), h);
        for (auto it = range.first; it != range.second; ++it)
            codes->push_back(list[size_t(it - hashes.begin())]);
    };
    collect(idHashes, idCodes);
    collect(nameHashes, nameCodes);
    std::sort(codes->begin(), codes->end());
    codes->erase(std::unique(codes->begin(), codes->end()), codes->end());
}

size_t FieldDictionary::countCodes(std::string_view text) const
{
    const quint64 h = EventIndex::hashText(text);
    const auto ids = std::equal_range(idHashes.begin(), idHashes.end(), h);
    const auto names = std::equal_range(nameHashes.begin(), nameHashes.end(), h);
    const size_t byId = size_t(ids.second - ids.first);
    const size_t byName = size_t(names.second - names.first);
    // An entity whose name is its id is one value, not two.
    if (byId == 1 && byName == 1 &&
        idCodes[size_t(ids.first - idHashes.begin())] ==
            nameCodes[size_t(names.first - nameHashes.begin())])
        return 1;
    return byId + byName;
}

quint32 FieldDictionary::codeOfEntity(quint32 entityId) const
{
    auto it = std::lower_bound(entityIds.begin() + 1, entityIds.end(), entityId);
    return it != entityIds.end() && *it == entityId ? quint32(it - entityIds.begin()) : 0;
}

quint32 EventIndex::code(IndexField field, quint32 i) const
{
    switch (field) {
    case IndexField::Action:
        return m_action[i];
    case IndexField::Actor:
        return m_actor[i];
    case IndexField::Target:
        return m_target[i];
    case IndexField::Scope:
        return m_scope[i];
    case IndexField::Success:
        return quint32(m_flags[i] & SuccessMask);
    case IndexField::Organization:
        return m_organization[i];
    case IndexField::Account:
        return m_account[i];
    case IndexField::Ip:
        return m_ip[i];
    case IndexField::Source:
        return m_source[i];
    case IndexField::Request:
        return 0; // a hash, not a code: see requestColumn()
    case IndexField::Tag:
    case IndexField::Starred:
    case IndexField::Noted:
    case IndexField::Finding:
        return 0; // beside the index: see AnnotationMarks
    }
    return 0;
}

const std::vector<quint32> &EventIndex::entityColumn(IndexField field) const
{
    switch (field) {
    case IndexField::Target:
        return m_target;
    case IndexField::Scope:
        return m_scope;
    default:
        return m_actor;
    }
}

quint32 EventIndex::lowerBound(qint64 ns) const
{
    return quint32(std::lower_bound(m_time.begin(), m_time.begin() + m_timedCount, ns) -
                   m_time.begin());
}

quint32 EventIndex::upperBound(qint64 ns) const
{
    return quint32(std::upper_bound(m_time.begin(), m_time.begin() + m_timedCount, ns) -
                   m_time.begin());
}

std::vector<quint32> EventIndex::copiesOf(quint32 i) const
{
    std::vector<quint32> copies;
    if (i >= size() || m_dupCount[i] < 2) {
        copies.push_back(i);
        return copies;
    }
    const quint32 rank = m_idRank[i];
    auto first = std::lower_bound(m_dupPositions.begin(), m_dupPositions.end(), rank,
                                  [&](quint32 p, quint32 r) { return m_idRank[p] < r; });
    for (auto it = first; it != m_dupPositions.end() && m_idRank[*it] == rank; ++it)
        copies.push_back(*it);
    return copies;
}

qint64 EventIndex::memoryBytes() const
{
    qint64 bytes = qint64(m_seq.capacity() * 8 + m_time.capacity() * 8 + m_offset.capacity() * 8 +
                          m_source.capacity() * 2 + m_action.capacity() * 2 +
                          (m_actor.capacity() + m_target.capacity() + m_scope.capacity()) * 4 +
                          m_flags.capacity() + m_dupCount.capacity() * 4 + m_idRank.capacity() * 4 +
                          m_dupPositions.capacity() * 4 + m_seqMap.memoryBytes() +
                          m_ipKeys.capacity() + m_request.capacity() * 8) +
                   m_organization.memoryBytes() + m_account.memoryBytes() + m_ip.memoryBytes();
    for (const FieldDictionary &d : m_dict) {
        bytes += qint64(d.entityIds.capacity() * 4 + d.rank.capacity() * 4 +
                        d.idHashes.capacity() * 8 + d.idCodes.capacity() * 4 +
                        d.nameHashes.capacity() * 8 + d.nameCodes.capacity() * 4);
        for (const QString &s : d.labels)
            bytes += 24 + s.size() * 2;
        for (const QString &s : d.ids)
            bytes += 24 + s.size() * 2;
    }
    return bytes;
}

void EventIndexRows::reserve(size_t rows)
{
    time.reserve(rows);
    offset.reserve(rows);
    source.reserve(rows);
    action.reserve(rows);
    actor.reserve(rows);
    target.reserve(rows);
    scope.reserve(rows);
    organization.reserve(rows);
    account.reserve(rows);
    ip.reserve(rows);
    request.reserve(rows);
    flags.reserve(rows);
    dupCount.reserve(rows);
    idEnds.reserve(rows);
    ids.reserve(rows * 36);
}

void EventIndexRows::append(bool hasTime, qint64 ns, qint64 offsetInSource, quint16 sourceId,
                            quint32 actionId, quint32 actorId, quint32 targetId, quint32 scopeId,
                            EventSuccess success, bool flagged, std::string_view id,
                            const EventOrigin &origin)
{
    quint8 f = hasTime ? EventIndex::HasTime : 0;
    if (success != EventSuccess::Unreadable)
        f |= success == EventSuccess::False ? EventIndex::SuccessFalse : EventIndex::SuccessTrue;
    if (flagged)
        f |= EventIndex::Flagged;
    time.push_back(hasTime ? ns : 0);
    offset.push_back(offsetInSource);
    source.push_back(sourceId);
    action.push_back(actionId);
    actor.push_back(actorId);
    target.push_back(targetId);
    scope.push_back(scopeId);
    organization.push_back(origin.organization);
    account.push_back(origin.account);
    ip.push_back(origin.ipKey.size() == EventIndex::kIpKeySize ? ipNumber(origin.ipKey) : 0);
    request.push_back(origin.hasRequest ? EventIndex::requestHash(origin.requestId) : 0);
    flags.push_back(f);
    dupCount.push_back(1);
    ids.append(id);
    idEnds.push_back(quint32(ids.size()));
}

void EventIndexRows::truncate(size_t rows)
{
    if (rows >= size())
        return;
    time.resize(rows);
    offset.resize(rows);
    source.resize(rows);
    action.resize(rows);
    actor.resize(rows);
    target.resize(rows);
    scope.resize(rows);
    organization.resize(rows);
    account.resize(rows);
    ip.resize(rows); // keys met only in the rows dropped stay, unused: the builder drops them
    request.resize(rows);
    flags.resize(rows);
    dupCount.resize(rows);
    idEnds.resize(rows);
    if (!seqs.empty())
        seqs.resize(rows);
    ids.resize(rows ? idEnds.back() : 0);
}

quint32 EventIndexRows::ipNumber(std::string_view key)
{
    const std::pair<quint64, quint64> words(qFromLittleEndian<quint64>(key.data()),
                                            qFromLittleEndian<quint64>(key.data() + 8));
    const auto [it, added] =
        m_ipNumbers.emplace(words, quint32(ipKeys.size() / EventIndex::kIpKeySize + 1));
    if (added)
        ipKeys.append(key);
    return it->second;
}

void EventIndexRows::setDuplicate(qint64 seq, DuplicateKind kind, qint64 count, qint64 rank)
{
    const qint64 i = seq - firstSeq;
    if (seqs.empty() && i >= 0 && i < qint64(size()))
        setDuplicateAt(size_t(i), kind, count, rank);
}

void EventIndexRows::setDuplicateAt(size_t i, DuplicateKind kind, qint64 count, qint64 rank)
{
    quint8 &f = flags[i];
    f &= quint8(~(EventIndex::DupKindMask | EventIndex::ExtraExactCopy));
    f |= quint8((int(kind) & 3) << EventIndex::DupKindShift);
    if (kind == DuplicateKind::Exact && rank > 1)
        f |= EventIndex::ExtraExactCopy;
    dupCount[i] = quint32(count);
}

bool EventIndex::finishLoad()
{
    const size_t n = m_seq.size();
    // Postings by counting sort: positions stay ascending within each value.
    for (int field = 0; field < kIndexFieldCount; ++field) {
        Postings &p = m_postings[field];
        const quint32 codes = field == int(IndexField::Success) ? 4u : m_dict[field].size();
        p.offsets.assign(codes + 1, 0u);
        for (quint32 i = 0; i < n; ++i)
            ++p.offsets[code(IndexField(field), i) + 1];
        for (quint32 c = 0; c < codes; ++c)
            p.offsets[c + 1] += p.offsets[c];
        p.positions.resize(n);
        std::vector<quint32> next(p.offsets.begin(), p.offsets.end() - 1);
        for (quint32 i = 0; i < n; ++i)
            p.positions[next[code(IndexField(field), i)]++] = i;
    }
    m_duplicateRows.clear();
    for (quint32 i = 0; i < n; ++i) {
        if (m_flags[i] & DupKindMask)
            m_duplicateRows.push_back(i);
    }
    m_dupPositions.clear();
    for (quint32 p = 0; p < n; ++p) {
        if (m_dupCount[p] > 1)
            m_dupPositions.push_back(p);
    }
    std::sort(m_dupPositions.begin(), m_dupPositions.end(), [&](quint32 a, quint32 b) {
        return m_idRank[a] != m_idRank[b] ? m_idRank[a] < m_idRank[b] : a < b;
    });
    return m_seqMap.build(m_seq);
}

} // namespace auditlens
