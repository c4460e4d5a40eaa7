// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "languagemenu.h"

#include "retranslator.h"
#include "text/languages.h"

#include <QActionGroup>

namespace auditlens {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent), m_choices(new QActionGroup(this))
{
    Retranslator::install();
    menuAction()->setStatusTip(tr("The language of the window; numbers and dates follow it"));
    for (const Languages::Choice choice : Languages::choices()) {
        QAction *a = addAction(Languages::name(choice));
        a->setCheckable(true);
        a->setChecked(choice == Languages::current());
        a->setData(int(choice));
        a->setStatusTip(choice == Languages::Choice::System
                            ? tr("Follow the desktop's language (LANG)")
                            : tr("Use this language whatever the desktop's"));
        m_choices->addAction(a);
    }
    connect(m_choices, &QActionGroup::triggered, this, [](QAction *a) {
        const auto choice = Languages::Choice(a->data().toInt());
        Languages::save(choice);
        Languages::apply(choice);
    });
}

} // namespace auditlens
