// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "sqleventquery.h"

#include "../index/eventindex.h"
#include "../parsing/ipaddress.h"
#include "../store/casestore.h"
#include "../store/sqlitestatement.h"
#include "actionspelling.h"

namespace auditlens {

namespace {
QString likeEscaped(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

// "a.b.*" matches the family a.b and everything below it; '-' and '.' are one separator.
void actionCondition(const char *column, const QStringList &actions, bool exclude,
                     QStringList &parts, QVariantList &values)
{
    if (actions.isEmpty())
        return;
    QStringList alternatives;
    const QString name = ActionSpelling::sqlKey(QStringLiteral("name"));
    for (const QString &action : actions) {
        const QString key = ActionSpelling::key(action);
        if (key.endsWith(QLatin1String(".*"))) {
            alternatives << name + QStringLiteral(" LIKE ? ESCAPE '\\'");
            values << QString(likeEscaped(key.chopped(1)) + QLatin1Char('%'));
        } else if (key == QLatin1String("*")) {
            alternatives << QStringLiteral("1");
        } else {
            alternatives << name + QStringLiteral(" = ?");
            values << key;
        }
    }
    parts << QStringLiteral("e.%1 %2 (SELECT id FROM actions WHERE %3)")
                 .arg(QLatin1String(column),
                      exclude ? QStringLiteral("NOT IN") : QStringLiteral("IN"),
                      alternatives.join(QStringLiteral(" OR ")));
}

void entityCondition(const char *column, const QStringList &keys, bool exclude, QStringList &parts,
                     QVariantList &values)
{
    if (keys.isEmpty())
        return;
    QStringList alternatives;
    for (const QString &key : keys) {
        alternatives << QStringLiteral("ext_id = ? OR name = ?");
        values << key << key;
    }
    const QString in = QStringLiteral("e.%1 IN (SELECT id FROM entities WHERE %2)")
                           .arg(QLatin1String(column), alternatives.join(QStringLiteral(" OR ")));
    parts << (exclude ? QStringLiteral("(e.%1 IS NULL OR NOT %2)").arg(QLatin1String(column), in)
                      : in);
}

// Addresses and CIDR blocks as ranges of IpAddress keys; text that is neither names nothing.
void addressCondition(const char *column, const QStringList &blocks, bool exclude,
                      QStringList &parts, QVariantList &values)
{
    if (blocks.isEmpty())
        return;
    QStringList alternatives;
    for (const QString &block : blocks) {
        QList<QPair<QByteArray, QByteArray>> ranges;
        if (!IpAddress::ranges(block, &ranges)) {
            alternatives << QStringLiteral("0");
            continue;
        }
        for (const auto &[first, last] : ranges) {
            alternatives << QStringLiteral("e.%1 BETWEEN ? AND ?").arg(QLatin1String(column));
            values << first << last;
        }
    }
    const QString in =
        QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    parts << (exclude ? QStringLiteral("(e.%1 IS NULL OR NOT %2)").arg(QLatin1String(column), in)
                      : in);
}

// The stored value exactly: text, or a whole number (text that is none names nothing).
void valueCondition(const char *column, const QStringList &keys, bool exclude, bool numbers,
                    QStringList &parts, QVariantList &values)
{
    if (keys.isEmpty())
        return;
    QStringList marks;
    for (const QString &key : keys) {
        bool isNumber = false;
        const qint64 number = key.trimmed().toLongLong(&isNumber);
        marks << QStringLiteral("?");
        if (!numbers)
            values << key;
        else
            values << (isNumber ? number : qint64(-1)); // no source has a negative number
    }
    const QString in =
        QStringLiteral("e.%1 IN (%2)").arg(QLatin1String(column), marks.join(QLatin1Char(',')));
    parts << (exclude ? QStringLiteral("(e.%1 IS NULL OR NOT %2)").arg(QLatin1String(column), in)
                      : in);
}

// An annotation of the event in its table (alias a, joined to sources as s): the event is named
// by its identity, as the annotation names it. A finding's hit is named the same way.
QString annotated(const char *table, const QString &also = {}, bool tags = true)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM %1 AS a JOIN sources AS s ON s.sha256 ="
                          " a.source_sha256%2 WHERE s.id = e.source_id AND a.line = e.line AND"
                          " a.event_id = e.event_id%3)")
        .arg(QLatin1String(table),
             also.isEmpty() || !tags ? QString()
                                     : QStringLiteral(" JOIN tags AS t ON t.id = a.tag_id"),
             also.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(also));
}

// Tags by name ("*": any tag); a mark by its value (other text names nothing).
void annotationCondition(const FilterFieldInfo &info, const QStringList &keys, bool exclude,
                         QStringList &parts, QVariantList &values)
{
    if (keys.isEmpty())
        return;
    QString exists;
    if (info.match == FieldMatch::Mark) {
        bool named = false;
        for (const QString &key : keys)
            named = named || key.compare(markValue(), Qt::CaseInsensitive) == 0;
        exists = named ? annotated(info.sqlColumn) : QStringLiteral("0");
    } else if (keys.contains(anyTagValue())) {
        exists = annotated(info.sqlColumn);
    } else {
        QStringList marks;
        for (const QString &key : keys) {
            marks << QStringLiteral("?");
            values << key;
        }
        const bool finding = info.field == FilterField::Finding;
        exists =
            annotated(info.sqlColumn,
                      QStringLiteral("%1 IN (%2)")
                          .arg(finding ? QStringLiteral("a.rule_id") : QStringLiteral("t.name"),
                               marks.join(QLatin1Char(','))),
                      !finding);
    }
    parts << (exclude ? QStringLiteral("NOT ") + exists : exists);
}

void fieldCondition(const FilterFieldInfo &info, const QStringList &keys, bool exclude,
                    QStringList &parts, QVariantList &values)
{
    switch (info.match) {
    case FieldMatch::ActionName:
        return actionCondition(info.sqlColumn, keys, exclude, parts, values);
    case FieldMatch::Entity:
        return entityCondition(info.sqlColumn, keys, exclude, parts, values);
    case FieldMatch::Address:
        return addressCondition(info.sqlColumn, keys, exclude, parts, values);
    case FieldMatch::Text:
    case FieldMatch::Number:
        return valueCondition(info.sqlColumn, keys, exclude, info.match == FieldMatch::Number,
                              parts, values);
    case FieldMatch::TagName:
    case FieldMatch::Mark:
        return annotationCondition(info, keys, exclude, parts, values);
    }
}
} // namespace

SqlCondition sqlCondition(const Filter &f)
{
    QStringList parts;
    QVariantList values;
    for (const FilterField field : kFilterFields) {
        const FilterFieldInfo &info = filterFieldInfo(field);
        fieldCondition(info, f[field].include, false, parts, values);
        fieldCondition(info, f[field].exclude, true, parts, values);
    }
    if (f.success != SuccessFilter::Any) {
        parts << QStringLiteral("e.success = ?");
        values << int(f.success); // the column's value (see SuccessFilter)
    }
    if (f.hasFrom) {
        parts << QStringLiteral("e.occurred_ns >= ?");
        values << f.from;
    }
    if (f.hasTo) {
        parts << QStringLiteral("e.occurred_ns <= ?");
        values << f.to;
    }
    if (!f.text.isEmpty()) {
        // Every field as text: the cells as read plus what was extracted from them.
        parts << QStringLiteral(
            "(e.event_id || char(31) || (SELECT name FROM actions WHERE id = e.action_id) ||"
            " char(31) || coalesce(e.occurred_at, '') || char(31) || coalesce(e.success_text, '')"
            " || char(31) || coalesce(e.version, '') || char(31) || coalesce(e.actor_json, '') ||"
            " char(31) || coalesce(e.target_json, '') || char(31) || coalesce(e.scope_json, '') ||"
            " char(31) || coalesce(e.payload, '') || char(31) || coalesce(e.metadata, '') ||"
            " char(31) || coalesce(e.request, '') || char(31) || coalesce(e.extra, ''))"
            " LIKE ? ESCAPE '\\'");
        values << QString(QLatin1Char('%') + likeEscaped(f.text) + QLatin1Char('%'));
    }
    for (const JsonCondition &c : f.json) {
        const QString sql = c.sql();
        // A path FilterArgs and the viewer never let through; a condition no event passes.
        parts << (sql.isEmpty() ? QStringLiteral("0") : sql);
        if (!sql.isEmpty())
            values << c.value;
    }
    switch (f.duplicates) {
    case DuplicateFilter::All:
        break;
    case DuplicateFilter::Duplicates:
        parts << QStringLiteral("e.seq IN (SELECT seq FROM duplicates)");
        break;
    case DuplicateFilter::Exact:
        parts << QStringLiteral("e.seq IN (SELECT seq FROM duplicates WHERE kind = ?)");
        values << int(DuplicateKind::Exact);
        break;
    case DuplicateFilter::Conflicting:
        parts << QStringLiteral("e.seq IN (SELECT seq FROM duplicates WHERE kind = ?)");
        values << int(DuplicateKind::Conflicting);
        break;
    case DuplicateFilter::Unique:
        parts << QStringLiteral("e.seq NOT IN (SELECT seq FROM duplicates)");
        break;
    case DuplicateFilter::CollapseExact:
        parts << QStringLiteral(
            "e.seq NOT IN (SELECT seq FROM duplicates WHERE kind = ? AND rank > 1)");
        values << int(DuplicateKind::Exact);
        break;
    }
    SqlCondition condition;
    condition.where = parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
    condition.values = values;
    return condition;
}

void bindCondition(SqliteStatement &statement, const SqlCondition &condition)
{
    for (int i = 0; i < condition.values.size(); ++i) {
        const QVariant &value = condition.values.at(i);
        if (value.typeId() == QMetaType::QString)
            statement.bindTextCopy(i + 1, value.toString().toUtf8());
        else if (value.typeId() == QMetaType::QByteArray)
            statement.bindBlobCopy(i + 1, value.toByteArray());
        else
            statement.bindInt64(i + 1, value.toLongLong());
    }
}

namespace {
// The SELECT list that readRow reads, over `events AS e` joined to its dictionaries.
QByteArray eventRowSelect()
{
    return QByteArrayLiteral(
        "SELECT e.seq, e.source_id, s.file_name, e.line, e.offset, e.event_id, a.name,"
        " ac.ext_id, ac.type, ac.name, t.ext_id, t.type, t.name, sc.ext_id, sc.type, sc.name,"
        " e.success, e.occurred_ns, e.request_id, e.flags, coalesce(d.kind, ?),"
        " coalesce(d.count, 1), coalesce(d.rank, 1), e.occurred_at, e.success_text, e.version,"
        " e.actor_json, e.target_json, e.scope_json, e.payload, e.metadata, e.request, e.extra,"
        " e.ip, o.ext_id, o.name, ao.ext_id, ao.name, e.client_trace_id"
        " FROM events AS e JOIN sources AS s ON s.id = e.source_id"
        " LEFT JOIN duplicates AS d ON d.seq = e.seq"
        " JOIN actions AS a ON a.id = e.action_id"
        " LEFT JOIN entities AS ac ON ac.id = e.actor"
        " LEFT JOIN entities AS t ON t.id = e.target"
        " LEFT JOIN entities AS sc ON sc.id = e.scope"
        " LEFT JOIN entities AS o ON o.id = e.organization"
        " LEFT JOIN entities AS ao ON ao.id = e.account");
}

// Fills an EventRow from a row of eventRowSelect(). Values are converted as Qt Sql converts them
// (see SqliteStatement::columnVariant), which the CLI's answers have always been made with.
void readRow(const SqliteStatement &s, EventRow *r)
{
    auto value = [&](int c) { return s.columnVariant(c); };
    r->seq = value(0).toLongLong();
    r->sourceId = value(1).toLongLong();
    r->sourceName = value(2).toString();
    r->line = value(3).toLongLong();
    r->offset = value(4).toLongLong();
    r->eventId = value(5).toString();
    r->action = value(6).toString();
    r->actorId = value(7).toString();
    r->actorType = value(8).toString();
    r->actorName = value(9).toString();
    r->targetId = value(10).toString();
    r->targetType = value(11).toString();
    r->targetName = value(12).toString();
    r->scopeId = value(13).toString();
    r->scopeType = value(14).toString();
    r->scopeName = value(15).toString();
    r->success = storedEventSuccess(s.isNull(16), value(16).toInt());
    r->hasTime = !s.isNull(17);
    r->occurredNs = value(17).toLongLong();
    r->requestId = value(18).toString();
    r->flags = quint32(value(19).toLongLong());
    r->dupKind = DuplicateKind(value(20).toInt());
    r->dupCount = value(21).toInt();
    r->dupRank = value(22).toInt();
    r->sourceNumber = QString::number(r->sourceId);
    QString *request[] = {&r->ip,        &r->organizationId, &r->organizationName,
                          &r->accountId, &r->accountName,    &r->clientTraceId};
    for (int i = 0; i < 6; ++i)
        *request[i] = value(33 + i).toString();
    QByteArray *cells[] = {&r->occurredAt, &r->successText, &r->version, &r->actorJson,
                           &r->targetJson, &r->scopeJson,   &r->payload, &r->metadata,
                           &r->request,    &r->extra};
    for (int i = 0; i < 10; ++i) {
        const QVariant v = value(23 + i);
        *cells[i] = v.isNull() ? QByteArray() : v.toString().toUtf8();
        if (!v.isNull() && cells[i]->isNull())
            *cells[i] = QByteArray("");
    }
}
} // namespace

SqlEventQuery::SqlEventQuery(const CaseStore &store) : m_db(store.handle()) {}

qint64 SqlEventQuery::count(const Filter &filter, QString *error) const
{
    const SqlCondition c = sqlCondition(filter);
    // The events themselves are counted, not the entries of events_line: a count is a claim
    // about events that can be read, and a case whose table is damaged says so.
    SqliteStatement q(m_db,
                      "SELECT count(*) FROM events AS e NOT INDEXED WHERE " + c.where.toUtf8());
    bindCondition(q, c);
    if (!q.row()) {
        if (error)
            *error = q.error();
        return -1;
    }
    return q.columnInt64(0);
}

bool SqlEventQuery::forEach(const Filter &filter, qint64 limit,
                            const std::function<bool(const EventRow &)> &visit,
                            QString *error) const
{
    SqlCondition c = sqlCondition(filter);
    QByteArray sql = eventRowSelect() + " WHERE " + c.where.toUtf8() +
                     " ORDER BY e.occurred_ns IS NULL, e.occurred_ns, e.source_id, e.line";
    if (limit >= 0)
        sql += " LIMIT " + QByteArray::number(limit);
    // The select's own parameter (the kind of an event without copies) comes first.
    c.values.prepend(int(DuplicateKind::None));
    SqliteStatement q(m_db, sql);
    bindCondition(q, c);
    EventRow row;
    SqliteStatement::Step step;
    while ((step = q.step()) == SqliteStatement::Step::Row) {
        readRow(q, &row);
        if (!visit(row))
            return true;
    }
    if (step == SqliteStatement::Step::Error) {
        if (error)
            *error = q.error();
        return false;
    }
    return true;
}

bool SqlEventQuery::fetch(qint64 seq, EventRow *row) const
{
    SqliteStatement q(m_db, eventRowSelect() + " WHERE e.seq = ?");
    q.bindInt64(1, qint64(DuplicateKind::None));
    q.bindInt64(2, seq);
    if (!q.row())
        return false;
    readRow(q, row);
    return true;
}

} // namespace auditlens
