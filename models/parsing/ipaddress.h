// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <string_view>

namespace auditlens {

// IP addresses compared as addresses, not as text: the 16 bytes of the IPv6 address, an IPv4
// address as its IPv4-mapped form (::ffff:a.b.c.d), so "10.1.2.3" and "::ffff:10.1.2.3" are one
// address and "2001:db8::1" equals "2001:0DB8:0:0::1". Byte order is address order, so a CIDR
// block is one range of keys.
namespace IpAddress {

constexpr int kKeySize = 16;

// The key of an address as written (surrounding spaces ignored); empty when text is not one.
QByteArray key(std::string_view text);
QByteArray key(const QString &text);
// The address of a key in its usual spelling: "10.1.2.3" for an IPv4 (or IPv4-mapped) address,
// "2001:db8::1" for IPv6; empty when key is not kKeySize bytes.
QString text(std::string_view key);
// The first and last key of an address ("10.1.2.3", both the same) or of a CIDR block
// ("10.0.0.0/8", "2001:db8::/32"); false when text is neither.
bool range(const QString &text, QByteArray *first, QByteArray *last);
// The ranges of keys a filter on text names: range's, except that an IPv6 block wider than the
// IPv4 addresses (::/0) leaves them out, as IPv6 networks hold no IPv4 address; the IPv4-mapped
// block itself (::ffff:0:0/96) or one inside it names IPv4 addresses. False when text is no
// address or block.
bool ranges(const QString &text, QList<QPair<QByteArray, QByteArray>> *ranges);

} // namespace IpAddress

} // namespace auditlens
