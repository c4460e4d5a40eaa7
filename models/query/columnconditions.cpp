// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "columnconditions.h"

#include "../index/annotationmarks.h"
#include "../index/eventindex.h"
#include "../parsing/ipaddress.h"

#include <algorithm>
#include <iterator>

namespace auditlens {

namespace {
// Keeps in bits the events of [lo, hi) for which pass(position) holds; clears every other bit.
template <typename Pass> void keep(quint64 *bits, size_t words, quint32 lo, quint32 hi, Pass pass)
{
    for (size_t w = 0; w < words; ++w) {
        const quint32 base = quint32(w * 64);
        if (base + 64 <= lo || base >= hi) {
            bits[w] = 0;
            continue;
        }
        quint64 word = bits[w];
        if (word == 0)
            continue;
        quint64 kept = 0;
        const quint32 from = std::max(base, lo), to = std::min(base + 64, hi);
        for (quint32 i = from; i < to; ++i)
            kept |= quint64(pass(i) ? 1 : 0) << (i - base);
        bits[w] = word & kept;
    }
}

// Clears the bits outside [lo, hi), a word at a time.
void clearOutside(quint64 *bits, size_t words, quint32 lo, quint32 hi)
{
    if (lo >= hi) {
        std::fill(bits, bits + words, 0);
        return;
    }
    const size_t first = lo >> 6, last = (hi - 1) >> 6;
    std::fill(bits, bits + first, 0);
    bits[first] &= ~quint64(0) << (lo & 63);
    std::fill(bits + last + 1, bits + words, 0);
    if ((hi & 63) != 0)
        bits[last] &= ~(~quint64(0) << (hi & 63));
}

// The codes in [1, count] whose key lies in [first, last] (keys sorted ascending).
std::pair<quint32, quint32> keyRange(const EventIndex &ix, const QByteArray &first,
                                     const QByteArray &last)
{
    const std::string_view a(first.constData(), size_t(first.size()));
    const std::string_view b(last.constData(), size_t(last.size()));
    quint32 lo = 1, hi = ix.ipCount() + 1;
    // First code whose key is >= a, then first whose key is > b.
    quint32 l = lo, h = hi;
    while (l < h) {
        const quint32 m = l + (h - l) / 2;
        if (ix.ipKey(m) < a)
            l = m + 1;
        else
            h = m;
    }
    lo = l;
    h = hi;
    while (l < h) {
        const quint32 m = l + (h - l) / 2;
        if (ix.ipKey(m) <= b)
            l = m + 1;
        else
            h = m;
    }
    return {lo, l};
}
} // namespace

ColumnConditions::ColumnConditions(const EventIndex &index, RequestIdOf requestIdOf,
                                   const AnnotationMarks *marks)
    : m_index(index), m_requestIdOf(std::move(requestIdOf)), m_marks(marks)
{}

bool ColumnConditions::any(const Filter &filter)
{
    for (const FilterField field : kFilterFields) {
        if (!isCodedField(field) && !filter[field].isEmpty())
            return true;
    }
    return false;
}

std::vector<quint8> ColumnConditions::allowedCodes(FilterField field,
                                                   const FieldCondition &condition) const
{
    const EventIndex &ix = m_index;
    // Which codes a list of values names, as a table.
    auto named = [&](const QStringList &values, std::vector<quint8> &into, quint8 mark) {
        for (const QString &value : values) {
            switch (field) {
            case FilterField::Organization:
            case FilterField::Account: {
                const QByteArray utf8 = value.toUtf8();
                std::vector<quint32> codes;
                ix.dictionary(filterFieldInfo(field).indexField)
                    .findCodes(std::string_view(utf8.constData(), size_t(utf8.size())), &codes);
                for (const quint32 c : codes) {
                    if (c < into.size())
                        into[c] = mark;
                }
                break;
            }
            case FilterField::Ip: {
                // Text that is no address or block names nothing.
                QList<QPair<QByteArray, QByteArray>> ranges;
                if (!IpAddress::ranges(value, &ranges))
                    break;
                for (const auto &[first, last] : ranges) {
                    const auto [from, to] = keyRange(ix, first, last);
                    std::fill(into.begin() + from, into.begin() + to, mark);
                }
                break;
            }
            case FilterField::Source: {
                // A source by its number; text that is none names nothing.
                bool isNumber = false;
                const qint64 number = value.trimmed().toLongLong(&isNumber);
                if (isNumber && number > 0 && number < qint64(into.size()))
                    into[size_t(number)] = mark;
                break;
            }
            default:
                break;
            }
        }
    };
    size_t size = 0;
    switch (field) {
    case FilterField::Ip:
        size = size_t(ix.ipCount()) + 1;
        break;
    case FilterField::Source:
        size = 0x10000;
        break;
    default:
        size = ix.dictionary(filterFieldInfo(field).indexField).size();
        break;
    }
    // Code 0 is there even in an index of no events, whose dictionaries are empty.
    std::vector<quint8> allowed(std::max<size_t>(size, 1), condition.include.isEmpty() ? 1 : 0);
    named(condition.include, allowed, 1);
    named(condition.exclude, allowed, 0);
    // An event without a value never has one of those included; it passes an exclusion. (Code
    // 0 is "none" in every column but the sources', which has no source 0.)
    if (field != FilterField::Source)
        allowed[0] = condition.include.isEmpty() ? 1 : 0;
    return allowed;
}

void ColumnConditions::narrowField(FilterField field, const FieldCondition &condition, quint32 lo,
                                   quint32 hi, quint64 *bits) const
{
    const size_t words = (size_t(m_index.size()) + 63) / 64;
    if (field == FilterField::Request)
        return narrowRequest(condition, lo, hi, bits);
    const FieldMatch match = filterFieldInfo(field).match;
    if (match == FieldMatch::TagName || match == FieldMatch::Mark)
        return narrowMarks(field, condition, lo, hi, bits);
    const std::vector<quint8> allowed = allowedCodes(field, condition);
    const quint8 *table = allowed.data();
    auto through = [&](const auto *codes) {
        keep(bits, words, lo, hi, [&](quint32 i) { return table[codes[i]] != 0; });
    };
    switch (field) {
    case FilterField::Organization:
        return m_index.organizationColumn().visit(through);
    case FilterField::Account:
        return m_index.accountColumn().visit(through);
    case FilterField::Ip:
        return m_index.ipColumn().visit(through);
    case FilterField::Source:
        return through(m_index.sourceColumn().data());
    default:
        return;
    }
}

void ColumnConditions::narrowRequest(const FieldCondition &condition, quint32 lo, quint32 hi,
                                     quint64 *bits) const
{
    const size_t words = (size_t(m_index.size()) + 63) / 64;
    auto hashes = [](const QStringList &values) {
        std::vector<quint64> h;
        for (const QString &v : values) {
            const QByteArray utf8 = v.toUtf8();
            h.push_back(
                EventIndex::requestHash(std::string_view(utf8.constData(), size_t(utf8.size()))));
        }
        std::sort(h.begin(), h.end());
        return h;
    };
    const std::vector<quint64> in = hashes(condition.include);
    const std::vector<quint64> out = hashes(condition.exclude);
    const quint64 *column = m_index.requestColumn().data();
    // The events whose hash a named value has: few, found in one pass over the column that
    // compares with each value without a branch (an event costs a nanosecond or two) and keeps
    // nothing else. No request hashes as 0.
    std::vector<quint64> named;
    std::set_union(in.begin(), in.end(), out.begin(), out.end(), std::back_inserter(named));
    named.erase(std::remove(named.begin(), named.end(), quint64(0)), named.end());
    std::vector<quint32> candidates; // those of them an earlier condition kept
    auto hit = [&](quint32 i) {
        if (bits[i >> 6] >> (i & 63) & 1)
            candidates.push_back(i);
    };
    if (named.size() <= 16) {
        for (quint32 i = lo; i < hi; ++i) {
            const quint64 h = column[i];
            bool found = false;
            for (const quint64 v : named)
                found |= v == h;
            if (found)
                hit(i);
        }
    } else {
        for (quint32 i = lo; i < hi; ++i) {
            if (std::binary_search(named.begin(), named.end(), column[i]))
                hit(i);
        }
    }
    // Values included: no event stays but a candidate that passes. Only excluded: every event
    // of the range stays but a candidate that fails.
    if (in.empty())
        clearOutside(bits, words, lo, hi);
    else
        std::fill(bits, bits + words, 0);
    auto verdict = [&](quint32 p, bool passes) {
        const quint64 bit = quint64(1) << (p & 63);
        if (passes)
            bits[p >> 6] |= bit;
        else
            bits[p >> 6] &= ~bit;
    };
    if (!m_requestIdOf) { // the hash is taken as the request's
        auto holds = [](const std::vector<quint64> &list, quint64 h) {
            return std::binary_search(list.begin(), list.end(), h);
        };
        for (const quint32 p : candidates)
            verdict(p, (in.empty() || holds(in, column[p])) && !holds(out, column[p]));
        return;
    }
    // Else it is confirmed by the event's request id.
    auto utf8 = [](const QStringList &values) {
        std::vector<std::string> list;
        for (const QString &v : values)
            list.push_back(v.toStdString());
        return list;
    };
    const std::vector<std::string> inIds = utf8(condition.include);
    const std::vector<std::string> outIds = utf8(condition.exclude);
    std::string id;
    for (const quint32 p : candidates) {
        const bool has = m_requestIdOf(m_index.seq(p), &id);
        auto holds = [&](const std::vector<std::string> &list) {
            return has && std::find(list.begin(), list.end(), id) != list.end();
        };
        verdict(p, (inIds.empty() || holds(inIds)) && !holds(outIds));
    }
}

void ColumnConditions::narrowMarks(FilterField field, const FieldCondition &condition, quint32 lo,
                                   quint32 hi, quint64 *bits) const
{
    // The marks are lists of positions: an inclusion keeps the events of its lists and an
    // exclusion clears those of its own, each at a cost of its events, not of the case's.
    const size_t words = (size_t(m_index.size()) + 63) / 64;
    const IndexField indexField = filterFieldInfo(field).indexField;
    auto listsOf = [&](const QStringList &values) {
        std::vector<const std::vector<quint32> *> lists;
        if (m_marks) {
            for (const quint32 code : m_marks->codesOf(indexField, values))
                lists.push_back(&m_marks->positions(indexField, code));
        }
        return lists;
    };
    if (!condition.include.isEmpty()) {
        std::vector<quint64> kept(words, 0);
        for (const std::vector<quint32> *list : listsOf(condition.include)) {
            for (const quint32 p : *list)
                kept[p >> 6] |= quint64(1) << (p & 63);
        }
        for (size_t w = 0; w < words; ++w)
            bits[w] &= kept[w];
    }
    for (const std::vector<quint32> *list : listsOf(condition.exclude)) {
        for (const quint32 p : *list)
            bits[p >> 6] &= ~(quint64(1) << (p & 63));
    }
    clearOutside(bits, words, lo, hi);
}

void ColumnConditions::narrow(const Filter &filter, quint32 lo, quint32 hi,
                              PositionBits *bits) const
{
    const size_t words = (size_t(m_index.size()) + 63) / 64;
    if (bits->empty())
        bits->assign(words, ~quint64(0));
    for (const FilterField field : kFilterFields) {
        if (!isCodedField(field) && !filter[field].isEmpty())
            narrowField(field, filter[field], lo, hi, bits->data());
    }
}

bool ColumnConditions::passes(FilterField field, const FieldCondition &condition,
                              quint32 position) const
{
    if (!!isCodedField(field) || condition.isEmpty())
        return true;
    const FilterFieldInfo &info = filterFieldInfo(field);
    if (info.match == FieldMatch::TagName || info.match == FieldMatch::Mark) {
        auto carried = [&](const QStringList &values) {
            if (!m_marks)
                return false;
            for (const quint32 code : m_marks->codesOf(info.indexField, values)) {
                if (m_marks->carries(info.indexField, code, position))
                    return true;
            }
            return false;
        };
        return (condition.include.isEmpty() || carried(condition.include)) &&
               !carried(condition.exclude);
    }
    PositionBits bits((size_t(m_index.size()) + 63) / 64, ~quint64(0));
    narrowField(field, condition, position, position + 1, bits.data());
    return bits[position >> 6] >> (position & 63) & 1;
}

} // namespace auditlens
