// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "findingsengine.h"

#include "../query/actionspelling.h"
#include "../store/duplicatekind.h"
#include "../store/sqlitestatement.h"
#include "../text/nameinspection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <numeric>

namespace auditlens {

namespace {

constexpr qint64 kSecondNs = 1000000000;
constexpr qint64 kDayNs = 86400 * kSecondNs;

// The fields a rule may name.
enum class Field {
    None,
    Action,
    ActorId,
    ActorType,
    ActorName,
    TargetId,
    TargetType,
    TargetName,
    ScopeId,
    ScopeName,
    OrganizationId,
    OrganizationName,
    Ip,
    RequestId
};

Field fieldNamed(const QString &name)
{
    static const QHash<QString, Field> fields = {
        {QStringLiteral("action"), Field::Action},
        {QStringLiteral("actor.id"), Field::ActorId},
        {QStringLiteral("actor.type"), Field::ActorType},
        {QStringLiteral("actor.name"), Field::ActorName},
        {QStringLiteral("target.id"), Field::TargetId},
        {QStringLiteral("target.type"), Field::TargetType},
        {QStringLiteral("target.name"), Field::TargetName},
        {QStringLiteral("scope.id"), Field::ScopeId},
        {QStringLiteral("scope.name"), Field::ScopeName},
        {QStringLiteral("organization.id"), Field::OrganizationId},
        {QStringLiteral("organization.name"), Field::OrganizationName},
        {QStringLiteral("ip"), Field::Ip},
        {QStringLiteral("request.id"), Field::RequestId}};
    return fields.value(name, Field::None);
}

// Texts as small numbers: 0 is the empty text (no value).
class Strings
{
public:
    Strings() { m_texts << QString(); }
    quint32 code(const QString &text)
    {
        if (text.isEmpty())
            return 0;
        const auto found = m_codes.constFind(text);
        if (found != m_codes.constEnd())
            return *found;
        const quint32 c = quint32(m_texts.size());
        m_codes.insert(text, c);
        m_texts << text;
        return c;
    }
    const QString &text(quint32 code) const { return m_texts.at(code); }

private:
    QHash<QString, quint32> m_codes;
    QStringList m_texts;
};

// The events of the case as the rules read them, one entry per counted event, in import order.
struct Events
{
    std::vector<qint64> seq, sourceId, line, ns;
    std::vector<quint32> action, actor, target, scope, organization, ip, request;
    std::vector<qint8> success; // EventSuccess: -1 unreadable, 0 false, 1 true
    size_t size() const { return seq.size(); }
};

struct Case
{
    Strings strings;
    std::vector<QString> actionNames; // by action id, as written
    std::vector<quint32> actionCode;  // by action id: the normalised name's code
    // By entity id: the codes of its ext_id, type and name (equal texts, equal codes; filled only
    // for what the rules group by), and their NameInspection concerns (for lookalike rules).
    std::vector<quint32> entityId, entityType, entityName;
    std::vector<quint8> entityConcerns[3];
    std::vector<QString> ipText; // by ip code (first spelling seen)
    Events events;
    std::vector<quint32> timeOrder; // event indexes by (time, import order)
};

quint32 entityField(const std::vector<quint32> &column, quint32 entity)
{
    return entity < column.size() ? column[entity] : 0;
}

// The value code of an event's field (0: none). Ip values are codes of their address keys.
quint32 valueOf(const Case &c, Field field, size_t i)
{
    const Events &e = c.events;
    switch (field) {
    case Field::None:
        return 0;
    case Field::Action:
        return e.action[i] < c.actionCode.size() ? c.actionCode[e.action[i]] : 0;
    case Field::ActorId:
        return entityField(c.entityId, e.actor[i]);
    case Field::ActorType:
        return entityField(c.entityType, e.actor[i]);
    case Field::ActorName:
        return entityField(c.entityName, e.actor[i]);
    case Field::TargetId:
        return entityField(c.entityId, e.target[i]);
    case Field::TargetType:
        return entityField(c.entityType, e.target[i]);
    case Field::TargetName:
        return entityField(c.entityName, e.target[i]);
    case Field::ScopeId:
        return entityField(c.entityId, e.scope[i]);
    case Field::ScopeName:
        return entityField(c.entityName, e.scope[i]);
    case Field::OrganizationId:
        return entityField(c.entityId, e.organization[i]);
    case Field::OrganizationName:
        return entityField(c.entityName, e.organization[i]);
    case Field::Ip:
        return e.ip[i];
    case Field::RequestId:
        return e.request[i];
    }
    return 0;
}

// The text of a value code of field.
QString textOf(const Case &c, Field field, quint32 code)
{
    if (field == Field::Ip)
        return code < c.ipText.size() ? c.ipText[code] : QString();
    return c.strings.text(code);
}

// Which action ids a rule's actions name (every action when all is set).
std::vector<bool> actionsOf(const Case &c, const QStringList &actions, bool emptyMeansAll)
{
    std::vector<bool> in(c.actionNames.size(), emptyMeansAll && actions.isEmpty());
    if (actions.isEmpty())
        return in;
    QSet<QString> wanted;
    for (const QString &a : actions)
        wanted.insert(ActionSpelling::key(a));
    for (size_t id = 0; id < c.actionNames.size(); ++id)
        in[id] =
            !c.actionNames[id].isNull() && wanted.contains(ActionSpelling::key(c.actionNames[id]));
    return in;
}

// Whether an event's success passes the rule's success parameter.
bool successPasses(const QString &wanted, qint8 success)
{
    if (wanted == QLatin1String("true"))
        return success == 1;
    if (wanted == QLatin1String("false"))
        return success == 0;
    return true;
}

// What the rules read of the case.
struct Needs
{
    bool ip = false, request = false, order = false;
    bool entityParts[3] = {false, false, false}; // ext_id, type, name: compared
    bool entityConcerns = false;                 // inspected
};

bool readCase(sqlite3 *db, const Needs &needs, Case &c, QString *error)
{
    const bool needIp = needs.ip, needRequest = needs.request;
    // A row takes at least 4 bytes of the file.
    const qint64 bound = SqliteStatement::rowBound(db, 4);
    {
        SqliteStatement actions(db, "SELECT id, name FROM actions");
        while (actions.row()) {
            const qint64 id = actions.columnInt64(0);
            if (id < 0 || id > std::min<qint64>(bound, 100000000))
                continue;
            if (size_t(id) >= c.actionNames.size()) {
                c.actionNames.resize(size_t(id) + 1);
                c.actionCode.resize(size_t(id) + 1, 0);
            }
            c.actionNames[size_t(id)] = actions.columnString(1);
            c.actionCode[size_t(id)] = c.strings.code(ActionSpelling::key(actions.columnString(1)));
        }
        if (!actions.done()) {
            *error = actions.error();
            return false;
        }
    }
    // Entities: a case holds hundreds of thousands. Codes by one read in text order (equal texts
    // are neighbours), for the parts the rules compare only.
    const qint64 maxEntity = SqliteStatement::scalar(db, "SELECT max(id) FROM entities", 0);
    const size_t entities = size_t(std::clamp<qint64>(maxEntity, 0, 100000000)) + 1;
    static const char *const kByText[3] = {"SELECT id, ext_id FROM entities ORDER BY ext_id, id",
                                           "SELECT id, type FROM entities ORDER BY type, id",
                                           "SELECT id, name FROM entities ORDER BY name, id"};
    std::vector<quint32> *columns[3] = {&c.entityId, &c.entityType, &c.entityName};
    for (int part = 0; part < 3; ++part) {
        columns[part]->assign(entities, 0);
        if (!needs.entityParts[part])
            continue;
        SqliteStatement rows(db, kByText[part]);
        std::string previous;
        quint32 code = 0;
        while (rows.row()) {
            const qint64 id = rows.columnInt64(0);
            const std::string_view text = rows.columnText(1);
            if (id < 0 || size_t(id) >= entities || text.empty())
                continue;
            if (code == 0 || text != previous) {
                previous.assign(text);
                ++code;
            }
            (*columns[part])[size_t(id)] = code;
        }
        if (!rows.done()) {
            *error = rows.error();
            return false;
        }
    }
    if (needs.entityConcerns) {
        for (auto &v : c.entityConcerns)
            v.assign(entities, 0);
        SqliteStatement rows(db, "SELECT id, ext_id, type, name FROM entities");
        while (rows.row()) {
            const qint64 id = rows.columnInt64(0);
            if (id < 0 || size_t(id) >= entities)
                continue;
            for (int part = 0; part < 3; ++part) {
                const std::string_view text = rows.columnText(part + 1);
                const bool plain = std::all_of(text.begin(), text.end(),
                                               [](char ch) { return ch >= 0x20 && ch < 0x7f; });
                if (!plain)
                    c.entityConcerns[part][size_t(id)] =
                        NameInspection(rows.columnString(part + 1)).concerns();
            }
        }
        if (!rows.done()) {
            *error = rows.error();
            return false;
        }
    }
    // The later copies of exact groups are not counted.
    std::vector<qint64> exactCopies;
    {
        SqliteStatement copies(db, "SELECT seq FROM duplicates WHERE kind = ?1 AND rank > 1"
                                   " ORDER BY seq");
        copies.bindInt64(1, int(DuplicateKind::Exact));
        while (copies.row())
            exactCopies.push_back(copies.columnInt64(0));
        if (!copies.done()) {
            *error = copies.error();
            return false;
        }
    }
    QByteArray sql = "SELECT seq, source_id, line, occurred_ns, action_id, actor, target, scope,"
                     " organization, success, ";
    sql += needIp ? "ip_key, ip, " : "NULL, NULL, ";
    sql += needRequest ? "request_id" : "NULL";
    sql += " FROM events WHERE occurred_ns IS NOT NULL ORDER BY seq";
    SqliteStatement rows(db, sql);
    if (!rows.ok()) {
        *error = rows.error();
        return false;
    }
    Events &e = c.events;
    const qint64 total =
        std::min(SqliteStatement::scalar(db, "SELECT max(seq) FROM events", 0), bound);
    for (auto *v : {&e.seq, &e.sourceId, &e.line, &e.ns})
        v->reserve(size_t(std::max<qint64>(total, 0)));
    for (auto *v : {&e.action, &e.actor, &e.target, &e.scope, &e.organization, &e.ip, &e.request})
        v->reserve(size_t(std::max<qint64>(total, 0)));
    e.success.reserve(size_t(std::max<qint64>(total, 0)));
    QHash<QByteArray, quint32> ipCodes;
    c.ipText.emplace_back();
    auto copy = exactCopies.cbegin();
    const auto small = [](qint64 v) { return v > 0 && v <= 0xffffffffLL ? quint32(v) : 0u; };
    while (rows.row()) {
        const qint64 seq = rows.columnInt64(0);
        while (copy != exactCopies.cend() && *copy < seq)
            ++copy;
        if (copy != exactCopies.cend() && *copy == seq)
            continue;
        e.seq.push_back(seq);
        e.sourceId.push_back(rows.columnInt64(1));
        e.line.push_back(rows.columnInt64(2));
        e.ns.push_back(rows.columnInt64(3));
        e.action.push_back(small(rows.columnInt64(4)));
        e.actor.push_back(small(rows.columnInt64(5)));
        e.target.push_back(small(rows.columnInt64(6)));
        e.scope.push_back(small(rows.columnInt64(7)));
        e.organization.push_back(small(rows.columnInt64(8)));
        const int stored = rows.isNull(9) ? -1 : rows.columnInt(9);
        e.success.push_back(stored < 0 ? -1 : stored == 0 ? 0 : stored == 1 ? 1 : 2);
        quint32 ip = 0;
        if (needIp && !rows.isNull(10)) {
            const std::string_view key = rows.columnBlob(10);
            // Looked up without a copy; copied once, when new.
            const QByteArray k = QByteArray::fromRawData(key.data(), qsizetype(key.size()));
            const auto found = ipCodes.constFind(k);
            if (found != ipCodes.constEnd()) {
                ip = *found;
            } else {
                ip = quint32(c.ipText.size());
                ipCodes.insert(QByteArray(key.data(), qsizetype(key.size())), ip);
                c.ipText.push_back(rows.columnString(11));
            }
        }
        e.ip.push_back(ip);
        e.request.push_back(needRequest ? c.strings.code(rows.columnString(12)) : 0);
    }
    if (!rows.done()) {
        *error = rows.error();
        return false;
    }
    return true;
}

void sortByTime(Case &c)
{
    const Events &e = c.events;
    c.timeOrder.resize(e.size());
    std::iota(c.timeOrder.begin(), c.timeOrder.end(), 0u);
    // Import order is seq order: a stable sort by time keeps it for ties.
    if (!std::is_sorted(e.ns.begin(), e.ns.end()))
        std::stable_sort(c.timeOrder.begin(), c.timeOrder.end(),
                         [&e](quint32 a, quint32 b) { return e.ns[a] < e.ns[b]; });
}

// "HH:MM" as ns after midnight; -1 when it is not that.
qint64 clockNs(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    bool okH = false, okM = false;
    const int h = parts.size() == 2 ? parts[0].toInt(&okH) : -1;
    const int m = parts.size() == 2 ? parts[1].toInt(&okM) : -1;
    if (!okH || !okM || h < 0 || h > 24 || m < 0 || m > 59 || (h == 24 && m != 0))
        return -1;
    return (qint64(h) * 3600 + m * 60) * kSecondNs;
}

using Hits = std::vector<quint32>; // event indexes

bool evaluateOffHours(const Case &c, const Rule &rule, Hits &hits, QString *error)
{
    static const QStringList dayNames = {
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    bool working[7] = {};
    for (const QString &d : rule.list(QStringLiteral("days"))) {
        const qsizetype k = dayNames.indexOf(d.trimmed().toLower());
        if (k < 0) {
            *error = QCoreApplication::translate(
                         "FindingsEngine",
                         "Rule %1: %2 is not a day (mon, tue, wed, thu, fri, sat, sun).")
                         .arg(rule.id, d);
            return false;
        }
        working[k] = true;
    }
    const qint64 start = clockNs(rule.text(QStringLiteral("start")));
    const qint64 end = clockNs(rule.text(QStringLiteral("end")));
    if (start < 0 || end < 0) {
        *error = QCoreApplication::translate("FindingsEngine",
                                             "Rule %1: start and end must be times written HH:MM.")
                     .arg(rule.id);
        return false;
    }
    const QString zoneName = rule.text(QStringLiteral("time_zone"));
    const bool utc = zoneName.isEmpty() || zoneName == QLatin1String("UTC");
    QTimeZone zone;
    if (!utc) {
        zone = QTimeZone(zoneName.toUtf8());
        if (!zone.isValid()) {
            *error = QCoreApplication::translate(
                         "FindingsEngine", "Rule %1: %2 is not a time zone this system knows.")
                         .arg(rule.id, zoneName);
            return false;
        }
    }
    // The zone's offset by quarter of an hour of UTC (every offset change falls on one).
    QHash<qint64, qint64> offsets;
    const auto offsetNs = [&](qint64 ns) -> qint64 {
        if (utc)
            return 0;
        const qint64 quarter = ns >= 0 ? ns / (900 * kSecondNs) : (ns + 1) / (900 * kSecondNs) - 1;
        auto found = offsets.constFind(quarter);
        if (found == offsets.constEnd()) {
            const QDateTime at =
                QDateTime::fromMSecsSinceEpoch(quarter * 900 * 1000, QTimeZone::utc());
            found = offsets.insert(quarter, qint64(zone.offsetFromUtc(at)) * kSecondNs);
        }
        return *found;
    };
    const std::vector<bool> actions = actionsOf(c, rule.list(QStringLiteral("actions")), false);
    const QString success = rule.text(QStringLiteral("success"));
    const Events &e = c.events;
    for (size_t i = 0; i < e.size(); ++i) {
        if (e.action[i] >= actions.size() || !actions[e.action[i]] ||
            !successPasses(success, e.success[i]))
            continue;
        const qint64 local = e.ns[i] + offsetNs(e.ns[i]);
        qint64 day = local / kDayNs;
        qint64 tod = local % kDayNs;
        if (tod < 0) {
            tod += kDayNs;
            --day;
        }
        const int weekday = int(((day + 3) % 7 + 7) % 7); // 1970-01-01 was a Thursday
        bool inHours;
        if (start <= end) {
            inHours = working[weekday] && tod >= start && tod < end;
        } else {
            // Working hours over midnight: the evening belongs to its day, the morning to the
            // day before.
            inHours =
                (working[weekday] && tod >= start) || (working[(weekday + 6) % 7] && tod < end);
        }
        if (!inHours)
            hits.push_back(quint32(i));
    }
    return true;
}

bool countParameter(const Rule &rule, const char *key, qint64 *value, QString *error)
{
    bool ok = false;
    *value = rule.text(QLatin1String(key)).toLongLong(&ok);
    if (!ok || *value < 0) {
        *error =
            QCoreApplication::translate("FindingsEngine", "Rule %1: %2 must be a whole number.")
                .arg(rule.id, QLatin1String(key));
        return false;
    }
    return true;
}

bool fieldParameter(const Rule &rule, const char *key, Field *field, QString *error)
{
    *field = fieldNamed(rule.text(QLatin1String(key)));
    if (*field == Field::None) {
        *error = QCoreApplication::translate("FindingsEngine",
                                             "Rule %1: %2 is not a field a rule may name.")
                     .arg(rule.id, rule.text(QLatin1String(key)));
        return false;
    }
    return true;
}

bool evaluateBurst(const Case &c, const Rule &rule, Hits &hits, QString *error)
{
    Field groupBy;
    qint64 moreThan = 0, span = 0;
    if (!fieldParameter(rule, "group_by", &groupBy, error) ||
        !countParameter(rule, "more_than", &moreThan, error) ||
        !countParameter(rule, "span_seconds", &span, error))
        return false;
    span *= kSecondNs;
    const std::vector<bool> actions = actionsOf(c, rule.list(QStringLiteral("actions")), false);
    const QString success = rule.text(QStringLiteral("success"));
    const Events &e = c.events;
    // The events of each group in time order.
    QHash<quint32, std::vector<quint32>> groups;
    for (const quint32 i : c.timeOrder) {
        if (e.action[i] < actions.size() && actions[e.action[i]] &&
            successPasses(success, e.success[i]))
            groups[valueOf(c, groupBy, i)].push_back(i);
    }
    for (const std::vector<quint32> &g : std::as_const(groups)) {
        if (qint64(g.size()) <= moreThan)
            continue;
        size_t j = 0;
        size_t marked = 0; // g[0, marked) are hits already
        for (size_t i = 0; i < g.size(); ++i) {
            j = std::max(j, i);
            while (j + 1 < g.size() && e.ns[g[j + 1]] - e.ns[g[i]] <= span)
                ++j;
            if (qint64(j - i + 1) > moreThan) {
                for (size_t k = std::max(marked, i); k <= j; ++k)
                    hits.push_back(g[k]);
                marked = std::max(marked, j + 1);
            }
        }
    }
    return true;
}

bool evaluateFirstSeenPair(const Case &c, const Rule &rule, Hits &hits, QString *error)
{
    Field key, value;
    qint64 minEarlier = 0;
    if (!fieldParameter(rule, "key", &key, error) ||
        !fieldParameter(rule, "value", &value, error) ||
        !countParameter(rule, "min_earlier", &minEarlier, error))
        return false;
    const std::vector<bool> actions = actionsOf(c, rule.list(QStringLiteral("actions")), true);
    const QString success = rule.text(QStringLiteral("success"));
    const Events &e = c.events;
    QHash<quint32, qint64> earlier; // by key: its events so far
    QSet<quint64> seen;             // (key, value)
    for (const quint32 i : c.timeOrder) {
        if (e.action[i] >= actions.size() || !actions[e.action[i]] ||
            !successPasses(success, e.success[i]))
            continue;
        const quint32 k = valueOf(c, key, i);
        const quint32 v = valueOf(c, value, i);
        if (k == 0 || v == 0)
            continue;
        qint64 &count = earlier[k];
        const quint64 pair = (quint64(k) << 32) | v;
        if (!seen.contains(pair)) {
            if (count >= minEarlier)
                hits.push_back(i);
            seen.insert(pair);
        }
        ++count;
    }
    return true;
}

void evaluateActionSet(const Case &c, const Rule &rule, Hits &hits)
{
    const std::vector<bool> actions = actionsOf(c, rule.list(QStringLiteral("actions")), false);
    const QString success = rule.text(QStringLiteral("success"));
    const Events &e = c.events;
    for (size_t i = 0; i < e.size(); ++i) {
        if (e.action[i] < actions.size() && actions[e.action[i]] &&
            successPasses(success, e.success[i]))
            hits.push_back(quint32(i));
    }
}

void evaluateUnknownAction(const Case &c, const Rule &rule, const FindingsEngine::Knows &knows,
                           Hits &hits)
{
    QSet<QString> ignored;
    for (const QString &a : rule.list(QStringLiteral("ignore")))
        ignored.insert(ActionSpelling::key(a));
    std::vector<bool> unknown(c.actionNames.size(), false);
    for (size_t id = 0; id < c.actionNames.size(); ++id) {
        const QString &name = c.actionNames[id];
        unknown[id] = !name.isNull() && !ignored.contains(ActionSpelling::key(name)) &&
                      !(knows && knows(name));
    }
    const Events &e = c.events;
    for (size_t i = 0; i < e.size(); ++i) {
        if (e.action[i] < unknown.size() && unknown[e.action[i]])
            hits.push_back(quint32(i));
    }
}

bool evaluateLookalike(const Case &c, const Rule &rule, Hits &hits, QString *error)
{
    QList<Field> fields;
    for (const QString &name : rule.list(QStringLiteral("fields"))) {
        const Field f = fieldNamed(name);
        if (f == Field::None) {
            *error = QCoreApplication::translate("FindingsEngine",
                                                 "Rule %1: %2 is not a field a rule may name.")
                         .arg(rule.id, name);
            return false;
        }
        fields << f;
    }
    quint8 concerns = 0;
    QStringList named = rule.list(QStringLiteral("concerns"));
    if (named.isEmpty())
        named = QStringList{QStringLiteral("invisible"), QStringLiteral("bidi-control"),
                            QStringLiteral("control"), QStringLiteral("mixed-scripts")};
    for (const QString &name : std::as_const(named)) {
        if (name == QLatin1String("invisible"))
            concerns |= NameInspection::Invisible;
        else if (name == QLatin1String("bidi-control"))
            concerns |= NameInspection::BidiControl;
        else if (name == QLatin1String("control"))
            concerns |= NameInspection::Control;
        else if (name == QLatin1String("mixed-scripts"))
            concerns |= NameInspection::MixedScripts;
        else {
            *error = QCoreApplication::translate(
                         "FindingsEngine",
                         "Rule %1: %2 is not a concern (invisible, bidi-control, control,"
                         " mixed-scripts).")
                         .arg(rule.id, name);
            return false;
        }
    }
    // Each distinct value is inspected once. By value code (texts and addresses apart): -1 not yet
    // inspected, 0 plain, 1 suspicious.
    std::vector<qint8> textVerdicts, ipVerdicts;
    const auto suspicious = [&](Field f, quint32 code) {
        if (code == 0)
            return false;
        std::vector<qint8> &verdicts = f == Field::Ip ? ipVerdicts : textVerdicts;
        if (code >= verdicts.size())
            verdicts.resize(size_t(code) + 1024, -1);
        if (verdicts[code] < 0) {
            const QString text = textOf(c, f, code);
            verdicts[code] =
                !NameInspection::isPlain(text) && (NameInspection(text).concerns() & concerns) != 0;
        }
        return verdicts[code] == 1;
    };
    const Events &e = c.events;
    // An entity's part: its concerns, read with the entities.
    const auto entityConcern = [&](Field f, size_t i) -> int {
        const auto of = [&](const std::vector<quint32> &role, int part) {
            const std::vector<quint8> &v = c.entityConcerns[part];
            return role[i] < v.size() ? int(v[role[i]] & concerns) : 0;
        };
        switch (f) {
        case Field::ActorId:
            return of(e.actor, 0);
        case Field::ActorType:
            return of(e.actor, 1);
        case Field::ActorName:
            return of(e.actor, 2);
        case Field::TargetId:
            return of(e.target, 0);
        case Field::TargetType:
            return of(e.target, 1);
        case Field::TargetName:
            return of(e.target, 2);
        case Field::ScopeId:
            return of(e.scope, 0);
        case Field::ScopeName:
            return of(e.scope, 2);
        case Field::OrganizationId:
            return of(e.organization, 0);
        case Field::OrganizationName:
            return of(e.organization, 2);
        default:
            return -1; // not an entity's part
        }
    };
    for (size_t i = 0; i < e.size(); ++i) {
        for (const Field f : std::as_const(fields)) {
            const int entity = entityConcern(f, i);
            if (entity > 0 || (entity < 0 && suspicious(f, valueOf(c, f, i)))) {
                hits.push_back(quint32(i));
                break;
            }
        }
    }
    return true;
}

} // namespace

std::optional<qint64> RuleFindings::first() const
{
    return hits.empty() ? std::nullopt : std::optional<qint64>(hits.front().occurredNs);
}

std::optional<qint64> RuleFindings::last() const
{
    return hits.empty() ? std::nullopt : std::optional<qint64>(hits.back().occurredNs);
}

bool FindingsEngine::knowsKind(const QString &kind)
{
    static const QStringList kinds = {
        QStringLiteral("action-set"),     QStringLiteral("off-hours"),
        QStringLiteral("burst"),          QStringLiteral("first-seen-pair"),
        QStringLiteral("unknown-action"), QStringLiteral("lookalike-name")};
    return kinds.contains(kind);
}

std::optional<FindingsList> FindingsEngine::evaluate(sqlite3 *db, const RuleList &rules,
                                                     const Knows &knows, QString *error)
{
    Needs needs;
    for (const Rule &rule : rules) {
        if (!rule.enabled)
            continue;
        if (!knowsKind(rule.kind)) {
            *error =
                QCoreApplication::translate("FindingsEngine", "Rule %1: %2 is not a kind of rule.")
                    .arg(rule.id, rule.kind);
            return std::nullopt;
        }
        QStringList named = {rule.text(QStringLiteral("group_by")),
                             rule.text(QStringLiteral("key")), rule.text(QStringLiteral("value"))};
        named += rule.list(QStringLiteral("fields"));
        const bool inspects = rule.kind == QLatin1String("lookalike-name");
        needs.ip = needs.ip || named.contains(QLatin1String("ip"));
        needs.request = needs.request || named.contains(QLatin1String("request.id"));
        needs.order = needs.order || rule.kind == QLatin1String("burst") ||
                      rule.kind == QLatin1String("first-seen-pair");
        for (const QString &n : std::as_const(named)) {
            const int part = n.endsWith(QLatin1String(".id"))     ? 0
                             : n.endsWith(QLatin1String(".type")) ? 1
                             : n.endsWith(QLatin1String(".name")) ? 2
                                                                  : -1;
            if (part < 0 || n == QLatin1String("request.id"))
                continue;
            if (inspects)
                needs.entityConcerns = true;
            else
                needs.entityParts[part] = true;
        }
    }
    Case c;
    if (!readCase(db, needs, c, error))
        return std::nullopt;
    if (needs.order)
        sortByTime(c);
    FindingsList out;
    const Events &e = c.events;
    for (const Rule &rule : rules) {
        if (!rule.enabled)
            continue;
        Hits hits;
        bool ok = true;
        if (rule.kind == QLatin1String("action-set"))
            evaluateActionSet(c, rule, hits);
        else if (rule.kind == QLatin1String("off-hours"))
            ok = evaluateOffHours(c, rule, hits, error);
        else if (rule.kind == QLatin1String("burst"))
            ok = evaluateBurst(c, rule, hits, error);
        else if (rule.kind == QLatin1String("first-seen-pair"))
            ok = evaluateFirstSeenPair(c, rule, hits, error);
        else if (rule.kind == QLatin1String("unknown-action"))
            evaluateUnknownAction(c, rule, knows, hits);
        else
            ok = evaluateLookalike(c, rule, hits, error);
        if (!ok)
            return std::nullopt;
        // Event indexes are in import order: by time, ties kept in that order.
        std::sort(hits.begin(), hits.end());
        std::stable_sort(hits.begin(), hits.end(),
                         [&e](quint32 a, quint32 b) { return e.ns[a] < e.ns[b]; });
        RuleFindings found;
        found.rule = rule;
        found.hits.reserve(hits.size());
        for (const quint32 i : hits)
            found.hits.push_back(FindingHit{e.seq[i], e.sourceId[i], e.line[i], e.ns[i]});
        out << found;
    }
    return out;
}

} // namespace auditlens
