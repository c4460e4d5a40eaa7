// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "rulesettingsdialog.h"

#include "catalogue/rulebook.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace auditlens {

namespace {
const QStringList &dayNames()
{
    static const QStringList all{
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    return all;
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &entry : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!entry.trimmed().isEmpty())
            out << entry.trimmed();
    }
    return out;
}
} // namespace

RuleSettingsDialog::RuleSettingsDialog(const RuleOverrides &byDefault, const RuleOverrides &byCase,
                                       bool caseWritable, const QString &selectRule,
                                       QWidget *parent)
    : QDialog(parent), m_byDefault(byDefault), m_byCase(byCase),
      m_scope(caseWritable ? Scope::Case : Scope::Default), m_rules(new QListWidget(this)),
      m_case(new QRadioButton(tr("This &case"), this)),
      m_default(new QRadioButton(tr("My &default"), this)),
      m_reset(new QPushButton(tr("&Reset"), this)), m_title(new QLabel(this)),
      m_error(new QLabel(this)), m_parameters(new QWidget(this)),
      m_form(new QFormLayout(m_parameters))
{
    setWindowTitle(tr("Findings Rules"));
    m_case->setEnabled(caseWritable);
    m_case->setToolTip(caseWritable ? tr("Settings kept in this case; they win over your default.")
                                    : tr("The case is open read-only: only your default can "
                                         "change."));
    m_default->setToolTip(tr("Settings for every case you open, unless a case sets its own."));
    (m_scope == Scope::Case ? m_case : m_default)->setChecked(true);
    auto *scopes = new QButtonGroup(this);
    scopes->addButton(m_case);
    scopes->addButton(m_default);
    m_rules->setAccessibleName(tr("Rules"));
    m_reset->setToolTip(tr("Drop the selected rule's settings at this level"));
    m_title->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #D32F2F"));
    m_error->hide();

    for (const Rule &rule : RuleBook::shipped()) {
        auto *item = new QListWidgetItem(rule.id, m_rules);
        item->setData(Qt::UserRole, rule.id);
        item->setToolTip(rule.title);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    }

    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(new QLabel(tr("Settings for:"), this));
    scopeRow->addWidget(m_case);
    scopeRow->addWidget(m_default);
    scopeRow->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_parameters);
    right->addStretch(1);
    right->addWidget(m_reset, 0, Qt::AlignLeft);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_rules, 1);
    middle->addLayout(right, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RuleSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(scopeRow);
    layout->addLayout(middle, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_rules, &QListWidget::currentItemChanged, this, [this] {
        if (m_loading)
            return;
        store();
        showParameters();
    });
    connect(m_rules, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            store();
    });
    connect(scopes, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (!on || m_loading)
            return;
        store();
        m_scope = m_case->isChecked() ? Scope::Case : Scope::Default;
        load();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        layer().remove(m_shown);
        load();
    });

    int first = 0;
    for (int i = 0; i < m_rules->count(); ++i) {
        if (m_rules->item(i)->data(Qt::UserRole).toString() == selectRule)
            first = i;
    }
    m_loading = true;
    m_rules->setCurrentRow(first);
    m_loading = false;
    load();
    resize(760, 460);
}

RuleSettingsDialog::Scope RuleSettingsDialog::scope() const
{
    return m_scope;
}

RuleOverrides RuleSettingsDialog::settings() const
{
    const_cast<RuleSettingsDialog *>(this)->store();
    return layer();
}

QString RuleSettingsDialog::selectedRule() const
{
    const QListWidgetItem *item = m_rules->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

RuleList RuleSettingsDialog::baseRules() const
{
    return m_scope == Scope::Case ? RuleSettings::apply(RuleBook::shipped(), m_byDefault)
                                  : RuleBook::shipped();
}

RuleOverrides &RuleSettingsDialog::layer()
{
    return m_scope == Scope::Case ? m_byCase : m_byDefault;
}

const RuleOverrides &RuleSettingsDialog::layer() const
{
    return m_scope == Scope::Case ? m_byCase : m_byDefault;
}

void RuleSettingsDialog::store()
{
    const RuleList base = baseRules();
    RuleOverrides &settings = layer();
    for (int i = 0; i < m_rules->count(); ++i) {
        const QString id = m_rules->item(i)->data(Qt::UserRole).toString();
        const auto rule =
            std::find_if(base.begin(), base.end(), [&](const Rule &r) { return r.id == id; });
        if (rule == base.end())
            continue;
        RuleOverride o = settings.value(id);
        const bool checked = m_rules->item(i)->checkState() == Qt::Checked;
        o.enabled = checked == rule->enabled ? std::nullopt : std::optional<bool>(checked);
        if (id == m_shown) {
            for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
                const QVariant value = editorValue(rule->kind, it.key());
                if (value == rule->parameters.value(it.key()))
                    o.parameters.remove(it.key());
                else
                    o.parameters.insert(it.key(), value);
            }
        }
        if (o.isEmpty())
            settings.remove(id);
        else
            settings.insert(id, o);
    }
}

void RuleSettingsDialog::load()
{
    m_loading = true;
    const RuleList rules = RuleSettings::apply(baseRules(), layer());
    for (int i = 0; i < m_rules->count() && i < rules.size(); ++i)
        m_rules->item(i)->setCheckState(rules.at(i).enabled ? Qt::Checked : Qt::Unchecked);
    m_loading = false;
    showParameters();
}

void RuleSettingsDialog::showParameters()
{
    m_loading = true;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_shown = selectedRule();
    const RuleList rules = RuleSettings::apply(baseRules(), layer());
    const auto rule =
        std::find_if(rules.begin(), rules.end(), [&](const Rule &r) { return r.id == m_shown; });
    if (rule != rules.end()) {
        m_title->setText(QStringLiteral("<b>%1</b><br>%2")
                             .arg(rule->title.toHtmlEscaped(), rule->explanation.toHtmlEscaped()));
        for (const QString &name : RuleBook::parameterNames(rule->kind)) {
            QWidget *editor = makeEditor(rule->kind, name, rule->parameters.value(name));
            editor->setAccessibleName(name);
            m_editors.insert(name, editor);
            m_form->addRow(name + QLatin1Char(':'), editor);
        }
    }
    m_loading = false;
}

QWidget *RuleSettingsDialog::makeEditor(const QString &kind, const QString &name,
                                        const QVariant &value)
{
    const QString type = RuleBook::parameterType(kind, name);
    if (type == QLatin1String("count")) {
        auto *box = new QSpinBox(m_parameters);
        box->setRange(0, INT_MAX);
        box->setValue(value.toString().toInt());
        return box;
    }
    if (type == QLatin1String("time")) {
        auto *edit = new QTimeEdit(m_parameters);
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        edit->setTime(QTime::fromString(value.toString(), QStringLiteral("HH:mm")));
        return edit;
    }
    if (type == QLatin1String("days")) {
        auto *days = new QWidget(m_parameters);
        auto *row = new QHBoxLayout(days);
        row->setContentsMargins(0, 0, 0, 0);
        const QStringList chosen = value.toStringList();
        for (const QString &day : dayNames()) {
            auto *box = new QCheckBox(day, days);
            box->setObjectName(day);
            box->setChecked(chosen.contains(day));
            row->addWidget(box);
        }
        return days;
    }
    if (type == QLatin1String("time-zone") || type == QLatin1String("success") ||
        type == QLatin1String("field")) {
        auto *combo = new QComboBox(m_parameters);
        if (type == QLatin1String("time-zone")) {
            combo->setEditable(true);
            combo->addItem(QStringLiteral("UTC"));
            for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
                combo->addItem(QString::fromUtf8(zone));
        } else if (type == QLatin1String("success")) {
            combo->addItems(
                {QStringLiteral("any"), QStringLiteral("true"), QStringLiteral("false")});
        } else {
            combo->addItems(RuleBook::fields());
        }
        combo->setCurrentText(value.toString());
        return combo;
    }
    // The lists (actions, ignored actions, fields, concerns) as text: A, B, C.
    auto *line = new QLineEdit(value.toStringList().join(QStringLiteral(", ")), m_parameters);
    line->setToolTip(tr("Separate the entries with commas"));
    return line;
}

QVariant RuleSettingsDialog::editorValue(const QString &kind, const QString &name) const
{
    const QWidget *editor = m_editors.value(name);
    const QString type = RuleBook::parameterType(kind, name);
    if (const auto *box = qobject_cast<const QSpinBox *>(editor))
        return QString::number(box->value());
    if (const auto *edit = qobject_cast<const QTimeEdit *>(editor))
        return edit->time().toString(QStringLiteral("HH:mm"));
    if (const auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentText().trimmed();
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return splitList(line->text());
    if (type == QLatin1String("days") && editor) {
        QStringList days;
        for (const QString &day : dayNames()) {
            const auto *box = editor->findChild<QCheckBox *>(day);
            if (box && box->isChecked())
                days << day;
        }
        return days;
    }
    return {};
}

void RuleSettingsDialog::accept()
{
    store();
    RuleOverrides checked;
    for (auto it = layer().constBegin(); it != layer().constEnd(); ++it) {
        QString error;
        const std::optional<RuleOverride> o = RuleSettings::check(it.key(), *it, &error);
        if (!o) {
            m_error->setText(error);
            m_error->show();
            for (int i = 0; i < m_rules->count(); ++i) {
                if (m_rules->item(i)->data(Qt::UserRole).toString() == it.key())
                    m_rules->setCurrentRow(i);
            }
            return;
        }
        checked.insert(it.key(), *o);
    }
    layer() = checked;
    m_error->hide();
    QDialog::accept();
}

} // namespace auditlens
