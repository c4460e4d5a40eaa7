// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace auditlens {

// One tag on the detail pane's event: its name in the tag's colour, and a small × that takes the
// tag off. The chip takes the keyboard focus (Tab), and Delete or Backspace takes the tag off as
// the × does.
class TagChip : public QFrame
{
    Q_OBJECT
public:
    // color: #RRGGBB; description: shown as its tooltip, as written.
    TagChip(const QString &name, const QString &color, const QString &description,
            QWidget *parent = nullptr);

    QString name() const { return m_name; }
    QLabel *label() const { return m_label; }
    QToolButton *removeButton() const { return m_remove; }
    // Off: the × is disabled and Delete does nothing; why says so as the tooltip.
    void setRemovable(bool removable, const QString &why = {});

Q_SIGNALS:
    void removeRequested(const QString &name);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_name;
    QLabel *m_label;
    QToolButton *m_remove;
    bool m_removable = true;
};

} // namespace auditlens
