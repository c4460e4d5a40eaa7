// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "exportselection.h"

#include "../store/sqlitestatement.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string_view>
#include <vector>

namespace auditlens {

// Walks the full rows of a selection in its order through the raw sqlite3 API: no QVariant or
// QString per cell, the bytes stay SQLite's until the next row.
class ExportCursor
{
public:
    // The columns of a row. Everything up to Extra comes from the events table; the entity
    // columns only with WithEntities.
    enum Column {
        Seq,
        SourceId,
        Line,
        EventId,
        ActionId,
        Success,
        OccurredNs,
        DupKind,
        DupCount,
        Flags,
        OccurredAt,
        SuccessText,
        Version,
        ActorJson,
        TargetJson,
        ScopeJson,
        Payload,
        Metadata,
        Request,
        Extra,
        ActorId,
        ActorType,
        ActorName,
        TargetId,
        TargetType,
        TargetName,
        ScopeId,
        ScopeType,
        ScopeName,
    };
    enum class Columns { Events, WithEntities };

    ExportCursor(sqlite3 *db, const ExportSelection &selection, Columns columns);
    ExportCursor(const ExportCursor &) = delete;
    ExportCursor &operator=(const ExportCursor &) = delete;

    bool prepare(QString *error);
    // Moves to the next event of the selection; false at the end or on an error (see error()).
    bool next();
    const ExportKey &key() const { return *m_key; }
    // Index of the current event in the selection.
    qint64 position() const { return m_position; }
    QString error() const { return m_error; }

    bool isNull(Column column) const;
    std::string_view text(Column column) const;
    qint64 integer(Column column) const;

private:
    // A sequential read of one source's events in storage order. Each import appends its
    // source's events as one run of seqs, so a source's events are a seq range.
    struct Scan
    {
        qint64 sourceId = 0;
        qint64 first = 0;
        qint64 last = 0;
        std::unique_ptr<SqliteStatement> statement;
        qint64 seq = -1; // of the current row; everything below has been passed
        bool done = false;
    };

    bool fail();
    Scan *scanFor(const ExportKey &key);
    bool stepScanTo(Scan &scan, qint64 seq);
    bool lookUp(qint64 seq);

    sqlite3 *m_db;
    const ExportSelection &m_selection;
    Columns m_columns;
    QByteArray m_scanSql;
    std::vector<Scan> m_scans;
    std::unique_ptr<SqliteStatement> m_lookup; // one event by seq
    const SqliteStatement *m_current = nullptr;
    qint64 m_position = -1;
    const ExportKey *m_key = nullptr;
    QString m_error;
};

} // namespace auditlens
