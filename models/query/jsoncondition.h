// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>

namespace auditlens {

// A condition on one value inside an event's JSON cells: `payload.project.slug=gh/acme/api`.
// The path starts with the cell (actor, target, scope, payload, metadata or request) and names
// keys with '.' and array elements with [N]; a key with a '.', '[', ']', '=' or a space in it is
// written in double quotes (`payload."build.url"`). The value is compared as the payload tree
// shows it: a string as its text (unquoted, escapes decoded), a number as written (1.50 stays
// 1.50), true, false or null; an object or an array as its compact JSON text. The SQL engine
// decides (see sql()), so the viewer's answer and the CLI's are one.
struct JsonCondition
{
    QString path;  // as written: payload.project.slug
    QString value; // as the tree shows it
    bool exclude = false;

    // Reads "PATH=VALUE"; false, with *error in words, when the path cannot be read.
    static bool parse(const QString &text, bool exclude, JsonCondition *condition,
                      QString *error = nullptr);
    // Whether path names a value in a JSON cell; the cell's events column and the SQLite JSON
    // path ($."project"."slug") when it does.
    static bool readPath(const QString &path, const char **column, QByteArray *sqlitePath,
                         QString *error = nullptr);
    // How a path names an object's key after its parent: ".slug", or quoted where the key
    // needs it (."build.url"); empty for a key no path can name (one with a double quote).
    static QString keyStep(const QString &key);

    // The longest part of value that every JSON writer writes as it is (ASCII letters, digits
    // and punctuation other than quote, backslash, slash, '<', '>' and '&'): a cell with the
    // value holds these bytes.
    static QString literalPart(const QString &value);

    // "PATH=VALUE", what parse() reads back.
    QString text() const { return path + QLatin1Char('=') + value; }
    // The SQL that holds for the events that pass, over `events AS e`, with one parameter (the
    // value) to bind; empty when the path cannot be read. A cell that is not JSON, or has no
    // value at the path, fails an include and passes an exclude.
    QString sql() const;

    bool operator==(const JsonCondition &o) const
    {
        return path == o.path && value == o.value && exclude == o.exclude;
    }
    bool operator!=(const JsonCondition &o) const { return !(*this == o); }
};

} // namespace auditlens
