// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "query/filterfield.h"
#include "query/queryresult.h"

#include <QObject>

#include <optional>

class QMenu;
class QModelIndex;

namespace auditlens {

class CaseSession;
class EventNavigator;
class EventTableView;

// The pivots of the event table's context menu, from the cell it opened on: Filter to This
// Value and Exclude This Value (on a cell a filter can name), Same Actor, Same Request, and
// Events Around This One (±1 minute, ±10 minutes, ±1 hour, or a span asked for).
class PivotMenu : public QObject
{
    Q_OBJECT
public:
    PivotMenu(CaseSession *session, EventNavigator *navigator, EventTableView *table);

    // The filter field a column's values name, if any.
    static std::optional<FilterField> fieldOfColumn(EventColumn column);
    // Adds the pivots from the cell at index to menu.
    void addTo(QMenu *menu, const QModelIndex &index);
    // Asks for a span and shows the events that long around seq (the dialog is not modal).
    void askSpan(qint64 seq);

private:
    CaseSession *m_session;
    EventNavigator *m_navigator;
    EventTableView *m_table;
};

} // namespace auditlens
