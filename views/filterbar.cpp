#include "filterbar.h"

#include "parsing/timestampparser.h"
#include "query/saturating.h"
#include "valuepicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace auditlens {

namespace {
constexpr qint64 kHour = 3600LL * 1000000000LL;

bool parseTime(const QString &text, qint64 *ns)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    return TimestampParser::parse(std::string_view(utf8.constData(), size_t(utf8.size())), ns);
}
} // namespace

FilterBar::FilterBar(CaseSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_text(new QLineEdit(this)), m_typing(new QTimer(this)),
      m_success(new QComboBox(this)), m_duplicates(new QComboBox(this)),
      m_from(new QLineEdit(this)), m_to(new QLineEdit(this)), m_presets(new QToolButton(this)),
      m_summary(new QLabel(this)), m_clear(new QToolButton(this))
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

    m_text->setPlaceholderText(tr("Search every field, payloads included (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Search text"));
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    first->addWidget(new QLabel(tr("Search:"), this));
    first->addWidget(m_text, 1);

    m_success->addItem(tr("Success: any"), -1);
    m_success->addItem(tr("Success: true"), 1);
    m_success->addItem(tr("Success: false"), 0);
    m_success->setAccessibleName(tr("Success"));
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
    first->addWidget(m_duplicates);

    for (int f = 0; f < 4; ++f) {
        m_pickers[f] = new ValuePicker(session, IndexField(f), this);
        second->addWidget(m_pickers[f]);
        connect(m_pickers[f], &ValuePicker::valuesChanged, this, &FilterBar::edited);
    }
    second->addStretch(1);
    second->addWidget(new QLabel(tr("From:"), this));
    m_from->setPlaceholderText(tr("2026-01-03T10:00:00Z"));
    m_from->setToolTip(tr("UTC, ISO-8601, up to nine fractional digits; both bounds included"));
    m_from->setAccessibleName(tr("From (UTC)"));
    second->addWidget(m_from);
    second->addWidget(new QLabel(tr("To:"), this));
    m_to->setPlaceholderText(tr("2026-01-10T23:59:59.999999999Z"));
    m_to->setToolTip(m_from->toolTip());
    m_to->setAccessibleName(tr("To (UTC)"));
    second->addWidget(m_to);
    const int timeWidth =
        fontMetrics().horizontalAdvance(QStringLiteral("2026-01-10T23:59:59.999999999Z")) + 16;
    m_from->setMinimumWidth(timeWidth);
    m_to->setMinimumWidth(timeWidth);
    m_presets->setText(tr("Presets"));
    m_presets->setPopupMode(QToolButton::InstantPopup);
    auto *presets = new QMenu(m_presets);
    presets->addAction(tr("Last hour of the log"), this, [this] { applyPreset(kHour); });
    presets->addAction(tr("Last day of the log"), this, [this] { applyPreset(24 * kHour); });
    presets->addAction(tr("Last week of the log"), this, [this] { applyPreset(7 * 24 * kHour); });
    presets->addAction(tr("The whole log"), this, [this] { applyPreset(0); });
    m_presets->setMenu(presets);
    second->addWidget(m_presets);

    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(false);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_clear->setText(tr("Clear all"));
    m_clear->setToolTip(tr("Remove every condition"));
    third->addWidget(new QLabel(tr("Filter:"), this));
    third->addWidget(m_summary, 1);
    third->addWidget(m_clear);

    connect(m_text, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &FilterBar::edited);
    connect(m_text, &QLineEdit::returnPressed, this, &FilterBar::edited);
    connect(m_success, &QComboBox::currentIndexChanged, this, &FilterBar::edited);
    connect(m_duplicates, &QComboBox::currentIndexChanged, this, &FilterBar::edited);
    connect(m_from, &QLineEdit::editingFinished, this, &FilterBar::timeEdited);
    connect(m_to, &QLineEdit::editingFinished, this, &FilterBar::timeEdited);
    connect(m_clear, &QToolButton::clicked, this, [this] { m_session->setFilter(Filter()); });
    connect(session, &CaseSession::filterChanged, this, &FilterBar::showFilter);
    connect(session, &CaseSession::opened, this, [this] { showFilter(m_session->filter()); });
    showFilter(Filter());
}

ValuePicker *FilterBar::picker(IndexField field) const
{
    return int(field) < 4 ? m_pickers[int(field)] : nullptr;
}

void FilterBar::showFilter(const Filter &f)
{
    m_updating = true;
    if (m_text->text() != f.text && !m_typing->isActive())
        m_text->setText(f.text);
    m_success->setCurrentIndex(m_success->findData(f.success));
    m_duplicates->setCurrentIndex(m_duplicates->findData(int(f.duplicates)));
    m_pickers[0]->setValues(f.actions);
    m_pickers[1]->setValues(f.actors);
    m_pickers[2]->setValues(f.targets);
    m_pickers[3]->setValues(f.scopes);
    m_from->setText(f.hasFrom ? TimestampParser::format(f.from, -1) : QString());
    m_to->setText(f.hasTo ? TimestampParser::format(f.to, -1) : QString());
    m_from->setStyleSheet({});
    m_to->setStyleSheet({});
    m_summary->setText(f.describe());
    m_summary->setToolTip(f.describe());
    m_clear->setEnabled(!f.isEmpty());
    m_updating = false;
}

void FilterBar::edited()
{
    if (m_updating || !m_session->isOpen())
        return;
    m_typing->stop();
    Filter f = m_session->filter();
    f.text = m_text->text();
    f.success = m_success->currentData().toInt();
    f.duplicates = DuplicateFilter(m_duplicates->currentData().toInt());
    f.actions = m_pickers[0]->values();
    f.actors = m_pickers[1]->values();
    f.targets = m_pickers[2]->values();
    f.scopes = m_pickers[3]->values();
    m_session->setFilter(f);
}

void FilterBar::timeEdited()
{
    if (m_updating || !m_session->isOpen())
        return;
    Filter f = m_session->filter();
    bool ok = true;
    auto read = [&](QLineEdit *box, bool *has, qint64 *value) {
        const QString text = box->text().trimmed();
        if (text.isEmpty()) {
            *has = false;
            box->setStyleSheet({});
            return;
        }
        qint64 ns = 0;
        if (parseTime(text, &ns)) {
            *has = true;
            *value = ns;
            box->setStyleSheet({});
        } else {
            ok = false;
            box->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #d03b3b; }"));
            box->setToolTip(tr("Not an ISO-8601 time: write it as 2026-01-03T10:00:00Z"));
        }
    };
    read(m_from, &f.hasFrom, &f.from);
    read(m_to, &f.hasTo, &f.to);
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

} // namespace auditlens
