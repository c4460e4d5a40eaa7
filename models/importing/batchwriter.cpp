// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "batchwriter.h"

#include "../store/casesql.h"
#include "../store/schema.h"
#include "casewrite.h"

#include <QCoreApplication>

#include <algorithm>

namespace auditlens {

BatchWriter::BatchWriter(sqlite3 *db, qint64 sourceId, IndexRowsSink *rows, size_t entitiesMax)
    : m_db(db), m_sourceId(sourceId), m_rows(rows), m_entitiesMax(std::max<size_t>(entitiesMax, 1)),
      m_event(db, CaseSql::kInsertEvent, SqliteStatement::Use::Persistent),
      m_problem(db, CaseSql::kInsertProblem, SqliteStatement::Use::Persistent),
      m_entity(db, CaseSql::kInsertEntity, SqliteStatement::Use::Persistent),
      m_action(db, CaseSql::kInsertAction, SqliteStatement::Use::Persistent)
{}

bool BatchWriter::prepare(QString *error)
{
    if (!m_event.ok() || !m_problem.ok() || !m_entity.ok() || !m_action.ok()) {
        *error = CaseWrite::failure(m_db);
        return false;
    }
    SqliteStatement actions(m_db, CaseSql::kActions);
    while (actions.row()) {
        bool inserted = false;
        m_actionIndex.insert(HashIndex::hash(actions.columnText(1)), m_actions.size(), &inserted);
        m_actions.emplace_back(std::string(actions.columnText(1)), actions.columnInt64(0));
        m_nextAction = std::max(m_nextAction, actions.columnInt64(0) + 1);
    }
    SqliteStatement entities(m_db, CaseSql::kEntities);
    while (m_entities.size() < m_entitiesMax && entities.row()) {
        bool inserted = false;
        m_entities.insert(
            entityKey(entities.columnText(1), entities.columnText(2), entities.columnText(3)),
            quint64(entities.columnInt64(0)), &inserted);
    }
    m_nextEntity = SqliteStatement::scalar(m_db, CaseSql::kNextEntityId);
    return m_entities.size() < m_entitiesMax || lookUpEntitiesInTheCase(error);
}

void BatchWriter::release()
{
    m_entities.clear();
    m_actionIndex.clear();
    std::vector<std::pair<std::string, qint64>>().swap(m_actions);
}

bool BatchWriter::write(const EventBatch &batch, QString *error)
{
    // The dictionary keys of the batch's entities come first, so that the dictionary's slots
    // can be fetched some events ahead: with nearly one new target an event, each lookup is
    // otherwise a cache miss the writer waits for. An entity equal to the previous event's
    // in its role needs no key (it is found without a lookup).
    constexpr size_t kRoles = kEntityRoleCount;
    m_keys.resize(batch.used * kRoles);
    for (size_t i = 0; i < batch.used; ++i) {
        const EventBatch::Event &e = batch.events[i];
        const EventBatch::Event *previous = i > 0 ? &batch.events[i - 1] : nullptr;
        for (size_t w = 0; w < kRoles; ++w) {
            const bool same = previous && previous->entityPresent[w] && e.entityPresent[w] &&
                              sameEntity(batch, *previous, e, w);
            m_keys[i * kRoles + w] =
                e.entityPresent[w] && !same
                    ? entityKey(batch.view(e.entity[w][0]), batch.view(e.entity[w][1]),
                                batch.view(e.entity[w][2]))
                    : 0;
        }
    }
    constexpr size_t kAhead = 16;
    for (size_t i = 0; i < std::min(kAhead, batch.used) * kRoles; ++i)
        m_entities.prefetch(m_keys[i]);
    for (size_t i = 0; i < batch.used; ++i) {
        for (size_t k = (i + kAhead) * kRoles; k < std::min(i + kAhead + 1, batch.used) * kRoles;
             ++k) {
            if (m_keys[k])
                m_entities.prefetch(m_keys[k]);
        }
        if (!writeEvent(batch, batch.events[i], &m_keys[i * kRoles], error))
            return false;
    }
    for (const auto &p : batch.problems) {
        const Problem &problem = p.problem;
        m_problem.bindInt64(1, m_sourceId);
        m_problem.bindInt64(2, problem.line);
        m_problem.bindInt64(3, problem.offset);
        m_problem.bindText(4, problemKindName(problem.kind));
        m_problem.bindText(5, severityName(problem.severity));
        if (problem.column.isEmpty())
            m_problem.bindNull(6);
        else
            m_problem.bindTextCopy(6, problem.column.toUtf8());
        m_problem.bindTextCopy(7, problem.message.toUtf8());
        m_problem.bindBlob(8, problem.raw.constData(), size_t(problem.raw.size()));
        if (p.eventSeq > 0)
            m_problem.bindInt64(9, p.eventSeq);
        else
            m_problem.bindNull(9);
        if (!CaseWrite::run(m_problem, m_db, error))
            return false;
    }
    return true;
}

quint64 BatchWriter::entityKey(std::string_view id, std::string_view type, std::string_view name)
{
    return HashIndex::combine(HashIndex::combine(HashIndex::hash(id), HashIndex::hash(type)),
                              HashIndex::hash(name));
}

bool BatchWriter::storedAs(qint64 rowid, QString *error)
{
    const qint64 stored = sqlite3_last_insert_rowid(m_db);
    if (stored == rowid)
        return true;
    *error = QCoreApplication::translate("Importer", "a row meant to be %1 was stored as %2")
                 .arg(rowid)
                 .arg(stored);
    return false;
}

bool BatchWriter::lookUpEntitiesInTheCase(QString *error)
{
    if (!CaseWrite::exec(m_db, Schema::createEntityTextIndex(), error))
        return false;
    m_findEntity = std::make_unique<SqliteStatement>(m_db, CaseSql::kFindEntity,
                                                     SqliteStatement::Use::Persistent);
    if (!m_findEntity->ok()) {
        *error = CaseWrite::failure(m_db);
        return false;
    }
    return true;
}

bool BatchWriter::sameEntity(const EventBatch &batch, const EventBatch::Event &a,
                             const EventBatch::Event &b, int which)
{
    for (int k = 0; k < 3; ++k) {
        if (batch.view(a.entity[which][k]) != batch.view(b.entity[which][k]))
            return false;
    }
    return true;
}

bool BatchWriter::entityCode(const EventBatch &batch, const EventBatch::Event &e, int which,
                             quint64 key, qint64 *code, QString *error)
{
    qint64 &previous = m_previousCode[which];
    if (key != 0 && !lookUpEntity(batch, e, which, key, &previous, error))
        return false;
    *code = previous;
    return true;
}

bool BatchWriter::lookUpEntity(const EventBatch &batch, const EventBatch::Event &e, int which,
                               quint64 key, qint64 *code, QString *error)
{
    const std::string_view id = batch.view(e.entity[which][0]);
    const std::string_view type = batch.view(e.entity[which][1]);
    const std::string_view name = batch.view(e.entity[which][2]);
    if (m_findEntity) {
        if (const quint64 *held = m_entities.find(key)) {
            *code = qint64(*held);
            return true;
        }
        m_findEntity->bindText(1, id);
        m_findEntity->bindText(2, type);
        m_findEntity->bindText(3, name);
        const bool found = m_findEntity->row();
        *code = found ? m_findEntity->columnInt64(0) : m_nextEntity;
        m_findEntity->reset();
        if (found)
            return true;
        ++m_nextEntity;
        return insertEntity(id, type, name, *code, error);
    }
    bool inserted = false;
    *code = qint64(*m_entities.insert(key, quint64(m_nextEntity), &inserted));
    if (!inserted)
        return true;
    ++m_nextEntity;
    if (!insertEntity(id, type, name, *code, error))
        return false;
    return m_entities.size() < m_entitiesMax || lookUpEntitiesInTheCase(error);
}

bool BatchWriter::insertEntity(std::string_view id, std::string_view type, std::string_view name,
                               qint64 code, QString *error)
{
    m_entity.bindNull(1);
    m_entity.bindText(2, id);
    m_entity.bindText(3, type);
    m_entity.bindText(4, name);
    return CaseWrite::run(m_entity, m_db, error) && storedAs(code, error);
}

bool BatchWriter::actionCodeFor(std::string_view action, qint64 *code, QString *error)
{
    // Consecutive events mostly share their action; otherwise look it up by hash (a
    // collision falls back to comparing names).
    if (m_lastAction < m_actions.size() && m_actions[m_lastAction].first == action) {
        *code = m_actions[m_lastAction].second;
        return true;
    }
    const quint64 key = HashIndex::hash(action);
    if (const quint64 *at = m_actionIndex.find(key); at && m_actions[*at].first == action) {
        m_lastAction = size_t(*at);
    } else {
        auto same = std::find_if(m_actions.begin(), m_actions.end(),
                                 [&](const auto &a) { return a.first == action; });
        if (same == m_actions.end()) {
            m_action.bindInt64(1, m_nextAction);
            m_action.bindText(2, action);
            if (!CaseWrite::run(m_action, m_db, error))
                return false;
            bool inserted = false;
            m_actionIndex.insert(key, m_actions.size(), &inserted);
            m_actions.emplace_back(std::string(action), m_nextAction++);
            same = m_actions.end() - 1;
        }
        m_lastAction = size_t(same - m_actions.begin());
    }
    *code = m_actions[m_lastAction].second;
    return true;
}

bool BatchWriter::writeEvent(const EventBatch &batch, const EventBatch::Event &e,
                             const quint64 *keys, QString *error)
{
    auto cell = [&](Column c) { return e.cells[columnIndex(c)]; };
    auto bindText = [&](int index, const EventBatch::Text &t) {
        if (t.present)
            m_event.bindText(index, batch.view(t));
        else
            m_event.bindNull(index);
    };
    const std::string_view action = batch.view(cell(Column::Action));
    qint64 actionCode = 0;
    if (!actionCodeFor(action, &actionCode, error))
        return false;
    m_event.bindNull(1);
    m_event.bindInt64(2, m_sourceId);
    m_event.bindInt64(3, e.line);
    m_event.bindInt64(4, e.offset);
    m_event.bindText(5, batch.view(cell(Column::Id)));
    m_event.bindInt64(6, actionCode);
    // Statement parameters of the roles: actor, target, scope, then organization and account.
    constexpr int kRoleParameter[kEntityRoleCount] = {7, 8, 9, 24, 25};
    qint64 codes[kEntityRoleCount] = {};
    for (int which = 0; which < kEntityRoleCount; ++which) {
        if (!e.entityPresent[which]) {
            m_event.bindNull(kRoleParameter[which]);
            continue;
        }
        if (!entityCode(batch, e, which, keys[which], &codes[which], error))
            return false;
        m_event.bindInt64(kRoleParameter[which], codes[which]);
    }
    if (e.success != EventSuccess::Unreadable)
        m_event.bindInt64(10, qint64(e.success));
    else
        m_event.bindNull(10);
    if (e.hasTime)
        m_event.bindInt64(11, e.occurredNs);
    else
        m_event.bindNull(11);
    bindText(12, e.requestId);
    m_event.bindInt64(13, e.flags);
    bindText(14, cell(Column::OccurredAt));
    bindText(15, cell(Column::Success));
    bindText(16, cell(Column::Version));
    bindText(17, cell(Column::Actor));
    bindText(18, cell(Column::Target));
    bindText(19, cell(Column::Scope));
    bindText(20, cell(Column::Payload));
    bindText(21, cell(Column::Metadata));
    bindText(22, cell(Column::Request));
    bindText(23, e.extra);
    bindText(26, e.ipAddress);
    if (e.ipKey.present)
        m_event.bindBlob(27, batch.arena.data() + e.ipKey.offset, e.ipKey.length);
    else
        m_event.bindNull(27);
    bindText(28, e.clientTraceId);
    EventOrigin origin;
    origin.organization = quint32(codes[3]);
    origin.account = quint32(codes[4]);
    if (e.ipKey.present)
        origin.ipKey = batch.view(e.ipKey);
    origin.hasRequest = e.requestId.present;
    if (origin.hasRequest)
        origin.requestId = batch.view(e.requestId);
    if (m_rows &&
        !m_rows->append(e.hasTime, e.occurredNs, e.offset, quint16(m_sourceId), quint32(actionCode),
                        quint32(codes[0]), quint32(codes[1]), quint32(codes[2]), e.success,
                        e.flags != 0, batch.view(cell(Column::Id)), origin)) {
        m_rows = nullptr;
        m_rowsDropped = true;
    }
    return CaseWrite::run(m_event, m_db, error) && storedAs(e.seq, error);
}

} // namespace auditlens
