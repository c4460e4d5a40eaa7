// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "pivotmenu.h"

#include "eventnavigator.h"
#include "eventtableview.h"
#include "itemmodels/eventtablemodel.h"
#include "session/casesession.h"
#include "spandialog.h"

#include <QMenu>

namespace auditlens {

PivotMenu::PivotMenu(CaseSession *session, EventNavigator *navigator, EventTableView *table)
    : QObject(table), m_session(session), m_navigator(navigator), m_table(table)
{
    connect(table, &EventTableView::contextMenuAboutToShow, this, &PivotMenu::addTo);
}

std::optional<FilterField> PivotMenu::fieldOfColumn(EventColumn column)
{
    switch (column) {
    case EventColumn::Action:
        return FilterField::Action;
    case EventColumn::Actor:
        return FilterField::Actor;
    case EventColumn::Target:
        return FilterField::Target;
    case EventColumn::Scope:
        return FilterField::Scope;
    case EventColumn::Ip:
        return FilterField::Ip;
    case EventColumn::Organization:
        return FilterField::Organization;
    case EventColumn::Account:
        return FilterField::Account;
    case EventColumn::Request:
        return FilterField::Request;
    case EventColumn::Source:
        return FilterField::Source;
    default:
        return std::nullopt;
    }
}

void PivotMenu::addTo(QMenu *menu, const QModelIndex &index)
{
    const EventTableModel *model = m_table->eventModel();
    EventRow event;
    if (!index.isValid() || !model || model->isPreview() || !m_session->isOpen())
        return;
    const qint64 seq = model->seqAt(index.row());
    if (seq < 0 || !m_session->fetchEvent(seq, &event))
        return;
    EventNavigator *navigator = m_navigator;
    const std::optional<FilterField> field = fieldOfColumn(EventColumn(index.column()));
    const QString value = field ? event.*filterFieldInfo(*field).key : QString();
    QAction *only = menu->addAction(tr("Filter to This Value"), navigator,
                                    [=] { navigator->filterToValue(*field, value, false); });
    QAction *exclude = menu->addAction(tr("Exclude This Value"), navigator,
                                       [=] { navigator->filterToValue(*field, value, true); });
    for (QAction *a : {only, exclude}) {
        a->setEnabled(field && !value.isEmpty());
        if (field)
            a->setStatusTip(tr("%1 = %2").arg(filterFieldTitle(*field), value));
    }
    menu->addSeparator();
    QAction *actor =
        menu->addAction(tr("Same &Actor"), navigator, [=] { navigator->showSameActor(seq); });
    actor->setEnabled(!event.actorId.isEmpty());
    actor->setStatusTip(tr("Every event of this event's actor, whatever the filter"));
    QAction *request =
        menu->addAction(tr("Same &Request"), navigator, [=] { navigator->showSameRequest(seq); });
    request->setEnabled(!event.requestId.isEmpty());
    request->setStatusTip(tr("Every event of this event's request, whatever the filter"));
    QMenu *around = menu->addMenu(tr("Events Ar&ound This One"));
    around->setEnabled(event.hasTime);
    constexpr qint64 minute = 60LL * 1000000000LL;
    const std::pair<QString, qint64> spans[] = {
        {tr("±1 minute"), minute}, {tr("±10 minutes"), 10 * minute}, {tr("±1 hour"), 60 * minute}};
    for (const auto &[title, span] : spans) {
        around->addAction(title, navigator,
                          [=, span = span] { navigator->showEventsAround(seq, span); });
    }
    around->addAction(tr("Custom Span…"), this, [this, seq] { askSpan(seq); });
    menu->addSeparator();
}

void PivotMenu::askSpan(qint64 seq)
{
    auto *dialog = new SpanDialog(m_table->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_navigator, [navigator = m_navigator, dialog, seq] {
        navigator->showEventsAround(seq, dialog->spanNs());
    });
    dialog->open();
}

} // namespace auditlens
