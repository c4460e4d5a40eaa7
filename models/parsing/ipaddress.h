// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
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
// The first and last key of an address ("10.1.2.3", both the same) or of a CIDR block
// ("10.0.0.0/8", "2001:db8::/32"); false when text is neither.
bool range(const QString &text, QByteArray *first, QByteArray *last);

} // namespace IpAddress

} // namespace auditlens
