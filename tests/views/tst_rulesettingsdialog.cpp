// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The rule settings dialog: the rule asked for comes first, editors by type, the settings of
// the chosen level only, refusals shown instead of closing, Reset.

#include "catalogue/rulebook.h"
#include "rulesettingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

using namespace auditlens;

namespace {
const QString kOffHours = QStringLiteral("secrets-access-off-hours");
const QString kBurst = QStringLiteral("secrets-access-burst");

void select(RuleSettingsDialog &dialog, const QString &id)
{
    QListWidget *list = dialog.ruleList();
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            list->setCurrentRow(i);
    }
}

QListWidgetItem *item(RuleSettingsDialog &dialog, const QString &id)
{
    QListWidget *list = dialog.ruleList();
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            return list->item(i);
    }
    return nullptr;
}
} // namespace

class TestRuleSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void editorsByType()
    {
        RuleSettingsDialog dialog({}, {}, true, kOffHours);
        QCOMPARE(dialog.selectedRule(), kOffHours);
        QCOMPARE(dialog.ruleList()->count(), RuleBook::shipped().size());
        QVERIFY(dialog.caseButton()->isChecked());
        QVERIFY(qobject_cast<QTimeEdit *>(dialog.editor(QStringLiteral("start"))));
        QCOMPARE(qobject_cast<QTimeEdit *>(dialog.editor(QStringLiteral("start")))->time(),
                 QTime(7, 0));
        QVERIFY(qobject_cast<QComboBox *>(dialog.editor(QStringLiteral("time_zone"))));
        QVERIFY(qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("actions"))));
        QWidget *days = dialog.editor(QStringLiteral("days"));
        QVERIFY(days);
        QVERIFY(days->findChild<QCheckBox *>(QStringLiteral("mon"))->isChecked());
        QVERIFY(!days->findChild<QCheckBox *>(QStringLiteral("sun"))->isChecked());
        select(dialog, kBurst);
        QVERIFY(qobject_cast<QSpinBox *>(dialog.editor(QStringLiteral("more_than"))));
        QCOMPARE(qobject_cast<QSpinBox *>(dialog.editor(QStringLiteral("more_than")))->value(), 20);
        // Nothing edited, nothing set.
        QVERIFY(dialog.settings().isEmpty());
    }

    void editsBecomeTheChosenLevelsSettings()
    {
        RuleOverrides byDefault;
        RuleOverride end;
        end.parameters.insert(QStringLiteral("end"), QStringLiteral("18:00"));
        byDefault.insert(kOffHours, end);
        RuleSettingsDialog dialog(byDefault, {}, true, kOffHours);
        // The case sees the default's end.
        QCOMPARE(qobject_cast<QTimeEdit *>(dialog.editor(QStringLiteral("end")))->time(),
                 QTime(18, 0));
        qobject_cast<QTimeEdit *>(dialog.editor(QStringLiteral("start")))->setTime(QTime(9, 30));
        dialog.editor(QStringLiteral("days"))
            ->findChild<QCheckBox *>(QStringLiteral("sat"))
            ->setChecked(true);
        item(dialog, kBurst)->setCheckState(Qt::Unchecked);
        select(dialog, kBurst); // the edits stay when another rule is shown
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.scope(), RuleSettingsDialog::Scope::Case);
        const RuleOverrides settings = dialog.settings();
        QCOMPARE(settings.size(), 2);
        QCOMPARE(settings.value(kOffHours).parameters.value(QStringLiteral("start")).toString(),
                 QStringLiteral("09:30"));
        QCOMPARE(
            settings.value(kOffHours).parameters.value(QStringLiteral("days")).toStringList(),
            QStringList({QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                         QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat")}));
        // The default's end is not copied into the case.
        QVERIFY(!settings.value(kOffHours).parameters.contains(QStringLiteral("end")));
        QCOMPARE(settings.value(kBurst).enabled, std::optional<bool>(false));
    }

    void refusedValuesAreShown()
    {
        RuleSettingsDialog dialog({}, {}, true, kOffHours);
        QWidget *days = dialog.editor(QStringLiteral("days"));
        for (QCheckBox *box : days->findChildren<QCheckBox *>())
            box->setChecked(false);
        qobject_cast<QComboBox *>(dialog.editor(QStringLiteral("time_zone")))
            ->setCurrentText(QStringLiteral("UTC"));
        select(dialog, kBurst);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.errorLabel()->isHidden());
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("days")),
                 qPrintable(dialog.errorLabel()->text()));
        // The refused rule is shown again.
        QCOMPARE(dialog.selectedRule(), kOffHours);
        // Mended, it closes.
        dialog.editor(QStringLiteral("days"))
            ->findChild<QCheckBox *>(QStringLiteral("sun"))
            ->setChecked(true);
        qobject_cast<QComboBox *>(dialog.editor(QStringLiteral("time_zone")))
            ->setCurrentText(QStringLiteral("Mars/Olympus"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("time zone")),
                 qPrintable(dialog.errorLabel()->text()));
        qobject_cast<QComboBox *>(dialog.editor(QStringLiteral("time_zone")))
            ->setCurrentText(QStringLiteral("Europe/Berlin"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.settings()
                     .value(kOffHours)
                     .parameters.value(QStringLiteral("days"))
                     .toStringList(),
                 QStringList{QStringLiteral("sun")});
    }

    void scopeAndReset()
    {
        RuleOverrides byCase;
        RuleOverride off;
        off.enabled = false;
        off.parameters.insert(QStringLiteral("start"), QStringLiteral("10:00"));
        byCase.insert(kOffHours, off);
        // A read-only case: only the default.
        {
            RuleSettingsDialog dialog({}, byCase, false, kOffHours);
            QVERIFY(!dialog.caseButton()->isEnabled());
            QCOMPARE(dialog.scope(), RuleSettingsDialog::Scope::Default);
            QCOMPARE(item(dialog, kOffHours)->checkState(), Qt::Checked);
        }
        RuleSettingsDialog dialog({}, byCase, true, QStringLiteral("no-such-rule"));
        QCOMPARE(dialog.ruleList()->currentRow(), 0);
        select(dialog, kOffHours);
        QCOMPARE(item(dialog, kOffHours)->checkState(), Qt::Unchecked);
        QCOMPARE(qobject_cast<QTimeEdit *>(dialog.editor(QStringLiteral("start")))->time(),
                 QTime(10, 0));
        // My default shows the shipped rule; edits there stay there.
        dialog.defaultButton()->setChecked(true);
        QCOMPARE(dialog.scope(), RuleSettingsDialog::Scope::Default);
        QCOMPARE(item(dialog, kOffHours)->checkState(), Qt::Checked);
        QCOMPARE(qobject_cast<QTimeEdit *>(dialog.editor(QStringLiteral("start")))->time(),
                 QTime(7, 0));
        qobject_cast<QTimeEdit *>(dialog.editor(QStringLiteral("end")))->setTime(QTime(20, 0));
        QCOMPARE(dialog.settings().value(kOffHours).parameters.value(QStringLiteral("end")),
                 QVariant(QStringLiteral("20:00")));
        dialog.caseButton()->setChecked(true);
        QCOMPARE(qobject_cast<QTimeEdit *>(dialog.editor(QStringLiteral("end")))->time(),
                 QTime(20, 0)); // the case sees the default it would get
        QVERIFY(!dialog.settings().value(kOffHours).parameters.contains(QStringLiteral("end")));
        dialog.resetButton()->click();
        QCOMPARE(item(dialog, kOffHours)->checkState(), Qt::Checked);
        QCOMPARE(qobject_cast<QTimeEdit *>(dialog.editor(QStringLiteral("start")))->time(),
                 QTime(7, 0));
        QVERIFY(dialog.settings().isEmpty());
    }
};

QTEST_MAIN(TestRuleSettingsDialog)
#include "tst_rulesettingsdialog.moc"
