// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "findings/rulesettings.h"

#include <QDialog>
#include <QHash>

class QFormLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QRadioButton;

namespace auditlens {

// Findings rules on and off, and their parameters, for this case or as the user's default. The
// rules with an Enabled box each; the selected rule's parameters as editors by type (a spin box
// for a count, HH:MM for a time, a box per day, a time zone list, the lists as text A, B, C);
// Reset drops the selected rule's settings at the chosen level. OK checks every setting as the
// rules file is checked and shows a refusal instead of closing. The dialog changes nothing
// itself: the caller stores settings() for scope() and refreshes the findings.
class RuleSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { Case, Default };

    // byDefault, byCase: the settings as they are. caseWritable: whether "This case" may be
    // chosen (a read-only case, or none, has only "My default"). selectRule: the rule shown
    // first (the first rule when empty or unknown).
    RuleSettingsDialog(const RuleOverrides &byDefault, const RuleOverrides &byCase,
                       bool caseWritable, const QString &selectRule, QWidget *parent = nullptr);

    Scope scope() const;
    // The settings of scope(), as edited (checked once the dialog is accepted).
    RuleOverrides settings() const;
    QString selectedRule() const;

    // For tests and the caller's keyboard focus.
    QListWidget *ruleList() const { return m_rules; }
    QRadioButton *caseButton() const { return m_case; }
    QRadioButton *defaultButton() const { return m_default; }
    QPushButton *resetButton() const { return m_reset; }
    QLabel *errorLabel() const { return m_error; }
    // The editor of the selected rule's parameter (nullptr when it has none of that name).
    QWidget *editor(const QString &parameter) const { return m_editors.value(parameter); }

    void accept() override;

private:
    // The rules of the level below the chosen one: shipped, or shipped <- default.
    RuleList baseRules() const;
    RuleOverrides &layer();
    const RuleOverrides &layer() const;
    // The editors' values and the Enabled boxes into the chosen level's settings.
    void store();
    // The rules' boxes and the selected rule's editors from the settings.
    void load();
    void showParameters();
    QWidget *makeEditor(const QString &kind, const QString &name, const QVariant &value);
    QVariant editorValue(const QString &kind, const QString &name) const;

    RuleOverrides m_byDefault;
    RuleOverrides m_byCase;
    Scope m_scope;
    QString m_shown; // the rule whose editors are up
    bool m_loading = false;

    QListWidget *m_rules;
    QRadioButton *m_case;
    QRadioButton *m_default;
    QPushButton *m_reset;
    QLabel *m_title;
    QLabel *m_error;
    QWidget *m_parameters;
    QFormLayout *m_form;
    QHash<QString, QWidget *> m_editors;
};

} // namespace auditlens
