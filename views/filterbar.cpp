// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "filterbar.h"

#include "calendarbutton.h"
#include "itemmodels/semanticcolors.h"
#include "parsing/timestampparser.h"
#include "query/saturating.h"
#include "query/timebound.h"
#include "valuepicker.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace auditlens {

namespace {
QDate dayOf(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).date();
}
} // namespace

FilterBar::FilterBar(CaseSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_text(new QLineEdit(this)), m_mode(new QComboBox(this)),
      m_typing(new QTimer(this)), m_success(new QComboBox(this)), m_duplicates(new QComboBox(this)),
      m_from(new QLineEdit(this)), m_fromCalendar(new CalendarButton(this)),
      m_to(new QLineEdit(this)), m_toCalendar(new CalendarButton(this)),
      m_presets(new QToolButton(this)), m_summary(new QLabel(this)), m_clear(new QToolButton(this))
{
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(4, 2, 4, 2);
    rows->setSpacing(2);
    auto *first = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    auto *third = new QHBoxLayout;
    rows->addLayout(first);
    rows->addLayout(second);
    rows->addLayout(third);

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_text);
    m_text->setPlaceholderText(tr("Search every field, payloads included (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Search text"));
    m_text->setAccessibleDescription(
        tr("Shows only the events that contain this text in any field; F3 steps through "
           "the events that contain it without filtering"));
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    m_mode->addItem(tr("Filter"));
    m_mode->addItem(tr("Find"));
    m_mode->setAccessibleName(tr("Search mode"));
    m_mode->setToolTip(tr("Filter: show only the events that contain the text. Find: keep every "
                          "event and step through those that contain it (Enter, F3)."));
    first->addWidget(searchLabel);
    first->addWidget(m_text, 1);
    first->addWidget(m_mode);

    m_success->addItem(tr("Success: any"), int(SuccessFilter::Any));
    m_success->addItem(tr("Success: true"), int(SuccessFilter::Succeeded));
    m_success->addItem(tr("Success: false"), int(SuccessFilter::Failed));
    m_success->setAccessibleName(tr("Success"));
    m_success->setToolTip(tr("Show events that succeeded, failed, or both"));
    first->addWidget(m_success);

    const std::pair<DuplicateFilter, QString> dups[] = {
        {DuplicateFilter::All, tr("Duplicates: all events")},
        {DuplicateFilter::Duplicates, tr("Only duplicates")},
        {DuplicateFilter::Conflicting, tr("Only conflicting duplicates")},
        {DuplicateFilter::Exact, tr("Only exact duplicates")},
        {DuplicateFilter::Unique, tr("No duplicates")},
        {DuplicateFilter::CollapseExact, tr("Collapse exact copies")},
    };
    for (const auto &[value, text] : dups)
        m_duplicates->addItem(text, int(value));
    m_duplicates->setAccessibleName(tr("Duplicates"));
    m_duplicates->setToolTip(tr("Events whose id appears more than once: show them, only them, "
                                "or count each exact group once"));
    first->addWidget(m_duplicates);

    for (const FilterField field : kFilterFields) {
        // A picker lists the values the index counts; the other fields are set from the CLI, a
        // saved filter or an event.
        if (!isCodedField(field))
            continue;
        ValuePicker *picker = new ValuePicker(session, filterFieldInfo(field).indexField, this);
        m_pickers[size_t(field)] = picker;
        second->addWidget(picker);
        connect(picker, &ValuePicker::valuesChanged, this, &FilterBar::edited);
    }
    second->addStretch(1);
    m_timeHelp =
        tr("UTC. A day (2026-02-05), a minute (2026-02-05 10:15) or an ISO-8601 time to the "
           "nanosecond; both bounds included, so a day as To includes all of it. Alt+Down "
           "opens a calendar.");
    auto timeField = [&](const QString &label, QLineEdit *box, CalendarButton *calendar,
                         const QString &name) {
        auto *title = new QLabel(label, this);
        title->setBuddy(box);
        second->addWidget(title);
        box->setPlaceholderText(tr("YYYY-MM-DD [hh:mm]"));
        box->setToolTip(m_timeHelp);
        box->setAccessibleName(name);
        box->setAccessibleDescription(m_timeHelp);
        box->setClearButtonEnabled(true);
        second->addWidget(box, 1);
        calendar->setToolTip(tr("Choose the day in a calendar"));
        calendar->setAccessibleName(tr("%1 calendar").arg(name));
        second->addWidget(calendar);
        auto *open = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), box);
        open->setContext(Qt::WidgetShortcut);
        open->setWhatsThis(tr("Open the calendar"));
        connect(open, &QShortcut::activated, calendar, &CalendarButton::openCalendar);
        connect(box, &QLineEdit::editingFinished, this, &FilterBar::timeEdited);
        connect(calendar, &CalendarButton::datePicked, this, [this, box](const QDate &date) {
            box->setText(date.toString(Qt::ISODate));
            timeEdited();
        });
    };
    timeField(tr("F&rom:"), m_from, m_fromCalendar, tr("From (UTC)"));
    timeField(tr("&To:"), m_to, m_toCalendar, tr("To (UTC)"));
    // Room for a day at least (the text scrolls for more); they grow up to a full timestamp.
    const QFontMetrics metrics = fontMetrics();
    for (QLineEdit *box : {m_from, m_to}) {
        box->setMinimumWidth(metrics.horizontalAdvance(QStringLiteral("2026-01-10")) + 40);
        box->setMaximumWidth(
            metrics.horizontalAdvance(QStringLiteral("2026-01-10T23:59:59.999999999Z")) + 40);
    }
    m_presets->setText(tr("&Presets"));
    m_presets->setToolTip(tr("Time ranges counted back from the last event of the log"));
    m_presets->setPopupMode(QToolButton::InstantPopup);
    m_presets->setMenu(new QMenu(m_presets));
    second->addWidget(m_presets);

    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(false);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_summary->setAccessibleName(tr("Filter in words"));
    m_clear->setText(tr("Clear all"));
    m_clear->setToolTip(tr("Remove every condition (Ctrl+Shift+X); Ctrl+Z brings them back"));
    third->addWidget(new QLabel(tr("Filter:"), this));
    third->addWidget(m_summary, 1);
    third->addWidget(m_clear);

    // Tab goes along the bar as it reads, left to right and down.
    QList<QWidget *> order = {m_text, m_mode, m_success, m_duplicates};
    for (ValuePicker *picker : m_pickers) {
        if (picker)
            order << picker;
    }
    order << m_from << m_fromCalendar << m_to << m_toCalendar << m_presets << m_clear;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    // Typing starts the pause; the filter shown (Back, a preset) does not.
    connect(m_text, &QLineEdit::textChanged, m_typing, [this] {
        if (!m_updating)
            m_typing->start();
    });
    connect(m_typing, &QTimer::timeout, this, &FilterBar::textEdited);
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        if (isFindMode() && !m_typing->isActive())
            Q_EMIT findNextRequested(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier);
        else
            textEdited();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &FilterBar::modeChanged);
    connect(m_success, &QComboBox::currentIndexChanged, this, &FilterBar::edited);
    connect(m_duplicates, &QComboBox::currentIndexChanged, this, &FilterBar::edited);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clearRequested);
    connect(session, &CaseSession::filterChanged, this, &FilterBar::showFilter);
    connect(session, &CaseSession::opened, this, [this] {
        showFilter(m_session->filter());
        showLogSpan();
    });
    showFilter(Filter());
}

void FilterBar::setPresetActions(const QList<QAction *> &actions)
{
    m_presets->menu()->addActions(actions);
}

ValuePicker *FilterBar::picker(IndexField field) const
{
    FilterField filterField;
    return filterFieldOf(field, &filterField) ? m_pickers[size_t(filterField)] : nullptr;
}

void FilterBar::setImporting(bool importing)
{
    m_importing = importing;
    QList<QWidget *> controls;
    for (ValuePicker *picker : m_pickers) {
        if (picker)
            controls << picker;
    }
    controls << m_success << m_duplicates << m_from << m_fromCalendar << m_to << m_toCalendar
             << m_presets << m_clear;
    for (QWidget *w : controls)
        w->setEnabled(!importing);
    m_mode->setEnabled(!importing);
    if (importing) {
        m_summary->setText(tr("importing: the search looks through the first events read"));
        m_summary->setToolTip({});
    } else {
        showFilter(m_session->filter());
    }
}

void FilterBar::showLogSpan()
{
    const EventIndexPtr index = m_session->index();
    if (!index || index->timedCount() == 0)
        return;
    const QDate first = dayOf(index->minTime()), last = dayOf(index->maxTime());
    for (CalendarButton *calendar : {m_fromCalendar, m_toCalendar})
        calendar->setRange(first, last);
    m_fromCalendar->setDate(first);
    m_toCalendar->setDate(last);
    const QString span = tr("The log runs from %1 to %2 (UTC).")
                             .arg(TimestampParser::format(index->minTime(), 0),
                                  TimestampParser::format(index->maxTime(), 0));
    m_from->setToolTip(tr("Earliest time to show. %1").arg(span) + QLatin1Char('\n') +
                       m_from->accessibleDescription());
    m_to->setToolTip(tr("Latest time to show. %1").arg(span) + QLatin1Char('\n') +
                     m_to->accessibleDescription());
}

void FilterBar::showFilter(const Filter &f)
{
    if (m_importing)
        return;
    m_updating = true;
    if (!isFindMode() && m_text->text() != f.text && !m_typing->isActive())
        m_text->setText(f.text);
    m_success->setCurrentIndex(m_success->findData(int(f.success)));
    m_duplicates->setCurrentIndex(m_duplicates->findData(int(f.duplicates)));
    for (const FilterField field : kFilterFields) {
        if (m_pickers[size_t(field)])
            m_pickers[size_t(field)]->setValues(f[field].include);
    }
    m_from->setText(f.hasFrom ? TimeBound::format(f.from, TimeBound::Side::From) : QString());
    m_to->setText(f.hasTo ? TimeBound::format(f.to, TimeBound::Side::To) : QString());
    markTime(m_from, {});
    markTime(m_to, {});
    if (f.hasFrom)
        m_fromCalendar->setDate(dayOf(f.from));
    if (f.hasTo)
        m_toCalendar->setDate(dayOf(f.to));
    m_summary->setText(f.describe());
    m_summary->setToolTip(f.describe());
    m_clear->setEnabled(!f.isEmpty());
    m_updating = false;
}

bool FilterBar::isFindMode() const
{
    return m_mode->currentIndex() == 1;
}

void FilterBar::setFindMode(bool find)
{
    m_mode->setCurrentIndex(find ? 1 : 0);
}

void FilterBar::modeChanged()
{
    m_text->setPlaceholderText(isFindMode()
                                   ? tr("Find events without filtering; Enter or F3 for the next")
                                   : tr("Search every field, payloads included (Ctrl+F)"));
    if (m_importing)
        return;
    if (isFindMode()) {
        // The text stops filtering and starts finding.
        if (m_session->isOpen() && !m_session->filter().text.isEmpty()) {
            Filter f = m_session->filter();
            f.text.clear();
            m_session->setFilter(f);
        }
        Q_EMIT findRequested(m_text->text());
    } else {
        Q_EMIT findRequested(QString());
        edited();
    }
}

void FilterBar::textEdited()
{
    m_typing->stop();
    if (!m_importing && isFindMode()) {
        Q_EMIT findRequested(m_text->text());
        return;
    }
    if (m_importing) {
        Q_EMIT previewSearchChanged(m_text->text());
        return;
    }
    edited();
}

void FilterBar::edited()
{
    if (m_updating || m_importing || !m_session->isOpen())
        return;
    m_typing->stop();
    Filter f = m_session->filter();
    f.text = isFindMode() ? QString() : m_text->text();
    f.success = SuccessFilter(m_success->currentData().toInt());
    f.duplicates = DuplicateFilter(m_duplicates->currentData().toInt());
    for (const FilterField field : kFilterFields) {
        if (m_pickers[size_t(field)])
            f[field].include = m_pickers[size_t(field)]->values();
    }
    m_session->setFilter(f);
}

void FilterBar::markTime(QLineEdit *box, const QString &error)
{
    box->setProperty("timeError", error);
    if (error.isEmpty()) {
        box->setStyleSheet({});
        box->setAccessibleDescription(m_timeHelp);
        return;
    }
    const QColor color = SemanticColors::text(SemanticColors::Meaning::Failure, palette());
    box->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid %1; }").arg(color.name()));
    box->setAccessibleDescription(error);
}

void FilterBar::timeEdited()
{
    if (m_updating || m_importing || !m_session->isOpen())
        return;
    Filter f = m_session->filter();
    bool ok = true;
    auto read = [&](QLineEdit *box, TimeBound::Side side, bool *has, qint64 *value) {
        const QString text = box->text().trimmed();
        if (text.isEmpty()) {
            *has = false;
            markTime(box, {});
            return;
        }
        qint64 ns = 0;
        const char *why = nullptr;
        if (TimeBound::parse(text, side, &ns, &why)) {
            *has = true;
            *value = ns;
            markTime(box, {});
        } else {
            ok = false;
            const QString error =
                tr("%1: %2. Write a day (2026-02-05), a minute (2026-02-05 10:15) or a full "
                   "time (2026-02-05T10:15:30Z).")
                    .arg(text, QCoreApplication::translate("TimestampParser", why));
            markTime(box, error);
            Q_EMIT message(error);
        }
    };
    read(m_from, TimeBound::Side::From, &f.hasFrom, &f.from);
    read(m_to, TimeBound::Side::To, &f.hasTo, &f.to);
    if (ok)
        m_session->setFilter(f);
}

void FilterBar::applyPreset(qint64 spanNs)
{
    if (!m_session->isOpen() || !m_session->index() || m_session->index()->timedCount() == 0)
        return;
    Filter f = m_session->filter();
    if (spanNs <= 0) {
        f.hasFrom = f.hasTo = false;
    } else {
        const qint64 last = m_session->index()->maxTime();
        f.hasFrom = f.hasTo = true;
        f.to = last;
        f.from = saturatingAdd(saturatingSub(last, spanNs), 1); // the log may start in 1677
    }
    m_session->setFilter(f);
}

void FilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The filter in words and the log's span, composed from values, in the new language.
    if (event->type() == QEvent::LanguageChange) {
        setImporting(m_importing);
        showLogSpan();
    }
    // An invalid time's border follows the palette.
    if (event->type() == QEvent::PaletteChange && !m_updating) {
        for (QLineEdit *box : {m_from, m_to})
            markTime(box, box->property("timeError").toString());
    }
}

} // namespace auditlens
