// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "eventnavigator.h"

#include "eventtableview.h"
#include "filterbar.h"
#include "itemmodels/eventtablemodel.h"
#include "parsing/timestampparser.h"
#include "session/eventreveal.h"

#include <QLineEdit>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace auditlens {

namespace {
// Search texts typed within this of each other are one state for Back: the one before the first.
constexpr qint64 kTypingPauseMs = 1500;
} // namespace

EventNavigator::EventNavigator(CaseSession *session, EventTableModel *model, EventTableView *table,
                               FilterBar *filterBar, QObject *parent)
    : QObject(parent), m_session(session), m_model(model), m_table(table), m_filterBar(filterBar)
{
    // After the table model's own handler (it connected first): the rows are the new result's.
    connect(session, &CaseSession::resultReady, this, &EventNavigator::onResult);
    connect(session, &CaseSession::textFound, this, &EventNavigator::onTextFound);
    connect(session, &CaseSession::filterChanged, this, &EventNavigator::onFilterChanged);
    connect(filterBar, &FilterBar::findRequested, this, &EventNavigator::find);
    connect(filterBar, &FilterBar::findNextRequested, this, &EventNavigator::findNext);
}

qint64 EventNavigator::currentSeq() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && !m_model->isPreview() ? m_model->seqAt(current.row()) : -1;
}

void EventNavigator::remember(const Filter &before, const QString &reason)
{
    m_history.push({before, currentSeq(), reason});
    Q_EMIT historyChanged();
}

void EventNavigator::replaceFilter(const Filter &filter, const QString &reason)
{
    if (!m_session->isOpen() || filter == m_session->filter())
        return;
    remember(m_session->filter(), reason);
    m_session->setFilter(filter);
}

void EventNavigator::pivot(const Filter &f, qint64 seq, const QString &reason)
{
    if (f == m_session->filter()) {
        const int row = m_model->rowOfSeq(seq);
        if (row >= 0)
            m_table->goToRow(row, QAbstractItemView::PositionAtCenter);
        return;
    }
    restoreAfterNextResult(seq);
    replaceFilter(f, reason);
}

bool EventNavigator::focalEvent(qint64 seq, EventRow *event) const
{
    return m_session->isOpen() && seq >= 0 && m_session->fetchEvent(seq, event);
}

void EventNavigator::showSame(qint64 seq, FilterField field)
{
    EventRow event;
    if (!focalEvent(seq, &event))
        return;
    const bool request = field == FilterField::Request;
    const QString value = event.*filterFieldInfo(field).key;
    if (value.isEmpty()) {
        Q_EMIT message(request ? tr("This event names no request (older exports carry no "
                                    "request id)")
                               : tr("This event names no actor"),
                       5000);
        return;
    }
    Filter f;
    f[field].include = {value};
    if (f == m_session->filter())
        return;
    if (request) {
        pivot(f, seq, tr("showing the events of the same request"));
        Q_EMIT message(
            tr("The events of request %1; Back (Alt+Left) brings the filter back").arg(value),
            8000);
    } else {
        pivot(f, seq, tr("showing the events of the same actor"));
        Q_EMIT message(tr("The events of actor %1; Back (Alt+Left) brings the filter back")
                           .arg(event.actorLabel()),
                       8000);
    }
}

void EventNavigator::showEventsAround(qint64 seq, qint64 spanNs)
{
    EventRow event;
    if (spanNs < 0 || !focalEvent(seq, &event))
        return;
    if (!event.hasTime) {
        Q_EMIT message(tr("This event has no time that can be read"), 5000);
        return;
    }
    Filter f;
    f.hasFrom = f.hasTo = true;
    f.from = event.occurredNs - spanNs;
    f.to = event.occurredNs + spanNs;
    pivot(f, seq, tr("showing the events around one"));
    Q_EMIT message(tr("The events from %1 to %2; Back (Alt+Left) brings the filter back")
                       .arg(TimestampParser::format(f.from), TimestampParser::format(f.to)),
                   8000);
}

void EventNavigator::filterToValue(FilterField field, const QString &value, bool exclude)
{
    if (!m_session->isOpen() || value.isEmpty())
        return;
    Filter f = m_session->filter();
    FieldCondition &condition = f[field];
    const QString title = QCoreApplication::translate("FilterField", filterFieldInfo(field).name);
    if (exclude) {
        condition.include.removeAll(value);
        if (!condition.exclude.contains(value))
            condition.exclude << value;
        replaceFilter(f, tr("excluding one %1").arg(title));
        return;
    }
    condition.include = {value};
    condition.exclude.removeAll(value);
    // The event the value came from still passes: it stays current.
    restoreAfterNextResult(currentSeq());
    replaceFilter(f, tr("filtering to one %1").arg(title));
}

void EventNavigator::filterToJsonValue(const QString &text, bool exclude)
{
    JsonCondition condition;
    if (!m_session->isOpen() || !JsonCondition::parse(text, exclude, &condition))
        return;
    Filter f = m_session->filter();
    // One value per path: a new one for a path replaces the old (both cannot hold), and keeping
    // a value drops its exclusion. Includes come first, as the CLI's arguments read them back.
    f.json.removeIf([&](const JsonCondition &c) {
        return c.path == condition.path && (!exclude || c.value == condition.value);
    });
    f.json.insert(exclude ? f.json.size() : 0, condition);
    std::stable_partition(f.json.begin(), f.json.end(),
                          [](const JsonCondition &c) { return !c.exclude; });
    if (exclude) {
        replaceFilter(f, tr("excluding %1").arg(condition.path));
        return;
    }
    restoreAfterNextResult(currentSeq());
    replaceFilter(f, tr("filtering to %1").arg(condition.path));
}

void EventNavigator::undo()
{
    if (!m_history.canUndo() || !m_session->isOpen())
        return;
    const FilterHistory::Entry entry = m_history.pop();
    m_restoreSeq = entry.currentSeq;
    m_pendingJump = -1;
    m_session->setFilter(entry.filter);
    Q_EMIT message(tr("The filter is back as it was before %1").arg(entry.reason), 5000);
    Q_EMIT historyChanged();
}

void EventNavigator::back()
{
    if (!m_history.canGoBack() || !m_session->isOpen())
        return;
    step(m_history.goBack({m_session->filter(), currentSeq(), QString()}));
}

void EventNavigator::forward()
{
    if (!m_history.canGoForward() || !m_session->isOpen())
        return;
    step(m_history.goForward({m_session->filter(), currentSeq(), QString()}));
}

void EventNavigator::step(const FilterHistory::Entry &entry)
{
    m_pendingJump = -1;
    m_lastTyped.invalidate();
    if (entry.filter == m_session->filter()) {
        const int row = m_model->rowOfSeq(entry.currentSeq);
        if (row >= 0)
            m_table->goToRow(row, QAbstractItemView::PositionAtCenter);
    } else {
        m_restoreSeq = entry.currentSeq;
        m_stepping = true;
        m_session->setFilter(entry.filter);
        m_stepping = false;
    }
    m_shownFilter = entry.filter;
    Q_EMIT historyChanged();
}

void EventNavigator::onFilterChanged(const Filter &filter)
{
    if (!m_shownFilter || m_stepping) {
        m_shownFilter = filter;
        return;
    }
    if (filter == *m_shownFilter)
        return;
    Filter sameText = *m_shownFilter;
    sameText.text = filter.text;
    const bool typed = sameText == filter;
    const bool coalesce =
        std::exchange(m_coalesceNext, false) ||
        (typed && m_lastTyped.isValid() && m_lastTyped.elapsed() < kTypingPauseMs);
    m_history.record({*m_shownFilter, currentSeq(), QString()}, coalesce);
    if (typed)
        m_lastTyped.start();
    else
        m_lastTyped.invalidate();
    m_shownFilter = filter;
    Q_EMIT historyChanged();
}

void EventNavigator::clearHistory()
{
    m_history.clear();
    m_shownFilter.reset();
    if (m_session->isOpen())
        m_shownFilter = m_session->filter();
    m_lastTyped.invalidate();
    m_coalesceNext = false;
    m_pendingJump = m_restoreSeq = -1;
    Q_EMIT historyChanged();
}

void EventNavigator::onResult()
{
    if (m_filterBar->isFindMode() && !m_filterBar->textBox()->text().isEmpty())
        m_findRequest = m_session->findText(m_filterBar->textBox()->text());
    if (m_pendingJump >= 0) {
        jumpToEvent(m_pendingJump, QString());
    } else if (m_restoreSeq >= 0) {
        const int row = m_model->rowOfSeq(m_restoreSeq);
        m_restoreSeq = -1;
        if (row >= 0)
            m_table->goToRow(row, QAbstractItemView::PositionAtCenter);
    }
}

void EventNavigator::jumpToEvent(qint64 seq, const QString &reason)
{
    const bool continuing = m_pendingJump == seq && reason.isEmpty();
    m_pendingJump = -1;
    const int row = m_model->rowOfSeq(seq);
    if (row >= 0) {
        m_revealStage = 0;
        m_table->goToRow(row, QAbstractItemView::PositionAtCenter);
        m_table->setFocus();
        return;
    }
    const EventIndexPtr index = m_session->index();
    const qint64 position = index ? index->positionOfSeq(seq) : -1;
    EventRow event;
    if (position < 0 || !m_session->fetchEvent(seq, &event))
        return;
    if (!continuing) {
        m_revealStage = 0;
        remember(m_session->filter(), reason);
    }
    // First the least change that shows it; when that is not enough, wider ones.
    QStringList changed;
    const QueryResultPtr shown = m_session->result();
    Filter f = m_revealStage == 0
                   ? EventReveal::reveal(m_session->filter(), *index, quint32(position), event,
                                         &changed, shown ? shown->marks.get() : nullptr)
                   : EventReveal::widen(m_session->filter(), &changed);
    if (f == m_session->filter())
        f = EventReveal::widen(f, &changed);
    if (f == m_session->filter() || m_revealStage > 2) {
        m_revealStage = 0;
        return;
    }
    ++m_revealStage;
    m_pendingJump = seq;
    // A wider stage of the same jump is one state for Back with the first.
    m_coalesceNext = continuing;
    Q_EMIT message(tr("The filter hid the event: changed %1. Filter > Undo Filter Change "
                      "(Ctrl+Z) brings the previous filter back.")
                       .arg(changed.join(QStringLiteral(", "))),
                   10000);
    m_session->setFilter(f);
}

void EventNavigator::find(const QString &text)
{
    m_jumpToFirstMatch = !text.isEmpty();
    m_findRequest = text.isEmpty() ? 0 : m_session->findText(text);
    if (text.isEmpty())
        m_model->setMatchedRows({});
}

void EventNavigator::onTextFound(const TextMatchesPtr &matches)
{
    if (matches->request != m_findRequest)
        return;
    m_model->setMatchedRows(matches->rows);
    Q_EMIT message(
        matches->rows.empty()
            ? tr("No event here contains “%1”").arg(matches->text)
            : tr("%1 events contain “%2”: F3 for the next, Shift+F3 for the previous")
                  .arg(QLocale().toString(qulonglong(matches->rows.size())), matches->text),
        8000);
    if (m_jumpToFirstMatch) {
        m_jumpToFirstMatch = false;
        findNext(false);
    }
}

void EventNavigator::findNext(bool backwards)
{
    if (!m_session->isOpen())
        return;
    if (!m_filterBar->isFindMode() || m_filterBar->textBox()->text().isEmpty()) {
        // Nothing to step through yet: go and type it.
        m_filterBar->setFindMode(true);
        m_filterBar->textBox()->setFocus();
        m_filterBar->textBox()->selectAll();
        return;
    }
    const std::vector<int> &rows = m_model->matchedRows();
    if (rows.empty())
        return;
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    int row;
    if (backwards) {
        const auto it = std::lower_bound(rows.begin(), rows.end(), current);
        row = it == rows.begin() ? rows.back() : *(it - 1);
    } else {
        const auto it = std::upper_bound(rows.begin(), rows.end(), current);
        row = it == rows.end() ? rows.front() : *it;
    }
    m_table->goToRow(row, QAbstractItemView::PositionAtCenter);
    const auto nth = std::lower_bound(rows.begin(), rows.end(), row) - rows.begin();
    Q_EMIT message(tr("Match %1 of %2")
                       .arg(QLocale().toString(qlonglong(nth + 1)),
                            QLocale().toString(qulonglong(rows.size()))),
                   4000);
}

} // namespace auditlens
