// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "valuepicker.h"

#include "itemmodels/facetmodel.h"
#include "text/nameinspection.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace auditlens {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
constexpr int kMaxTextWidth = 220;
} // namespace

ValuePicker::ValuePicker(CaseSession *session, IndexField field, QWidget *parent)
    : QToolButton(parent), m_session(session), m_field(field),
      m_popup(new QWidget(this, Qt::Popup)), m_search(new QLineEdit(m_popup)),
      m_list(new QListWidget(m_popup)), m_typing(new QTimer(this))
{
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setPopupMode(QToolButton::InstantPopup);
    updateText();
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search->setPlaceholderText(tr("Type part of an id or a name"));
    m_list->setAccessibleDescription(tr("Check the values to show; several combine with OR"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    auto *clear = new QPushButton(tr("Any value"), m_popup);
    clear->setToolTip(tr("Drop this field's condition"));
    layout->addWidget(clear);
    m_popup->resize(420, 360);
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(this, &QToolButton::clicked, this, &ValuePicker::showPopup);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &ValuePicker::search);
    connect(m_list, &QListWidget::itemChanged, this, &ValuePicker::onItemChanged);
    connect(clear, &QPushButton::clicked, this, [this] {
        setValues({});
        Q_EMIT valuesChanged(m_values);
        m_popup->hide();
    });
    connect(session, &CaseSession::valuesFound, this, [this](const ValueMatchesPtr &matches) {
        if (matches->request == m_request)
            fill(matches);
    });
}

void ValuePicker::setValues(const QStringList &values)
{
    m_values = values;
    updateText();
}

// Also when the language changes (the filter bar shows its filter again).
void ValuePicker::updateText()
{
    const QString title = FacetModel::fieldTitle(m_field);
    setAccessibleName(title);
    m_search->setAccessibleName(tr("Find %1 values").arg(title));
    m_list->setAccessibleName(tr("%1 values").arg(title));
    QString text;
    if (m_values.isEmpty())
        text = tr("%1: any").arg(title);
    else if (m_values.size() == 1)
        text = tr("%1: %2").arg(title, NameInspection::shown(m_values.first()));
    else
        text = tr("%1: %n values", nullptr, int(m_values.size())).arg(title);
    // A long value (a target's id) must not widen the filter bar past the screen.
    setText(fontMetrics().elidedText(text, Qt::ElideMiddle, kMaxTextWidth));
    QStringList shown;
    for (const QString &value : m_values)
        shown << NameInspection::shown(value);
    setToolTip(m_values.isEmpty() ? tr("Choose %1 values").arg(title.toLower())
                                  : shown.join(QLatin1Char('\n')));
}

void ValuePicker::showPopup()
{
    if (!m_session->isOpen())
        return;
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *s = screen()) {
        const QRect area = s->availableGeometry();
        at.setX(std::min(at.x(), area.right() - m_popup->width()));
        at.setY(std::min(at.y(), area.bottom() - m_popup->height()));
    }
    m_popup->move(at);
    // Type-ahead starts afresh each time: an old text would hide the values it does not match.
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_typing->stop();
    m_popup->show();
    m_search->setFocus();
    search();
}

void ValuePicker::search()
{
    m_request = m_session->findValues(m_field, m_search->text());
}

void ValuePicker::fill(const ValueMatchesPtr &matches)
{
    m_filling = true;
    m_list->clear();
    auto addItem = [&](const QString &label, const QString &key, quint32 count, int indent) {
        auto *item = new QListWidgetItem(QString(indent * 4, QLatin1Char(' ')) +
                                             NameInspection::shown(label) + QStringLiteral("  (") +
                                             QLocale().toString(count) + QLatin1Char(')'),
                                         m_list);
        item->setData(KeyRole, key);
        const QString lookalike = NameInspection::toolTip(label);
        item->setToolTip(lookalike.isEmpty() ? key : lookalike + QLatin1Char('\n') + key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_values.contains(key) ? Qt::Checked : Qt::Unchecked);
    };
    // Chosen values first, even when the typed text does not match them.
    QStringList shown;
    for (const FacetValue &v : matches->values)
        shown << v.key;
    for (const QString &value : m_values) {
        if (!shown.contains(value) && !value.endsWith(QLatin1String(".*")))
            addItem(value, value, 0, 0);
    }
    if (m_field == IndexField::Action) {
        // Families (the first part of the name: context.*, project.*), each followed by its
        // actions.
        QMap<QString, std::vector<const FacetValue *>> families;
        for (const FacetValue &v : matches->values) {
            const int dot = v.key.indexOf(QLatin1Char('.'));
            families[dot > 0 ? v.key.left(dot) : v.key].push_back(&v);
        }
        for (auto it = families.cbegin(); it != families.cend(); ++it) {
            quint32 total = 0;
            for (const FacetValue *v : it.value())
                total += v->count;
            if (it.value().size() > 1)
                addItem(it.key() + QStringLiteral(".*"), it.key() + QStringLiteral(".*"), total, 0);
            for (const FacetValue *v : it.value())
                addItem(v->label, v->key, v->count, it.value().size() > 1 ? 1 : 0);
        }
    } else {
        for (const FacetValue &v : matches->values)
            addItem(v.label, v.key, v.count, 0);
    }
    m_filling = false;
}

void ValuePicker::onItemChanged(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const QString key = item->data(KeyRole).toString();
    if (item->checkState() == Qt::Checked) {
        if (!m_values.contains(key))
            m_values << key;
    } else {
        m_values.removeAll(key);
    }
    updateText();
    Q_EMIT valuesChanged(m_values);
}

} // namespace auditlens
