// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "ipaddress.h"

#include <QHostAddress>

namespace auditlens {

namespace {
// The 16-byte key of a parsed address; empty for a null one.
QByteArray keyOf(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    QByteArray key(IpAddress::kKeySize, '\0');
    if (isV4) {
        key[10] = char(0xff);
        key[11] = char(0xff);
        for (int i = 0; i < 4; ++i)
            key[12 + i] = char((v4 >> (8 * (3 - i))) & 0xff);
        return key;
    }
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    for (int i = 0; i < IpAddress::kKeySize; ++i)
        key[i] = char(v6[i]);
    return key;
}
} // namespace

QByteArray IpAddress::key(std::string_view text)
{
    if (text.empty() || text.size() > 64)
        return {};
    return key(QString::fromLatin1(text.data(), qsizetype(text.size())));
}

QByteArray IpAddress::key(const QString &text)
{
    const QString trimmed = text.trimmed();
    // QHostAddress also reads "10" or "10.1" as IPv4 addresses; an export writes all four parts.
    if (trimmed.isEmpty() ||
        (!trimmed.contains(QLatin1Char(':')) && trimmed.count(QLatin1Char('.')) != 3))
        return {};
    QHostAddress address;
    if (!address.setAddress(trimmed))
        return {};
    return keyOf(address);
}

QString IpAddress::text(std::string_view key)
{
    if (key.size() != size_t(kKeySize))
        return {};
    Q_IPV6ADDR v6;
    for (int i = 0; i < kKeySize; ++i)
        v6[i] = quint8(key[size_t(i)]);
    const QHostAddress address(v6);
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

bool IpAddress::range(const QString &text, QByteArray *first, QByteArray *last)
{
    const QString trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        *first = key(trimmed);
        *last = *first;
        return !first->isEmpty();
    }
    const QByteArray base = key(trimmed.left(slash));
    bool number = false;
    const int prefix = trimmed.mid(slash + 1).toInt(&number);
    if (base.isEmpty() || !number)
        return false;
    const bool v4 = !trimmed.left(slash).contains(QLatin1Char(':'));
    const int bits = v4 ? prefix + 96 : prefix;
    if (prefix < 0 || bits > 128)
        return false;
    *first = base;
    *last = base;
    for (int bit = bits; bit < 128; ++bit) {
        const int byte = bit / 8;
        const char mask = char(0x80 >> (bit % 8));
        (*first)[byte] = char((*first)[byte] & ~mask);
        (*last)[byte] = char((*last)[byte] | mask);
    }
    return true;
}

bool IpAddress::ranges(const QString &text, QList<QPair<QByteArray, QByteArray>> *ranges)
{
    QByteArray first;
    QByteArray last;
    if (!range(text, &first, &last))
        return false;
    ranges->clear();
    // The IPv4 addresses, as keys: ::ffff:0.0.0.0 .. ::ffff:255.255.255.255.
    QByteArray v4First(kKeySize, '\0');
    v4First[10] = v4First[11] = char(0xff);
    QByteArray v4Last = v4First;
    for (int i = 12; i < kKeySize; ++i)
        v4Last[i] = char(0xff);
    if (first < v4First && v4Last < last) {
        QByteArray before = v4First; // v4First - 1
        before[11] = char(0xfe);
        for (int i = 12; i < kKeySize; ++i)
            before[i] = char(0xff);
        QByteArray after(kKeySize, '\0'); // v4Last + 1
        after[9] = char(0x01);
        ranges->append({first, before});
        ranges->append({after, last});
    } else {
        ranges->append({first, last});
    }
    return true;
}

} // namespace auditlens
