// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "session/casesession.h"
#include "session/filterhistory.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

namespace auditlens {

class EventTableModel;
class EventTableView;
class FilterBar;

// Getting to an event: a jump to one the filter hides (changing the filter as little as it must),
// Back and Forward through every filter state (with the event that was current in each), Undo of
// a sweeping filter change, the pivots from an event (a value, the same actor or request, the
// events around it), Find Next/Previous through the events that contain a text
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
    // The filter state before (after) the current one, with the event that was current in it.
    void back();
    void forward();
    void clearHistory();
    // Shows the event; when the filter hides it, widens the filter as little as it must.
    void jumpToEvent(qint64 seq, const QString &reason);
    // Makes seq current again once the next result is in (if it holds it).
    void restoreAfterNextResult(qint64 seq) { m_restoreSeq = seq; }
    // Every event of the event's request, whatever the filter (Undo brings the filter back),
    // with the event still current.
    void showSameRequest(qint64 seq) { showSame(seq, FilterField::Request); }
    // Only the events with this value of the field (the other conditions kept), or none with it.
    void filterToValue(FilterField field, const QString &value, bool exclude);
    // The same for a value inside the JSON cells ("payload.project.slug=gh/acme/api", see
    // JsonCondition): keeps or leaves out the events with it.
    void filterToJsonValue(const QString &condition, bool exclude);
    // Every event of the event's actor, whatever the filter, with the event still current.
    void showSameActor(qint64 seq) { showSame(seq, FilterField::Actor); }
    // The events within spanNs before and after the event (both ends inclusive), the other
    // conditions dropped; lands on the event, current, selected and in view.
    void showEventsAround(qint64 seq, qint64 spanNs);
    void find(const QString &text);
    void findNext(bool backwards);

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);
    void historyChanged();

private:
    void onResult();
    void onFilterChanged(const Filter &filter);
    void step(const FilterHistory::Entry &entry);
    // The event with seq, when a case is open and holds it.
    bool focalEvent(qint64 seq, EventRow *event) const;
    // Every event with the event's value of field (Actor or Request), whatever the filter.
    void showSame(qint64 seq, FilterField field);
    // Replaces the filter with f and makes seq current once the result is in.
    void pivot(const Filter &f, qint64 seq, const QString &reason);
    void onTextFound(const TextMatchesPtr &matches);

    CaseSession *m_session;
    EventTableModel *m_model;
    EventTableView *m_table;
    FilterBar *m_filterBar;
    FilterHistory m_history;
    std::optional<Filter> m_shownFilter; // the filter state now, once a case is open
    bool m_stepping = false;             // Back or Forward is setting the filter
    bool m_coalesceNext = false;         // the next change continues the last one
    QElapsedTimer m_lastTyped;           // when the search text alone last changed the filter
    qint64 m_pendingJump = -1;
    int m_revealStage = 0; // how far the filter was widened for m_pendingJump
    qint64 m_restoreSeq = -1;
    quint64 m_findRequest = 0;
    bool m_jumpToFirstMatch = false;
};

} // namespace auditlens
