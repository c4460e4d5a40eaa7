// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "strictyaml.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace auditlens {

namespace {

// A line of the subset: comments and blank lines dropped, a quoted value's continuation lines
// joined to it.
struct Line
{
    int number = 0;
    int indent = 0;
    QString text;
};

// Thrown inside the reader and turned into "path:line: what" by parse().
struct Failure
{
    int line;
    QString what;
};

const QRegularExpression &keyPattern()
{
    static const QRegularExpression re(QStringLiteral("\\A[a-z0-9_]+\\z"));
    return re;
}

const QRegularExpression &plainPattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\A[A-Za-z0-9_/][A-Za-z0-9_./+@-]*( [A-Za-z0-9_./+@-]+)*\\z"));
    return re;
}

int leadingSpaces(const QString &text)
{
    int n = 0;
    while (n < text.size() && text.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

bool endsWithSpace(const QString &text)
{
    return text.endsWith(QLatin1Char(' '));
}

// Whether text ends inside a double-quoted scalar.
bool openQuote(const QString &text)
{
    bool inside = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inside && c == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('"'))
            inside = !inside;
    }
    return inside;
}

std::vector<Line> splitLines(const QString &text)
{
    QStringList raw = text.split(QLatin1Char('\n'));
    if (!raw.isEmpty() && raw.constLast().isEmpty())
        raw.removeLast();
    std::vector<Line> out;
    qsizetype i = 0;
    while (i < raw.size()) {
        const int number = int(i) + 1;
        const QString line = raw.at(i);
        ++i;
        if (line.contains(QLatin1Char('\t')) || line.contains(QLatin1Char('\r')))
            throw Failure{number, QCoreApplication::translate(
                                      "StrictYaml", "tabs and carriage returns are not allowed")};
        const int indent = leadingSpaces(line);
        QString body = line.mid(indent);
        if (body.isEmpty() || body.startsWith(QLatin1Char('#'))) {
            if (body.isEmpty() && !line.isEmpty())
                throw Failure{
                    number, QCoreApplication::translate("StrictYaml", "a blank line holds spaces")};
            continue;
        }
        if (endsWithSpace(line))
            throw Failure{number, QCoreApplication::translate("StrictYaml", "trailing spaces")};
        if (indent % 2)
            throw Failure{number, QCoreApplication::translate(
                                      "StrictYaml", "indentation is not a multiple of two spaces")};
        while (openQuote(body)) {
            if (i >= raw.size())
                throw Failure{number, QCoreApplication::translate("StrictYaml",
                                                                  "a quoted value is not closed")};
            const QString more = raw.at(i);
            ++i;
            const int moreIndent = leadingSpaces(more);
            const QString rest = more.mid(moreIndent);
            if (rest.isEmpty() || moreIndent <= indent || more.contains(QLatin1Char('\t')) ||
                endsWithSpace(more))
                throw Failure{int(i), QCoreApplication::translate(
                                          "StrictYaml",
                                          "a quoted value goes on over a line that is empty, not "
                                          "indented deeper than its key, or has trailing spaces")};
            body += QLatin1Char(' ') + rest;
        }
        out.push_back(Line{number, indent, body});
    }
    return out;
}

// The value of text starting with a double quote, and the text after its closing quote.
std::pair<QString, QString> quoted(const QString &text, int number)
{
    QString out;
    qsizetype i = 1;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            const QString next = text.mid(i + 1, 1);
            if (next != QLatin1String("\"") && next != QLatin1String("\\"))
                throw Failure{number, QCoreApplication::translate("StrictYaml",
                                                                  "the escape \\%1 is not allowed")
                                          .arg(next)};
            out += next;
            i += 2;
        } else if (c == QLatin1Char('"')) {
            return {out, text.mid(i + 1)};
        } else {
            out += c;
            ++i;
        }
    }
    throw Failure{number,
                  QCoreApplication::translate("StrictYaml", "a quoted value is not closed")};
}

QString scalar(const QString &text, int number)
{
    if (text.startsWith(QLatin1Char('"'))) {
        auto [value, rest] = quoted(text, number);
        if (!rest.isEmpty())
            throw Failure{
                number, QCoreApplication::translate("StrictYaml", "text after a quoted value: '%1'")
                            .arg(rest)};
        return value;
    }
    if (!plainPattern().match(text).hasMatch() || text.contains(QLatin1String(": ")))
        throw Failure{number, QCoreApplication::translate(
                                  "StrictYaml", "not a plain value of the subset (quote it): '%1'")
                                  .arg(text)};
    return text;
}

StrictYaml::Node scalarNode(const QString &text, int number)
{
    StrictYaml::Node node;
    node.kind = StrictYaml::Node::Scalar;
    node.line = number;
    node.text = text;
    return node;
}

StrictYaml::Node value(const QString &text, int number)
{
    if (!text.startsWith(QLatin1Char('[')))
        return scalarNode(scalar(text, number), number);
    if (!text.endsWith(QLatin1Char(']')))
        throw Failure{number, QCoreApplication::translate(
                                  "StrictYaml", "a bracketed list must end the line with ']'")};
    StrictYaml::Node list;
    list.kind = StrictYaml::Node::List;
    list.line = number;
    QString inner = text.mid(1, text.size() - 2);
    if (inner.isEmpty())
        return list;
    while (true) {
        QString item;
        if (inner.startsWith(QLatin1Char('"'))) {
            std::tie(item, inner) = quoted(inner, number);
        } else {
            const qsizetype end = inner.indexOf(QLatin1Char(','));
            if (end < 0) {
                item = inner;
                inner.clear();
            } else {
                item = inner.left(end);
                inner = inner.mid(end);
            }
            item = scalar(item, number);
        }
        list.items.push_back(scalarNode(item, number));
        if (inner.isEmpty())
            return list;
        if (!inner.startsWith(QLatin1String(", ")))
            throw Failure{number, QCoreApplication::translate("StrictYaml",
                                                              "list items are separated by ', '")};
        inner = inner.mid(2);
    }
}

class Reader
{
public:
    explicit Reader(std::vector<Line> lines) : m_lines(std::move(lines)) {}

    StrictYaml::Node document()
    {
        if (m_lines.empty())
            throw Failure{1, QCoreApplication::translate("StrictYaml", "empty document")};
        if (m_lines.front().indent != 0)
            throw Failure{m_lines.front().number,
                          QCoreApplication::translate(
                              "StrictYaml", "the document must start at the left margin")};
        size_t i = 0;
        StrictYaml::Node doc = mapping(i, 0);
        if (i != m_lines.size())
            throw Failure{m_lines[i].number,
                          QCoreApplication::translate("StrictYaml", "unexpected text")};
        return doc;
    }

private:
    bool startsEntry(size_t i) const { return m_lines[i].text.startsWith(QLatin1String("- ")); }

    std::pair<QString, std::optional<QString>> keyValue(const Line &line) const
    {
        QString key;
        std::optional<QString> rest;
        const qsizetype colon = line.text.indexOf(QLatin1String(": "));
        if (line.text.endsWith(QLatin1Char(':'))) {
            key = line.text.chopped(1);
        } else if (colon >= 0) {
            key = line.text.left(colon);
            rest = line.text.mid(colon + 2);
            if (rest->startsWith(QLatin1Char(' ')) || rest->isEmpty())
                throw Failure{line.number,
                              QCoreApplication::translate("StrictYaml", "one space after ':'")};
        } else {
            throw Failure{line.number, QCoreApplication::translate(
                                           "StrictYaml", "expected 'key: value' or 'key:'")};
        }
        if (!keyPattern().match(key).hasMatch())
            throw Failure{line.number,
                          QCoreApplication::translate("StrictYaml", "not a key of the subset: '%1'")
                              .arg(key)};
        return {key, rest};
    }

    StrictYaml::Node block(size_t &i, int indent)
    {
        const QString &text = m_lines[i].text;
        if (text.startsWith(QLatin1String("- ")) || text == QLatin1String("-"))
            return sequence(i, indent);
        return mapping(i, indent);
    }

    void noDeeperLine(size_t i, int indent) const
    {
        if (i < m_lines.size() && m_lines[i].indent > indent)
            throw Failure{m_lines[i].number,
                          QCoreApplication::translate("StrictYaml", "unexpected indentation")};
    }

    StrictYaml::Node mapping(size_t &i, int indent)
    {
        StrictYaml::Node out;
        out.kind = StrictYaml::Node::Map;
        out.line = i < m_lines.size() ? m_lines[i].number : 0;
        while (i < m_lines.size() && m_lines[i].indent == indent &&
               !m_lines[i].text.startsWith(QLatin1Char('-'))) {
            const Line line = m_lines[i];
            auto [key, rest] = keyValue(line);
            if (out.value(key))
                throw Failure{line.number, QCoreApplication::translate("StrictYaml",
                                                                       "the key '%1' appears twice")
                                               .arg(key)};
            ++i;
            if (!rest) {
                if (i >= m_lines.size() || m_lines[i].indent != indent + 2)
                    throw Failure{line.number,
                                  QCoreApplication::translate(
                                      "StrictYaml", "'%1' needs a value or a block indented two "
                                                    "more spaces")
                                      .arg(key)};
                StrictYaml::Node child = block(i, indent + 2);
                child.line = line.number;
                out.fields.emplace_back(key, std::move(child));
            } else {
                out.fields.emplace_back(key, value(*rest, line.number));
            }
        }
        noDeeperLine(i, indent);
        return out;
    }

    StrictYaml::Node sequence(size_t &i, int indent)
    {
        StrictYaml::Node out;
        out.kind = StrictYaml::Node::List;
        out.line = m_lines[i].number;
        while (i < m_lines.size() && m_lines[i].indent == indent && startsEntry(i)) {
            const Line line = m_lines[i];
            const QString item = line.text.mid(2);
            if (item.startsWith(QLatin1Char(' ')))
                throw Failure{line.number,
                              QCoreApplication::translate("StrictYaml", "one space after '-'")};
            if (item.startsWith(QLatin1Char('[')) || item.startsWith(QLatin1Char('"')) ||
                (!item.contains(QLatin1String(": ")) && !item.endsWith(QLatin1Char(':')))) {
                out.items.push_back(value(item, line.number));
                ++i;
                continue;
            }
            // A mapping whose first key follows the '- ': read it as if indented two more.
            m_lines[i] = Line{line.number, indent + 2, item};
            out.items.push_back(mapping(i, indent + 2));
        }
        noDeeperLine(i, indent);
        return out;
    }

    std::vector<Line> m_lines;
};

} // namespace

const StrictYaml::Node *StrictYaml::Node::value(const QString &key) const
{
    for (const auto &[name, node] : fields) {
        if (name == key)
            return &node;
    }
    return nullptr;
}

QVariant StrictYaml::Node::toVariant() const
{
    switch (kind) {
    case Scalar:
        return text;
    case List: {
        QVariantList list;
        list.reserve(qsizetype(items.size()));
        for (const Node &item : items)
            list.append(item.toVariant());
        return list;
    }
    case Map: {
        QVariantMap map;
        for (const auto &[name, node] : fields)
            map.insert(name, node.toVariant());
        return map;
    }
    }
    return {};
}

std::optional<StrictYaml::Node> StrictYaml::parse(const QString &text, const QString &path,
                                                  QString *error)
{
    try {
        return Reader(splitLines(text)).document();
    } catch (const Failure &failure) {
        if (error)
            *error = QStringLiteral("%1:%2: %3").arg(path).arg(failure.line).arg(failure.what);
        return std::nullopt;
    }
}

std::optional<StrictYaml::Node> StrictYaml::parseFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(
                path, QCoreApplication::translate("StrictYaml", "the file is not UTF-8 text"));
        return std::nullopt;
    }
    return parse(text, path, error);
}

} // namespace auditlens
