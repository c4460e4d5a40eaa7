// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "payloadtreemodel.h"

#include "../query/jsoncondition.h"
#include "semanticcolors.h"

#include <QColor>

#include <cctype>

namespace auditlens {

struct PayloadTreeModel::Node
{
    enum Kind { Object, Array, String, Number, Boolean, Null, Invalid, Missing };
    Node *parent = nullptr;
    int row = 0;
    QString key;
    QString path;
    Kind kind = Null;
    QString text; // scalars: their value (strings decoded); containers: compact JSON
    std::vector<std::unique_ptr<Node>> children;
};

namespace {
using Node = PayloadTreeModel::Node;

// The path a JsonCondition reads to node; empty when a key on the way cannot be named.
QString conditionPath(const Node *node)
{
    if (!node->parent || !node->parent->parent)
        return node->key; // a cell: actor, payload...
    const QString parent = conditionPath(node->parent);
    if (parent.isEmpty())
        return {};
    if (node->parent->kind == Node::Array)
        return parent + node->key; // [N]
    const QString step = JsonCondition::keyStep(node->key);
    return step.isEmpty() ? QString() : parent + step;
}

QString conditionOf(const Node *node)
{
    if (node->kind != Node::String && node->kind != Node::Number && node->kind != Node::Boolean &&
        node->kind != Node::Null)
        return {};
    JsonCondition c;
    c.path = conditionPath(node);
    // A cell itself (a top-level scalar) is not a value a path names.
    if (c.path.isEmpty() || !node->parent || !node->parent->parent)
        return {};
    c.value = node->text;
    return c.text();
}

// A small JSON reader that keeps each scalar's text as written. Returns false on invalid JSON.
class JsonTree
{
public:
    explicit JsonTree(const QByteArray &text) : m_p(text.constData()), m_end(m_p + text.size()) {}

    bool parse(Node *node)
    {
        if (!value(node, 0))
            return false;
        skipSpace();
        return m_p == m_end;
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool literal(const char *word)
    {
        const size_t n = qstrlen(word);
        if (size_t(m_end - m_p) < n || qstrncmp(m_p, word, n) != 0)
            return false;
        m_p += n;
        return true;
    }
    bool string(QString *out)
    {
        if (m_p >= m_end || *m_p != '"')
            return false;
        ++m_p;
        QByteArray utf8;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\') {
                if (++m_p >= m_end)
                    return false;
                const char c = *m_p++;
                switch (c) {
                case 'n':
                    utf8 += '\n';
                    break;
                case 't':
                    utf8 += '\t';
                    break;
                case 'r':
                    utf8 += '\r';
                    break;
                case 'b':
                    utf8 += '\b';
                    break;
                case 'f':
                    utf8 += '\f';
                    break;
                case 'u': {
                    if (m_end - m_p < 4)
                        return false;
                    bool ok = false;
                    uint code = QByteArray(m_p, 4).toUInt(&ok, 16);
                    if (!ok)
                        return false;
                    m_p += 4;
                    if (code >= 0xd800 && code < 0xdc00 && m_end - m_p >= 6 && m_p[0] == '\\' &&
                        m_p[1] == 'u') {
                        const uint low = QByteArray(m_p + 2, 4).toUInt(&ok, 16);
                        if (ok && low >= 0xdc00 && low < 0xe000) {
                            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                            m_p += 6;
                        }
                    }
                    const char32_t ch = char32_t(code);
                    utf8 += QString::fromUcs4(&ch, 1).toUtf8();
                    break;
                }
                default:
                    utf8 += c;
                    break;
                }
            } else {
                utf8 += *m_p++;
            }
        }
        if (m_p >= m_end)
            return false;
        ++m_p;
        *out = QString::fromUtf8(utf8);
        return true;
    }
    bool value(Node *node, int depth)
    {
        if (depth > 200)
            return false;
        skipSpace();
        if (m_p >= m_end)
            return false;
        const char *start = m_p;
        const char c = *m_p;
        if (c == '{' || c == '[') {
            node->kind = c == '{' ? Node::Object : Node::Array;
            ++m_p;
            skipSpace();
            const char close = c == '{' ? '}' : ']';
            if (m_p < m_end && *m_p == close) {
                ++m_p;
            } else {
                for (;;) {
                    auto child = std::make_unique<Node>();
                    child->parent = node;
                    child->row = int(node->children.size());
                    if (node->kind == Node::Object) {
                        skipSpace();
                        if (!string(&child->key))
                            return false;
                        skipSpace();
                        if (m_p >= m_end || *m_p++ != ':')
                            return false;
                        child->path = node->path + QLatin1Char('.') + child->key;
                    } else {
                        child->key = QStringLiteral("[%1]").arg(child->row);
                        child->path = node->path + child->key;
                    }
                    if (!value(child.get(), depth + 1))
                        return false;
                    node->children.push_back(std::move(child));
                    skipSpace();
                    if (m_p < m_end && *m_p == ',') {
                        ++m_p;
                        continue;
                    }
                    if (m_p < m_end && *m_p == close) {
                        ++m_p;
                        break;
                    }
                    return false;
                }
            }
            node->text = QString::fromUtf8(start, int(m_p - start)).simplified();
            return true;
        }
        if (c == '"') {
            node->kind = Node::String;
            return string(&node->text);
        }
        if (literal("true") || literal("false")) {
            node->kind = Node::Boolean;
            node->text = QString::fromLatin1(start, int(m_p - start));
            return true;
        }
        if (literal("null")) {
            node->kind = Node::Null;
            node->text = QStringLiteral("null");
            return true;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            ++m_p;
            while (m_p < m_end && (std::isdigit(static_cast<unsigned char>(*m_p)) || *m_p == '.' ||
                                   *m_p == 'e' || *m_p == 'E' || *m_p == '+' || *m_p == '-'))
                ++m_p;
            node->kind = Node::Number;
            node->text = QString::fromLatin1(start, int(m_p - start));
            return true;
        }
        return false;
    }

    const char *m_p;
    const char *m_end;
};

const char *kindName(Node::Kind kind)
{
    switch (kind) {
    case Node::Object:
        return "object";
    case Node::Array:
        return "array";
    case Node::String:
        return "string";
    case Node::Number:
        return "number";
    case Node::Boolean:
        return "boolean";
    case Node::Null:
        return "null";
    case Node::Invalid:
        return "invalid";
    case Node::Missing:
        return "missing";
    }
    return "";
}
} // namespace

PayloadTreeModel::PayloadTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{}

PayloadTreeModel::~PayloadTreeModel() = default;

void PayloadTreeModel::clear()
{
    setDocuments({});
}

void PayloadTreeModel::setDocuments(const std::vector<std::pair<QString, QByteArray>> &documents)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->kind = Node::Object;
    for (const auto &[name, text] : documents) {
        auto node = std::make_unique<Node>();
        node->parent = m_root.get();
        node->row = int(m_root->children.size());
        node->key = name;
        node->path = name;
        if (text.isNull()) {
            node->kind = Node::Missing;
            node->text = tr("(no such column in the source)");
        } else if (!JsonTree(text).parse(node.get())) {
            node->children.clear();
            node->kind = Node::Invalid;
            node->text = QString::fromUtf8(text);
        }
        m_root->children.push_back(std::move(node));
    }
    endResetModel();
}

QModelIndex PayloadTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p =
        parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex PayloadTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = static_cast<const Node *>(child.internalPointer());
    if (!n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int PayloadTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p =
        parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    return int(p->children.size());
}

int PayloadTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PayloadTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return tr("Field");
    case Value:
        return tr("Value");
    case Type:
        return tr("Type");
    default:
        return {};
    }
}

QVariant PayloadTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = static_cast<const Node *>(index.internalPointer());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Key:
            return n->key;
        case Value:
            if (n->kind == Node::Object)
                return tr("{%n keys}", nullptr, int(n->children.size()));
            if (n->kind == Node::Array)
                return tr("[%n items]", nullptr, int(n->children.size()));
            if (n->kind == Node::Invalid)
                return tr("not valid JSON: %1").arg(n->text.left(200));
            return n->text.left(500);
        case Type:
            return QLatin1String(kindName(n->kind));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return n->kind == Node::Object || n->kind == Node::Array
                   ? n->path
                   : n->path + QStringLiteral(" = ") + n->text.left(2000);
    case Qt::ForegroundRole:
        if (n->kind == Node::Invalid)
            return SemanticColors::text(SemanticColors::Meaning::Failure);
        return {};
    case PathRole:
        return n->path;
    case ValueRole:
        return n->text;
    case TypeRole:
        return QLatin1String(kindName(n->kind));
    case ConditionRole:
        return conditionOf(n);
    default:
        return {};
    }
}

} // namespace auditlens
