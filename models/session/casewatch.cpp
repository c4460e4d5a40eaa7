// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "casewatch.h"

#include "../store/sqlitestatement.h"

namespace auditlens {

CaseWatch::CaseWatch(sqlite3 *db, QObject *parent) : QObject(parent), m_db(db)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &CaseWatch::check);
}

void CaseWatch::start()
{
    m_dataVersion = dataVersion();
    m_lastLogId = lastLogId();
    m_sources = sources();
    m_timer.start();
}

void CaseWatch::acceptOwnChanges()
{
    m_lastLogId = std::max(m_lastLogId, lastLogId());
}

void CaseWatch::check()
{
    if (!m_db)
        return;
    const qint64 version = dataVersion();
    if (version < 0 || version == m_dataVersion)
        return; // nobody else committed anything (or the case is busy: next time)
    const qint64 logId = lastLogId();
    if (logId > m_lastLogId && m_pending && m_pending()) {
        // Perhaps our own change, landed but not reported yet: looked at again next time.
        return;
    }
    const Sources now = sources();
    if (!now.read)
        return; // the case is busy: next time
    m_dataVersion = version;
    const bool sourcesChanged = !(now == m_sources);
    m_sources = now;
    if (logId > m_lastLogId) {
        const qint64 changes = logId - m_lastLogId;
        m_lastLogId = logId;
        Q_EMIT annotationsChangedElsewhere(changes);
    }
    if (sourcesChanged)
        Q_EMIT sourcesChangedElsewhere();
}

qint64 CaseWatch::dataVersion() const
{
    SqliteStatement s(m_db, "PRAGMA data_version");
    return s.row() ? s.columnInt64(0) : -1;
}

qint64 CaseWatch::lastLogId() const
{
    SqliteStatement s(m_db, "SELECT max(id) FROM annotation_log");
    return s.ok() && s.row() ? s.columnInt64(0) : 0;
}

CaseWatch::Sources CaseWatch::sources() const
{
    SqliteStatement s(m_db, "SELECT count(*), max(id), max(imported_at) FROM sources");
    Sources result;
    if (s.ok() && s.row()) {
        result.count = s.columnInt64(0);
        result.lastId = s.columnInt64(1);
        result.lastImport = s.columnString(2);
        result.read = true;
    }
    return result;
}

} // namespace auditlens
