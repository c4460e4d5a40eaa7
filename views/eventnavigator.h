// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "session/casesession.h"
#include "session/filterhistory.h"

#include <QObject>

namespace auditlens {

class EventTableModel;
class EventTableView;
class FilterBar;

// Getting to an event: a jump to one the filter hides (changing the filter as little as it must),
// Undo of a sweeping filter change, Find Next/Previous through the events that contain a text
// without filtering them, and putting the current event back after a result that replaced the
// table.
class EventNavigator : public QObject
{
    Q_OBJECT
public:
    EventNavigator(CaseSession *session, EventTableModel *model, EventTableView *table,
                   FilterBar *filterBar, QObject *parent = nullptr);

    const FilterHistory &history() const { return m_history; }
    qint64 currentSeq() const;

    // Replaces the filter, keeping the current one for Undo; reason says what changed it.
    void replaceFilter(const Filter &filter, const QString &reason);
    // Remembers the filter before a change made elsewhere (a preset).
    void remember(const Filter &before, const QString &reason);
    void undo();
    void clearHistory();
    // Shows the event; when the filter hides it, widens the filter as little as it must.
    void jumpToEvent(qint64 seq, const QString &reason);
    // Makes seq current again once the next result is in (if it holds it).
    void restoreAfterNextResult(qint64 seq) { m_restoreSeq = seq; }
    // Every event of the event's request, whatever the filter (Undo brings the filter back),
    // with the event still current.
    void showSameRequest(qint64 seq);
    // Only the events with this value of the field (the other conditions kept), or none with it.
    void filterToValue(FilterField field, const QString &value, bool exclude);
    void find(const QString &text);
    void findNext(bool backwards);

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);
    void historyChanged();

private:
    void onResult();
    void onTextFound(const TextMatchesPtr &matches);

    CaseSession *m_session;
    EventTableModel *m_model;
    EventTableView *m_table;
    FilterBar *m_filterBar;
    FilterHistory m_history;
    qint64 m_pendingJump = -1;
    int m_revealStage = 0; // how far the filter was widened for m_pendingJump
    qint64 m_restoreSeq = -1;
    quint64 m_findRequest = 0;
    bool m_jumpToFirstMatch = false;
};

} // namespace auditlens
