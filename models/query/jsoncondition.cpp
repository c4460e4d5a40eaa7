// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "jsoncondition.h"

#include <QCoreApplication>

#include <algorithm>

namespace auditlens {

namespace {
// The JSON cells a path may start with, and the events column that holds each.
struct Cell
{
    const char *name;
    const char *column;
};
constexpr Cell kCells[] = {{"actor", "actor_json"},  {"target", "target_json"},
                           {"scope", "scope_json"},  {"payload", "payload"},
                           {"metadata", "metadata"}, {"request", "request"}};

// A character an unquoted key may hold.
bool plainKeyChar(QChar c)
{
    return c != QLatin1Char('.') && c != QLatin1Char('[') && c != QLatin1Char(']') &&
           c != QLatin1Char('"') && c != QLatin1Char('=') && !c.isSpace() &&
           c.category() != QChar::Other_Control;
}

bool literalChar(QChar c)
{
    const char16_t u = c.unicode();
    return u > 0x20 && u < 0x7f && u != '"' && u != '\\' && u != '/' && u != '<' && u != '>' &&
           u != '&';
}

// A text as an SQL string literal.
QString literal(const QByteArray &text)
{
    QString quoted = QString::fromUtf8(text);
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

bool JsonCondition::readPath(const QString &path, const char **column, QByteArray *sqlitePath,
                             QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    qsizetype i = 0;
    const qsizetype n = path.size();
    while (i < n && path[i] != QLatin1Char('.') && path[i] != QLatin1Char('['))
        ++i;
    const QString cellName = path.left(i);
    const Cell *cell = nullptr;
    for (const Cell &c : kCells) {
        if (cellName == QLatin1String(c.name))
            cell = &c;
    }
    if (!cell)
        return fail(QCoreApplication::translate(
                        "JsonCondition",
                        "a JSON path starts with actor, target, scope, payload, metadata or "
                        "request, not \"%1\"")
                        .arg(cellName));
    QByteArray out = "$";
    int steps = 0;
    while (i < n) {
        if (path[i] == QLatin1Char('[')) {
            const qsizetype close = path.indexOf(QLatin1Char(']'), i);
            bool ok = false;
            const uint element = close > i + 1 ? path.mid(i + 1, close - i - 1).toUInt(&ok) : 0;
            if (!ok || path.mid(i + 1, close - i - 1).startsWith(QLatin1Char('+')))
                return fail(QCoreApplication::translate(
                    "JsonCondition", "an array element is written [N], as in payload.items[0]"));
            out += '[' + QByteArray::number(element) + ']';
            i = close + 1;
        } else if (path[i] == QLatin1Char('.')) {
            ++i;
            QString key;
            if (i < n && path[i] == QLatin1Char('"')) {
                const qsizetype close = path.indexOf(QLatin1Char('"'), i + 1);
                if (close < 0)
                    return fail(QCoreApplication::translate("JsonCondition",
                                                            "a quoted key has no closing quote"));
                key = path.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype start = i;
                while (i < n && plainKeyChar(path[i]))
                    ++i;
                key = path.mid(start, i - start);
                if (key.isEmpty())
                    return fail(QCoreApplication::translate(
                        "JsonCondition",
                        "a key is missing after a '.'; a key with a '.', a bracket, "
                        "'=' or a space is written in double quotes"));
            }
            out += ".\"" + key.toUtf8() + '"';
        } else {
            return fail(QCoreApplication::translate(
                "JsonCondition", "a key follows a '.', an array element is written [N]"));
        }
        ++steps;
    }
    if (steps == 0)
        return fail(
            QCoreApplication::translate(
                "JsonCondition", "the path names a cell but no value in it: add a key, as in %1.id")
                .arg(cellName));
    *column = cell->column;
    *sqlitePath = out;
    return true;
}

bool JsonCondition::parse(const QString &text, bool exclude, JsonCondition *condition,
                          QString *error)
{
    bool quoted = false;
    qsizetype equals = -1;
    for (qsizetype i = 0; i < text.size() && equals < 0; ++i) {
        if (text[i] == QLatin1Char('"'))
            quoted = !quoted;
        else if (text[i] == QLatin1Char('=') && !quoted)
            equals = i;
    }
    if (equals < 0) {
        if (error)
            *error = QCoreApplication::translate("JsonCondition",
                                                 "a JSON condition is written PATH=VALUE, as in "
                                                 "payload.project.slug=gh/acme/api");
        return false;
    }
    JsonCondition c;
    c.path = text.left(equals);
    c.value = text.mid(equals + 1);
    c.exclude = exclude;
    const char *column = nullptr;
    QByteArray sqlitePath;
    if (!readPath(c.path, &column, &sqlitePath, error))
        return false;
    *condition = c;
    return true;
}

QString JsonCondition::literalPart(const QString &value)
{
    QString best;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i < value.size() && literalChar(value[i]))
            continue;
        if (i - start > best.size())
            best = value.mid(start, i - start);
        start = i + 1;
    }
    return best;
}

QString JsonCondition::keyStep(const QString &key)
{
    if (key.contains(QLatin1Char('"')))
        return {};
    const bool plain = !key.isEmpty() && std::all_of(key.begin(), key.end(), plainKeyChar);
    if (plain)
        return QLatin1Char('.') + key;
    return QStringLiteral(".\"") + key + QLatin1Char('"');
}

QString JsonCondition::sql() const
{
    const char *column = nullptr;
    QByteArray sqlitePath;
    if (!readPath(path, &column, &sqlitePath))
        return {};
    // A string compares as its text, anything else as its JSON (a number as written). A cell
    // that is not JSON is no value at all: json_type would stop the statement with an error.
    const QString c = QStringLiteral("e.") + QLatin1String(column);
    const QString p = literal(sqlitePath);
    const QString value = QStringLiteral("CASE WHEN json_valid(%1) THEN CASE json_type(%1, %2) "
                                         "WHEN 'text' THEN json_extract(%1, %2) ELSE %1 -> %2 "
                                         "END END")
                              .arg(c, p);
    const QString equal = QStringLiteral("coalesce((%1) = ?, 0)").arg(value);
    if (exclude)
        return QStringLiteral("NOT ") + equal;
    // A cell that lacks the value's literal part cannot hold the value: finding that out costs
    // far less than reading its JSON.
    const QString part = literalPart(this->value);
    if (part.size() < 3)
        return equal;
    return QStringLiteral("(instr(%1, %2) > 0 AND %3)").arg(c, literal(part.toUtf8()), equal);
}

} // namespace auditlens
