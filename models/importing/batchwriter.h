// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../store/sqlitestatement.h"
#include "batchqueue.h"
#include "hashindex.h"
#include "indexrowssink.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace auditlens {

// The writer thread's half: turns batches into rows through prepared statements, coding
// actions and entities through dictionaries kept in memory.
class BatchWriter
{
public:
    // rows, when given, receives what a viewer index needs of each event, until it takes no more
    // (rowsDropped() then says so).
    // entitiesMax: entities the in-memory dictionary holds; the others are looked up in the case.
    BatchWriter(sqlite3 *db, qint64 sourceId, IndexRowsSink *rows, size_t entitiesMax);

    // Reads the case's dictionaries; false with *error when the case cannot be read.
    bool prepare(QString *error);

    bool rowsDropped() const { return m_rowsDropped; }

    // Forgets the dictionaries once every batch is written.
    void release();

    bool write(const EventBatch &batch, QString *error);

private:
    static quint64 entityKey(std::string_view id, std::string_view type, std::string_view name);

    // Rows are appended with the next rowid SQLite picks (the last one plus one), which is the
    // one the importer gave them: SQLite then need not search the table for it first. Checked all
    // the same: a case whose largest rowid was not what the importer counted on stops the import.
    bool storedAs(qint64 rowid, QString *error);

    // The dictionary is full: from now on, entities it does not hold are looked up in the case's
    // table, through an index made for that (it stays in the case).
    bool lookUpEntitiesInTheCase(QString *error);

    static bool sameEntity(const EventBatch &batch, const EventBatch::Event &a,
                           const EventBatch::Event &b, int which);

    // key: the entity's dictionary key, or 0 when it is the previous event's entity in its role
    // (the scope nearly always is: one organisation), whose code is kept.
    bool entityCode(const EventBatch &batch, const EventBatch::Event &e, int which, quint64 key,
                    qint64 *code, QString *error);

    // The entity's code: from the dictionary, else (once it is full) from the case, else a new
    // entity is stored.
    bool lookUpEntity(const EventBatch &batch, const EventBatch::Event &e, int which, quint64 key,
                      qint64 *code, QString *error);

    bool insertEntity(std::string_view id, std::string_view type, std::string_view name,
                      qint64 code, QString *error);

    bool actionCodeFor(std::string_view action, qint64 *code, QString *error);

    bool writeEvent(const EventBatch &batch, const EventBatch::Event &e, const quint64 *keys,
                    QString *error);

    sqlite3 *m_db;
    qint64 m_sourceId;
    IndexRowsSink *m_rows;
    size_t m_entitiesMax;
    std::unique_ptr<SqliteStatement> m_findEntity; // set once the dictionary is full
    bool m_rowsDropped = false;
    SqliteStatement m_event;
    SqliteStatement m_problem;
    SqliteStatement m_entity;
    SqliteStatement m_action;
    std::vector<std::pair<std::string, qint64>> m_actions; // name, code
    HashIndex m_actionIndex;                               // hash of name -> position
    size_t m_lastAction = size_t(-1);

    qint64 m_nextAction = 1;
    HashIndex m_entities;
    std::vector<quint64> m_keys; // per event of the batch being written and role: see write()
    qint64 m_nextEntity = 1;
    // Per role (actor, target, scope): the code of the last entity coded.
    qint64 m_previousCode[kEntityRoleCount] = {};
};

} // namespace auditlens
