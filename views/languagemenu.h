// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QMenu>

class QActionGroup;

namespace auditlens {

// View > Language: the system's language, English or Japanese. A choice applies at once (every
// window retranslates, see Retranslator) and is kept for the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

private:
    QActionGroup *m_choices;
};

} // namespace auditlens
