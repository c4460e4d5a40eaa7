// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QVariant>

#include <optional>
#include <utility>
#include <vector>

namespace auditlens {

// A reader of the strict YAML subset that resources/catalogue/*.yaml use (their headers state
// it for their editors; tests/datacheck/strictyaml.py is the reference, and this reader accepts
// and refuses exactly what it does):
//   - two spaces per indentation level, no tabs, no carriage returns;
//   - comments only on lines of their own, starting with '#';
//   - mappings of `key: value` or `key:` followed by a block one level deeper; keys are
//     lower-case words (letters, digits, '_'), unique within their mapping;
//   - block lists whose entries start with '- ' one level deeper than their key; an entry is a
//     value or a mapping whose first key follows the '- ';
//   - a value is plain text (letters, digits, spaces and . _ - / + @, starting with a letter, a
//     digit, '_' or '/'), text in double quotes (escapes \" and \\ only; it may go on over more
//     deeply indented lines, joined with one space), or a one-line list in brackets [a, b].
// Every scalar is a string. Anything else is an error "path:line: what is wrong".
class StrictYaml
{
public:
    struct Node
    {
        enum Kind { Scalar, List, Map };
        Kind kind = Scalar;
        int line = 0;                                 // 1-based line where the node starts
        QString text;                                 // Scalar
        std::vector<Node> items;                      // List
        std::vector<std::pair<QString, Node>> fields; // Map, in the file's order

        bool isScalar() const { return kind == Scalar; }
        bool isList() const { return kind == List; }
        bool isMap() const { return kind == Map; }
        // A Map's value for key, or nullptr.
        const Node *value(const QString &key) const;
        // QString, QVariantList or QVariantMap (a map loses its order: use fields for that).
        QVariant toVariant() const;
    };

    // The document (a mapping) of text; on an error, nullopt and *error "path:line: what".
    static std::optional<Node> parse(const QString &text, const QString &path, QString *error);
    // The same for a file (UTF-8); a file that cannot be read is an error too.
    static std::optional<Node> parseFile(const QString &path, QString *error);
};

} // namespace auditlens
